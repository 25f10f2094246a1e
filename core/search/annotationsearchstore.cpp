#include "annotationsearchstore.h"

#include "storage/sqlbackend.h"

#include "search/ftsquery.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

AnnotationSearchStore::AnnotationSearchStore(QSqlDatabase db) : m_db(db) {}

QList<AnnotationHit> AnnotationSearchStore::search(const QString &userText, int limit) const
{
    m_lastError.clear();
    QList<AnnotationHit> hits;
    // The round trip through UTF-8 turns a lone surrogate (pasted from a broken page) into a
    // replacement character: FtsQuery keeps surrogates, and SQLite rejects one alone.
    const QString match = FtsQuery::toMatchExpression(QString::fromUtf8(userText.toUtf8()));
    if (match.isEmpty() || limit == 0)
        return hits;
    // The MATCH and its ranking run first on the index alone; the joins only see the kept rows.
    // bm25 is smaller for better matches. A word in the quote or among the tags says more about
    // what the annotation is than a word in a long note, so those columns weigh more.
    // On a team library the server's text search ranks them: quote and tags (weight A) against
    // the note (B), negated to sort as bm25 does. A desk's annotations are read whole: they are
    // thousands, not millions.
    const bool server = backendOf(m_db) == SqlBackend::PostgreSql;
    const QString ranked = server
        ? QStringLiteral("SELECT an.id, -ts_rank('{0.1, 0.1, 0.33, 1.0}', v.doc, q) AS rank FROM annotations an"
                         " CROSS JOIN LATERAL (SELECT setweight(to_tsvector('glossa_search', an.exact), 'A')"
                         " || setweight(to_tsvector('glossa_search', an.note), 'B')"
                         " || setweight(to_tsvector('glossa_search', coalesce((SELECT string_agg(t.name, ' ')"
                         " FROM annotation_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.annotation_id = an.id), '')), 'A')"
                         " AS doc) v, to_tsquery('glossa_search', ?) q WHERE v.doc @@ q ORDER BY rank, an.id LIMIT ?")
        : QStringLiteral("SELECT rowid AS id, bm25(annotations_fts, 3.0, 1.0, 3.0) AS rank FROM annotations_fts"
                         " WHERE annotations_fts MATCH ? ORDER BY rank LIMIT ?");
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    const bool prepared = sql.prepare(QStringLiteral(
        "SELECT an.id, an.article_id, an.exact, an.note, an.color, c.kind, c.verdict, c.claimant, c.evidence,"
        " c.confidence, c.annotation_id IS NOT NULL, a.title, s.name, a.published"
        " FROM (%1) m"
        " JOIN annotations an ON an.id = m.id"
        " JOIN articles a ON a.id = an.article_id"
        " LEFT JOIN sources s ON s.id = a.source_id"
        " LEFT JOIN claims c ON c.annotation_id = an.id"
        " ORDER BY m.rank, an.id").arg(ranked));
    if (!prepared) {
        m_lastError = errorText(sql);
        return hits;
    }
    sql.addBindValue(server ? FtsQuery::toTsQuery(match) : match);
    // No limit: -1 to SQLite, NULL to PostgreSQL.
    sql.addBindValue(limit >= 0 ? QVariant(limit) : server ? QVariant(QMetaType(QMetaType::Int)) : QVariant(-1));
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return hits;
    }
    while (sql.next()) {
        AnnotationHit hit;
        hit.annotationId = sql.value(0).toLongLong();
        hit.articleId = sql.value(1).toLongLong();
        hit.exact = sql.value(2).toString();
        hit.note = sql.value(3).toString();
        hit.color = sql.value(4).toString();
        if (sql.value(10).toBool()) {
            Claim claim;
            claim.kind = sql.value(5).toString();
            claim.verdict = sql.value(6).toString();
            claim.claimant = sql.value(7).toString();
            claim.evidence = sql.value(8).toString();
            if (!sql.value(9).isNull())
                claim.confidence = sql.value(9).toDouble();
            hit.claim = claim;
        }
        hit.articleTitle = sql.value(11).toString();
        hit.source = sql.value(12).toString();
        hit.published = QDate::fromString(sql.value(13).toString(), Qt::ISODate);
        hits.append(hit);
    }
    // A MATCH can also fail while stepping (FTS5 reports some errors only then).
    if (sql.lastError().isValid()) {
        m_lastError = errorText(sql);
        return {};
    }
    addTags(&hits);
    return hits;
}

void AnnotationSearchStore::addTags(QList<AnnotationHit> *hits) const
{
    if (hits->isEmpty())
        return;
    QHash<qint64, int> indexOf;
    QStringList placeholders;
    for (int i = 0; i < hits->size(); ++i) {
        indexOf.insert(hits->at(i).annotationId, i);
        placeholders << QStringLiteral("?");
    }
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT nt.annotation_id, t.name FROM annotation_tags nt JOIN tags t ON t.id = nt.tag_id"
                               " WHERE nt.annotation_id IN (%1) ORDER BY nt.annotation_id, nt.position, t.name")
                    .arg(placeholders.join(QLatin1Char(','))));
    for (const AnnotationHit &hit : std::as_const(*hits))
        sql.addBindValue(hit.annotationId);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return;
    }
    while (sql.next())
        (*hits)[indexOf.value(sql.value(0).toLongLong())].tags << sql.value(1).toString();
}

} // namespace glossa
