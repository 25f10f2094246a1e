#include "librarybackup.h"

#include "sqlbackend.h"

#include "outputguard.h"
#include "partfile.h"
#include "sqlbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <cstdio>
#include <unistd.h>

namespace glossa {

namespace {

// VACUUM INTO leaves the copy unsynced; a backup is only worth something once it is on disk.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

// A fresh copy should always pass; checking it costs one read of the copy and catches a full
// disk or a failing device before the copy replaces an older, good backup.
QString checkCopy(const QString &path)
{
    QString problem;
    const QString name = QStringLiteral("glossa-backup-check-%1").arg(quintptr(&problem));
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(path);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copy.open()) {
            problem = errorText(copy);
        } else {
            QSqlQuery query(copy);
            if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
                problem = errorText(query);
            else if (query.value(0).toString() != QLatin1String("ok"))
                problem = query.value(0).toString();
            query.finish();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

LibraryBackup::LibraryBackup(QSqlDatabase db) : m_db(db) {}

bool LibraryBackup::backupTo(const QString &targetPath, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!m_db.isOpen())
        return fail(QStringLiteral("the library is not open"));
    if (backendOf(m_db) == SqlBackend::PostgreSql)
        return fail(QStringLiteral("a team library is kept by its server: back it up there (pg_dump), or copy it "
                                   "into a library file with 'glossa-cli copy --from ADDRESS --to FILE'"));
    const QFileInfo target(targetPath);
    if (target.isDir())
        return fail(QStringLiteral("%1 is a folder; give the backup a file name").arg(targetPath));
    // Not the library, its log or shared memory (VACUUM INTO over L-wal "succeeded", and the
    // copy vanished at the next checkpoint), nor a file another writer here is writing now.
    const OutputGuard guard(targetPath);
    if (!guard.ok())
        return fail(guard.refusal());
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(folder.path()));

    // What killed backups to the same file left behind, and killed restores of this library
    // beside it (their copies are named after the library; a backup is what follows a kill).
    PartFile::removeStale(target.absoluteFilePath());
    PartFile::removeStale(QFileInfo(m_db.databaseName()).absoluteFilePath());
    // VACUUM INTO accepts an empty existing file, so QTemporaryFile can pick a unique name.
    QTemporaryFile temporary(PartFile::templateFor(target.absoluteFilePath()));
    temporary.setAutoRemove(true);
    if (!temporary.open())
        return fail(QStringLiteral("cannot write in %1: %2").arg(folder.path(), temporary.errorString()));
    temporary.close();
    const QString partPath = temporary.fileName();
    const OutputGuard partGuard(partPath);
    const PartFile::Claim claim(partPath); // not stale while this backup writes it

    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return fail(QStringLiteral("cannot back up the library: %1").arg(errorText(query)));
    query.addBindValue(partPath);
    if (!query.exec())
        return fail(QStringLiteral("cannot back up the library: %1").arg(errorText(query)));
    query.finish();

    if (!syncFile(partPath))
        return fail(QStringLiteral("cannot write the backup to disk (%1)").arg(partPath));
    const QString problem = checkCopy(partPath);
    if (!problem.isEmpty())
        return fail(QStringLiteral("the backup copy failed its check (%1); the target was not changed").arg(problem));
    // rename(2) replaces the target atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0)
        return fail(QStringLiteral("cannot move the backup into place at %1").arg(targetPath));
    temporary.setAutoRemove(false); // it is the backup now
    return true;
}

} // namespace glossa
