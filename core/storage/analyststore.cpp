#include "analyststore.h"

#include "sqlbackend.h"

#include "sqlvalue.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

namespace {

Analyst analystFrom(const QSqlQuery &sql, int first)
{
    Analyst analyst;
    analyst.uuid = sql.value(first).toString();
    analyst.name = sql.value(first + 1).toString();
    analyst.initials = sql.value(first + 2).toString();
    analyst.color = sql.value(first + 3).toString();
    return analyst;
}

} // namespace

AnalystStore::AnalystStore(QSqlDatabase db) : m_db(db) {}

qint64 AnalystStore::ensure(const Analyst &analyst)
{
    if (!analyst.isValid()) {
        m_lastError = QStringLiteral("an analyst needs an id");
        return 0;
    }
    const QString uuid = analyst.uuid.toLower();
    // Called for every annotation a merge stores: one read when the analyst is known already.
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT id, name, initials, color FROM analysts WHERE uuid = ?"));
    sql.addBindValue(uuid);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    if (sql.next()) {
        const qint64 id = sql.value(0).toLongLong();
        // A colour chosen later replaces the one handed out; an empty one never does.
        const QString color = analyst.color.isEmpty() ? sql.value(3).toString() : analyst.color;
        if (sql.value(1).toString() == analyst.name && sql.value(2).toString() == analyst.initials
            && sql.value(3).toString() == color)
            return id;
        sql.prepare(QStringLiteral("UPDATE analysts SET name = ?, initials = ?, color = ? WHERE id = ?"));
        sql.addBindValue(textValue(analyst.name));
        sql.addBindValue(textValue(analyst.initials));
        sql.addBindValue(color);
        sql.addBindValue(id);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return 0;
        }
        return id;
    }
    // New: who chose no colour gets the palette's next one, so that a desk's analysts differ.
    if (!sql.exec(QStringLiteral("SELECT count(*) FROM analysts")) || !sql.next()) {
        m_lastError = errorText(sql);
        return 0;
    }
    const QString color = analyst.color.isEmpty() ? Analyst::paletteColor(sql.value(0).toInt()) : analyst.color;
    sql.prepare(QStringLiteral("INSERT INTO analysts (uuid, name, initials, color, first_seen) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    sql.addBindValue(uuid);
    sql.addBindValue(textValue(analyst.name));
    sql.addBindValue(textValue(analyst.initials));
    sql.addBindValue(color);
    sql.addBindValue(timestamps::now());
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    return insertedId(sql);
}

bool AnalystStore::actAs(const Analyst &analyst)
{
    // On a team library the server says who the session is: the analyst whose login is the
    // connecting role (temp.session there is a view of it). Nobody acts as someone else.
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        if (actingId() != 0)
            return true;
        QSqlQuery sql(m_db);
        const QString role = sql.exec(QStringLiteral("SELECT current_user")) && sql.next() ? sql.value(0).toString() : QString();
        m_lastError = QStringLiteral("the server role %1 is not an analyst of this team library: its admin adds it with "
                                     "'glossa-cli team add-analyst NAME --role ROLE --login %1'")
                          .arg(role);
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return false;
    }
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT count(*) FROM analysts")) || !sql.next()) {
        m_lastError = errorText(sql);
        return false;
    }
    const bool first = sql.value(0).toLongLong() == 0;
    const qint64 id = ensure(analyst);
    if (id == 0)
        return false;
    QStringList statements{QStringLiteral("DELETE FROM temp.session"),
                           QStringLiteral("INSERT INTO temp.session (analyst_id) VALUES (:id)")};
    if (first) {
        statements << QStringLiteral("UPDATE annotations SET analyst_id = :id WHERE analyst_id IS NULL")
                   << QStringLiteral("UPDATE claim_history SET analyst_id = :id WHERE analyst_id IS NULL")
                   << QStringLiteral("UPDATE articles SET note_analyst_id = :id WHERE note <> '' AND note_analyst_id IS NULL");
    }
    for (const QString &statement : std::as_const(statements)) {
        sql.prepare(statement);
        if (statement.contains(QLatin1String(":id")))
            sql.bindValue(QStringLiteral(":id"), id);
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

qint64 AnalystStore::actingId() const
{
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT analyst_id FROM temp.session")) || !sql.next())
        return 0;
    return sql.value(0).toLongLong();
}

std::optional<Analyst> AnalystStore::acting() const
{
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT a.uuid, a.name, a.initials, a.color FROM temp.session s"
                                 " JOIN analysts a ON a.id = s.analyst_id"))
        || !sql.next())
        return std::nullopt;
    return analystFrom(sql, 0);
}

std::optional<Analyst> AnalystStore::byUuid(const QString &uuid) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT uuid, name, initials, color FROM analysts WHERE uuid = ?"));
    sql.addBindValue(uuid.toLower());
    if (!sql.exec() || !sql.next()) {
        m_lastError = errorText(sql);
        return std::nullopt;
    }
    return analystFrom(sql, 0);
}

QList<Analyst> AnalystStore::all() const
{
    QList<Analyst> analysts;
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT uuid, name, initials, color FROM analysts ORDER BY name COLLATE NOCASE, id"))) {
        m_lastError = errorText(sql);
        return analysts;
    }
    while (sql.next())
        analysts << analystFrom(sql, 0);
    return analysts;
}

} // namespace glossa
