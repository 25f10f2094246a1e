#pragma once

// A PostgreSQL server for the tests that need one: the throwaway cluster scripts/pg-cluster.sh
// starts, named by GLOSSA_TEST_PGHOST (its socket folder; the cluster's superuser is
// GLOSSA_TEST_PGUSER, else postgres). Each test gets databases of its own, dropped with their
// roles at the end. Without a server the tests skip, unless GLOSSA_REQUIRE_PG=1 (CI sets it),
// where a missing server fails them.

#include "storage/libraryaddress.h"
#include "storage/serverconnection.h"
#include "storage/teamadministration.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QUrlQuery>

namespace glossa::test {

class TestServer
{
public:
    static QString host() { return qEnvironmentVariable("GLOSSA_TEST_PGHOST"); }
    static QString superuser()
    {
        const QString user = qEnvironmentVariable("GLOSSA_TEST_PGUSER");
        return user.isEmpty() ? QStringLiteral("postgres") : user;
    }
    static bool required() { return qEnvironmentVariable("GLOSSA_REQUIRE_PG") == QLatin1String("1"); }

    // The address of database \a database on the test server, connecting as \a user.
    static QString address(const QString &database, const QString &user = QString())
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host());
        query.addQueryItem(QStringLiteral("user"), user.isEmpty() ? superuser() : user);
        return QStringLiteral("postgresql:///%1?%2").arg(database, query.toString(QUrl::FullyEncoded));
    }

    ~TestServer()
    {
        if (m_admin.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_admin, false);
            QSqlQuery query(db);
            for (const QString &database : std::as_const(m_databases))
                query.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(database));
            // Roles outlive databases: the teams' and analysts' made by these tests go too.
            for (const QString &prefix : std::as_const(m_rolePrefixes)) {
                query.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE ?"));
                query.addBindValue(prefix + QLatin1Char('%'));
                QStringList roles;
                if (query.exec()) {
                    while (query.next())
                        roles << query.value(0).toString();
                }
                for (const QString &role : std::as_const(roles))
                    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
            }
        }
        ServerConnection::close(m_admin);
    }

    // Connects to the server as its superuser; false (and the reason) when there is none.
    bool start(QString *why)
    {
        if (host().isEmpty()) {
            *why = QStringLiteral("no test server: GLOSSA_TEST_PGHOST is not set (scripts/pg-cluster.sh start DIR)");
            return false;
        }
        m_admin = QStringLiteral("test-server-%1").arg(counter().fetchAndAddRelaxed(1));
        const std::optional<LibraryAddress> address = LibraryAddress::parse(this->address(QStringLiteral("postgres")), why);
        if (!address || !ServerConnection::open(*address, m_admin, QString(), why)) {
            m_admin.clear();
            return false;
        }
        return true;
    }

    // A new empty database, dropped at the end; its name is unique across the tests' processes.
    // Also names the prefix of every role the test makes (its team's and its analysts' logins).
    QString createDatabase()
    {
        const QString name = QStringLiteral("t%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter().fetchAndAddRelaxed(1))
                                 .arg(QCoreApplication::applicationName().remove(QLatin1String("tst_")).left(20));
        QSqlQuery query(QSqlDatabase::database(m_admin, false));
        if (!query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            qWarning("cannot create a test database: %s", qPrintable(query.lastError().text()));
        m_databases << name;
        m_rolePrefixes << QStringLiteral("glossa_") + name << name;
        return name;
    }

    struct Seat
    {
        QString name;
        TeamRole role;
        QString who; // the login is login(database, who)
    };
    // Makes \a database a team library with these analysts, as its owner would; false and why
    // when the server refuses.
    static bool setUpTeam(const QString &database, const QList<Seat> &seats, QString *why)
    {
        const QString owner = QStringLiteral("test-server-team-owner");
        const std::optional<LibraryAddress> address = LibraryAddress::parse(TestServer::address(database), why);
        if (!address || !ServerConnection::open(*address, owner, QString(), why))
            return false;
        bool ok = true;
        {
            TeamAdministration team(QSqlDatabase::database(owner, false));
            ok = team.initialize();
            for (const Seat &seat : seats)
                ok = ok && team.addAnalyst(seat.name, seat.role, login(database, seat.who));
            if (!ok)
                *why = team.lastError();
        }
        ServerConnection::close(owner);
        return ok;
    }

    // A login role for \a database's tests (so that it is dropped with it): "<database>_<who>".
    static QString login(const QString &database, const QString &who) { return database + QLatin1Char('_') + who; }

private:
    static QAtomicInteger<int> &counter()
    {
        static QAtomicInteger<int> value;
        return value;
    }

    QString m_admin;
    QStringList m_databases;
    QStringList m_rolePrefixes;
};

} // namespace glossa::test

// In a test function: skips without a server, fails without one when one is required.
#define GLOSSA_REQUIRE_SERVER(server)                                                                                 \
    do {                                                                                                              \
        QString why_;                                                                                                 \
        if (!(server).start(&why_)) {                                                                                 \
            if (glossa::test::TestServer::required())                                                                 \
                QFAIL(qPrintable(why_));                                                                              \
            QSKIP(qPrintable(why_));                                                                                  \
        }                                                                                                             \
    } while (false)
