#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

// Brings a library file's schema forward, one numbered SQL script at a time
// (resources :/sql/NNN_name.sql), each in its own transaction with PRAGMA user_version set
// inside it: a failed or killed migration leaves the file at the previous version.
class SchemaMigrator
{
public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    static bool migrate(QSqlDatabase &db, int targetVersion, QString *error);

    // Splits a script into statements: ';' at the end of a line ends one, except inside
    // CREATE TRIGGER, which ends at 'END;'. Comment lines are dropped.
    static QStringList splitStatements(const QString &script);

private:
    static QStringList scriptPaths();
};

} // namespace glossa
