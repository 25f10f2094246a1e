#include "claimsboard.h"

#include "common/taxonomylabels.h"
#include "edits/bulkeditclaimscommand.h"
#include "claimfilterbar.h"
#include "claimtablemodel.h"
#include "model/taxonomy.h"
#include "storage/tagstore.h"
#include "common/resulttable.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QPushButton>
#include <QVBoxLayout>

namespace glossa {

ClaimsBoard::ClaimsBoard(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("claimsBoard"));
    m_model = new ClaimTableModel(workspace, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClaimTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filterBar = new ClaimFilterBar(workspace, this);
    connect(m_filterBar, &ClaimFilterBar::queryChanged, m_model, &ClaimTableModel::setQuery);

    m_view = new ResultTable(this, QAbstractItemView::ExtendedSelection);
    m_view->setObjectName(QStringLiteral("claimsTable"));
    m_view->setAccessibleName(tr("Claims"));
    m_view->setAccessibleDescription(tr("Every claim of the library with its verdict in words"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClaimTableModel::Published, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ClaimTableModel::Passage, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(ClaimTableModel::Kind, 100);
    header->resizeSection(ClaimTableModel::Verdict, 140);
    header->resizeSection(ClaimTableModel::Claimant, 130);
    header->resizeSection(ClaimTableModel::Tags, 130);
    header->resizeSection(ClaimTableModel::Article, 220);
    header->resizeSection(ClaimTableModel::Outlet, 120);
    header->resizeSection(ClaimTableModel::Published, 90);

    m_verdictMenu = makeVerdictMenu();
    // Push buttons: they leave room for the menu arrow, which a text-only tool button overlaps.
    m_verdictButton = new QPushButton(tr("Set Verdict"), this);
    m_verdictButton->setObjectName(QStringLiteral("claimsSetVerdict"));
    m_verdictButton->setMenu(m_verdictMenu);
    m_tagButton = new QPushButton(tr("Add Tag…"), this);
    m_tagButton->setObjectName(QStringLiteral("claimsAddTag"));
    connect(m_tagButton, &QPushButton::clicked, this, &ClaimsBoard::chooseTagForSelection);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("claimsCount"));

    auto *actionsRow = new QHBoxLayout;
    actionsRow->setContentsMargins(6, 6, 6, 6);
    actionsRow->addWidget(m_verdictButton);
    actionsRow->addWidget(m_tagButton);
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(actionsRow);

    connect(m_view, &QTableView::doubleClicked, this, &ClaimsBoard::openClaim);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ClaimsBoard::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClaimsBoard::updateActions);
    // A refresh resets the model; the analyst's selection survives it (by annotation id).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectionBeforeReset = selectedAnnotationIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectAnnotations(m_selectionBeforeReset);
        updateActions();
    });
    updateActions();
}

QMenu *ClaimsBoard::makeVerdictMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("claimsVerdictMenu"));
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().verdicts()) {
        QPixmap swatch(12, 12);
        swatch.fill(TaxonomyLabels::verdictColor(entry.id));
        QAction *action = menu->addAction(QIcon(swatch), TaxonomyLabels::verdict(entry.id));
        action->setData(entry.id);
        const QString verdict = entry.id;
        connect(action, &QAction::triggered, this, [this, verdict] { setVerdictOfSelection(verdict); });
    }
    return menu;
}

QList<qint64> ClaimsBoard::selectedAnnotationIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(ClaimTableModel::AnnotationIdRole).toLongLong();
    return ids;
}

void ClaimsBoard::selectAnnotations(const QList<qint64> &annotationIds)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (annotationIds.contains(index.data(ClaimTableModel::AnnotationIdRole).toLongLong()))
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

template<typename Change>
bool ClaimsBoard::editSelection(const char *commandText, Change change)
{
    const QList<qint64> ids = selectedAnnotationIds();
    if (ids.isEmpty() || !m_workspace->isOpen())
        return false;
    // Read each annotation as stored now: the board's rows carry only what the table shows.
    const AnnotationStore store = m_workspace->annotations();
    QList<Annotation> stored;
    for (qint64 id : ids) {
        if (const std::optional<Annotation> annotation = store.annotation(id))
            stored << *annotation;
    }
    QList<Annotation> before;
    const QList<Annotation> after = BulkEditClaimsCommand::changed(stored, change, &before);
    if (after.isEmpty())
        return false;
    QUndoStack *stack = m_workspace->undoStack();
    const int indexBefore = stack->index();
    stack->push(new BulkEditClaimsCommand(m_workspace, before, after, tr(commandText, nullptr, int(after.size()))));
    // A refused write made the command obsolete, and the stack dropped it instead of adding it.
    return stack->index() > indexBefore;
}

bool ClaimsBoard::setVerdictOfSelection(const QString &verdict)
{
    return editSelection(QT_TR_N_NOOP("Set Verdict of %n Claim(s)"), [verdict](Annotation &annotation) {
        if (!annotation.claim)
            annotation.claim = Claim{};
        annotation.claim->verdict = verdict;
    });
}

bool ClaimsBoard::addTagToSelection(const QString &tag)
{
    const QString name = TagStore::normalizedName(tag);
    if (name.isEmpty())
        return false;
    return editSelection(QT_TR_N_NOOP("Tag %n Claim(s)"), [name](Annotation &annotation) {
        // Tag names are unique without regard to case: "Covid" is already there as "covid".
        for (const QString &existing : std::as_const(annotation.tags)) {
            if (existing.compare(name, Qt::CaseInsensitive) == 0)
                return;
        }
        annotation.tags << name;
    });
}

void ClaimsBoard::chooseTagForSelection()
{
    if (selectedAnnotationIds().isEmpty())
        return;
    bool ok = false;
    const QString tag = QInputDialog::getItem(this, tr("Add Tag"), tr("Tag to add to the selected claims:"),
                                              m_workspace->tags().names(), -1, true, &ok);
    if (ok)
        addTagToSelection(tag);
}

void ClaimsBoard::openClaim(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_workspace->requestArticle(proxyIndex.data(ClaimTableModel::ArticleIdRole).toLongLong(),
                                proxyIndex.data(ClaimTableModel::AnnotationIdRole).toLongLong());
}

void ClaimsBoard::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open Article"));
    connect(open, &QAction::triggered, this, [this, index] { openClaim(index); });
    menu.addSeparator();
    QMenu *verdicts = menu.addMenu(tr("Set Verdict"));
    verdicts->addActions(m_verdictMenu->actions());
    menu.addAction(tr("Add Tag…"), this, &ClaimsBoard::chooseTagForSelection);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ClaimsBoard::updateActions()
{
    const int selected = int(selectedAnnotationIds().size());
    m_verdictButton->setEnabled(selected > 0);
    m_tagButton->setEnabled(selected > 0);
    m_count->setText(selected > 0 ? tr("%n claim(s) selected", nullptr, selected)
                                  : tr("%n claim(s)", nullptr, m_model->rowCount()));
}

} // namespace glossa
