#include "library.h"

#include "schemamigrator.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

namespace {

QString nextConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("glossa-%1-%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

// The first 16 bytes of every SQLite 3 database file.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Library::Library() = default;

Library::~Library()
{
    close();
}

int Library::fileSchemaVersion(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    if (info.isDir()) {
        if (error)
            *error = QStringLiteral("%1 is a folder, not a library file").arg(path);
        return -1;
    }
    if (!looksLikeSqlite(path)) {
        if (error)
            *error = QStringLiteral("%1 is not a Glossa library (not an SQLite database)").arg(path);
        return -1;
    }
    int version = -1;
    const QString name = nextConnectionName("probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Read-only: a file we are going to refuse must not be touched at all.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            version = SchemaMigrator::currentVersion(db);
            if (version < 0 && error)
                *error = QStringLiteral("cannot read %1: %2").arg(path, db.lastError().text());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

bool Library::open(const QString &path, QString *error)
{
    return openConnection(path, SchemaMigrator::latestVersion(), error);
}

bool Library::openAtVersion(const QString &path, int version, QString *error)
{
    return openConnection(path, version, error);
}

bool Library::openConnection(const QString &path, int targetVersion, QString *error)
{
    close();
    const int latest = SchemaMigrator::latestVersion();
    const int version = fileSchemaVersion(path, error);
    if (version < 0)
        return false;
    if (version > latest) {
        if (error)
            *error = QStringLiteral("%1 was written by a newer version of Glossa (library format %2; "
                                    "this version reads up to %3). Update Glossa to open it; the file "
                                    "was not changed.")
                         .arg(path)
                         .arg(version)
                         .arg(latest);
        return false;
    }

    m_connectionName = nextConnectionName("library");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        close();
        return false;
    };
    if (!db.open())
        return fail(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));

    QSqlQuery query(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // NORMAL is durable across application crashes in WAL mode; only an OS crash or power
        // loss can roll back the last transactions.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 10000"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(QStringLiteral("cannot open %1: %2").arg(path, query.lastError().text()));
    }
    query.finish();
    QString migrationError;
    if (!SchemaMigrator::migrate(db, targetVersion, &migrationError))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, migrationError));
    m_path = path;
    return true;
}

void Library::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

bool Library::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace glossa
