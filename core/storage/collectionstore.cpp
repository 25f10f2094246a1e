#include "collectionstore.h"

#include "sqlbackend.h"

#include "sqlvalue.h"

#include "timestamps.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

CollectionStore::CollectionStore(QSqlDatabase db) : m_db(db) {}

QList<Collection> CollectionStore::collections() const
{
    QList<Collection> result;
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT c.id, c.name, (SELECT count(*) FROM collection_articles WHERE collection_id = c.id)"
                                 " FROM collections c ORDER BY c.name COLLATE NOCASE"))) {
        m_lastError = errorText(sql);
        return result;
    }
    while (sql.next())
        result.append({sql.value(0).toLongLong(), sql.value(1).toString(), sql.value(2).toInt()});
    return result;
}

std::optional<Collection> CollectionStore::collection(qint64 id) const
{
    for (const Collection &collection : collections()) {
        if (collection.id == id)
            return collection;
    }
    return std::nullopt;
}

qint64 CollectionStore::idOf(const QString &name) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT id FROM collections WHERE folded = ?"));
    sql.addBindValue(name.simplified().toCaseFolded());
    if (sql.exec() && sql.next())
        return sql.value(0).toLongLong();
    return 0;
}

qint64 CollectionStore::create(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        m_lastError = QStringLiteral("a collection needs a name");
        return 0;
    }
    if (idOf(simplified) != 0) {
        m_lastError = QStringLiteral("there is already a collection named '%1'").arg(simplified);
        return 0;
    }
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO collections (name, folded, created_at) VALUES (?, ?, ?) RETURNING id"));
    sql.addBindValue(simplified);
    sql.addBindValue(simplified.toCaseFolded());
    sql.addBindValue(timestamps::now());
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    return insertedId(sql);
}

bool CollectionStore::restore(const Collection &collection, const QList<qint64> &articleIds)
{
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO collections (id, name, folded, created_at) VALUES (?, ?, ?, ?)"));
    sql.addBindValue(collection.id);
    sql.addBindValue(collection.name);
    sql.addBindValue(collection.name.toCaseFolded());
    sql.addBindValue(timestamps::now());
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    sql.prepare(QStringLiteral("INSERT INTO collection_articles (collection_id, article_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 article : articleIds) {
        sql.addBindValue(collection.id);
        sql.addBindValue(article);
        sql.addBindValue(timestamps::now());
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return false;
        }
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

bool CollectionStore::rename(qint64 id, const QString &name)
{
    const QString simplified = name.simplified();
    const qint64 existing = idOf(simplified);
    if (simplified.isEmpty() || (existing != 0 && existing != id)) {
        m_lastError = simplified.isEmpty() ? QStringLiteral("a collection needs a name")
                                           : QStringLiteral("there is already a collection named '%1'").arg(simplified);
        return false;
    }
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("UPDATE collections SET name = ?, folded = ? WHERE id = ?"));
    sql.addBindValue(simplified);
    sql.addBindValue(simplified.toCaseFolded());
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    return sql.numRowsAffected() == 1;
}

bool CollectionStore::remove(qint64 id)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM collections WHERE id = ?"));
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    return sql.numRowsAffected() == 1;
}

int CollectionStore::addArticles(qint64 id, const QList<qint64> &articleIds)
{
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO collection_articles (collection_id, article_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    int added = 0;
    const QString now = timestamps::now();
    for (qint64 article : articleIds) {
        sql.addBindValue(id);
        sql.addBindValue(article);
        sql.addBindValue(now);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return -1;
        }
        added += sql.numRowsAffected();
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return -1;
    }
    return added;
}

int CollectionStore::removeArticles(qint64 id, const QList<qint64> &articleIds)
{
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM collection_articles WHERE collection_id = ? AND article_id = ?"));
    int removed = 0;
    for (qint64 article : articleIds) {
        sql.addBindValue(id);
        sql.addBindValue(article);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return -1;
        }
        removed += sql.numRowsAffected();
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return -1;
    }
    return removed;
}

QList<qint64> CollectionStore::articleIds(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT article_id FROM collection_articles WHERE collection_id = ? ORDER BY article_id"));
    sql.addBindValue(id);
    if (sql.exec()) {
        while (sql.next())
            ids << sql.value(0).toLongLong();
    }
    return ids;
}

} // namespace glossa
