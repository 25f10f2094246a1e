#include "sqlbackend.h"

#include "libraryfileguard.h"
#include "serverconnection.h"
#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace glossa {

namespace {

// QSqlError::text() is SQLite's message followed by Qt's own ("disk I/O error Unable to fetch
// row"): SQLite's says why, Qt's only which call noticed.
QString sqliteText(const QSqlError &error, const QSqlDriver *driver = nullptr)
{
    // A commit refused by LibraryFileGuard reads "constraint failed": say what happened instead.
    if (driver && error.nativeErrorCode().toInt() % 256 == SQLITE_CONSTRAINT) {
        const QVariant handle = driver->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            const QString lost = LibraryFileGuard::problem(*static_cast<sqlite3 *const *>(handle.constData()));
            if (!lost.isEmpty())
                return lost + QStringLiteral("; nothing more is written to it");
        }
    }
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
    return sqliteText(query.lastError(), query.driver());
}

QString errorText(const QSqlDatabase &db)
{
    if (backendOf(db) == SqlBackend::PostgreSql)
        return ServerConnection::messageOf(db.lastError());
    return sqliteText(db.lastError(), db.driver());
}

} // namespace glossa
