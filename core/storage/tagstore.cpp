#include "tagstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

TagStore::TagStore(QSqlDatabase db) : m_db(db) {}

qint64 TagStore::ensureTag(const QString &name)
{
    const QString normalized = normalizedName(name);
    if (normalized.isEmpty())
        return 0;
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT id FROM tags WHERE folded = ?"));
    sql.addBindValue(normalized.toCaseFolded());
    if (sql.exec() && sql.next())
        return sql.value(0).toLongLong();
    sql.prepare(QStringLiteral("INSERT INTO tags (name, folded) VALUES (?, ?)"));
    sql.addBindValue(normalized);
    sql.addBindValue(normalized.toCaseFolded());
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return 0;
    }
    return sql.lastInsertId().toLongLong();
}

QList<TagUsage> TagStore::tags() const
{
    QList<TagUsage> result;
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral(
            "SELECT t.id, t.name, t.color,"
            " (SELECT count(*) FROM annotation_tags WHERE tag_id = t.id),"
            " (SELECT count(*) FROM article_tags WHERE tag_id = t.id)"
            " FROM tags t ORDER BY t.name COLLATE NOCASE"))) {
        m_lastError = sql.lastError().text();
        return result;
    }
    while (sql.next()) {
        TagUsage usage;
        usage.id = sql.value(0).toLongLong();
        usage.name = sql.value(1).toString();
        usage.color = sql.value(2).toString();
        usage.annotations = sql.value(3).toInt();
        usage.articles = sql.value(4).toInt();
        result.append(usage);
    }
    return result;
}

QStringList TagStore::names() const
{
    QStringList result;
    for (const TagUsage &usage : tags())
        result << usage.name;
    return result;
}

} // namespace glossa
