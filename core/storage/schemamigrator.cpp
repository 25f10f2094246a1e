#include "schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

QStringList SchemaMigrator::scriptPaths(SqlBackend backend)
{
    QDir dir(backend == SqlBackend::PostgreSql ? QStringLiteral(":/sql/postgresql") : QStringLiteral(":/sql"));
    QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

int SchemaMigrator::latestVersion(SqlBackend backend)
{
    return int(scriptPaths(backend).size());
}

int SchemaMigrator::currentVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    const auto unreadable = [&]() {
        if (error)
            *error = errorText(query);
        return -1;
    };
    if (backendOf(db) == SqlBackend::PostgreSql) {
        // A database without the table is one no Glossa has written to yet.
        if (!query.exec(QStringLiteral("SELECT to_regclass('public.glossa_schema') IS NOT NULL")) || !query.next())
            return unreadable();
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT version FROM glossa_schema")) || !query.next())
            return unreadable();
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return unreadable();
    return query.value(0).toInt();
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inBody = false; // between $$ quotes, where ';' ends the body's statements, not this one
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        current += line + QLatin1Char('\n');
        const bool ends = inBody ? false
                                 : inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool SchemaMigrator::migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const SqlBackend backend = backendOf(db);
    const QStringList scripts = scriptPaths(backend);
    QString versionError;
    int version = currentVersion(db, &versionError);
    if (version < 0) {
        if (error)
            *error = QStringLiteral("cannot read the schema version: %1").arg(versionError);
        return false;
    }
    while (version < targetVersion && version < scripts.size()) {
        QFile file(scripts.at(version));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("missing migration script %1").arg(file.fileName());
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        // The write lock first (BEGIN IMMEDIATE waits out the busy timeout), then the version
        // again: two processes creating the same new library both read version 0, and the one
        // that waited found the other's tables ("migration to version 1 failed: table … exists").
        // On a server, two administrators upgrading at once queue on an advisory lock instead.
        QSqlQuery query(db);
        const bool begun = backend == SqlBackend::PostgreSql
            ? query.exec(QStringLiteral("BEGIN")) && query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4711)"))
            : query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun) {
            if (error)
                *error = QStringLiteral("cannot start the migration: %1").arg(errorText(query));
            return false;
        }
        const int locked = currentVersion(db, &versionError);
        if (locked != version) {
            query.exec(QStringLiteral("ROLLBACK"));
            if (locked < 0) {
                if (error)
                    *error = QStringLiteral("cannot read the schema version: %1").arg(versionError);
                return false;
            }
            version = locked; // migrated meanwhile by another connection
            continue;
        }
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                if (error)
                    *error = QStringLiteral("migration to version %1 failed: %2")
                                 .arg(version + 1)
                                 .arg(errorText(query));
                query.finish();
                query.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        // PRAGMA user_version is transactional in SQLite: it commits with the schema change, as
        // the row of glossa_schema (made by the first script) does on PostgreSQL.
        const QString record = backend == SqlBackend::PostgreSql ? QStringLiteral("UPDATE glossa_schema SET version = %1")
                                                                 : QStringLiteral("PRAGMA user_version = %1");
        if (!query.exec(record.arg(version + 1)) || !query.exec(QStringLiteral("COMMIT"))) {
            if (error)
                *error = QStringLiteral("migration to version %1 failed: %2")
                             .arg(version + 1)
                             .arg(errorText(query));
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace glossa
