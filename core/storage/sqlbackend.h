#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace glossa {

// Which server keeps a library: the embedded SQLite file, or a team library on PostgreSQL.
// Only core/storage asks (the schema scripts, the migrator, how a session knows its analyst);
// what differs between them in SQL is kept in each backend's schema scripts, so that the
// stores' statements are the same on both.
enum class SqlBackend { Sqlite, PostgreSql };

SqlBackend backendOf(const QSqlDatabase &db);

// Why a statement failed, in one line on either backend (the server's message without its
// DETAIL lines and Qt's "Unable to …" tail).
QString errorText(const QSqlQuery &query);
QString errorText(const QSqlDatabase &db);

} // namespace glossa
