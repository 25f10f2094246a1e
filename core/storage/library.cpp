#include "library.h"

#include "libraryaddress.h"
#include "schemamigrator.h"
#include "serverconnection.h"
#include "libraryfileguard.h"
#include "sqlbackend.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <fcntl.h>
#include <unistd.h>

#include <libpq-fe.h>

namespace glossa {

namespace {

QString nextConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("glossa-%1-%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

// Library files this process has open, with how many connections each. Closing any file
// descriptor on a file drops every POSIX lock this process holds on it, SQLite's included
// (https://www.sqlite.org/howtocorrupt.html, 2.2): a QFile opened and closed on a library that
// is open here would let another process (glossa-cli) take the file as unused, checkpoint and
// delete its write-ahead log under this process's connections. So the header is read with a
// QFile only for a file no connection of this process has open; an open one is a library.
QMutex openFilesMutex;
struct OpenFile
{
    int connections = 0;
    int version = 0; // the schema version the connections left it at
};

QHash<QString, OpenFile> &openFiles()
{
    static QHash<QString, OpenFile> files;
    return files;
}

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool isOpenInThisProcess(const QString &path)
{
    const QMutexLocker locker(&openFilesMutex);
    return openFiles().value(fileKey(path)).connections > 0;
}

// The schema version of a file this process has open, without touching the file; -1 when it is
// not open here.
int versionOpenInThisProcess(const QString &path)
{
    const QMutexLocker locker(&openFilesMutex);
    const auto found = openFiles().constFind(fileKey(path));
    return found != openFiles().cend() && found->connections > 0 ? found->version : -1;
}

void registerOpen(const QString &path, int delta, int version = -1)
{
    const QMutexLocker locker(&openFilesMutex);
    OpenFile &file = openFiles()[fileKey(path)];
    file.connections += delta;
    if (version >= 0)
        file.version = version;
    if (file.connections <= 0)
        openFiles().remove(fileKey(path));
}

// The first 16 bytes of every SQLite 3 database file.
bool looksLikeSqlite(const QString &path)
{
    if (isOpenInThisProcess(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// PRAGMA quick_check reads every page, so its cost grows with the file (see
// kQuickCheckAlwaysBytes). Small libraries are checked on every open; a larger one only when
// its header hints at damage or when opening it fails, so opening a big library stays instant.
constexpr qint64 kQuickCheckAlwaysBytes = 32 * 1024 * 1024;

// A cheap look at the 100-byte header: a page size SQLite never writes, or a file shorter
// than the page count the header vouches for, means a truncated or overwritten file.
// Returns what is wrong, or an empty string.
QString headerDamage(const QString &path)
{
    if (isOpenInThisProcess(path))
        return QString(); // see openFiles(); a file open here has passed its checks
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return QStringLiteral("the file is shorter than an SQLite header");
    auto be32 = [&header](int at) {
        return quint32(uchar(header[at])) << 24 | quint32(uchar(header[at + 1])) << 16
            | quint32(uchar(header[at + 2])) << 8 | quint32(uchar(header[at + 3]));
    };
    quint32 pageSize = quint32(uchar(header[16])) << 8 | quint32(uchar(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return QStringLiteral("invalid page size in the header");
    // The page count at offset 28 is valid only when the change counter (24) matches 92.
    if (file.size() % pageSize != 0 || (be32(24) == be32(92) && qint64(be32(28)) * pageSize > file.size()))
        return QStringLiteral("the file is shorter than its header says: truncated");
    return QString();
}

// "ok", else the first problem quick_check found or the error that stopped it.
QString quickCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return errorText(query);
    return query.value(0).toString();
}

bool isCorruptionError(const QString &error)
{
    return error.contains(QLatin1String("malformed")) || error.contains(QLatin1String("not a database"));
}

// Why a library SQLite cannot read: SQLite's reason, and what it means when its folder is read-only.
QString unreadableReason(const QString &path, const QString &sqliteError)
{
    // A library in WAL mode is read through its -shm (and -wal) beside it, which SQLite must be
    // able to create: in a folder nobody may write to, even reading it fails.
    const QString folder = QFileInfo(path).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0 && !QFileInfo::exists(path + QLatin1String("-shm")))
        return QStringLiteral("its folder %1 is read-only, and SQLite keeps a library's log (-wal, -shm) beside it; "
                              "copy the library to a folder you can write to")
            .arg(QDir::toNativeSeparators(folder));
    return sqliteError.isEmpty() ? QStringLiteral("SQLite gave no reason") : sqliteError;
}

// A log deleted while another program has the library open: the connections that still hold
// its shared memory (-shm) index pages in a file that is gone, and reads come short (SQLite's
// SQLITE_IOERR_SHORT_READ, "error code=522"). The library file is whole.
bool isMissingLog(const QString &path, const QString &problem)
{
    // (The log SQLite made again on opening is empty: QFileInfo::size() is 0 for no file too.)
    return problem.contains(QLatin1String("error code=522")) && QFileInfo(path + QLatin1String("-wal")).size() == 0
        && QFileInfo::exists(path + QLatin1String("-shm"));
}

QString damagedMessage(const QString &path, const QString &problem)
{
    if (isMissingLog(path, problem))
        return QStringLiteral("cannot open %1: its log (%2-wal) was deleted while another program had the library "
                              "open; the library file is not damaged. Close the other programs using it (another "
                              "Glossa window, glossa-cli) and open it again.")
            .arg(path, QFileInfo(path).fileName());
    // Never "copy the backup over it": a log left beside the library is replayed onto the copy.
    return QStringLiteral("%1 is damaged (%2) and was not changed. To restore your latest backup (made with "
                          "File > Back Up Library... in the desktop app, or 'glossa-cli backup FILE'), close "
                          "Glossa and run 'glossa-cli restore BACKUP --db %1', or use File > Restore from "
                          "Backup... in the desktop app.")
        .arg(path, problem.simplified());
}

} // namespace

Library::Library() = default;

Library::~Library()
{
    close();
}

bool Library::isHeldByThisProcess(const QString &path)
{
    QString library = path;
    for (const QLatin1String sibling : {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (library.endsWith(sibling)) {
            library.chop(sibling.size());
            break;
        }
    }
    return isOpenInThisProcess(library);
}

QStringList Library::openInThisProcess()
{
    const QMutexLocker locker(&openFilesMutex);
    return openFiles().keys();
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
    // A file open here is read through no second connection: closing that probe's descriptors
    // dropped this process's locks on the library and its shared memory, so that another
    // process took it for unused, checkpointed and deleted the log under the open connections
    // (a backup's worker opened the library this way). See openFiles().
    if (const int known = versionOpenInThisProcess(path); known >= 0)
        return known;
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
                *error = QStringLiteral("cannot open %1: %2").arg(path, errorText(db));
        } else {
            QString why;
            version = SchemaMigrator::currentVersion(db, &why);
            if (version < 0 && error)
                *error = QStringLiteral("cannot read %1: %2").arg(path, unreadableReason(path, why));
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
    // An address with a scheme is never a file: never created as a folder "postgresql:" with a
    // file in it.
    QString addressError;
    const std::optional<LibraryAddress> address = LibraryAddress::parse(path, &addressError);
    if (!address) {
        if (error)
            *error = addressError;
        return false;
    }
    if (address->isServer())
        return openServer(*address, targetVersion, error);
    // A library is a file in a folder that exists: Glossa makes no folders for it.
    const QFileInfo where(path);
    if (!where.absoluteDir().exists()) {
        if (error)
            *error = QStringLiteral("cannot open %1: the folder %2 does not exist")
                         .arg(path, QDir::toNativeSeparators(where.absolutePath()));
        return false;
    }
    // Before any connection, the probe's included, reads the log.
    if (!isHeldByThisProcess(path)) {
        if (const QString refusal = LibraryFileGuard::logOfAnotherFile(path); !refusal.isEmpty()) {
            if (error)
                *error = refusal;
            return false;
        }
    }
    const int latest = SchemaMigrator::latestVersion();
    QString probeError;
    const int version = fileSchemaVersion(path, &probeError);
    if (version < 0) {
        QString damage;
        if (looksLikeSqlite(path)) {
            damage = headerDamage(path);
            if (damage.isEmpty() && isCorruptionError(probeError))
                damage = probeError;
        }
        if (error)
            *error = damage.isEmpty() ? probeError : damagedMessage(path, damage);
        return false;
    }
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
        db = QSqlDatabase(); // no handle may outlive removeDatabase() in close()
        close();
        return false;
    };
    if (!db.open())
        return fail(QStringLiteral("cannot open %1: %2").arg(path, errorText(db)));
    // Checked before the pragmas below, which may write: a damaged file is refused untouched.
    // A file another connection of this process holds was checked when that one opened it: a
    // worker's connection (a long article read off the window's thread) need not read every page
    // again.
    const QFileInfo info(path);
    if (info.size() > 0 && !isOpenInThisProcess(path)
        && (info.size() <= kQuickCheckAlwaysBytes || !headerDamage(path).isEmpty())) {
        const QString check = quickCheck(db);
        if (check != QLatin1String("ok"))
            return fail(damagedMessage(path, check));
    }
    // When a step below fails on a big file that skipped the check, find out whether damage is why.
    auto failOrDamaged = [&](const QString &reason) {
        const QString check = quickCheck(db);
        return fail(check == QLatin1String("ok") ? reason : damagedMessage(path, check));
    };

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
        // Turning a new file to WAL needs it alone: SQLite returns "locked" without waiting when
        // another process creating the same library holds its read lock meanwhile (waiting could
        // deadlock them), so the change is tried again for as long as the busy timeout.
        QElapsedTimer waited;
        waited.start();
        bool done = query.exec(pragma);
        while (!done && (query.lastError().nativeErrorCode().toInt() & 0xff) == 5 && waited.elapsed() < 10000) {
            query.finish();
            QThread::msleep(20);
            done = query.exec(pragma);
        }
        if (!done)
            return failOrDamaged(QStringLiteral("cannot open %1: %2").arg(path, errorText(query)));
    }
    query.finish();
    QString migrationError;
    if (!SchemaMigrator::migrate(db, targetVersion, &migrationError))
        return failOrDamaged(QStringLiteral("cannot open %1: %2").arg(path, migrationError));
    // The analyst this connection acts as (AnalystStore::actAs), as a server keeps its session's
    // user: kept with the connection, gone with it, never in the file.
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS session (analyst_id INTEGER)")))
        return failOrDamaged(QStringLiteral("cannot open %1: %2").arg(path, errorText(query)));
    query.finish();
    LibraryFileGuard::install(db, path); // no commit reaches a file that is no longer the library
    m_path = path;
    // As SQLite decided when it opened the file: with this process's effective user, as open() does.
    m_readOnly = ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) != 0;
    registerOpen(m_path, +1, SchemaMigrator::currentVersion(db));
    return true;
}

bool Library::openServer(const LibraryAddress &address, int targetVersion, QString *error)
{
    m_connectionName = nextConnectionName("server");
    if (!ServerConnection::open(address, m_connectionName, QString(), error)) {
        m_connectionName.clear();
        return false;
    }
    // Why the library cannot be used as it is; empty when it can. No handle on the connection
    // outlives this, so that close() can remove it.
    const QString refusal = [&]() -> QString {
        QSqlDatabase db = database();
        const int version = SchemaMigrator::currentVersion(db);
        const int latest = SchemaMigrator::latestVersion(SqlBackend::PostgreSql);
        if (version < 0)
            return ServerConnection::messageOf(db.lastError());
        if (version == 0)
            return QStringLiteral("the database holds no team library yet: its administrator creates one with "
                                  "'glossa-cli --db ADDRESS team init'");
        if (version > latest)
            return QStringLiteral("it was written by a newer version of Glossa (team library format %1; this version "
                                  "reads up to %2). Update Glossa to open it; nothing was changed.")
                .arg(version)
                .arg(latest);
        // Bringing the schema forward takes the owner's rights: anyone else is told whom to ask.
        QString migrationError;
        if (version < targetVersion && !SchemaMigrator::migrate(db, std::min(targetVersion, latest), &migrationError))
            return QStringLiteral("its format %1 must be brought forward to %2 by its administrator "
                                  "('glossa-cli --db ADDRESS team init'): %3")
                .arg(version)
                .arg(latest)
                .arg(migrationError);
        return QString();
    }();
    if (!refusal.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(address.displayText(), refusal);
        close();
        return false;
    }
    m_path = address.text();
    m_server = true;
    return true;
}

void Library::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // A file replaced or deleted under this connection: SQLite's close leaves the log of a
        // moved file as it is, still named after the path, where it would be replayed onto the
        // next file of that name ("malformed") and its commits would miss the file they belong
        // to. Emptied into that file first, as the window does when it notices.
        if (db.isOpen() && !m_server && !LibraryFileGuard::problem(db).isEmpty())
            LibraryFileGuard::emptyLog(db);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    if (!m_path.isEmpty() && !m_server)
        registerOpen(m_path, -1);
    m_path.clear();
    m_server = false;
    m_readOnly = false;
}

bool Library::isOpen() const
{
    if (m_connectionName.isEmpty())
        return false;
    // A team library stays the open library while its connection is lost (the driver then
    // calls it closed): the window waits for it to be made again rather than showing none.
    return m_server || QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<qint64> Library::pragmaValue(const QString &name) const
{
    if (!isOpen() || m_server)
        return std::nullopt;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool Library::subscribeToChanges(QObject *context, std::function<void()> changed)
{
    if (!isOpen() || !m_server)
        return false;
    QSqlDriver *driver = database().driver();
    static const QString channel = QStringLiteral("glossa_changes");
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return false;
    m_subscribed = true;
    // This connection's own writes are already shown by whoever made them.
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [changed = std::move(changed)](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (name == channel && source != QSqlDriver::SelfSource)
                             changed();
                     });
    return true;
}

Library::ConnectionState Library::checkConnection()
{
    if (!m_server || m_connectionName.isEmpty())
        return ConnectionState::Fine;
    QSqlDatabase db = database();
    // QPSQL hands out its PGconn as the metatype of libpq's struct, named "pg_conn*" (this
    // compared "PGconn*" before, never matched, and so made the connection again at every tick).
    const QVariant handle = db.driver()->handle();
    PGconn *connection = handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0
        ? *static_cast<PGconn *const *>(handle.constData())
        : nullptr;
    // What the socket holds is read without waiting: a session the server ended leaves its
    // message and the end of the stream there, and libpq then knows the connection is gone.
    if (db.isOpen() && connection && PQconsumeInput(connection) == 1 && PQstatus(connection) == CONNECTION_OK)
        return ConnectionState::Fine;
    return ConnectionState::Lost;
}

Library::ConnectionState Library::reconnect()
{
    if (!m_server || m_connectionName.isEmpty())
        return ConnectionState::Fine;
    // The same named connection opened again: every store's handle on it works again.
    QSqlDatabase db = database();
    db.close();
    if (!db.open())
        return ConnectionState::Lost;
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    if (m_subscribed)
        db.driver()->subscribeToNotification(QStringLiteral("glossa_changes"));
    return ConnectionState::Restored;
}

bool Library::serverAnswers(const QString &address)
{
    const std::optional<LibraryAddress> parsed = LibraryAddress::parse(address);
    if (!parsed || !parsed->isServer())
        return false;
    const QString name = nextConnectionName("probe");
    const bool answered = ServerConnection::open(*parsed, name, QString(), nullptr);
    if (answered)
        ServerConnection::close(name);
    return answered;
}

qint64 Library::dataVersion() const
{
    return pragmaValue(QStringLiteral("data_version")).value_or(-1);
}

bool Library::setPageCacheKiB(int kib)
{
    if (!isOpen() || m_server || kib <= 0)
        return false;
    QSqlQuery query(database());
    // A negative cache_size is a size in KiB rather than a number of pages.
    return query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(kib)));
}

bool Library::setCheckpointEachCommit()
{
    return isOpen() && !m_server && LibraryFileGuard::emptyLogAfterEachCommit(database());
}

int Library::pageCacheKiB() const
{
    const std::optional<qint64> size = pragmaValue(QStringLiteral("cache_size"));
    if (!size)
        return -1;
    if (*size < 0)
        return int(-*size); // a size in KiB
    const std::optional<qint64> pageSize = pragmaValue(QStringLiteral("page_size"));
    return pageSize ? int(*size * *pageSize / 1024) : -1; // a number of pages
}

} // namespace glossa
