#include "libraryrestore.h"

#include "library.h"
#include "outputguard.h"
#include "partfile.h"
#include "schemamigrator.h"
#include "sqlbackend.h"
#include "sqlitelockbytes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace glossa {

namespace {

const char *const kSiblings[] = {"-wal", "-shm", "-journal"};

using namespace SqliteLockBytes;

// A write lock on [start, start + length) of \a path, held until destroyed: taken, it proves no
// other process has the file open through SQLite, and keeps any from starting meanwhile.
class WriteLock
{
public:
    WriteLock(const QString &path, off_t start, off_t length)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
        if (m_fd < 0) {
            m_missing = errno == ENOENT;
            return;
        }
        struct flock lock {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = start;
        lock.l_len = length;
        m_held = ::fcntl(m_fd, F_SETLK, &lock) == 0;
    }
    ~WriteLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;
    // No such file: nothing to lock, nobody has it.
    bool free() const { return m_missing || m_held; }

private:
    int m_fd = -1;
    bool m_missing = false;
    bool m_held = false;
};

bool sameFile(const QString &a, const QString &b)
{
    struct stat first {}, second {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 && ::stat(QFile::encodeName(b).constData(), &second) == 0
        && first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

bool moveFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

bool syncPath(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// One read-only connection, its name released with it.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
        : m_name(QStringLiteral("glossa-restore-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            m_error = errorText(db);
    }
    ~ReadConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString error() const { return m_error; }
    // "ok", or the first problem.
    QString quickCheck() const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
            return errorText(query);
        return query.value(0).toString();
    }
    QString copyTo(const QString &path) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
            return errorText(query);
        query.addBindValue(path);
        return query.exec() ? QString() : errorText(query);
    }

private:
    QString m_name;
    QString m_error;
};

} // namespace

LibraryRestore::LibraryRestore(const QString &backupPath, const QString &libraryPath)
    : m_backupPath(backupPath), m_libraryPath(libraryPath)
{
}

LibraryRestore::~LibraryRestore()
{
    m_claim.reset();
    if (!m_copyPath.isEmpty())
        QFile::remove(m_copyPath);
}

bool LibraryRestore::restore(const QString &backupPath, const QString &libraryPath, Outcome *outcome, QString *error)
{
    LibraryRestore restore(backupPath, libraryPath);
    return restore.prepare(error) && restore.replace(outcome, error);
}

bool LibraryRestore::prepare(QString *error)
{
    const QString &backupPath = m_backupPath;
    const QString &libraryPath = m_libraryPath;
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString backupShown = QDir::toNativeSeparators(backupPath);
    const QFileInfo backup(backupPath);
    if (!backup.exists())
        return fail(QStringLiteral("no backup at %1").arg(backupShown));
    if (!backup.isFile())
        return fail(QStringLiteral("%1 is not a file; name the backup file").arg(backupShown));
    if (QFileInfo::exists(libraryPath) && sameFile(backupPath, libraryPath))
        return fail(QStringLiteral("%1 is the library itself; name a backup of it").arg(backupShown));
    // Read and closed here, a library open in this process would lose its locks.
    if (Library::isHeldByThisProcess(backupPath))
        return fail(QStringLiteral("%1 is a library open here; close it first").arg(backupShown));
    if (!QFileInfo(libraryPath).absoluteDir().exists())
        return fail(QStringLiteral("the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(QFileInfo(libraryPath).absolutePath())));

    QString probeError;
    const int version = Library::fileSchemaVersion(backupPath, &probeError);
    if (version < 0)
        return fail(QStringLiteral("%1 is not a Glossa backup: %2").arg(backupShown, probeError));
    if (version == 0)
        return fail(QStringLiteral("%1 is not a Glossa backup: it holds no library").arg(backupShown));
    if (version > SchemaMigrator::latestVersion())
        return fail(QStringLiteral("%1 was written by a newer version of Glossa (library format %2; this version "
                                   "reads up to %3); nothing was changed")
                        .arg(backupShown)
                        .arg(version)
                        .arg(SchemaMigrator::latestVersion()));

    // The copy, beside the library (the same file system, for the rename), hidden.
    const QFileInfo library(libraryPath);
    PartFile::removeStale(library.absoluteFilePath());
    QTemporaryFile temporary(PartFile::templateFor(library.absoluteFilePath()));
    temporary.setAutoRemove(true);
    if (!temporary.open())
        return fail(QStringLiteral("cannot write in %1: %2")
                        .arg(QDir::toNativeSeparators(library.absolutePath()), temporary.errorString()));
    temporary.close();
    const QString copyPath = temporary.fileName();
    const OutputGuard copyGuard(copyPath);
    auto claim = std::make_unique<PartFile::Claim>(copyPath);
    {
        const ReadConnection source(backupPath);
        if (!source.error().isEmpty())
            return fail(QStringLiteral("cannot read %1: %2").arg(backupShown, source.error()));
        const QString check = source.quickCheck();
        if (check != QLatin1String("ok"))
            return fail(QStringLiteral("%1 is damaged (%2); nothing was changed").arg(backupShown, check.simplified()));
        const QString copyError = source.copyTo(copyPath);
        if (!copyError.isEmpty())
            return fail(QStringLiteral("cannot copy %1: %2; nothing was changed").arg(backupShown, copyError));
    }
    if (!syncPath(copyPath, false))
        return fail(QStringLiteral("cannot write the copy to disk in %1; nothing was changed")
                        .arg(QDir::toNativeSeparators(library.absolutePath())));
    {
        const ReadConnection copy(copyPath);
        const QString check = copy.error().isEmpty() ? copy.quickCheck() : copy.error();
        if (check != QLatin1String("ok"))
            return fail(QStringLiteral("the copy of %1 failed its check (%2); nothing was changed").arg(backupShown, check));
    }
    temporary.setAutoRemove(false);
    if (!m_copyPath.isEmpty())
        QFile::remove(m_copyPath);
    m_copyPath = copyPath;
    m_claim = std::move(claim);
    return true;
}

bool LibraryRestore::replace(Outcome *outcome, QString *error)
{
    const QString &libraryPath = m_libraryPath;
    const QString &copyPath = m_copyPath;
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (copyPath.isEmpty() || !QFileInfo::exists(copyPath))
        return fail(QStringLiteral("the backup was not prepared; nothing was changed"));
    const QString libraryShown = QDir::toNativeSeparators(libraryPath);
    // Before any lock below: taking a lock on a file this process has open would change
    // SQLite's own, and releasing it would drop them all (see Library::isHeldByThisProcess).
    if (Library::isHeldByThisProcess(libraryPath))
        return fail(QStringLiteral("%1 is open in this window; it must be closed to be restored").arg(libraryShown));
    // Nobody else may have the library open while it is replaced.
    const WriteLock fileLock(libraryPath, kSharedFirst, kSharedSize);
    const WriteLock shmLock(libraryPath + QStringLiteral("-shm"), kShmDms, 1);
    if (!fileLock.free() || !shmLock.free())
        return fail(QStringLiteral("%1 is open in another program (Glossa or glossa-cli); close it, then restore")
                        .arg(libraryShown));
    const QFileInfo library(libraryPath);
    // Aside: the library and its files under one new name, which opens as the library it was.
    QString aside;
    const bool hadLibrary = library.exists();
    if (hadLibrary) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        aside = libraryPath + QStringLiteral(".replaced-") + stamp;
        for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal")); ++n)
            aside = libraryPath + QStringLiteral(".replaced-%1-%2").arg(stamp).arg(n);
    }
    QStringList movedSiblings;
    auto putBack = [&] {
        for (const QString &sibling : std::as_const(movedSiblings))
            moveFile(aside + sibling, libraryPath + sibling);
    };
    // A hard link keeps the old library under its new name while the copy replaces it in one
    // rename: there is no moment without a library at the path (another program opening it
    // then would create an empty one). Where links are refused, two renames.
    bool linked = false;
    if (hadLibrary)
        linked = ::link(QFile::encodeName(libraryPath).constData(), QFile::encodeName(aside).constData()) == 0;
    // The log and shared memory leave first: replayed onto the copy, they would damage it.
    for (const char *sibling : kSiblings) {
        const QString name = QLatin1String(sibling);
        if (!QFileInfo::exists(libraryPath + name))
            continue;
        if (!moveFile(libraryPath + name, aside + name)) {
            putBack();
            if (linked)
                QFile::remove(aside);
            return fail(QStringLiteral("cannot move %1 aside; nothing was changed").arg(libraryShown + name));
        }
        movedSiblings << name;
    }
    if (hadLibrary && !linked && !moveFile(libraryPath, aside)) {
        putBack();
        return fail(QStringLiteral("cannot move %1 aside; nothing was changed").arg(libraryShown));
    }
    if (!moveFile(copyPath, libraryPath)) {
        if (hadLibrary && !linked)
            moveFile(aside, libraryPath);
        else if (linked)
            QFile::remove(aside);
        putBack();
        return fail(QStringLiteral("cannot put the copy in place of %1; nothing was changed").arg(libraryShown));
    }
    m_copyPath.clear(); // it is the library now
    m_claim.reset();
    syncPath(library.absolutePath(), true);

    // The result must read as the library the copy was (its pages were checked as the copy; an
    // older format is upgraded by whoever opens it next, the window behind a progress dialog).
    QString openError;
    if (Library::fileSchemaVersion(libraryPath, &openError) <= 0 && openError.isEmpty())
        openError = QStringLiteral("it holds no library");
    if (!openError.isEmpty()) {
        QFile::remove(libraryPath);
        for (const char *sibling : kSiblings)
            QFile::remove(libraryPath + QLatin1String(sibling));
        if (hadLibrary)
            moveFile(aside, libraryPath);
        putBack();
        return fail(QStringLiteral("the restored library did not open (%1); %2 was put back as it was")
                        .arg(openError.simplified(), libraryShown));
    }
    if (outcome)
        outcome->keptAs = aside;
    return true;
}

} // namespace glossa
