#pragma once

// One test class, run on both backends: the embedded library (a file in a temporary folder) and a
// team library on the test server (TestServer), opened as an editor of its team so that the
// server's row-level security applies as it does to an analyst at the desk. A test class takes
// the backend in its constructor and opens its libraries through BackendTest::open();
// GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS runs all its functions once per backend.

#include "testserver.h"

#include "storage/library.h"
#include "storage/serverconnection.h"
#include "storage/teamadministration.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace glossa::test {

enum class Backend { Sqlite, Server };

inline const char *backendName(Backend backend)
{
    return backend == Backend::Sqlite ? "sqlite" : "postgresql";
}

class BackendTest
{
public:
    explicit BackendTest(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }

    // Opens \a library on a new empty library of this backend; the reason when it cannot.
    bool open(Library &library, QString *why)
    {
        if (m_backend == Backend::Sqlite) {
            m_dirs.push_back(std::make_unique<QTemporaryDir>());
            return library.open(m_dirs.back()->filePath(QStringLiteral("library.glossa")), why);
        }
        if (!m_server) {
            m_server = std::make_unique<TestServer>();
            if (!m_server->start(why)) {
                m_server.reset();
                return false;
            }
        }
        const QString database = m_server->createDatabase();
        const bool ok = TestServer::setUpTeam(database, {{QStringLiteral("Desk Editor"), TeamRole::Editor, QStringLiteral("editor")}}, why);
        // A test's privileged connection was to the previous library's database.
        ServerConnection::close(QStringLiteral("backend-test-privileged"));
        return ok && library.open(TestServer::address(database, TestServer::login(database, QStringLiteral("editor"))), why);
    }

    // A connection that may change anything in \a library, for a test's own setting up: the
    // library's own on SQLite, the server's superuser on the server (no row-level security).
    QSqlDatabase privileged(const Library &library)
    {
        if (m_backend == Backend::Sqlite)
            return library.database();
        const QString name = QStringLiteral("backend-test-privileged");
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        const std::optional<LibraryAddress> address = LibraryAddress::parse(library.path());
        QString why;
        const std::optional<LibraryAddress> owner =
            address ? LibraryAddress::parse(TestServer::address(address->parameter(QStringLiteral("dbname")))) : std::nullopt;
        if (!owner || !ServerConnection::open(*owner, name, QString(), &why))
            qWarning("no privileged connection: %s", qPrintable(why));
        return QSqlDatabase::database(name, false);
    }

    ~BackendTest() { ServerConnection::close(QStringLiteral("backend-test-privileged")); }

private:
    Backend m_backend;
    std::unique_ptr<TestServer> m_server;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

// Runs \a TestClass (constructed with a Backend) on SQLite, then on the test server: skipped
// without one, failed without one when GLOSSA_REQUIRE_PG=1.
template <typename TestClass>
int runOnBothBackends(int argc, char *argv[])
{
    int status = 0;
    for (const Backend backend : {Backend::Sqlite, Backend::Server}) {
        if (backend == Backend::Server && TestServer::host().isEmpty()) {
            if (TestServer::required()) {
                qCritical("FAIL: no test server (GLOSSA_TEST_PGHOST) and GLOSSA_REQUIRE_PG=1");
                status = 1;
            } else {
                qInfo("SKIP: the PostgreSQL run: no test server (GLOSSA_TEST_PGHOST)");
            }
            continue;
        }
        qInfo("Backend: %s", backendName(backend));
        TestClass test(backend);
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

} // namespace glossa::test

#define GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS_WITH(Application, TestClass)                                                \
    int main(int argc, char *argv[])                                                                                  \
    {                                                                                                                 \
        Application app(argc, argv);                                                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                    \
        return glossa::test::runOnBothBackends<TestClass>(argc, argv);                                                \
    }
#define GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestClass) GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS_WITH(QCoreApplication, TestClass)
