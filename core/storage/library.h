#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace glossa {

// One open library: a file, an SQLite database through QSQLITE, or a team library on a
// PostgreSQL server through QPSQL (its address as the path: LibraryAddress), migrated to the
// current schema. Each Library owns its own connection, so a worker thread opens its own Library
// on the same path (connections must not cross threads).
class Library
{
public:
    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Opens the file, creating it when missing, and migrates it forward. A file written by a
    // newer Glossa, or a file that is not a library, is refused and left byte-for-byte as it was.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    // How many connections may write to the library at once to good effect: one for a file
    // (SQLite has one writer), two for a team library, whose server writes each connection's
    // statements while the others travel (the import writes on that many, ImportLanes).
    int writerConnections() const { return m_server ? 2 : 1; }
    // Whether a library is open here: a team library stays open while its connection is lost
    // (checkConnection()) and made again.
    bool isOpen() const;

    QString path() const { return m_path; }
    // A library file this process may not write (its permissions, a read-only mount): SQLite
    // opened it for reading only, and every write would be refused ("readonly database").
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase database() const;

    // SQLite's PRAGMA data_version on this connection: it changes when another connection (another
    // process, or a worker thread's own Library) commits to the file, and never for this
    // connection's own writes. Reads no page, so polling it every second or two costs nothing.
    // -1 when the library is not open or the pragma fails.
    qint64 dataVersion() const;

    // Calls \a changed, in \a context's thread, each time another connection commits a change
    // to the library, when the library can say so itself (a team library: the server's
    // LISTEN/NOTIFY); false when it cannot, and the caller polls dataVersion() instead. Lasts
    // until the library is closed or \a context is destroyed.
    bool subscribeToChanges(QObject *context, std::function<void()> changed);

    // Whether the connection still holds, for a library on a server, which a restart or a cut
    // network takes away: read from the connection's own socket without a round trip, so that
    // it never waits on the network (a server that closed the session is seen at once; a cut
    // network once TCP's keepalives give up, tens of seconds). Lost until reconnect() makes it
    // again; a library file is always Fine. (Restored is what a successful reconnect() gives.)
    enum class ConnectionState { Fine, Lost, Restored };
    ConnectionState checkConnection();
    // Makes a lost connection again, with its subscription: every store's handle on it works
    // again, and what others did meanwhile is for the caller to reload. It waits for the server:
    // call it once serverAnswers() said the server is back.
    ConnectionState reconnect();
    // Whether a new connection to \a address succeeds, on a connection of its own made and
    // dropped here: for a worker thread to find out, without holding up the window, whether a
    // lost server is back.
    static bool serverAnswers(const QString &address);

    // SQLite's page cache for this connection, in KiB (its default is 2 MB). The connection
    // behind an analyst's list, reader and searches keeps kInteractivePageCacheKiB: at a million
    // articles a phrase search reads some 20 MB of pages (rows along the date index, bodies), and
    // each page not in this cache is a system call even when the file is in the OS's cache, so
    // searching again (refining, paging back) is cheaper with it (README, Performance, has the
    // figures). Worker connections keep the default (an import sets
    // its own while it runs), so their memory does not add up. False when not open or refused.
    static constexpr int kInteractivePageCacheKiB = 64 * 1024;
    bool setPageCacheKiB(int kib);
    int pageCacheKiB() const; // -1 when not open

    // Copies each commit from the log into the file and empties the log at once (a TRUNCATE
    // checkpoint after every commit, never waiting for other programs' readers), for a
    // connection that stays open between rare edits (the window's). A commit left in the log
    // lives in L-wal, named after the path only: after a sync tool's `mv OTHER L` and a crash
    // of the window, the next program to open L recovered it as OTHER's and copied it into
    // OTHER (a page of another library in it), and the file it belonged to never got it.
    bool setCheckpointEachCommit();

    // The schema version stored in a library file, read without writing anything:
    // 0 for a new or empty file, -1 when it cannot be read (the reason in *error).
    // Whether \a path is a library a connection of this process has open, or one of its own
    // files beside it (-wal, -shm, -journal): such a file must never be opened other than
    // through SQLite here, since closing it would drop this process's locks on the library.
    static bool isHeldByThisProcess(const QString &path);
    // The canonical paths of the library files connections of this process have open
    // (OutputGuard refuses them and their -wal, -shm and -journal as an output).
    static QStringList openInThisProcess();
    static int fileSchemaVersion(const QString &path, QString *error = nullptr);

    // For tests of migrations: open and migrate no further than \a version.
    bool openAtVersion(const QString &path, int version, QString *error = nullptr);

private:
    bool openConnection(const QString &path, int targetVersion, QString *error);
    bool openServer(const class LibraryAddress &address, int targetVersion, QString *error);
    // One integer pragma of this connection; nothing when not open or when it fails.
    std::optional<qint64> pragmaValue(const QString &name) const;

    QString m_connectionName;
    QString m_path;
    bool m_server = false; // a team library on a PostgreSQL server
    bool m_subscribed = false;
    bool m_readOnly = false;
};

} // namespace glossa
