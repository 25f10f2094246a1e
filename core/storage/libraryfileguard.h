#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace glossa {

// The library file a connection opened, known by device and inode. A sync tool's
// `mv OTHER.glossa L` or an `rm L` under an open library left the connection writing on into a
// file nobody would open again, and its log (L-wal, still by that name) replayed onto whatever
// took L's place: "database disk image is malformed". Installed on every library connection,
// the guard refuses each commit (SQLite's commit hook, which turns it into a rollback) once the
// path no longer names the file the connection has open, so nothing more is written; the
// connection still reads the file it has, so what it holds can be copied elsewhere. The log
// is the other half: named after the path only, it must never be read as the log of whatever
// file the path names next (emptyLog, emptyLogAfterEachCommit, logOfAnotherFile).
namespace LibraryFileGuard {

// On an open QSQLITE connection to the file at path; false when it is not one.
bool install(const QSqlDatabase &db, const QString &path);
// Empty while the path still names the connection's file; else what happened, in one line.
QString problem(const QSqlDatabase &db);
QString problem(sqlite3 *handle);
// Once the file is lost: writes what the connection's log holds into the file the connection
// has open and empties the log, which still bears the library's name (-wal) and would be
// replayed onto whatever file takes it.
bool emptyLog(const QSqlDatabase &db);
// The same after each commit (SQLite's WAL hook, in place of its autocheckpoint), never waiting
// for other programs' readers: what cannot be done now is done after the next commit.
bool emptyLogAfterEachCommit(const QSqlDatabase &db);

// Empty unless the log and shared memory named after path are in use by a program that has
// another file open under that name: the file that was at path, replaced by a sync tool's
// `mv OTHER L` or deleted while the program had it open. SQLite knows a log only by its name:
// opened now, it would read that other file's pages from the log as this library's ("damaged"),
// and a checkpoint would copy them in. Opens and closes path and its -shm: only for a library
// no connection of this process holds (Library::isHeldByThisProcess).
QString logOfAnotherFile(const QString &path);

} // namespace LibraryFileGuard

} // namespace glossa
