#include "headlinemodel.h"

#include "mainwindow/appicons.h"
#include "snippettext.h"
#include "workspace.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

namespace glossa {

HeadlineModel::HeadlineModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_starIcon(AppIcons::star())
{
    connect(workspace, &Workspace::libraryOpened, this, &HeadlineModel::reload);
    connect(workspace, &Workspace::contentChanged, this, &HeadlineModel::reload);
    connect(workspace, &Workspace::articleStateChanged, this, &HeadlineModel::refreshArticle);
    connect(workspace, &Workspace::annotationsChanged, this, &HeadlineModel::refreshArticle);
    reload();
}

int HeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case SourceColumn:
            return row.source.isEmpty() ? tr("Unknown outlet") : row.source;
        case DateColumn:
            return row.published.isValid() ? QLocale().toString(row.published, QLocale::ShortFormat) : QString();
        case AnnotationsColumn:
            return row.annotationCount > 0 ? QVariant(row.annotationCount) : QVariant(QString());
        }
        break;
    case Qt::FontRole:
        if (!row.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && row.starred)
            return m_starIcon;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            if (!row.snippet.isEmpty())
                return SnippetText::toToolTipHtml(row.title, row.snippet);
            return row.title;
        }
        break;
    case Qt::AccessibleDescriptionRole:
        if (index.column() == TitleColumn) {
            QStringList state;
            state << (row.read ? tr("read") : tr("unread"));
            if (row.starred)
                state << tr("starred");
            return state.join(QStringLiteral(", "));
        }
        break;
    case ArticleIdRole:
        return row.id;
    case ReadRole:
        return row.read;
    case StarredRole:
        return row.starred;
    case SnippetRole:
        return row.snippet;
    }
    return QVariant();
}

QVariant HeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case AnnotationsColumn:
        return tr("Notes", "column: number of annotations");
    }
    return QVariant();
}

bool HeadlineModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset or an insertion is being announced: a listener that fetched then would
    // insert rows before every other listener has seen the change (QAbstractItemModelTester
    // checks exactly that). Views fetch again once they lay out the new rows.
    return !parent.isValid() && !m_notifying && m_rows.size() < m_totalCount;
}

void HeadlineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_workspace->isOpen())
        return;
    // Offsets drift when loaded rows stop matching the filter (read while "unread only") or move
    // in the order (a new annotation under "sort by notes"). So the page is read with one page of
    // overlap, and the new rows start after the last row we already have.
    const int loaded = int(m_rows.size());
    const int overlap = qMin(loaded, kPageSize);
    ArticleQuery window = pageQuery(loaded - overlap);
    window.limit = overlap + kPageSize;
    const QList<ArticleSummary> candidates = m_workspace->articles().summaries(window);
    const qint64 lastLoadedId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    qsizetype first = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).id == lastLoadedId) {
            first = i + 1;
            break;
        }
    }
    QList<ArticleSummary> page;
    for (qsizetype i = first; i < candidates.size(); ++i) {
        if (!m_rowById.contains(candidates.at(i).id))
            page.append(candidates.at(i));
    }
    if (page.isEmpty()) {
        // The library shrank under us (or the query failed): stop offering more rows.
        m_totalCount = loaded;
        return;
    }
    m_notifying = true;
    beginInsertRows(QModelIndex(), loaded, loaded + int(page.size()) - 1);
    for (const ArticleSummary &row : std::as_const(page)) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
    m_notifying = false;
}

ArticleQuery::Sort HeadlineModel::sortForColumn(int column)
{
    switch (column) {
    case TitleColumn:
        return ArticleQuery::Sort::Title;
    case SourceColumn:
        return ArticleQuery::Sort::Source;
    case AnnotationsColumn:
        return ArticleQuery::Sort::Annotations;
    default:
        return ArticleQuery::Sort::Published;
    }
}

void HeadlineModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const ArticleQuery::Sort sort = sortForColumn(column);
    if (sort == m_query.sort && order == m_query.order)
        return;
    m_query.sort = sort;
    m_query.order = order;
    reload();
}

void HeadlineModel::setFilter(const ArticleQuery &query)
{
    ArticleQuery next = query;
    next.sort = m_query.sort;
    next.order = m_query.order;
    m_query = next;
    reload();
}

qint64 HeadlineModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int HeadlineModel::rowOf(qint64 articleId) const
{
    return m_rowById.value(articleId, -1);
}

ArticleQuery HeadlineModel::pageQuery(int offset) const
{
    ArticleQuery page = m_query;
    page.limit = kPageSize;
    page.offset = offset;
    page.withSnippets = true;
    return page;
}

void HeadlineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_totalCount = 0;
    if (m_workspace->isOpen()) {
        const ArticleStore store = m_workspace->articles();
        m_totalCount = store.count(m_query);
        m_rows = store.summaries(pageQuery(0));
        // count() and summaries() are two statements; never claim rows we could not load.
        if (m_rows.size() < kPageSize)
            m_totalCount = int(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(m_rows.at(row).id, row);
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

void HeadlineModel::refreshArticle(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    const std::optional<ArticleSummary> fresh = m_workspace->articles().summary(articleId);
    if (!fresh)
        return;
    // A row that no longer matches the filter (read while "unread only") stays until the next
    // reload: rows vanishing under the cursor would make J/K skip articles.
    ArticleSummary &current = m_rows[row];
    const QString snippet = current.snippet;
    current = *fresh;
    current.snippet = snippet;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace glossa
