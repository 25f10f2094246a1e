#include "tagstore.h"

#include "sqlbackend.h"

#include "sqlvalue.h"

#include "transaction.h"

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
    sql.prepare(QStringLiteral("INSERT INTO tags (name, folded) VALUES (?, ?) RETURNING id"));
    sql.addBindValue(normalized);
    sql.addBindValue(normalized.toCaseFolded());
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    return insertedId(sql);
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
        m_lastError = errorText(sql);
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

namespace glossa {

namespace {

bool run(QSqlQuery &sql, QString *error)
{
    if (sql.exec())
        return true;
    *error = errorText(sql);
    return false;
}

} // namespace

std::optional<TagUsage> TagStore::tag(qint64 id) const
{
    for (const TagUsage &usage : tags()) {
        if (usage.id == id)
            return usage;
    }
    return std::nullopt;
}

qint64 TagStore::idOf(const QString &name) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT id FROM tags WHERE folded = ?"));
    sql.addBindValue(normalizedName(name).toCaseFolded());
    if (sql.exec() && sql.next())
        return sql.value(0).toLongLong();
    return 0;
}

bool TagStore::rename(qint64 id, const QString &newName)
{
    const QString name = normalizedName(newName);
    if (name.isEmpty()) {
        m_lastError = QStringLiteral("a tag needs a name");
        return false;
    }
    const qint64 existing = idOf(name);
    if (existing != 0 && existing != id) {
        m_lastError = QStringLiteral("there is already a tag named '%1' (merge the two instead)").arg(name);
        return false;
    }
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("UPDATE tags SET name = ?, folded = ? WHERE id = ?"));
    sql.addBindValue(name);
    sql.addBindValue(name.toCaseFolded());
    sql.addBindValue(id);
    if (!run(sql, &m_lastError))
        return false;
    if (sql.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no tag %1").arg(id);
        return false;
    }
    return true;
}

bool TagStore::recolor(qint64 id, const QString &color)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"));
    sql.addBindValue(color.isNull() ? QStringLiteral("") : color);
    sql.addBindValue(id);
    if (!run(sql, &m_lastError))
        return false;
    return sql.numRowsAffected() == 1;
}

std::optional<TagAssignments> TagStore::assignments(qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT name, color FROM tags WHERE id = ?"));
    sql.addBindValue(id);
    if (!sql.exec() || !sql.next()) {
        m_lastError = QStringLiteral("no tag %1").arg(id);
        return std::nullopt;
    }
    TagAssignments result;
    result.tagId = id;
    result.name = sql.value(0).toString();
    result.color = sql.value(1).toString();
    sql.prepare(QStringLiteral("SELECT annotation_id, position FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id"));
    sql.addBindValue(id);
    if (sql.exec()) {
        while (sql.next())
            result.annotations.append({sql.value(0).toLongLong(), sql.value(1).toInt()});
    }
    sql.prepare(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ? ORDER BY article_id"));
    sql.addBindValue(id);
    if (sql.exec()) {
        while (sql.next())
            result.articles.append(sql.value(0).toLongLong());
    }
    return result;
}

bool TagStore::remove(qint64 id)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    sql.addBindValue(id);
    if (!run(sql, &m_lastError))
        return false;
    if (sql.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no tag %1").arg(id);
        return false;
    }
    return true;
}

bool TagStore::merge(qint64 from, qint64 into)
{
    if (from == into) {
        m_lastError = QStringLiteral("cannot merge a tag into itself");
        return false;
    }
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    // An annotation that had both keeps one: OR IGNORE skips the rows that would collide.
    sql.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id, position)"
                               " SELECT annotation_id, ?, position FROM annotation_tags WHERE tag_id = ? ON CONFLICT DO NOTHING"));
    sql.addBindValue(into);
    sql.addBindValue(from);
    if (!run(sql, &m_lastError))
        return false;
    sql.prepare(QStringLiteral("INSERT INTO article_tags (article_id, tag_id)"
                               " SELECT article_id, ? FROM article_tags WHERE tag_id = ? ON CONFLICT DO NOTHING"));
    sql.addBindValue(into);
    sql.addBindValue(from);
    if (!run(sql, &m_lastError))
        return false;
    sql.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    sql.addBindValue(from);
    if (!run(sql, &m_lastError))
        return false;
    if (sql.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no tag %1").arg(from);
        return false;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

bool TagStore::restore(const TagAssignments &assignments)
{
    Transaction transaction(m_db);
    if (!insertAssignments(assignments))
        return false;
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

bool TagStore::insertAssignments(const TagAssignments &assignments)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO tags (id, name, folded, color) VALUES (?, ?, ?, ?)"));
    sql.addBindValue(assignments.tagId);
    sql.addBindValue(assignments.name);
    sql.addBindValue(assignments.name.toCaseFolded());
    sql.addBindValue(assignments.color.isNull() ? QStringLiteral("") : assignments.color);
    if (!run(sql, &m_lastError))
        return false;
    return insertUses(assignments);
}

bool TagStore::insertUses(const TagAssignments &assignments)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const auto &use : assignments.annotations) {
        sql.addBindValue(use.first);
        sql.addBindValue(assignments.tagId);
        sql.addBindValue(use.second);
        if (!run(sql, &m_lastError))
            return false;
    }
    sql.prepare(QStringLiteral("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 article : assignments.articles) {
        sql.addBindValue(article);
        sql.addBindValue(assignments.tagId);
        if (!run(sql, &m_lastError))
            return false;
    }
    return true;
}

bool TagStore::unmerge(const TagAssignments &from, const TagAssignments &intoBefore)
{
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    // Take off the target tag every use it did not have before the merge.
    sql.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE tag_id = ?"));
    sql.addBindValue(intoBefore.tagId);
    if (!run(sql, &m_lastError))
        return false;
    sql.prepare(QStringLiteral("DELETE FROM article_tags WHERE tag_id = ?"));
    sql.addBindValue(intoBefore.tagId);
    if (!run(sql, &m_lastError))
        return false;
    if (!insertUses(intoBefore) || !insertAssignments(from))
        return false;
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace glossa
