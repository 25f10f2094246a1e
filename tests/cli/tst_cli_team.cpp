// glossa-cli team …: a team library set up and staffed from the command line, on a real server.
#include "clirunner.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using glossa::test::TestServer;

namespace {

using Run = glossa::test::CliRun;

Run cli(const QStringList &args)
{
    const QTemporaryDir home;
    return glossa::test::runCli(QStringLiteral(GLOSSA_CLI), home.path(), args);
}

} // namespace

class TestCliTeam : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void setsUpAndStaffsATeam();
    void refusalsAreOneLine();
};

void TestCliTeam::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList{"team"};
    QTest::newRow("unknown action") << QStringList{"team", "dissolve"};
    QTest::newRow("add without role") << QStringList{"team", "add-analyst", "Amina"};
    QTest::newRow("add without name") << QStringList{"team", "add-analyst", "--role", "analyst"};
    QTest::newRow("unknown role") << QStringList{"team", "add-analyst", "Amina", "--role", "boss"};
    QTest::newRow("set-role without role") << QStringList{"team", "set-role", "amina"};
    QTest::newRow("set-role to nothing") << QStringList{"team", "set-role", "amina", "chief"};
}

void TestCliTeam::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(QStringList{"--db", "postgresql:///nowhere?host=/nonexistent"} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("glossa-cli: ")), qPrintable(run.err));
}

void TestCliTeam::setsUpAndStaffsATeam()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = server.createDatabase();
    const QString address = TestServer::address(database);
    Run run = cli({"--db", address, "team", "init"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("glossa_%1_editor").arg(database)), qPrintable(run.err));
    run = cli({"--db", address, "team", "init"});
    QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String("already")), qPrintable(run.err));

    const QString amina = TestServer::login(database, QStringLiteral("amina"));
    run = cli({"--db", address, "team", "add-analyst", "Amina El Idrissi", "--role", "analyst", "--login", amina});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith("Amina El Idrissi\t" + amina.toUtf8() + "\tanalyst\t"), run.out.constData());
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no notices from the server on stderr
    const QString chloe = TestServer::login(database, QStringLiteral("chloe"));
    run = cli({"--db", address, "team", "add-analyst", "Chloé", "--role", "editor", "--login", chloe, "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject added = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(added.value("role").toString(), QStringLiteral("editor"));
    QCOMPARE(added.value("login").toString(), chloe);
    QCOMPARE(added.value("uuid").toString().size(), 36);

    run = cli({"--db", address, "team", "set-role", "amina el idrissi", "reader"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({"--db", address, "team", "list", "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray members = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).toObject().value("name").toString(), QStringLiteral("Amina El Idrissi"));
    QCOMPARE(members.at(0).toObject().value("role").toString(), QStringLiteral("reader"));
    QCOMPARE(members.at(1).toObject().value("role").toString(), QStringLiteral("editor"));
    run = cli({"--db", address, "team", "list"});
    QCOMPARE(run.out.count('\n'), 2);

    // The analysts connect as themselves; an analyst cannot staff the team.
    run = cli({"--db", TestServer::address(database, amina), "team", "add-analyst", "Mallory", "--role", "admin", "--login",
               TestServer::login(database, QStringLiteral("mallory"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.count('\n') == 1 && run.err.contains(QLatin1String("permission denied")), qPrintable(run.err));
}

void TestCliTeam::refusalsAreOneLine()
{
    QTemporaryDir dir;
    // A file is not a team library.
    Run run = cli({"--db", dir.filePath("desk.glossa"), "team", "init"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("library file")) && run.err.count('\n') == 1, qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(dir.filePath("desk.glossa")));
    // No server there: libpq's reason, on one line, without the password.
    run = cli({"--db", "postgresql://amina:s3cret@/desk?host=/nonexistent", "team", "list"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.count('\n') == 1 && !run.err.contains(QLatin1String("s3cret")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("/nonexistent")), qPrintable(run.err));

    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = server.createDatabase();
    // An empty database is not a library yet; reading it says what works today.
    run = cli({"--db", TestServer::address(database), "team", "list"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.count('\n') == 1 && run.err.contains(QLatin1String("team init")), qPrintable(run.err));
    QVERIFY(cli({"--db", TestServer::address(database), "team", "init"}).exitCode == 0);
    // An empty database is refused by every command the same way; once initialised it opens.
    run = cli({"--db", TestServer::address(server.createDatabase()), "stats"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.count('\n') == 1 && run.err.contains(QLatin1String("team init")), qPrintable(run.err));
    run = cli({"--db", TestServer::address(database), "stats", "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
