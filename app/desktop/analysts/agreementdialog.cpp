#include "agreementdialog.h"

#include "agreementtablemodel.h"
#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "export/agreementexporter.h"
#include "export/exportfile.h"
#include "storage/annotationstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace glossa {

namespace {

QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

} // namespace

AgreementDialog::AgreementDialog(Workspace *workspace, const QList<qint64> &listedArticles, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_listed(listedArticles), m_scope(new QComboBox(this)),
      m_summary(new QLabel(this)), m_pairs(new AgreementTableModel(tr("Analysts"), this)),
      m_articles(new AgreementTableModel(tr("Article"), this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Agreement Between Analysts"));
    m_scope->setObjectName(QStringLiteral("agreementScope"));
    m_scope->setAccessibleName(tr("Articles compared"));
    m_scope->addItem(tr("Every article two analysts or more annotated"));
    m_scope->addItem(tr("The articles the list shows (%1)").arg(listedArticles.size()));
    m_summary->setWordWrap(true);
    m_pairView = makeView(m_pairs, QStringLiteral("agreementPairs"), this);
    m_pairView->setAccessibleName(tr("Agreement between analysts"));
    m_articleView = makeView(m_articles, QStringLiteral("agreementArticles"), this);
    m_articleView->setAccessibleName(tr("Agreement by article"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pairView);
    splitter->addWidget(m_articleView);
    m_saveCsv = new QPushButton(tr("Save as &CSV…"), this);
    m_saveHtml = new QPushButton(tr("Save as &HTML…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveCsv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveHtml, QDialogButtonBox::ActionRole);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("Compare:"), this));
    scopeRow->addWidget(m_scope, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scopeRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AgreementDialog::compute);
    connect(m_pairView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showPair(current.row()); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { choosePathAndSave(QStringLiteral("csv")); });
    connect(m_saveHtml, &QPushButton::clicked, this, [this] { choosePathAndSave(QStringLiteral("html")); });
    compute();
}

void AgreementDialog::compute()
{
    const AnnotationStore annotations = m_workspace->annotations();
    const QList<qint64> ids = m_scope->currentIndex() == 1 ? m_listed : annotations.articlesCodedByTwoOrMore();
    m_report = AgreementReport::compute(annotations.codings(ids), annotations.textLengths(ids));
    m_titles.clear();
    QList<qint64> compared;
    for (const AgreementPair &pair : std::as_const(m_report)) {
        for (const auto &row : pair.perArticle) {
            if (!m_titles.contains(row.first))
                compared << row.first;
            m_titles.insert(row.first, QString());
        }
    }
    const ArticleStore articles = m_workspace->articles();
    for (const qint64 id : std::as_const(compared)) {
        const std::optional<ArticleSummary> summary = articles.summary(id);
        m_titles.insert(id, summary ? summary->title : QString::number(id));
    }
    QList<QPair<QString, AgreementFigures>> rows;
    for (const AgreementPair &pair : std::as_const(m_report))
        rows.append({QStringLiteral("%1 / %2").arg(pair.a.name, pair.b.name), pair.overall});
    m_pairs->setRows(rows);
    m_summary->setText(m_report.isEmpty()
                           ? tr("No two analysts annotated the same articles here.")
                           : tr("Claims are paired when their passages share at least half of the shorter one. "
                                "Kappa and alpha compare the verdicts of the pairs, alpha the kinds, alpha u every "
                                "highlighted span; “—” where a figure is not defined."));
    m_saveCsv->setEnabled(!m_report.isEmpty());
    m_saveHtml->setEnabled(!m_report.isEmpty());
    if (!m_report.isEmpty())
        m_pairView->setCurrentIndex(m_pairs->index(0, 0));
    else
        showPair(-1);
}

void AgreementDialog::showPair(int row)
{
    QList<QPair<QString, AgreementFigures>> rows;
    if (row >= 0 && row < m_report.size()) {
        for (const auto &[articleId, figures] : m_report.at(row).perArticle)
            rows.append({m_titles.value(articleId), figures});
    }
    m_articles->setRows(rows);
}

bool AgreementDialog::saveTo(const QString &path)
{
    const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? AgreementExporter::csv(m_report, m_titles)
        : AgreementExporter::html(m_report, m_titles, m_scope->currentText());
    QString error;
    if (ExportFile::save(path, bytes, &error))
        return true;
    QMessageBox::warning(this, tr("Agreement Not Saved"), tr("“%1” could not be written: %2").arg(path, error));
    return false;
}

void AgreementDialog::choosePathAndSave(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = LockFreeFileDialog::saveFileName(
        this, tr("Save Agreement"), folder + QStringLiteral("/agreement.") + suffix,
        suffix == QLatin1String("csv") ? tr("CSV (*.csv)") : tr("HTML (*.html)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace glossa
