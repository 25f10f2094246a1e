#include "articlequerysql.h"

#include "ftsquery.h"
#include "ftsrowfilter.h"
#include "storage/repeatedclaims.h"
#include "storage/tagstore.h"

namespace glossa {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

// "col = ?" or "col IS NULL", as an index can use either for its equality prefix.
void appendEquality(const KeyColumn &column, QStringList *conditions, QVariantList *values)
{
    if (column.value.isNull()) {
        *conditions << column.expression + QStringLiteral(" IS NULL");
    } else {
        *conditions << column.expression + QStringLiteral(" = ?");
        *values << column.value;
    }
}

} // namespace

QString ArticleSelection::whereClause(const QString &extraCondition) const
{
    QStringList all = conditions;
    if (!extraCondition.isEmpty())
        all << extraCondition;
    return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

ArticleSelection ArticleQuerySql::selection(const ArticleQuery &query, const QString &match, SearchPlan plan,
                                            SqlBackend backend, const QString &noteMatch)
{
    ArticleSelection selection;
    selection.plan = match.isEmpty() ? SearchPlan::None
        : backend == SqlBackend::PostgreSql && plan != SearchPlan::Selective ? SearchPlan::Materialized
                                                                             : plan;
    // An article matches when its text does, or its note does (each index answers the whole
    // search on its own). Notes are few, so their matches are always a set built once.
    const QString inNotes = noteMatch.isEmpty() ? match : noteMatch;
    if (backend == SqlBackend::PostgreSql && selection.plan == SearchPlan::Materialized) {
        // Many matches: their set from the GIN index, the list read in its own order. The notes'
        // matches (few) are an array computed once and ORed inside the one semi-join: as a UNION
        // or an OR beside it, the server lost its estimate and built every match's set first
        // (9 ms became 180-290 ms for a common word at 10k articles).
        selection.from = QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
        selection.conditions << QStringLiteral(
            "a.id IN (SELECT t.article_id FROM article_texts t WHERE t.search @@ to_tsquery('glossa_search', ?)"
            " OR t.article_id = ANY(ARRAY(SELECT n.id FROM articles n WHERE n.note_search @@ to_tsquery('glossa_search', ?))))");
        selection.values << FtsQuery::toTsQuery(match) << FtsQuery::toTsQuery(inNotes);
    } else if (backend == SqlBackend::PostgreSql && !match.isEmpty()) {
        // ts_rank grows where bm25 shrinks, so it is negated for the same ORDER BY m.score; its
        // weights are {D, C, B, A}: a title (A) weighs ten times the body (B), as with bm25, and a
        // note (D, unweighted) as much as the body.
        selection.from = QStringLiteral(
            " FROM (SELECT u.id, min(u.score) AS score FROM ("
            "SELECT t.article_id AS id, -ts_rank('{0.1, 0.1, 0.1, 1.0}', t.search, q) AS score"
            " FROM article_texts t, to_tsquery('glossa_search', ?) q WHERE t.search @@ q"
            " UNION ALL SELECT n.id, -ts_rank('{0.1, 0.1, 0.1, 1.0}', n.note_search, q)"
            " FROM articles n, to_tsquery('glossa_search', ?) q WHERE n.note_search @@ q) u GROUP BY u.id) m"
            " JOIN articles a ON a.id = m.id LEFT JOIN sources s ON s.id = a.source_id");
        selection.values << FtsQuery::toTsQuery(match) << FtsQuery::toTsQuery(inNotes);
    } else switch (selection.plan) {
    case SearchPlan::Selective:
        // CROSS JOIN keeps the match set as the outer loop: SQLite reads the few matching rows
        // and sorts them, rather than scanning the list and asking FTS about each row. A note
        // weighs as much as the body; an article matched by both keeps its better score.
        selection.from = QStringLiteral(
            " FROM (SELECT id, min(score) AS score FROM ("
            "SELECT rowid AS id, bm25(articles_fts, 10.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ?"
            " UNION ALL SELECT rowid, bm25(article_notes_fts) FROM article_notes_fts WHERE article_notes_fts MATCH ?)"
            " GROUP BY id) m CROSS JOIN articles a ON a.id = m.id"
            " LEFT JOIN sources s ON s.id = a.source_id");
        selection.values << match << inNotes;
        break;
    case SearchPlan::Materialized:
        selection.from = QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
        // The unary + keeps SQLite from driving the loop by the id list: the order's index does.
        selection.conditions << QStringLiteral(
            "+a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
            " UNION ALL SELECT rowid FROM article_notes_fts WHERE article_notes_fts MATCH ?)");
        selection.values << match << inNotes;
        break;
    case SearchPlan::Probed: {
        selection.from = QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
        // The notes' matches first: a set built once, then one lookup per row, before the text's
        // check (SQLite stops at the first true term of an OR).
        const QString byNote = QStringLiteral("+a.id IN (SELECT rowid FROM article_notes_fts WHERE article_notes_fts MATCH ?)");
        selection.values << inNotes;
        const QStringList required = FtsQuery::requiredLiterals(match);
        if (required.isEmpty()) {
            selection.conditions << QStringLiteral("(") + byNote + QStringLiteral(
                " OR EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND articles_fts.rowid = a.id))");
        } else {
            // FTS5 checks only the rows that hold every required word and phrase (FtsRowFilter);
            // CASE makes sure the cheap test runs first.
            selection.conditions << QStringLiteral("(") + byNote + QStringLiteral(
                " OR CASE WHEN glossa_may_match(?, a.title, (SELECT body FROM article_texts WHERE article_id = a.id))"
                " THEN EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND articles_fts.rowid = a.id)"
                " ELSE 0 END)");
            selection.values << FtsRowFilter::encode(required);
        }
        selection.values << match;
        break;
    }
    case SearchPlan::None:
        selection.from = QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
        break;
    }
    if (!query.source.isEmpty()) {
        selection.conditions << QStringLiteral("s.folded = ?");
        selection.values << query.source.trimmed().toCaseFolded();
    }
    if (!query.tag.isEmpty()) {
        selection.conditions << QStringLiteral(
            "(a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.folded = ?)"
            " OR a.id IN (SELECT an.article_id FROM annotations an"
            " JOIN annotation_tags nt ON nt.annotation_id = an.id JOIN tags t ON t.id = nt.tag_id WHERE t.folded = ?))");
        const QString tag = TagStore::normalizedName(query.tag).toCaseFolded();
        selection.values << tag << tag;
    }
    if (!query.verdict.isEmpty()) {
        selection.conditions << QStringLiteral("a.id IN (SELECT an.article_id FROM annotations an"
                                               " JOIN claims c ON c.annotation_id = an.id WHERE c.verdict = ?)");
        selection.values << query.verdict;
    }
    if (query.collectionId > 0) {
        selection.conditions << QStringLiteral(
            "a.id IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)");
        selection.values << query.collectionId;
    }
    if (query.from.isValid()) {
        selection.conditions << QStringLiteral("a.published >= ?");
        selection.values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        selection.conditions << QStringLiteral("a.published <= ?");
        selection.values << query.to.toString(Qt::ISODate);
    }
    if (query.repeatsCheckedClaim)
        selection.conditions << RepeatedClaims::condition(query.repeatedVerdict, &selection.values);
    if (query.unreadOnly)
        selection.conditions << QStringLiteral("a.is_read = 0");
    if (query.starredOnly)
        selection.conditions << QStringLiteral("a.is_starred = 1");
    return selection;
}

QString ArticleQuerySql::orderBy(const ArticleQuery &query, SearchPlan plan)
{
    const QString dir = direction(query.order);
    // A nullable column (a date, an outlet) sorts its NULLs as the smallest values, as SQLite
    // always does and PostgreSQL does when told; SQLite's plans are the same with the words.
    const QString nullable = dir + (dir == QLatin1String("DESC") ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST"));
    const QString newest = QStringLiteral("a.published DESC NULLS LAST, a.id DESC");
    // Every key ends with the id, so the order is total and a page can continue after its last row.
    switch (query.sort) {
    case ArticleQuery::Sort::Title:
        return QStringLiteral(" ORDER BY a.title COLLATE NOCASE %1, a.id %1").arg(dir);
    case ArticleQuery::Sort::Source:
        return QStringLiteral(" ORDER BY s.name COLLATE NOCASE %1, %2").arg(nullable, newest);
    case ArticleQuery::Sort::Annotations:
        // One direction for the whole key, so one index (articles_by_annotation_count) serves it.
        return QStringLiteral(" ORDER BY a.annotation_count %1, a.published %2, a.id %1").arg(dir, nullable);
    case ArticleQuery::Sort::Relevance:
        // bm25 is smaller for better matches; titles weigh ten times the body. When too many
        // articles match to rank them all quickly, the newest come first instead.
        if (plan == SearchPlan::Selective)
            return QStringLiteral(" ORDER BY m.score, ") + newest;
        return QStringLiteral(" ORDER BY ") + newest;
    case ArticleQuery::Sort::Published:
        break;
    }
    return QStringLiteral(" ORDER BY a.published %1, a.id %2").arg(nullable, dir);
}

QList<KeyColumn> ArticleQuerySql::sortKey(const ArticleQuery &query, const ArticleSummary &row)
{
    const KeyColumn published{QStringLiteral("a.published"), dateValue(row.published), true};
    const KeyColumn id{QStringLiteral("a.id"), row.id, false};
    switch (query.sort) {
    case ArticleQuery::Sort::Title:
        return {KeyColumn{QStringLiteral("a.title COLLATE NOCASE"), row.title, false}, id};
    case ArticleQuery::Sort::Annotations:
        return {KeyColumn{QStringLiteral("a.annotation_count"), row.annotationCount, false}, published, id};
    case ArticleQuery::Sort::Source: // by outlet, then as keyWithinSource
    case ArticleQuery::Sort::Relevance: // unranked relevance is newest first
    case ArticleQuery::Sort::Published:
        break;
    }
    return {published, id};
}

QList<KeyColumn> ArticleQuerySql::keyWithinSource(const ArticleSummary &row)
{
    return {KeyColumn{QStringLiteral("a.published"), dateValue(row.published), true},
            KeyColumn{QStringLiteral("a.id"), row.id, false}};
}

QList<KeysetSlice> ArticleQuerySql::slicesAfter(const QList<KeyColumn> &key, bool descending)
{
    // Rows after (v1, v2, v3) in the order: those with v1, v2 and a later third column; then
    // those with v1 and a later second column; then those with a later first column.
    QList<KeysetSlice> slices;
    for (qsizetype j = key.size() - 1; j >= 0; --j) {
        QStringList prefix;
        QVariantList prefixValues;
        for (qsizetype i = 0; i < j; ++i)
            appendEquality(key.at(i), &prefix, &prefixValues);
        const KeyColumn &column = key.at(j);
        QStringList ranges; // in the order they come
        QVariantList rangeValues;
        if (!column.value.isNull()) {
            ranges << column.expression + (descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
            rangeValues << column.value;
            if (descending && column.nullable) // NULL sorts first, so it comes last going down
                ranges << column.expression + QStringLiteral(" IS NULL");
        } else if (!descending) {
            ranges << column.expression + QStringLiteral(" IS NOT NULL");
        }
        for (const QString &range : std::as_const(ranges)) {
            KeysetSlice slice;
            slice.condition = (prefix + QStringList{range}).join(QStringLiteral(" AND "));
            slice.values = prefixValues;
            if (range.endsWith(QLatin1Char('?')))
                slice.values << rangeValues.first();
            slices << slice;
        }
    }
    return slices;
}

} // namespace glossa
