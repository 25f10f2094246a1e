#include "sqlbackend.h"

#include "serverconnection.h"

#include <QSqlDriver>
#include <QSqlError>

namespace glossa {

SqlBackend backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlBackend::PostgreSql : SqlBackend::Sqlite;
}

QString errorText(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return ServerConnection::messageOf(query.lastError());
    return query.lastError().text();
}

QString errorText(const QSqlDatabase &db)
{
    if (backendOf(db) == SqlBackend::PostgreSql)
        return ServerConnection::messageOf(db.lastError());
    return db.lastError().text();
}

} // namespace glossa
