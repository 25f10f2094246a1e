#include "headlinemodel.h"

#include "common/appicons.h"
#include "common/taxonomylabels.h"
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
    return ArticleFinder(library.database()).count(query);
}

// "Repeats a checked claim rated False, Misleading".
QString repeatsText(const QStringList &verdicts)
{
    QStringList labels;
    for (const QString &verdict : verdicts)
        labels << TaxonomyLabels::verdict(verdict);
    return HeadlineModel::tr("Repeats a checked claim rated %1").arg(labels.join(HeadlineModel::tr(", ", "between verdicts")));
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
        m_totalCount = qMax(count, int(m_ids.size()));
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
    return parent.isValid() ? 0 : int(m_ids.size());
}

int HeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    // Roles that need no more than the id do not bring an evicted page back.
    if (role == ArticleIdRole)
        return m_ids.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == AnnotationsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const ArticleSummary &row = rowAt(index.row());
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
        if (index.column() == AnnotationsColumn && !row.repeatedVerdicts.isEmpty())
            return repeatIcon(row.repeatedVerdicts.constFirst());
        break;
    case Qt::ToolTipRole:
        if (index.column() == AnnotationsColumn && !row.repeatedVerdicts.isEmpty())
            return repeatsText(row.repeatedVerdicts);
        if (index.column() == TitleColumn) {
            if (!row.snippet.isEmpty())
                return SnippetText::toToolTipHtml(row.title, row.snippet,
                                                  row.snippetOfNote ? tr("In the article’s note:") : QString());
            return row.title;
        }
        break;
    case Qt::AccessibleDescriptionRole:
        if (index.column() == TitleColumn) {
            QStringList state;
            state << (row.read ? tr("read") : tr("unread"));
            if (row.starred)
                state << tr("starred");
            if (!row.repeatedVerdicts.isEmpty())
                state << repeatsText(row.repeatedVerdicts);
            return state.join(QStringLiteral(", "));
        }
        break;
    case ReadRole:
        return row.read;
    case StarredRole:
        return row.starred;
    case SnippetRole:
        return row.snippet;
    case RepeatedVerdictsRole:
        return row.repeatedVerdicts;
    }
    return QVariant();
}

QVariant HeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AnnotationsColumn)
        return tr("How many annotations (highlights, claims and notes) the article has");
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
        // What it counts: every annotation, not only those with a note.
        return tr("Annotations", "column: number of annotations");
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
    const QList<ArticleSummary> fetched = m_workspace->finder().summaries(pageQuery());
    m_atEnd = fetched.size() < kPageSize;
    if (!fetched.isEmpty())
        m_lastRead = fetched.constLast();
    const QList<ArticleSummary> page = newRowsOf(fetched);
    if (m_atEnd && !m_totalCount)
        m_totalCount = int(m_ids.size() + page.size());
    if (page.isEmpty())
        return;
    const int loaded = int(m_ids.size());
    m_notifying = true;
    beginInsertRows(QModelIndex(), loaded, loaded + int(page.size()) - 1);
    for (const ArticleSummary &row : page)
        m_ids.append(row.id);
    m_pages.append(loaded, page);
    endInsertRows();
    m_notifying = false;
}

QList<ArticleSummary> HeadlineModel::newRowsOf(const QList<ArticleSummary> &fetched)
{
    QList<ArticleSummary> page;
    for (const ArticleSummary &row : fetched) {
        if (m_listed.contains(row.id))
            continue;
        m_listed.insert(row.id);
        page.append(row);
    }
    return page;
}

const ArticleSummary &HeadlineModel::rowAt(int row) const
{
    if (const ArticleSummary *cached = m_pages.row(row))
        return *cached;
    const int page = m_pages.pageOf(row);
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * kPageSize, kPageSize);
    QList<ArticleSummary> rows;
    if (m_workspace->isOpen()) {
        // Snippets too while searching: the same helper that built them for the page read.
        rows = m_workspace->finder().summariesOf(ids, m_query.search);
    } else {
        for (const qint64 id : ids) {
            ArticleSummary placeholder;
            placeholder.id = id;
            rows << placeholder;
        }
    }
    m_pages.putPage(page, rows);
    static const ArticleSummary none; // only if the list and its ids disagree, which they should not
    const ArticleSummary *read = m_pages.row(row);
    return read ? *read : none;
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

QIcon HeadlineModel::repeatIcon(const QString &verdict) const
{
    auto at = m_repeatIcons.find(verdict);
    if (at == m_repeatIcons.end())
        at = m_repeatIcons.insert(verdict, AppIcons::repeatedClaim(TaxonomyLabels::verdictColor(verdict)));
    return *at;
}

qint64 HeadlineModel::articleId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int HeadlineModel::rowOf(qint64 articleId) const
{
    if (!m_listed.contains(articleId))
        return -1;
    // Most often the article shown, on a page just seen; else one pass over 8 bytes a row.
    const int cached = m_pages.rowOf(articleId);
    if (cached >= 0)
        return cached;
    return int(m_ids.indexOf(articleId));
}

int HeadlineModel::totalCount() const
{
    if (!m_totalCount && m_workspace->isOpen())
        m_totalCount = qMax(m_workspace->finder().count(m_query), int(m_ids.size()));
    return m_totalCount.value_or(0);
}

ArticleQuery HeadlineModel::pageQuery() const
{
    ArticleQuery page = m_query;
    page.limit = kPageSize;
    page.after = m_lastRead;
    // Only a bm25-ranked search pages by offset (it has no key to seek to; see ArticleQuery).
    page.offset = int(m_ids.size());
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
    m_ids.clear();
    m_ids.squeeze(); // a million ids scrolled through before: give their 8 MB back
    m_listed.clear();
    m_pages.clear();
    m_lastRead.reset();
    m_totalCount.reset();
    m_atEnd = true;
    ++m_countGeneration;
    if (m_workspace->isOpen()) {
        const QList<ArticleSummary> fetched = m_workspace->finder().summaries(pageQuery());
        m_atEnd = fetched.size() < kPageSize;
        if (!fetched.isEmpty())
            m_lastRead = fetched.constLast();
        const QList<ArticleSummary> page = newRowsOf(fetched);
        for (const ArticleSummary &row : page)
            m_ids.append(row.id);
        m_pages.append(0, page);
        if (m_atEnd)
            m_totalCount = int(m_ids.size());
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
    // A row that no longer matches the filter (read while "unread only") stays until the next
    // reload: rows vanishing under the cursor would make J/K skip articles. An evicted row has
    // nothing to update: it is read afresh with its page when next shown.
    if (ArticleSummary *current = m_pages.mutableRow(row)) {
        const std::optional<ArticleSummary> fresh = m_workspace->articles().summary(articleId);
        if (!fresh)
            return;
        const QString snippet = current->snippet;
        *current = *fresh;
        current->snippet = snippet;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace glossa
