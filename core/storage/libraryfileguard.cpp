#include "libraryfileguard.h"

#include "sqlitestatement.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <memory>
#include <sqlite3.h>
#include <sys/stat.h>

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

QString problem(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    return handle ? problem(handle) : QString();
}

} // namespace glossa::LibraryFileGuard
