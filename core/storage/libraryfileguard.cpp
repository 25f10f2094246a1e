#include "libraryfileguard.h"

#include "sqlitelockbytes.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <memory>
#include <sqlite3.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace glossa::LibraryFileGuard {

namespace {

struct Identity
{
    QByteArray path; // as the system names it
    QString shown;
    dev_t device = 0;
    ino_t inode = 0;
};

QMutex guardsMutex;

// By handle: a closed connection's entry stays until a new connection gets the same handle.
QHash<sqlite3 *, std::shared_ptr<const Identity>> &guards()
{
    static QHash<sqlite3 *, std::shared_ptr<const Identity>> map;
    return map;
}

std::shared_ptr<const Identity> identityOf(sqlite3 *handle)
{
    const QMutexLocker locker(&guardsMutex);
    return guards().value(handle);
}

QString problemWith(const Identity &identity)
{
    struct stat now;
    if (::stat(identity.path.constData(), &now) != 0)
        return QStringLiteral("the library file %1 was deleted or moved while open").arg(identity.shown);
    if (now.st_dev != identity.device || now.st_ino != identity.inode)
        return QStringLiteral("the library file %1 was replaced by another file while open").arg(identity.shown);
    return QString();
}

// Non-zero turns the commit into a rollback (SQLITE_CONSTRAINT_COMMITHOOK).
int refuseCommitToALostFile(void *context)
{
    return problemWith(*static_cast<const Identity *>(context)).isEmpty() ? 0 : 1;
}

// The process holding a lock on [start, start + length) of path, 0 when none (or no such file).
pid_t lockHolder(const QString &path, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    const bool asked = ::fcntl(fd, F_GETLK, &lock) == 0;
    ::close(fd);
    return asked && lock.l_type != F_UNLCK ? lock.l_pid : 0;
}

constexpr int kBusyTimeoutMs = 10000; // every library connection's (Library::open)

int emptyLogAfterCommit(void *, sqlite3 *handle, const char *database, int)
{
    sqlite3_busy_timeout(handle, 0);
    sqlite3_wal_checkpoint_v2(handle, database, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    return SQLITE_OK;
}

} // namespace

bool install(const QSqlDatabase &db, const QString &path)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle)
        return false;
    auto identity = std::make_shared<Identity>();
    identity->path = QFile::encodeName(path);
    identity->shown = path;
    struct stat opened;
    if (::stat(identity->path.constData(), &opened) != 0)
        return false;
    identity->device = opened.st_dev;
    identity->inode = opened.st_ino;
    const QMutexLocker locker(&guardsMutex);
    // The map keeps the identity alive as long as the hook may call it with this pointer.
    sqlite3_commit_hook(handle, refuseCommitToALostFile, const_cast<Identity *>(identity.get()));
    guards().insert(handle, std::move(identity));
    return true;
}

QString problem(sqlite3 *handle)
{
    const std::shared_ptr<const Identity> identity = identityOf(handle);
    return identity ? problemWith(*identity) : QString();
}

bool emptyLog(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    return handle && sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr) == SQLITE_OK;
}

bool emptyLogAfterEachCommit(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle)
        return false;
    sqlite3_wal_hook(handle, emptyLogAfterCommit, nullptr);
    return true;
}

QString logOfAnotherFile(const QString &path)
{
    using namespace SqliteLockBytes;
    const pid_t holder = lockHolder(path + QStringLiteral("-shm"), kShmDms, 1);
    if (holder <= 0 || lockHolder(path, kSharedFirst, kSharedSize) > 0)
        return QString(); // nobody, or programs that have this very file open
    return QStringLiteral("cannot open %1: another program (process %2) still has open the file that was at this "
                          "path before it was replaced or deleted, and its log (%3-wal) would be read as this "
                          "library's. Close that program (Glossa or glossa-cli), then try again; nothing was changed.")
        .arg(path)
        .arg(holder)
        .arg(QFileInfo(path).fileName());
}

QString problem(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    return handle ? problem(handle) : QString();
}

} // namespace glossa::LibraryFileGuard
