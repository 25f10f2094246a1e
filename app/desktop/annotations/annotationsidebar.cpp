#include "annotationsidebar.h"

#include "annotationcarddelegate.h"
#include "claimmemory/appearancepanel.h"
#include "annotationdialog.h"
#include "annotationfilterproxymodel.h"
#include "annotationlistmodel.h"
#include "articlenotepanel.h"
#include "claimhistorydialog.h"
#include "noterecovery.h"
#include "edits/editannotationcommand.h"
#include "edits/removeannotationcommand.h"
#include "model/taxonomy.h"
#include "common/localeorder.h"
#include "common/taxonomylabels.h"
#include "openarticle.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace glossa {

namespace {

constexpr int kFlashMilliseconds = 900;

} // namespace

AnnotationSidebar::AnnotationSidebar(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_notePanel(new ArticleNotePanel(workspace, this)),
      m_model(workspace->openArticle()->annotations()), m_filter(new AnnotationFilterProxyModel(this)),
      m_delegate(new AnnotationCardDelegate(this))
{
    setObjectName(QStringLiteral("annotationSidebar"));
    m_filter->setSourceModel(m_model);

    auto *heading = new QLabel(tr("Annotations"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setToolTip(tr("Show only annotations with this tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(8);
    m_verdictFilter = new QComboBox(this);
    m_verdictFilter->setObjectName(QStringLiteral("verdictFilter"));
    m_verdictFilter->setToolTip(tr("Show only claims with this verdict"));
    m_verdictFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_verdictFilter->setMinimumContentsLength(8);
    m_verdictFilter->addItem(tr("All verdicts"), QString());
    m_verdictFilter->addItem(tr("Without claim"), AnnotationFilterProxyModel::noClaim());
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().verdicts()) {
        QPixmap dot(12, 12);
        dot.fill(QColor(entry.color));
        m_verdictFilter->addItem(QIcon(dot), TaxonomyLabels::verdict(entry.id), entry.id);
    }

    m_analystFilter = new QComboBox(this);
    m_analystFilter->setObjectName(QStringLiteral("analystFilter"));
    m_analystFilter->setToolTip(tr("Show the annotations of everyone, yours, or one analyst's"));
    m_analystFilter->setAccessibleName(tr("Analyst"));
    m_analystFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_analystFilter->setMinimumContentsLength(6);
    m_blindNotice = new QLabel(this);
    m_blindNotice->setObjectName(QStringLiteral("blindNotice"));
    m_blindNotice->setWordWrap(true);
    m_blindNotice->setForegroundRole(QPalette::PlaceholderText);
    m_blindNotice->hide();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setAccessibleName(tr("Annotations of the article"));
    m_list->setAccessibleDescription(tr("Each card says its highlight colour, claim and verdict in words"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    // Cards sit on the window colour so that their own base-coloured panels stand out.
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->setAutoFillBackground(false);

    m_editButton = new QToolButton(this);
    m_editButton->setObjectName(QStringLiteral("editAnnotationButton"));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Edit the selected annotation (Enter)"));
    m_deleteButton = new QToolButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteAnnotationButton"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected annotation (Delete)"));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addStretch();
    headingRow->addWidget(m_count);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_tagFilter, 1);
    filterRow->addWidget(m_verdictFilter, 1);
    // Whose annotations, on a row of its own: three choosers side by side clip their labels at
    // the sidebar's usual width (French "Toutes les étiquettes").
    auto *analystRow = new QHBoxLayout;
    analystRow->addWidget(m_analystFilter, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_notePanel);
    m_appearances = new AppearancePanel(workspace, this);
    layout->addWidget(m_appearances);
    auto *listHeader = new QVBoxLayout;
    listHeader->setContentsMargins(8, 6, 8, 0);
    listHeader->addLayout(headingRow);
    listHeader->addLayout(filterRow);
    listHeader->addLayout(analystRow);
    listHeader->addWidget(m_blindNotice);
    layout->addLayout(listHeader);
    layout->addWidget(m_list, 1);
    auto *footer = new QVBoxLayout;
    footer->setContentsMargins(8, 0, 8, 6);
    footer->addLayout(buttonRow);
    layout->addLayout(footer);

    auto *deleteAction = new QAction(tr("Delete Annotation"), m_list);
    deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, [this] { deleteAnnotation(selectedAnnotation()); });
    m_list->addAction(deleteAction);
    auto *editAction = new QAction(tr("Edit Annotation"), m_list);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, [this] { editAnnotation(selectedAnnotation()); });
    m_list->addAction(editAction);

    connect(m_editButton, &QToolButton::clicked, this, [this] { editAnnotation(selectedAnnotation()); });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] { deleteAnnotation(selectedAnnotation()); });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        editAnnotation(index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit annotationSelected(index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateButtons();
        if (!m_selectingProgrammatically && current.isValid())
            emit annotationSelected(current.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    });
    // A click makes the card current first and selects it after: the buttons follow the
    // selection, which selectedAnnotation() reads, not only the current index.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnnotationSidebar::updateButtons);
    connect(m_list, &QListView::customContextMenuRequested, this, &AnnotationSidebar::showContextMenu);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTagFilter(m_tagFilter->currentData().toString()); updateButtons(); });
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVerdictFilter(m_verdictFilter->currentData().toString()); updateButtons(); });
    connect(m_analystFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAnalystFilter(m_analystFilter->currentData().toString()); updateButtons(); });
    // "Mine" follows the analyst at the desk.
    connect(m_workspace, &Workspace::analystChanged, this, [this] {
        m_filterAnalysts.clear();
        updateAnalystChoices();
    });

    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashMilliseconds);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        m_delegate->setFlashedAnnotation(0);
        m_list->viewport()->update();
    });

    OpenArticle *open = m_workspace->openArticle();
    connect(open, &OpenArticle::opened, this, &AnnotationSidebar::display);
    connect(open, &OpenArticle::annotationsReset, this, &AnnotationSidebar::refresh);
    connect(open, &OpenArticle::annotationChanged, this, &AnnotationSidebar::refresh);

    updateFilterChoices();
    updateButtons();
}

void AnnotationSidebar::showArticle(qint64 articleId)
{
    // The one already open keeps its cards (the shared model follows its edits) and is not
    // read again; another one arrives through OpenArticle::opened.
    m_workspace->openArticle()->open(articleId);
    if (m_articleId != m_workspace->openArticle()->id())
        display(); // open already (the reader opened it first): nothing was emitted
}

void AnnotationSidebar::clear()
{
    m_workspace->openArticle()->close();
    display();
}

void AnnotationSidebar::display()
{
    const qint64 openId = m_workspace->openArticle()->id();
    if (openId != m_articleId)
        m_list->scrollToTop();
    m_articleId = openId;
    if (openId > 0)
        m_notePanel->showArticle(openId);
    else
        m_notePanel->clear();
    refresh();
}

void AnnotationSidebar::refresh()
{
    QHash<QString, QColor> tagColors;
    if (m_workspace->isOpen()) {
        for (const TagUsage &tag : m_workspace->tags().tags()) {
            if (QColor(tag.color).isValid())
                tagColors.insert(tag.name.toCaseFolded(), QColor(tag.color));
        }
    }
    m_delegate->setTagColors(tagColors);
    m_list->viewport()->update();
    updateFilterChoices();
    updateAnalystChoices();
    updateBlindNotice();
    updateButtons();
}

void AnnotationSidebar::updateFilterChoices()
{
    QStringList tags;
    for (const Annotation &annotation : m_model->annotations()) {
        for (const QString &tag : annotation.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags << tag;
        }
    }
    tags = LocaleOrder::sorted(tags);
    if (m_tagFilter->count() == tags.size() + 1 && m_filterTags == tags)
        return; // the usual edit leaves the tags as they were: keep the choice box untouched
    m_filterTags = tags;
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : std::as_const(tags))
        m_tagFilter->addItem(tag, tag);
    const int index = current.isEmpty() ? 0 : m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(std::max(index, 0));
    m_filter->setTagFilter(m_tagFilter->currentData().toString());
    m_tagFilter->setEnabled(!tags.isEmpty());
}

void AnnotationSidebar::updateAnalystChoices()
{
    QStringList uuids;
    QHash<QString, QString> names;
    for (const Annotation &annotation : m_model->annotations()) {
        if (annotation.analyst.isValid() && !uuids.contains(annotation.analyst.uuid)) {
            uuids << annotation.analyst.uuid;
            names.insert(annotation.analyst.uuid, annotation.analyst.name);
        }
    }
    std::sort(uuids.begin(), uuids.end(), [&](const QString &a, const QString &b) {
        return QString::localeAwareCompare(names.value(a), names.value(b)) < 0;
    });
    if (m_analystFilter->count() == uuids.size() + 2 && m_filterAnalysts == uuids)
        return;
    m_filterAnalysts = uuids;
    const QString current = m_analystFilter->currentData().toString();
    const QSignalBlocker blocker(m_analystFilter);
    m_analystFilter->clear();
    m_analystFilter->addItem(tr("Everyone"), QString());
    m_analystFilter->addItem(tr("Mine"), m_workspace->analyst().uuid);
    for (const QString &uuid : std::as_const(uuids))
        m_analystFilter->addItem(names.value(uuid), uuid);
    const int index = current.isEmpty() ? 0 : m_analystFilter->findData(current);
    m_analystFilter->setCurrentIndex(std::max(index, 0));
    m_filter->setAnalystFilter(m_analystFilter->currentData().toString());
}

void AnnotationSidebar::setAnalystFilter(const QString &analystUuid)
{
    updateAnalystChoices();
    int index = m_analystFilter->findData(analystUuid);
    if (index < 0) { // an analyst with no annotation here yet
        m_analystFilter->addItem(analystUuid, analystUuid);
        index = m_analystFilter->count() - 1;
    }
    m_analystFilter->setCurrentIndex(index);
}

QString AnnotationSidebar::blindNotice() const
{
    return m_blindNotice->isVisible() ? m_blindNotice->text() : QString();
}

void AnnotationSidebar::updateBlindNotice()
{
    const OpenArticle *open = m_workspace->openArticle();
    const int hidden = open->hiddenByBlindReview();
    if (open->isBlind() && !open->isDoneByAnalyst())
        m_blindNotice->setText(tr("Blind review: %n annotation(s) by other analysts stay hidden until you mark "
                                  "this article done (Article ▸ Done Reading).",
                                  nullptr, hidden));
    m_blindNotice->setVisible(open->isBlind() && !open->isDoneByAnalyst());
}

void AnnotationSidebar::updateButtons()
{
    const Annotation *selected = m_model->annotation(selectedAnnotation());
    const bool editable = selected && isOwn(*selected);
    m_editButton->setEnabled(editable);
    m_deleteButton->setEnabled(editable);
    const QString owner = selected && !editable ? selected->analyst.name : QString();
    m_editButton->setToolTip(owner.isEmpty() ? tr("Edit the selected annotation (Enter)")
                                             : tr("This annotation is %1's: only they can change it").arg(owner));
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (total == shown)
        m_count->setText(tr("%n annotation(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n shown", nullptr, total).arg(shown));
}

void AnnotationSidebar::setTagFilter(const QString &tag)
{
    const int index = tag.isEmpty() ? 0 : m_tagFilter->findData(tag);
    if (index >= 0)
        m_tagFilter->setCurrentIndex(index);
}

void AnnotationSidebar::setVerdictFilter(const QString &verdict)
{
    const int index = m_verdictFilter->findData(verdict);
    if (index >= 0)
        m_verdictFilter->setCurrentIndex(index);
}

qint64 AnnotationSidebar::selectedAnnotation() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return 0;
    return current.data(AnnotationListModel::AnnotationIdRole).toLongLong();
}

void AnnotationSidebar::selectAnnotation(qint64 annotationId)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOf(annotationId));
    if (!index.isValid() && m_model->indexOf(annotationId).isValid()) {
        // Hidden by a filter: the analyst asked for this one, so show everything.
        setTagFilter(QString());
        setVerdictFilter(QString());
        index = m_filter->mapFromSource(m_model->indexOf(annotationId));
    }
    if (!index.isValid())
        return;
    m_selectingProgrammatically = true;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_selectingProgrammatically = false;
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    flash(annotationId);
}

void AnnotationSidebar::flash(qint64 annotationId)
{
    m_delegate->setFlashedAnnotation(annotationId);
    m_list->viewport()->update();
    m_flashTimer.start();
}

void AnnotationSidebar::editAnnotation(qint64 annotationId)
{
    const std::optional<Annotation> before = m_workspace->annotations().annotation(annotationId);
    if (!before || !isOwn(*before))
        return;
    AnnotationDialog dialog(AnnotationDialog::Purpose::Edit, this);
    dialog.setKnownTags(m_workspace->tags().names());
    dialog.setAnnotation(*before);
    // Saved from the dialog, which stays open with what was typed should the library refuse it.
    dialog.saveWith(m_workspace->libraryPath(), NoteRecovery::annotationKey(*before), [&]() -> QString {
        const Annotation after = dialog.applyTo(*before);
        if (after.sameContent(*before))
            return QString();
        return m_workspace->refusalOf(
            [&] { m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace, *before, after)); });
    });
    dialog.exec();
}

void AnnotationSidebar::deleteAnnotation(qint64 annotationId)
{
    const std::optional<Annotation> annotation = m_workspace->annotations().annotation(annotationId);
    if (!annotation || !isOwn(*annotation))
        return;
    m_workspace->undoStack()->push(new RemoveAnnotationCommand(m_workspace, *annotation));
}

bool AnnotationSidebar::isOwn(const Annotation &annotation) const
{
    // Another analyst's reading is theirs: shown, never changed from this desk's profile (but by
    // an editor of a team library): the library's rule.
    return m_workspace->annotations().mayChange(annotation);
}

ClaimHistoryDialog *AnnotationSidebar::showClaimHistory(qint64 annotationId)
{
    auto *dialog = new ClaimHistoryDialog(m_workspace, annotationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void AnnotationSidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = index.data(AnnotationListModel::AnnotationIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, [this, id] { editAnnotation(id); });
    if (index.data(AnnotationListModel::HasClaimRole).toBool())
        menu.addAction(tr("Claim &History…"), this, [this, id] { showClaimHistory(id)->open(); });
    QMenu *colors = menu.addMenu(tr("&Colour"));
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().colors()) {
        QPixmap dot(12, 12);
        dot.fill(QColor(entry.color));
        colors->addAction(QIcon(dot), TaxonomyLabels::color(entry.id), this, [this, id, color = entry.color] {
            const std::optional<Annotation> before = m_workspace->annotations().annotation(id);
            if (!before || before->color == color || !isOwn(*before))
                return;
            Annotation after = *before;
            after.color = color;
            m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace, *before, after));
        });
    }
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.addSeparator();
    menu.addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete"), this,
                   [this, id] { deleteAnnotation(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace glossa
