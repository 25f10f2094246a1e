#include "exportdialog.h"
#include "claimreviewoptions.h"

#include "common/accessiblenames.h"
#include "exportrunner.h"
#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "common/taxonomylabels.h"
#include "model/taxonomy.h"
#include "preferences/preferences.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace glossa {

namespace {

// The analyst's default export folder (Preferences), else where the last export went.
QString startFolder()
{
    const QString chosen = Preferences::defaultExportFolder();
    if (!chosen.isEmpty() && QFileInfo(chosen).isDir())
        return chosen;
    const QString saved = QSettings().value(QLatin1String(ExportDialog::lastFolderKey())).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QPixmap colorDot(const QColor &color)
{
    QPixmap dot(12, 12);
    dot.fill(color);
    return dot;
}

} // namespace

const char *ExportDialog::lastFolderKey()
{
    return "export/lastFolder";
}

const char *ExportDialog::lastChoiceGroup()
{
    return "export/last";
}

void ExportDialog::restoreLastChoice()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(lastChoiceGroup()));
    if (settings.contains(QStringLiteral("format"))) {
        const std::optional<ExportFormat> remembered = ExportFormats::fromId(settings.value(QStringLiteral("format")).toString());
        if (remembered && m_format->findData(int(*remembered)) >= 0)
            setFormat(*remembered);
    }
    if (settings.contains(QStringLiteral("collection")))
        setCollection(settings.value(QStringLiteral("collection")).toLongLong());
    if (settings.contains(QStringLiteral("scope"))) {
        const int scope = settings.value(QStringLiteral("scope")).toInt();
        if (scope >= int(ExportScopeKind::CurrentArticle) && scope <= int(ExportScopeKind::Collection))
            setScope(ExportScopeKind(scope)); // unavailable today (nothing selected…): the default stays
    }
    setTagFilter(settings.value(QStringLiteral("tag")).toString());
    setVerdictFilter(settings.value(QStringLiteral("verdict")).toString());
}

void ExportDialog::rememberChoice(const ExportRequest &request) const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(lastChoiceGroup()));
    settings.setValue(QStringLiteral("format"), ExportFormats::id(request.format));
    settings.setValue(QStringLiteral("scope"), int(request.scopeKind));
    if (request.scopeKind == ExportScopeKind::Collection)
        settings.setValue(QStringLiteral("collection"), request.collectionId);
    settings.setValue(QStringLiteral("tag"), request.tag);
    settings.setValue(QStringLiteral("verdict"), request.verdict);
}

ExportDialog::ExportDialog(Workspace *workspace, const ExportContext &context, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_context(context)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat format : ExportFormats::all())
        m_format->addItem(ExportFormats::label(format), int(format));

    auto *scopeBox = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_scopes = new QButtonGroup(this);
    const QString title = context.currentArticleTitle.isEmpty()
                              ? tr("The open article")
                              : tr("The open article: %1").arg(context.currentArticleTitle);
    scopeLayout->addWidget(addScope(ExportScopeKind::CurrentArticle, title, context.currentArticleId != 0));
    const int selected = int(context.selectedArticleIds.size());
    scopeLayout->addWidget(addScope(ExportScopeKind::SelectedArticles,
                                    tr("The selected articles (%n)", nullptr, selected), selected > 0));
    scopeLayout->addWidget(addScope(ExportScopeKind::FilteredList,
                                    tr("The filtered list (%n article(s))", nullptr, context.filteredCount),
                                    context.filteredCount > 0));
    // A collection: every article of the case file, annotated or not, as the analyst filed them.
    m_collection = new QComboBox(this);
    m_collection->setObjectName(QStringLiteral("exportCollection"));
    m_collection->setAccessibleName(tr("Collection to export"));
    m_collection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (workspace->isOpen()) {
        for (const Collection &collection : workspace->collections().collections()) {
            if (collection.articles > 0)
                m_collection->addItem(tr("%1 (%n article(s))", nullptr, collection.articles).arg(collection.name),
                                      collection.id);
        }
    }
    auto *collectionRow = new QHBoxLayout;
    collectionRow->setContentsMargins(0, 0, 0, 0);
    QRadioButton *collectionScope = addScope(ExportScopeKind::Collection, tr("The collection:"), m_collection->count() > 0);
    collectionRow->addWidget(collectionScope);
    collectionRow->addWidget(m_collection);
    collectionRow->addStretch(1);
    m_collection->setEnabled(m_collection->count() > 0);
    // Picking a collection means exporting it.
    connect(m_collection, &QComboBox::activated, collectionScope, [collectionScope] { collectionScope->setChecked(true); });
    scopeLayout->addLayout(collectionRow);
    scopeLayout->addWidget(addScope(ExportScopeKind::WholeLibrary, tr("The whole library (every annotated article)"),
                                    true));
    // The list filtered by a collection: that collection is the one offered.
    setCollection(context.filter.collectionId);
    // The narrowest scope available is the likeliest intent: a brief on what is being read.
    for (ExportScopeKind scope : {ExportScopeKind::CurrentArticle, ExportScopeKind::SelectedArticles,
                                  ExportScopeKind::FilteredList, ExportScopeKind::WholeLibrary}) {
        if (setScope(scope))
            break;
    }

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("exportTag"));
    m_tag->addItem(tr("Any tag"), QString());
    if (workspace->isOpen()) {
        for (const QString &name : workspace->tags().names())
            m_tag->addItem(name, name);
    }
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("exportVerdict"));
    m_verdict->addItem(tr("Any verdict"), QString());
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().verdicts())
        m_verdict->addItem(colorDot(QColor(entry.color)), TaxonomyLabels::verdict(entry.id), entry.id);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_verdict, 1);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    AccessibleNames::enableClearButton(m_path);
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseExportPath"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Articles:"), scopeBox);
    // Rows holding a layout get their label made here: only a label with a buddy turns "&" into
    // a mnemonic instead of showing it.
    auto *filterLabel = new QLabel(tr("Only &annotations with:"), this);
    filterLabel->setBuddy(m_tag);
    form->addRow(filterLabel, filters);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_claimReview = new ClaimReviewOptions(this);
    m_claimReview->setVisible(format() == ExportFormat::ClaimReview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_claimReview);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    restoreLastChoice();
    m_shownFormat = format();
    m_path->setText(QDir(startFolder()).filePath(ExportFormats::defaultFileName(format())));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateExportButton);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseOutputPath);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateExportButton();
}

QRadioButton *ExportDialog::addScope(ExportScopeKind scope, const QString &text, bool available)
{
    auto *button = new QRadioButton(text, this);
    button->setEnabled(available);
    m_scopes->addButton(button, int(scope));
    return button;
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

bool ExportDialog::isScopeAvailable(ExportScopeKind scope) const
{
    QAbstractButton *button = m_scopes->button(int(scope));
    return button && button->isEnabled();
}

bool ExportDialog::setScope(ExportScopeKind scope)
{
    if (!isScopeAvailable(scope))
        return false;
    m_scopes->button(int(scope))->setChecked(true);
    return true;
}

ExportScopeKind ExportDialog::scope() const
{
    return ExportScopeKind(m_scopes->checkedId());
}

bool ExportDialog::setCollection(qint64 collectionId)
{
    const int index = m_collection->findData(collectionId);
    if (index < 0)
        return false;
    m_collection->setCurrentIndex(index);
    return true;
}

qint64 ExportDialog::collection() const
{
    return m_collection->currentData().toLongLong();
}

void ExportDialog::setTagFilter(const QString &tag)
{
    const int index = tag.isEmpty() ? 0 : m_tag->findData(tag, Qt::UserRole, Qt::MatchFixedString);
    m_tag->setCurrentIndex(qMax(index, 0));
}

void ExportDialog::setVerdictFilter(const QString &verdict)
{
    m_verdict->setCurrentIndex(qMax(m_verdict->findData(verdict), 0));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::onFormatChanged()
{
    // Follow the format in the file name: a report saved as ".md" would open in the wrong program.
    const ExportFormat previous = m_shownFormat;
    m_shownFormat = format();
    m_claimReview->setVisible(m_shownFormat == ExportFormat::ClaimReview);
    adjustSize();
    const QFileInfo info(outputPath());
    if (outputPath().isEmpty())
        return;
    QString name;
    if (info.fileName() == ExportFormats::defaultFileName(previous))
        name = ExportFormats::defaultFileName(m_shownFormat);
    else if (info.suffix().compare(ExportFormats::suffix(previous), Qt::CaseInsensitive) == 0)
        name = info.completeBaseName() + QLatin1Char('.') + ExportFormats::suffix(m_shownFormat);
    else
        return;
    m_path->setText(QDir(info.path()).filePath(name));
}

void ExportDialog::chooseOutputPath()
{
    const QString current = outputPath().isEmpty()
                                ? QDir(startFolder()).filePath(ExportFormats::defaultFileName(format()))
                                : outputPath();
    QFileDialog dialog(this, tr("Export To"), current, ExportFormats::nameFilter(format()));
    LockFreeFileDialog::prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(ExportFormats::suffix(format()));
    dialog.selectFile(current);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_path->setText(dialog.selectedFiles().constFirst());
}

void ExportDialog::updateExportButton()
{
    QPushButton *exportButton = m_buttons->button(QDialogButtonBox::Ok);
    exportButton->setEnabled(!outputPath().isEmpty());
    // Saying "Replace" is the warning: no question box stands between the analyst and the file.
    exportButton->setText(QFileInfo(outputPath()).isFile() ? tr("Replace") : tr("Export"));
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.format = format();
    request.scopeKind = scope();
    switch (request.scopeKind) {
    case ExportScopeKind::CurrentArticle:
        request.articleIds = {m_context.currentArticleId};
        break;
    case ExportScopeKind::SelectedArticles:
        request.articleIds = m_context.selectedArticleIds;
        break;
    case ExportScopeKind::FilteredList:
        request.filter = m_context.filter;
        break;
    case ExportScopeKind::Collection:
        request.collectionId = collection();
        break;
    case ExportScopeKind::WholeLibrary:
        break;
    }
    request.tag = m_tag->currentData().toString();
    request.verdict = m_verdict->currentData().toString();
    request.path = outputPath();
    if (m_workspace->isOpen())
        request.madeBy = m_workspace->analyst().name;
    if (request.format == ExportFormat::ClaimReview)
        request.publisher = m_claimReview->publisher();
    return request;
}

void ExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExportDialog::accept()
{
    ExportRequest wanted = request();
    if (wanted.path.isEmpty())
        return;
    // A name typed without a suffix gets the format's, as the file dialog would give it.
    if (QFileInfo(wanted.path).suffix().isEmpty()) {
        wanted.path += QLatin1Char('.') + ExportFormats::suffix(wanted.format);
        m_path->setText(wanted.path);
    }
    if (QFileInfo(wanted.path).isDir()) {
        showError(tr("“%1” is a folder: add a file name.").arg(wanted.path));
        return;
    }
    if (wanted.format == ExportFormat::ClaimReview) {
        if (const QString problem = m_claimReview->problem(); !problem.isEmpty()) {
            showError(problem);
            return;
        }
        m_claimReview->save();
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    ExportOutcome outcome;
    const bool ok = ExportRunner(m_workspace).run(wanted, &outcome, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        showError(error);
        return;
    }
    showError(QString());
    m_outcome = outcome;
    QSettings().setValue(QLatin1String(lastFolderKey()), QFileInfo(wanted.path).absolutePath());
    rememberChoice(wanted);
    QDialog::accept();
}

} // namespace glossa
