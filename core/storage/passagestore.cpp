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
    QStringList parts;
    for (int i = 0; i < unique.size(); ++i)
        parts << QStringLiteral("SELECT %1, count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT %2)")
                     .arg(i)
                     .arg(kRarityCap);
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    if (!sql.prepare(parts.join(QStringLiteral(" UNION ALL ")))) {
        m_lastError = errorText(sql);
        return found;
    }
    for (const QString &word : std::as_const(unique))
        sql.addBindValue(ftsLiteral(word));
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
    QStringList terms;
    for (const QString &word : words)
        terms << ftsLiteral(word); // words separated by spaces make a phrase
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    // MATCH first in a subquery, then the joins for the few rows it keeps.
    sql.prepare(QStringLiteral(
        "SELECT a.id, a.title, s.name, a.published, t.body, a.url, a.content_hash FROM"
        " (SELECT rowid AS id, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH ?"
        "  ORDER BY rank LIMIT ?) m"
        " JOIN articles a ON a.id = m.id JOIN article_texts t ON t.article_id = a.id"
        " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id <> ? ORDER BY m.rank"));
    sql.addBindValue(terms.join(QStringLiteral(" OR ")));
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
