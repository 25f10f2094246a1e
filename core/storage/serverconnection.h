#pragma once

#include "libraryaddress.h"

#include <QSqlDatabase>
#include <QString>

namespace glossa {

// One connection to a team library's server through Qt's QPSQL driver, under a connection name
// of its own. Everything libpq would do for psql it does here: the address's settings go to
// libpq whole, a password comes from the address, the one given (asked of the user, never
// stored here), ~/.pgpass, PGPASSFILE or a service file.
class ServerConnection
{
public:
    // Opens \a address (a server address) as connection \a connectionName. On failure the
    // connection is removed again and *error holds the server's reason in one line.
    static bool open(const LibraryAddress &address, const QString &connectionName, const QString &password,
                     QString *error);
    // A password typed for \a address (its server, port, database and user), kept in this
    // process's memory until it ends, never written anywhere: every later connection to the
    // same place (a worker's, a reopening) passes it to libpq. Empty forgets it.
    static void setSessionPassword(const LibraryAddress &address, const QString &password);
    static bool hasSessionPassword(const LibraryAddress &address);

    // Closes and removes a connection open() made.
    static void close(const QString &connectionName);
    // The server's message of \a error in one line, without Qt's "Unable to …" lead.
    static QString messageOf(const QSqlError &error);
};

} // namespace glossa
