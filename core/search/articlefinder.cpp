#include "articlefinder.h"

#include "storage/repeatedclaims.h"
#include "storage/sqlbackend.h"
#include "storage/sqlvalue.h"

#include "ftsquery.h"
#include "searchsnippet.h"
#include "ftsrowfilter.h"
#include "searchplanner.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace glossa {

namespace {

// True when the query narrows the list by nothing but its search text: the density of the
// search among all articles is then the density of the list a probe walks.
bool filtersOnlyBySearch(const ArticleQuery &query)
{
    return query.source.isEmpty() && query.tag.isEmpty() && query.verdict.isEmpty() && query.collectionId <= 0
        && !query.from.isValid() && !query.to.isValid() && !query.unreadOnly && !query.starredOnly
        && !query.repeatsCheckedClaim;
}

ArticleSummary summaryFrom(const QSqlQuery &sql)
{
    ArticleSummary row;
    row.id = sql.value(0).toLongLong();
    row.title = sql.value(1).toString();
    row.source = sql.value(2).toString();
    row.published = QDate::fromString(sql.value(3).toString(), Qt::ISODate);
    row.annotationCount = sql.value(4).toInt();
    row.read = sql.value(5).toBool();
    row.starred = sql.value(6).toBool();
    return row;
}

} // namespace

ArticleFinder::ArticleFinder(QSqlDatabase db) : m_db(db), m_backend(backendOf(db))
{
    // Probed searches call it (ArticleQuerySql). Without FTS5 no search runs anyway, and the
    // statement that needs it says so.
    FtsRowFilter::ensureInstalled(m_db);
}

SearchPlan ArticleFinder::planSearch(const QString &match, int pageSize) const
{
    // On a server, as with FTS5: ranked when few articles match (ts_rank reads every matching
    // article's index entry), else the matches as a set, the list read newest first. One probe of
    // the GIN index, stopped at the threshold, decides.
    if (m_backend == SqlBackend::PostgreSql) {
        if (match.isEmpty())
            return SearchPlan::None;
        // A phrase's words ANDed: the index answers that alone, where a phrase has every
        // candidate's positions read (ten times the time); a plan needs only the density.
        QString words = FtsQuery::toTsQuery(match);
        words.replace(QLatin1String(" <-> "), QLatin1String(" & "));
        QSqlQuery probe(m_db);
        probe.prepare(QStringLiteral("SELECT glossa_count_matches(to_tsquery('glossa_search', ?), ?)"));
        probe.addBindValue(words);
        probe.addBindValue(kSelectiveMatches);
        const bool few = probe.exec() && probe.next() && probe.value(0).toInt() < kSelectiveMatches;
        return few ? SearchPlan::Selective : SearchPlan::Materialized;
    }
    return SearchPlanner(m_db).planSearch(match, pageSize);
}

PlannedSearch ArticleFinder::plannedSearch(const QString &match, int pageSize) const
{
    if (m_backend == SqlBackend::PostgreSql)
        return PlannedSearch{match, planSearch(match)};
    return SearchPlanner(m_db).plannedSearch(match, pageSize);
}

bool ArticleFinder::readRows(const ArticleSelection &selection, const KeysetSlice &slice, const QString &orderBy,
                            int limit, int offset, QList<ArticleSummary> *rows) const
{
    QString text = QStringLiteral("SELECT a.id, a.title, s.name, a.published, a.annotation_count, a.is_read, a.is_starred");
    text += selection.from + selection.whereClause(slice.condition) + orderBy;
    QVariantList values = selection.values + slice.values;
    if (limit >= 0 || offset > 0) {
        text += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << qMax(0, offset);
    }
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    if (!sql.prepare(text)) {
        m_lastError = errorText(sql);
        return false;
    }
    bindAll(sql, values);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    while (sql.next())
        rows->append(summaryFrom(sql));
    return true;
}

QList<ArticleSummary> ArticleFinder::summaries(const ArticleQuery &query) const
{
    const int pageSize = filtersOnlyBySearch(query) ? query.limit : -1;
    const QString typed = FtsQuery::toMatchExpression(query.search);
    const PlannedSearch search = plannedSearch(typed, pageSize);
    const ArticleSelection selection = ArticleQuerySql::selection(query, search.match, search.plan, m_backend, typed);
    const bool ranked = query.sort == ArticleQuery::Sort::Relevance && selection.plan == SearchPlan::Selective;
    QList<ArticleSummary> rows;
    if (query.sort == ArticleQuery::Sort::Source && !ranked && (query.after || query.offset == 0))
        rows = pageBySource(query, selection);
    else if (query.after && !ranked)
        rows = pageAfter(query, selection);
    else
        readRows(selection, {}, ArticleQuerySql::orderBy(query, selection.plan), query.limit, query.offset, &rows);
    if (!search.match.isEmpty() && query.withSnippets)
        addSnippets(search.match, &rows, typed);
    addRepeatedClaims(&rows);
    return rows;
}

QList<ArticleSummary> ArticleFinder::pageAfter(const ArticleQuery &query, const ArticleSelection &selection) const
{
    const QString order = ArticleQuerySql::orderBy(query, selection.plan);
    const bool descending = query.order == Qt::DescendingOrder || query.sort == ArticleQuery::Sort::Relevance;
    QList<ArticleSummary> rows;
    for (const KeysetSlice &slice : ArticleQuerySql::slicesAfter(ArticleQuerySql::sortKey(query, *query.after), descending)) {
        const int wanted = query.limit < 0 ? -1 : query.limit - int(rows.size());
        if (wanted == 0 || !readRows(selection, slice, order, wanted, 0, &rows))
            break;
    }
    return rows;
}

QList<ArticleSummary> ArticleFinder::pageBySource(const ArticleQuery &query, const ArticleSelection &selection) const
{
    // SQLite cannot walk articles in outlet-name order through an index (the name lives in
    // sources), so the page goes outlet by outlet, each read newest first off
    // articles_by_source. Outlets are few; articles of an unknown outlet sort first.
    struct Outlet
    {
        QVariant id; // null for the unknown outlet
        QString name;
    };
    QList<Outlet> outlets{Outlet{QVariant(), QString()}};
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT id, name FROM sources ORDER BY name COLLATE NOCASE, id"))) {
        m_lastError = errorText(sql);
        return {};
    }
    while (sql.next())
        outlets << Outlet{sql.value(0), sql.value(1).toString()};
    if (query.order == Qt::DescendingOrder)
        std::reverse(outlets.begin(), outlets.end());
    qsizetype first = 0;
    if (query.after) {
        first = -1;
        for (qsizetype i = 0; i < outlets.size() && first < 0; ++i) {
            if (outlets.at(i).name == query.after->source)
                first = i;
        }
        if (first < 0) // the outlet is gone: nothing sensible follows
            return {};
    }
    QList<ArticleSummary> rows;
    const auto wanted = [&] { return query.limit < 0 ? -1 : query.limit - int(rows.size()); };
    for (qsizetype i = first; i < outlets.size() && wanted() != 0; ++i) {
        const Outlet &outlet = outlets.at(i);
        KeysetSlice inOutlet;
        inOutlet.condition = outlet.id.isNull() ? QStringLiteral("a.source_id IS NULL") : QStringLiteral("a.source_id = ?");
        if (!outlet.id.isNull())
            inOutlet.values << outlet.id;
        QList<KeysetSlice> slices{inOutlet};
        if (query.after && i == first) {
            slices.clear();
            for (const KeysetSlice &within :
                 ArticleQuerySql::slicesAfter(ArticleQuerySql::keyWithinSource(*query.after), true))
                slices << KeysetSlice{inOutlet.condition + QStringLiteral(" AND ") + within.condition,
                                      inOutlet.values + within.values};
        }
        for (const KeysetSlice &slice : std::as_const(slices)) {
            if (wanted() == 0 || !readRows(selection, slice, ArticleQuerySql::orderWithinSource(), wanted(), 0, &rows))
                break;
        }
    }
    return rows;
}

void ArticleFinder::addRepeatedClaims(QList<ArticleSummary> *rows) const
{
    // A second pass for the page's rows only, as for snippets: in the list's statement it would
    // be evaluated for every row sorted, not only for those shown.
    QString error;
    if (!RepeatedClaims::fill(m_db, rows, &error))
        m_lastError = error;
}

void ArticleFinder::addSnippets(const QString &match, QList<ArticleSummary> *rows, const QString &noteMatch) const
{
    // A second pass for the page of rows only: with ORDER BY ... LIMIT in one statement,
    // SQLite would build a snippet for every matching article before sorting.
    if (rows->isEmpty())
        return;
    QHash<qint64, int> indexOf;
    QStringList placeholders;
    qint64 lowest = rows->first().id, highest = lowest;
    for (int i = 0; i < rows->size(); ++i) {
        indexOf.insert(rows->at(i).id, i);
        placeholders << QStringLiteral("?");
        lowest = qMin(lowest, rows->at(i).id);
        highest = qMax(highest, rows->at(i).id);
    }
    if (m_backend == SqlBackend::PostgreSql) {
        addServerSnippets(match, placeholders, indexOf, rows);
        return;
    }
    // FTS5 answers "rowid IN (...)" with one lookup per id, cheap for words and phrases. A
    // prefix, though, merges every word that starts with it on each lookup: for it, one pass
    // over the id range, the list filtered by SQLite (the unary + hides it from FTS5).
    const bool prefix = SearchPlanner::hasPrefix(match);
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    // Snippet markers are STX/ETX so that views can render the match without parsing HTML.
    sql.prepare(QStringLiteral("SELECT rowid, snippet(articles_fts, -1, char(2), char(3), '…', 16) FROM articles_fts"
                               " WHERE articles_fts MATCH ? AND %1 IN (%2)")
                    .arg(prefix ? QStringLiteral("rowid BETWEEN ? AND ? AND +rowid") : QStringLiteral("rowid"),
                         placeholders.join(QLatin1Char(','))));
    sql.addBindValue(match);
    if (prefix) {
        sql.addBindValue(lowest);
        sql.addBindValue(highest);
    }
    for (const ArticleSummary &row : std::as_const(*rows))
        sql.addBindValue(row.id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return;
    }
    while (sql.next()) {
        const int index = indexOf.value(sql.value(0).toLongLong(), -1);
        if (index >= 0)
            (*rows)[index].snippet = sql.value(1).toString();
    }
    addNoteSnippets(noteMatch.isEmpty() ? match : noteMatch, indexOf, rows);
}

void ArticleFinder::addNoteSnippets(const QString &match, const QHash<qint64, int> &indexOf,
                                    QList<ArticleSummary> *rows) const
{
    // The rows whose text did not match were found by their note: the snippet says why.
    QList<qint64> ids;
    for (const ArticleSummary &row : std::as_const(*rows)) {
        if (row.snippet.isEmpty())
            ids << row.id;
    }
    if (ids.isEmpty())
        return;
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), ids.size());
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT rowid, snippet(article_notes_fts, 0, char(2), char(3), '…', 16) FROM article_notes_fts"
                               " WHERE article_notes_fts MATCH ? AND rowid IN (%1)")
                    .arg(placeholders.join(QLatin1Char(','))));
    sql.addBindValue(match);
    for (const qint64 id : std::as_const(ids))
        sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return;
    }
    while (sql.next()) {
        const int index = indexOf.value(sql.value(0).toLongLong(), -1);
        if (index >= 0) {
            (*rows)[index].snippet = sql.value(1).toString();
            (*rows)[index].snippetOfNote = true;
        }
    }
}

void ArticleFinder::addServerSnippets(const QString &match, const QStringList &placeholders,
                                      const QHash<qint64, int> &indexOf, QList<ArticleSummary> *rows) const
{
    // Made here from the texts (SearchSnippet): the server's ts_headline parsed each body
    // again, some 1 ms per article, a third of a search's time on a team library.
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT t.article_id, a.title, left(t.body, 200000), a.note FROM article_texts t"
                               " JOIN articles a ON a.id = t.article_id WHERE t.article_id IN (%1)")
                    .arg(placeholders.join(QLatin1Char(','))));
    for (const ArticleSummary &row : std::as_const(*rows))
        sql.addBindValue(row.id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return;
    }
    const SearchSnippet snippet(match);
    const auto marked = [](const QString &text) { return text.contains(QChar(0x02)); };
    while (sql.next()) {
        const int index = indexOf.value(sql.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        ArticleSummary &row = (*rows)[index];
        row.snippet = snippet.of(sql.value(1).toString(), sql.value(2).toString());
        // Found by its note alone: the text holds no term, the note does.
        const QString note = sql.value(3).toString();
        if (!marked(row.snippet) && !note.isEmpty()) {
            const QString ofNote = snippet.of(QString(), note);
            if (marked(ofNote)) {
                row.snippet = ofNote;
                row.snippetOfNote = true;
            }
        }
    }
}

int ArticleFinder::count(const ArticleQuery &query) const
{
    const QString match = FtsQuery::toMatchExpression(query.search);
    // Without other filters a search is counted in the full-text index alone.
    const bool searchOnly = m_backend == SqlBackend::Sqlite && !match.isEmpty() && filtersOnlyBySearch(query);
    QSqlQuery sql(m_db);
    QString text;
    QVariantList values;
    if (searchOnly) {
        // The articles whose text matches, and those found by their note alone (notes are few:
        // each of their matches is checked against the text's index).
        text = QStringLiteral(
            "SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?)"
            " + (SELECT count(*) FROM article_notes_fts WHERE article_notes_fts MATCH ? AND NOT EXISTS"
            " (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND articles_fts.rowid = article_notes_fts.rowid))");
        values << match << match << match;
    } else {
        const ArticleSelection selection = ArticleQuerySql::selection(query, match, SearchPlan::Materialized, m_backend);
        text = QStringLiteral("SELECT count(*)") + selection.from + selection.whereClause();
        values = selection.values;
    }
    if (!sql.prepare(text)) {
        m_lastError = errorText(sql);
        return 0;
    }
    bindAll(sql, values);
    if (!sql.exec() || !sql.next()) {
        m_lastError = errorText(sql);
        return 0;
    }
    return sql.value(0).toInt();
}

QList<qint64> ArticleFinder::ids(const ArticleQuery &query) const
{
    const QString match = FtsQuery::toMatchExpression(query.search);
    // Every row is read anyway: rank by bm25 only where summaries() would.
    const SearchPlan plan = query.sort == ArticleQuery::Sort::Relevance ? planSearch(match) : SearchPlan::Materialized;
    const ArticleSelection selection = ArticleQuerySql::selection(query, match, plan, m_backend);
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    QList<qint64> ids;
    if (!sql.prepare(QStringLiteral("SELECT a.id") + selection.from + selection.whereClause()
                     + ArticleQuerySql::orderBy(query, selection.plan))) {
        m_lastError = errorText(sql);
        return ids;
    }
    bindAll(sql, selection.values);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return ids;
    }
    while (sql.next())
        ids << sql.value(0).toLongLong();
    return ids;
}

QList<ArticleSummary> ArticleFinder::summariesOf(const QList<qint64> &ids, const QString &search) const
{
    // Well under SQLite's limit of bound parameters (32,766), and a page of the list in one go.
    constexpr qsizetype kIdsPerStatement = 500;
    const QString match = FtsQuery::toMatchExpression(search);
    QList<qint64> unique;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    }
    QHash<qint64, ArticleSummary> found;
    found.reserve(unique.size());
    for (qsizetype first = 0; first < unique.size(); first += kIdsPerStatement) {
        const QList<qint64> chunk = unique.mid(first, kIdsPerStatement);
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery sql(m_db);
        sql.setForwardOnly(true);
        if (!sql.prepare(QStringLiteral("SELECT a.id, a.title, s.name, a.published, a.annotation_count, a.is_read,"
                                        " a.is_starred FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                                        " WHERE a.id IN (%1)")
                             .arg(placeholders.join(QLatin1Char(','))))) {
            m_lastError = errorText(sql);
            break;
        }
        for (const qint64 id : chunk)
            sql.addBindValue(id);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            break;
        }
        QList<ArticleSummary> rows;
        while (sql.next())
            rows.append(summaryFrom(sql));
        if (!match.isEmpty())
            addSnippets(match, &rows);
        addRepeatedClaims(&rows);
        for (const ArticleSummary &row : std::as_const(rows))
            found.insert(row.id, row);
    }
    QList<ArticleSummary> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto at = found.constFind(id);
        if (at != found.cend()) {
            rows.append(*at);
        } else {
            ArticleSummary placeholder;
            placeholder.id = id;
            rows.append(placeholder);
        }
    }
    return rows;
}

} // namespace glossa
