#include "headlinemodel.h"

#include "mainwindow/appicons.h"
#include "snippettext.h"
#include "workspace.h"

#include "storage/library.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

namespace {

// Runs on a worker thread: SQLite connections do not cross threads, so it opens its own.
int countMatches(const QString &libraryPath, const ArticleQuery &query)
{
    Library library;
    if (!library.open(libraryPath))
        return -1;
    return ArticleStore(library.database()).count(query);
}

} // namespace

HeadlineModel::HeadlineModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_starIcon(AppIcons::star())
{
    connect(&m_counting, &QFutureWatcher<int>::finished, this, [this] {
        const QFuture<int> future = m_counting.future();
        const int count = future.isFinished() && future.resultCount() > 0 ? future.result() : -1;
        if (m_counting.property("generation").toInt() != m_countGeneration || count < 0)
            return; // a stale count, for a filter since replaced
        m_totalCount = qMax(count, int(m_rows.size()));
        emit totalCountChanged(*m_totalCount);
    });
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
    return !parent.isValid() && !m_notifying && !m_atEnd;
}

void HeadlineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_workspace->isOpen())
        return;
    // The page continues after the key of the last row read, so rows that left the filter
    // since (read while "unread only") or moved in the order shift nothing: no row is skipped.
    const QList<ArticleSummary> fetched = m_workspace->articles().summaries(pageQuery());
    m_atEnd = fetched.size() < kPageSize;
    if (!fetched.isEmpty())
        m_lastRead = fetched.constLast();
    QList<ArticleSummary> page;
    for (const ArticleSummary &row : fetched) {
        if (!m_rowById.contains(row.id))
            page.append(row);
    }
    if (m_atEnd && !m_totalCount)
        m_totalCount = int(m_rows.size() + page.size());
    if (page.isEmpty())
        return;
    const int loaded = int(m_rows.size());
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

int HeadlineModel::totalCount() const
{
    if (!m_totalCount && m_workspace->isOpen())
        m_totalCount = qMax(m_workspace->articles().count(m_query), int(m_rows.size()));
    return m_totalCount.value_or(0);
}

ArticleQuery HeadlineModel::pageQuery() const
{
    ArticleQuery page = m_query;
    page.limit = kPageSize;
    page.after = m_lastRead;
    // Only a bm25-ranked search pages by offset (it has no key to seek to; see ArticleQuery).
    page.offset = int(m_rows.size());
    page.withSnippets = true;
    return page;
}

void HeadlineModel::startCounting()
{
    // reload() moved to a new generation: a count still running for the previous filter is stale.
    m_counting.setProperty("generation", m_countGeneration);
    m_counting.setFuture(QtConcurrent::run(countMatches, m_workspace->libraryPath(), m_query));
}

void HeadlineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_lastRead.reset();
    m_totalCount.reset();
    m_atEnd = true;
    ++m_countGeneration;
    if (m_workspace->isOpen()) {
        m_rows = m_workspace->articles().summaries(pageQuery());
        m_atEnd = m_rows.size() < kPageSize;
        if (!m_rows.isEmpty())
            m_lastRead = m_rows.constLast();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(m_rows.at(row).id, row);
        if (m_atEnd)
            m_totalCount = int(m_rows.size());
        else
            startCounting();
    } else {
        m_totalCount = 0;
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
