#include "passagestore.h"

#include "sqlbackend.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace glossa {

PassageStore::PassageStore(QSqlDatabase db) : m_db(db) {}

namespace {

QString ftsLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QList<QPair<QString, int>> PassageStore::rarestWords(const QStringList &words, int count) const
{
    QList<QPair<QString, int>> found;
    QStringList unique;
    QSet<QString> seen;
    for (const QString &word : words) {
        // One- and two-letter words are articles and prepositions in every language here.
        if (word.size() < 3 || seen.contains(word))
            continue;
        seen.insert(word);
        unique << word;
        if (unique.size() == kMaxWords)
            break;
    }
    if (unique.isEmpty())
        return found;
    // One statement for every word, each count stopping at kRarityCap: a word that common is
    // no help in finding copies, and counting it to the end would read its whole doclist.
    const bool server = backendOf(m_db) == SqlBackend::PostgreSql;
    QString statement;
    if (server) {
        // A team library counts through its GIN index, with the same folding as its search. A
        // word its statistics already know to be common is not counted at all: counting it
        // would visit thousands of rows, where the planner's lexeme frequencies answer at once.
        QStringList rows;
        for (int i = 0; i < unique.size(); ++i)
            rows << QStringLiteral("(%1, CAST(? AS text))").arg(i);
        statement = QStringLiteral(
                        "WITH words(i, word) AS (VALUES %1),"
                        " common AS (SELECT e.elem, e.freq * c.reltuples AS estimate"
                        "  FROM pg_stats s JOIN pg_class c ON c.oid = 'article_texts'::regclass,"
                        "  unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(elem, freq)"
                        "  WHERE s.schemaname = current_schema() AND s.tablename = 'article_texts' AND s.attname = 'search')"
                        " SELECT w.i, CASE WHEN max(common.estimate) >= %2 THEN %2 ELSE"
                        "  (SELECT count(*) FROM (SELECT 1 FROM article_texts"
                        "   WHERE search @@ phraseto_tsquery('glossa_search', w.word) LIMIT %2) x) END"
                        " FROM words w LEFT JOIN common"
                        "  ON common.elem = array_to_string(tsvector_to_array(to_tsvector('glossa_search', w.word)), ' ')"
                        " GROUP BY w.i, w.word ORDER BY w.i")
                        .arg(rows.join(QLatin1Char(',')))
                        .arg(kRarityCap);
    } else {
        QStringList parts;
        for (int i = 0; i < unique.size(); ++i)
            parts << QStringLiteral("SELECT %1, count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT %2)")
                         .arg(i)
                         .arg(kRarityCap);
        statement = parts.join(QStringLiteral(" UNION ALL "));
    }
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    if (!sql.prepare(statement)) {
        m_lastError = errorText(sql);
        return found;
    }
    for (const QString &word : std::as_const(unique))
        sql.addBindValue(server ? word : ftsLiteral(word));
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return found;
    }
    while (sql.next()) {
        const int documents = sql.value(1).toInt();
        if (documents > 0) // a word the index does not know finds nothing
            found.append({unique.at(sql.value(0).toInt()), documents});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return found.mid(0, count);
}

QList<PassageCandidate> PassageStore::candidates(const QStringList &words, qint64 excludeArticleId, int limit) const
{
    QList<PassageCandidate> result;
    if (words.isEmpty())
        return result;
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    // The match first in a subquery, then the joins for the few rows it keeps.
    const QString joins = QStringLiteral(
        " JOIN articles a ON a.id = m.id JOIN article_texts t ON t.article_id = a.id"
        " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id <> ? ORDER BY m.rank");
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        // Any of the words or phrases, each folded as the team library's search folds it; the
        // rank divided by the article's length, as bm25 favours short articles: unnormalised,
        // ts_rank puts the longest articles first, and the matcher then reads eight times more.
        QStringList queries;
        for (qsizetype i = 0; i < words.size(); ++i)
            queries << QStringLiteral("phraseto_tsquery('glossa_search', ?)");
        sql.prepare(QStringLiteral("SELECT a.id, a.title, s.name, a.published, t.body, a.url, a.content_hash FROM"
                                   " (SELECT x.article_id AS id, -ts_rank(x.search, q.query, 2) AS rank"
                                   "  FROM article_texts x, (SELECT %1 AS query) q WHERE x.search @@ q.query"
                                   "  ORDER BY rank LIMIT ?) m")
                        .arg(queries.join(QStringLiteral(" || ")))
                    + joins);
        for (const QString &word : words)
            sql.addBindValue(word);
    } else {
        QStringList terms;
        for (const QString &word : words)
            terms << ftsLiteral(word); // words separated by spaces make a phrase
        sql.prepare(QStringLiteral("SELECT a.id, a.title, s.name, a.published, t.body, a.url, a.content_hash FROM"
                                   " (SELECT rowid AS id, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH ?"
                                   "  ORDER BY rank LIMIT ?) m")
                    + joins);
        sql.addBindValue(terms.join(QStringLiteral(" OR ")));
    }
    sql.addBindValue(limit + 1);
    sql.addBindValue(excludeArticleId);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return result;
    }
    while (sql.next() && result.size() < limit) {
        PassageCandidate candidate;
        candidate.articleId = sql.value(0).toLongLong();
        candidate.title = sql.value(1).toString();
        candidate.source = sql.value(2).toString();
        candidate.published = QDate::fromString(sql.value(3).toString(), Qt::ISODate);
        candidate.text = sql.value(4).toString();
        candidate.url = sql.value(5).toString();
        candidate.contentHash = sql.value(6).toString();
        result.append(candidate);
    }
    return result;
}

} // namespace glossa
