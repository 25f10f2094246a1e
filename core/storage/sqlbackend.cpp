#include "sqlbackend.h"

#include "serverconnection.h"

#include <QSqlDriver>
#include <QSqlError>

namespace glossa {

namespace {

// QSqlError::text() is SQLite's message followed by Qt's own ("disk I/O error Unable to fetch
// row"): SQLite's says why, Qt's only which call noticed.
QString sqliteText(const QSqlError &error)
{
    const QString database = error.databaseText().simplified();
    return database.isEmpty() ? error.driverText().simplified() : database;
}

} // namespace

SqlBackend backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlBackend::PostgreSql : SqlBackend::Sqlite;
}

QString errorText(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return ServerConnection::messageOf(query.lastError());
    return sqliteText(query.lastError());
}

QString errorText(const QSqlDatabase &db)
{
    if (backendOf(db) == SqlBackend::PostgreSql)
        return ServerConnection::messageOf(db.lastError());
    return sqliteText(db.lastError());
}

} // namespace glossa
