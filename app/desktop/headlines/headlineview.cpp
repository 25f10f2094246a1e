#include "headlineview.h"

#include "common/articleidsmime.h"
#include "headlinemodel.h"

#include <QDrag>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <algorithm>

namespace glossa {

HeadlineView::HeadlineView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("headlineView"));
    setAccessibleName(tr("Headlines"));
    setAccessibleDescription(tr("The articles of the library that match the filters"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Articles are dragged out (onto a collection), never moved inside the list.
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Rows are chosen, never cells edited: Tab leaves the list for the next control.
    setTabKeyNavigation(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    // Fixed row heights let the view lay out 100 000 rows without measuring each one.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setStretchLastSection(false);
}

void HeadlineView::setHeadlineModel(HeadlineModel *model)
{
    m_model = model;
    setModel(model);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(HeadlineModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HeadlineModel::SourceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(HeadlineModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HeadlineModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    header->resizeSection(HeadlineModel::SourceColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    header->setSortIndicator(HeadlineModel::DateColumn, Qt::DescendingOrder);
    setSortingEnabled(true);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HeadlineView::onCurrentRowChanged);
    // A reset (new filter, sort, import) drops the selection; the article being read stays open,
    // so find its row again when it still matches.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_lastEmitted != 0)
            selectArticle(m_lastEmitted);
    });
}

void HeadlineView::focusInEvent(QFocusEvent *event)
{
    // QAbstractItemView makes the first row current when it gains the focus without one; here
    // that would open (and mark read) an article the analyst has not chosen. J opens the first.
    if (currentIndex().isValid()) {
        QTableView::focusInEvent(event);
        return;
    }
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void HeadlineView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (!m_model)
        return;
    // A narrow list (a small screen, docks beside it) keeps the titles readable: the count and
    // then the outlet give way (the outlet is in the reader's heading and the title's tooltip).
    const int characters = viewport()->width() / std::max(1, fontMetrics().averageCharWidth());
    setColumnHidden(HeadlineModel::AnnotationsColumn, characters < 60);
    setColumnHidden(HeadlineModel::SourceColumn, characters < 46);
}

qint64 HeadlineView::currentArticleId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->articleId(current.row()) : 0;
}

QList<qint64> HeadlineView::selectedArticleIds() const
{
    QList<qint64> ids;
    if (!m_model || !selectionModel())
        return ids;
    // From the selection's ranges, not selectedRows(): after Ctrl+A over a million rows that
    // would build an index and a hash entry for every row (tens of MB) just to list the ids.
    QList<std::pair<int, int>> spans; // first and last row of each fully selected run
    const int lastColumn = m_model->columnCount() - 1;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        if (range.left() == 0 && range.right() == lastColumn) {
            spans.append({range.top(), range.bottom()});
            continue;
        }
        for (int row = range.top(); row <= range.bottom(); ++row) { // a part of a row: rare
            if (selectionModel()->isRowSelected(row))
                spans.append({row, row});
        }
    }
    std::sort(spans.begin(), spans.end());
    int next = 0; // the first row not listed yet: ranges may overlap
    for (const auto &[first, last] : std::as_const(spans)) {
        for (int row = qMax(first, next); row <= last; ++row) {
            if (const qint64 id = m_model->articleId(row))
                ids << id;
        }
        next = qMax(next, last + 1);
    }
    if (ids.isEmpty() && currentArticleId() != 0)
        ids << currentArticleId();
    return ids;
}

void HeadlineView::startDrag(Qt::DropActions)
{
    // The model does not encode rows; the ids are all a collection needs.
    const QList<qint64> ids = selectedArticleIds();
    if (ids.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(ArticleIdsMime::encode(ids));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

bool HeadlineView::selectArticle(qint64 articleId)
{
    const int row = m_model ? m_model->rowOf(articleId) : -1;
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void HeadlineView::forgetCurrentArticle()
{
    m_lastEmitted = 0;
    clearSelection();
    setCurrentIndex(QModelIndex());
}

void HeadlineView::selectNext()
{
    if (!m_model)
        return;
    const int next = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    if (next >= m_model->rowCount() && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    if (next < m_model->rowCount())
        selectRow(next);
}

void HeadlineView::focusResults(bool stepOntoFirst)
{
    setFocus(Qt::TabFocusReason);
    if (stepOntoFirst && !currentIndex().isValid() && m_model && m_model->rowCount() > 0)
        selectRow(0);
}

void HeadlineView::selectPrevious()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int previous = currentIndex().isValid() ? currentIndex().row() - 1 : 0;
    if (previous >= 0)
        selectRow(previous);
}

void HeadlineView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, HeadlineModel::TitleColumn);
    setCurrentIndex(index);
    scrollTo(index);
}

void HeadlineView::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &)
{
    const qint64 id = current.isValid() ? m_model->articleId(current.row()) : 0;
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit currentArticleChanged(id);
}

} // namespace glossa
