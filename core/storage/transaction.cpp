#include "transaction.h"

#include "serverconnection.h"
#include "sqlbackend.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace glossa {

namespace {

// Open Transaction objects per connection. Connections belong to one thread, so a
// thread-local count needs no lock.
int &depth(const QString &connectionName)
{
    thread_local QHash<QString, int> depths;
    return depths[connectionName];
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(db)
{
    int &level = depth(m_db.connectionName());
    if (level == 0) {
        // A server has no database-wide write lock to take; its rows are locked as they are written.
        m_active = execute(backendOf(m_db) == SqlBackend::PostgreSql ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("glossa_%1").arg(level);
        // The transaction around it rolled back by SQLite: a savepoint now would begin a
        // transaction of its own and commit this write alone, outside what it belongs to.
        sqlite3 *handle = backendOf(m_db) == SqlBackend::Sqlite ? SqliteStatement::handle(m_db) : nullptr;
        if (handle && sqlite3_get_autocommit(handle) != 0)
            m_error = QStringLiteral("the library rolled the transaction back after a write failed");
        else
            m_active = execute(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++level;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        execute(QStringLiteral("ROLLBACK"));
    } else {
        execute(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        execute(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --depth(m_db.connectionName());
}

bool Transaction::endedByTheLibrary() const
{
    if (!m_active || !m_savepoint.isEmpty() || backendOf(m_db) != SqlBackend::Sqlite)
        return false;
    sqlite3 *handle = SqliteStatement::handle(m_db);
    return handle && sqlite3_get_autocommit(handle) != 0;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (endedByTheLibrary()) {
        m_error = QStringLiteral("the library rolled the transaction back after a write failed");
        return false;
    }
    const bool committed = execute(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                         : QStringLiteral("RELEASE ") + m_savepoint);
    if (!committed)
        return false; // still active: the destructor rolls back
    m_active = false;
    --depth(m_db.connectionName());
    return true;
}

bool Transaction::execute(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = glossa::errorText(query);
    return false;
}

} // namespace glossa
