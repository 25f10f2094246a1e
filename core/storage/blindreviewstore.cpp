#include "blindreviewstore.h"

#include "sqlbackend.h"

#include "analyststore.h"
#include "timestamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

BlindReviewStore::BlindReviewStore(QSqlDatabase db) : m_db(db) {}

bool BlindReviewStore::setFlag(const QString &table, qint64 id, bool value)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("UPDATE %1 SET blind = ? WHERE id = ?").arg(table)); // table: a constant of this class
    sql.addBindValue(value ? 1 : 0);
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    if (sql.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no such %1 %2").arg(table == QLatin1String("articles") ? "article" : "collection").arg(id);
        return false;
    }
    return true;
}

bool BlindReviewStore::flag(const QString &text, qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(text);
    sql.addBindValue(id);
    if (!sql.exec() || !sql.next()) {
        m_lastError = errorText(sql);
        return false;
    }
    return sql.value(0).toBool();
}

bool BlindReviewStore::setArticleBlind(qint64 articleId, bool blind)
{
    return setFlag(QStringLiteral("articles"), articleId, blind);
}

bool BlindReviewStore::setCollectionBlind(qint64 collectionId, bool blind)
{
    return setFlag(QStringLiteral("collections"), collectionId, blind);
}

bool BlindReviewStore::isArticleBlind(qint64 articleId) const
{
    return flag(QStringLiteral("SELECT blind FROM articles WHERE id = ?"), articleId);
}

bool BlindReviewStore::isCollectionBlind(qint64 collectionId) const
{
    return flag(QStringLiteral("SELECT blind FROM collections WHERE id = ?"), collectionId);
}

bool BlindReviewStore::isBlind(qint64 articleId) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT (SELECT blind FROM articles WHERE id = ?) OR EXISTS (SELECT 1 FROM"
                               " collection_articles m JOIN collections c ON c.id = m.collection_id"
                               " WHERE m.article_id = ? AND c.blind = 1)"));
    sql.addBindValue(articleId);
    sql.addBindValue(articleId);
    if (!sql.exec() || !sql.next()) {
        m_lastError = errorText(sql);
        return false;
    }
    return sql.value(0).toBool();
}

bool BlindReviewStore::setDone(qint64 articleId, bool done)
{
    const qint64 analyst = AnalystStore(m_db).actingId();
    if (analyst == 0) {
        m_lastError = QStringLiteral("no analyst to mark the article done for");
        return false;
    }
    QSqlQuery sql(m_db);
    if (done) {
        sql.prepare(QStringLiteral("INSERT INTO article_done (article_id, analyst_id, done_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        sql.addBindValue(articleId);
        sql.addBindValue(analyst);
        sql.addBindValue(timestamps::now());
    } else {
        sql.prepare(QStringLiteral("DELETE FROM article_done WHERE article_id = ? AND analyst_id = ?"));
        sql.addBindValue(articleId);
        sql.addBindValue(analyst);
    }
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    return true;
}

bool BlindReviewStore::isDone(qint64 articleId) const
{
    return flag(QStringLiteral("SELECT EXISTS (SELECT 1 FROM article_done d JOIN temp.session s"
                               " ON s.analyst_id = d.analyst_id WHERE d.article_id = ?)"),
                articleId);
}

} // namespace glossa
