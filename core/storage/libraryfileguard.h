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
// connection still reads the file it has, so what it holds can be copied elsewhere.
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

} // namespace LibraryFileGuard

} // namespace glossa
