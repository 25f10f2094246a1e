#pragma once

#include "sqlbackend.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

// Brings a library's schema forward, one numbered SQL script at a time, each in its own
// transaction with the version recorded inside it: a failed or killed migration leaves the
// library at the previous version. Each backend has its own scripts and its own count: the
// embedded library's are :/sql/NNN_name.sql with the version in PRAGMA user_version, a team
// library's are :/sql/postgresql/NNN_name.sql with the version in the table glossa_schema.
class SchemaMigrator
{
public:
    static int latestVersion(SqlBackend backend = SqlBackend::Sqlite);
    // 0 for an empty library (no Glossa table yet), -1 when it cannot be read (*error says why:
    // the failure is the statement's, never on the connection's lastError()).
    static int currentVersion(const QSqlDatabase &db, QString *error = nullptr);
    static bool migrate(QSqlDatabase &db, int targetVersion, QString *error);

    // Splits a script into statements: ';' at the end of a line ends one, except inside
    // CREATE TRIGGER, which ends at 'END;', and inside a body quoted by $$ lines (PostgreSQL's
    // functions and DO blocks). Comment lines are dropped.
    static QStringList splitStatements(const QString &script);

private:
    static QStringList scriptPaths(SqlBackend backend);
};

} // namespace glossa
