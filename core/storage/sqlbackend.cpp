#include "sqlbackend.h"

namespace glossa {

SqlBackend backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlBackend::PostgreSql : SqlBackend::Sqlite;
}

} // namespace glossa
