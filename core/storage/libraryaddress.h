#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace glossa {

// Where a library lives, as the user wrote it: a file path (the embedded SQLite library) or the
// address of a team library on a PostgreSQL server, `postgresql://user@host:port/db?sslmode=…`
// or `postgresql:///db?host=/socket/dir` (`postgres://` too). A server address is read by
// libpq itself (PQconninfoParse), so it means exactly what it means to psql: a service from
// pg_service.conf, a password from ~/.pgpass or PGPASSFILE, the PG* environment for what it
// leaves out.
class LibraryAddress
{
public:
    enum class Kind { File, Server };

    // Nothing, with the reason in *error, for an address with another scheme (http://…,
    // sqlite:…) or a server address libpq refuses.
    static std::optional<LibraryAddress> parse(const QString &text, QString *error = nullptr);
    // Whether \a text is written as a server's address (whether or not libpq accepts it).
    static bool looksLikeServer(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    // The address as given: a file's path, or the server address.
    QString text() const { return m_text; }

    // A server address's settings, by libpq keyword (host, port, dbname, user, password,
    // sslmode, service, …), only those it sets, in libpq's order.
    QList<std::pair<QString, QString>> parameters() const { return m_parameters; }
    QString parameter(const QString &keyword) const;
    // The settings as a libpq connection string ("host='/run/pg' dbname='desk'"), for QPSQL.
    QString connectionString() const;
    // The address to show or log: a server address without its password.
    QString displayText() const;
    // Where a server address connects, written the same however the address was: the user, the
    // server (host, or the folder of a local server's socket), port, database and service,
    // "amina@db.example.org:5432/desk". What a password belongs to.
    QString place() const;

private:
    Kind m_kind = Kind::File;
    QString m_text;
    QList<std::pair<QString, QString>> m_parameters;
};

} // namespace glossa
