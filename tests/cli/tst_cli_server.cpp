// glossa-cli on a team library: a library file copied to a real server answers every command as
// the file does, copied back it is the same again, and the server refuses what an analyst may not
// do, from the command line as from raw SQL.
#include "clirunner.h"
#include "testserver.h"

#include "storage/libraryaddress.h"
#include "storage/serverconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using glossa::test::TestServer;

using Run = glossa::test::CliRun;

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAnswersAsTheFile_data();
    void sameAnswersAsTheFile();
    void copyIsIdempotentAndComesBack();
    void importThroughTheServer_data();
    void importThroughTheServer();
    void serverRefusesAnotherAnalystsEdit();
    void cleanupTestCase();

private:
    Run cli(const QStringList &args);
    QString fixture(const QString &name) const { return QStringLiteral(GLOSSA_TEST_DATA "/cli/") + name; }

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_file;     // the library file the server library is copied from
    QString m_database; // the team library's database
    QString m_owner;    // its address, as the server's administrator
};

Run TestCliServer::cli(const QStringList &args)
{
    return glossa::test::runCli(QStringLiteral(GLOSSA_CLI), m_dir.path(), args);
}

void TestCliServer::initTestCase()
{
    GLOSSA_REQUIRE_SERVER(m_server);
    // A desk's library file: dumps, two analysts' claims on the same passage, tags, a collection.
    m_file = m_dir.filePath(QStringLiteral("desk.glossa"));
    const QString imports = QStringLiteral(GLOSSA_TEST_DATA "/import/");
    Run run = cli({"--db", m_file, "import", fixture("pont-sebou.txt"), fixture("tlqih.txt"), fixture("spread.jsonl"),
                   imports + "fr_ticker.txt", imports + "multi_page.txt", imports + "ar_page.txt", imports + "articles.jsonl"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({"--db", m_file, "--analyst", "Amina", "annotate", "1", "--quote", "pont", "--claim", "statistic",
               "--verdict", "false", "--tag", "infrastructure", "--note", "Chiffres du ministère"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({"--db", m_file, "--analyst", "Bruno", "annotate", "1", "--quote", "pont", "--claim", "statistic",
               "--verdict", "misleading"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // A claim that two other outlets carry (annotation 3), for where-else.
    const QJsonArray alep = cli({"--db", m_file, "search", "Révélations", "--json"}).json().array();
    QCOMPARE(alep.size(), 1);
    run = cli({"--db", m_file, "--analyst", "Amina", "annotate", QString::number(alep.first().toObject().value("id").toInt()),
               "--quote", "près de cinq cents soldats étrangers auraient été capturés lors des combats d'Alep",
               "--claim", "statistic", "--verdict", "disputed"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(cli({"--db", m_file, "where-else", "3", "--json"}).json().array().size(), 2);
    QVERIFY(cli({"--db", m_file, "collections", "--create", "Dossier"}).exitCode == 0);
    QVERIFY(cli({"--db", m_file, "collections", "--add", "Dossier", "1", "2"}).exitCode == 0);

    m_database = m_server.createDatabase();
    m_owner = TestServer::address(m_database);
    QVERIFY(cli({"--db", m_owner, "team", "init"}).exitCode == 0);
    run = cli({"copy", "--from", m_file, "--to", m_owner});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("copy: articles")), qPrintable(run.err));
    // The analysts came with the copy; each is given a login of their own.
    for (const char *name : {"Amina", "Bruno"}) {
        run = cli({"--db", m_owner, "team", "add-analyst", name, "--role", "analyst", "--login",
                   TestServer::login(m_database, QString::fromLatin1(name).toLower())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    run = cli({"--db", m_owner, "team", "add-analyst", "Chloé", "--role", "editor", "--login",
               TestServer::login(m_database, QStringLiteral("chloe"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray members = cli({"--db", m_owner, "team", "list", "--json"}).json().array();
    QCOMPARE(members.size(), 3); // Amina and Bruno kept their UUIDs: not added twice
}

void TestCliServer::cleanupTestCase() {}

void TestCliServer::sameAnswersAsTheFile_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("list") << QStringList{"list", "--json"};
    QTest::newRow("list by outlet") << QStringList{"list", "--json", "--source", "Barlamane"};
    QTest::newRow("list by verdict") << QStringList{"list", "--json", "--verdict", "false"};
    QTest::newRow("list by tag") << QStringList{"list", "--json", "--tag", "infrastructure"};
    QTest::newRow("list of dates") << QStringList{"list", "--json", "--from", "2025-01-01"};
    QTest::newRow("show") << QStringList{"show", "1", "--json"};
    QTest::newRow("claims") << QStringList{"claims", "--json"};
    QTest::newRow("tags") << QStringList{"tags", "--json"};
    QTest::newRow("collections") << QStringList{"collections", "--json"};
    QTest::newRow("agreement") << QStringList{"agreement", "--json"};
    QTest::newRow("export csv") << QStringList{"export", "--format", "csv", "-o", "-"};
    QTest::newRow("where-else") << QStringList{"where-else", "3", "--json"};
    QTest::newRow("annotation search") << QStringList{"search", "chiffres", "--annotations", "--json"};
}

void TestCliServer::sameAnswersAsTheFile()
{
    QFETCH(QStringList, command);
    if (m_database.isEmpty())
        QSKIP("no test server");
    const Run file = cli(QStringList{"--db", m_file} + command);
    const Run server = cli(QStringList{"--db", m_owner} + command);
    QVERIFY2(file.exitCode == 0, qPrintable(file.err));
    QVERIFY2(server.exitCode == 0, qPrintable(server.err));
    QVERIFY(!file.out.isEmpty());
    QCOMPARE(QString::fromUtf8(server.out), QString::fromUtf8(file.out));
}

void TestCliServer::copyIsIdempotentAndComesBack()
{
    if (m_database.isEmpty())
        QSKIP("no test server");
    Run run = cli({"copy", "--from", m_file, "--to", m_owner});
    QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String(": 0 row(s) added")), qPrintable(run.err));
    // A full-text search finds the same articles (the snippets are each engine's own).
    auto ids = [this](const QString &library, const QString &query) {
        QList<int> found;
        for (const QJsonValue &row : cli({"--db", library, "search", query, "--json"}).json().array())
            found << row.toObject().value("id").toInt();
        std::sort(found.begin(), found.end());
        return found;
    };
    for (const QString &query : {QStringLiteral("pont"), QStringLiteral("\"coopérative de tamazirt\""),
                                 QStringLiteral("COOPERATIVE"), QStringLiteral("tamaz*"), QStringLiteral("alep OR pont"),
                                 QStringLiteral("alep -prisonniers"), QStringLiteral("la -pont"), QStringLiteral("وزارة")}) {
        const QList<int> inFile = ids(m_file, query);
        QVERIFY2(!inFile.isEmpty(), qPrintable(query));
        QCOMPARE(ids(m_owner, query), inFile);
    }
    // And back into a file: the same library again.
    const QString back = m_dir.filePath(QStringLiteral("back.glossa"));
    run = cli({"copy", "--from", m_owner, "--to", back});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QStringList &command : {QStringList{"list", "--json"}, QStringList{"claims", "--json"},
                                       QStringList{"export", "--format", "json", "-o", "-"}}) {
        const QByteArray original = cli(QStringList{"--db", m_file} + command).out;
        QVERIFY(!original.isEmpty());
        QCOMPARE(cli(QStringList{"--db", back} + command).out, original);
    }
}

void TestCliServer::importThroughTheServer_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("list") << QStringList{"list", "--json"};
    QTest::newRow("list by outlet") << QStringList{"list", "--json", "--source", "Barlamane"};
    QTest::newRow("export json") << QStringList{"export", "--format", "json", "-o", "-"};
}

// The same dumps imported by an analyst straight into a new team library (not copied there):
// the same articles as the file's import (in the order its writers took them: their ids may
// differ), a second import adds nothing, and every command answers as the team library's copy
// in a file does.
void TestCliServer::importThroughTheServer()
{
    QFETCH(QStringList, command);
    if (m_database.isEmpty())
        QSKIP("no test server");
    static QString team; // made once, for every row
    const QString copy = m_dir.filePath(QStringLiteral("team-copy.glossa"));
    if (team.isEmpty()) {
        const QString database = m_server.createDatabase();
        QString why;
        QVERIFY2(TestServer::setUpTeam(database, {{QStringLiteral("Amina"), glossa::TeamRole::Analyst, QStringLiteral("amina")}}, &why),
                 qPrintable(why));
        const QString imports = QStringLiteral(GLOSSA_TEST_DATA "/import/");
        const QStringList dumps{fixture("pont-sebou.txt"), fixture("tlqih.txt"), fixture("spread.jsonl"),
                                imports + "fr_ticker.txt", imports + "multi_page.txt", imports + "ar_page.txt",
                                imports + "articles.jsonl"};
        const QString file = m_dir.filePath(QStringLiteral("imported.glossa"));
        Run run = cli(QStringList{"--db", file, "import"} + dumps);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray fileSaid = run.out;
        const QString address = TestServer::address(database, TestServer::login(database, QStringLiteral("amina")));
        run = cli(QStringList{"--db", address, "import"} + dumps);
        QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.err + QString::fromUtf8(run.out)));
        QCOMPARE(run.out, fileSaid); // each file: how many new, how many already there
        run = cli(QStringList{"--db", address, "import"} + dumps);
        QVERIFY2(run.exitCode == 0 && !run.out.contains(" new, 0 already"), qPrintable(run.out));
        // The same articles: each title, outlet and date, whatever their ids.
        auto articles = [this](const QString &library) {
            QStringList found;
            for (const QJsonValue &row : cli({"--db", library, "list", "--json"}).json().array()) {
                const QJsonObject article = row.toObject();
                found << article.value("title").toString() + '|' + article.value("source").toString() + '|'
                        + article.value("published").toString();
            }
            found.sort();
            return found;
        };
        const QStringList inFile = articles(file);
        QVERIFY(!inFile.isEmpty());
        QCOMPARE(articles(address), inFile);
        run = cli({"copy", "--from", TestServer::address(database), "--to", copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        team = address;
    }
    const Run inCopy = cli(QStringList{"--db", copy} + command);
    const Run inTeam = cli(QStringList{"--db", team} + command);
    QVERIFY2(inCopy.exitCode == 0 && inTeam.exitCode == 0, qPrintable(inCopy.err + inTeam.err));
    QVERIFY(!inCopy.out.isEmpty());
    // Row ids aside: the server's count on from ids a writer took and gave back (two writers
    // meeting on one outlet), the copy's do not.
    const auto withoutIds = [](const QByteArray &json) {
        return QString::fromUtf8(json).remove(QRegularExpression(QStringLiteral("\"(id|article|article_id)\": [0-9]+,?")));
    };
    QCOMPARE(withoutIds(inTeam.out), withoutIds(inCopy.out));
}

void TestCliServer::serverRefusesAnotherAnalystsEdit()
{
    if (m_database.isEmpty())
        QSKIP("no test server");
    const QString amina = TestServer::address(m_database, TestServer::login(m_database, QStringLiteral("amina")));
    const QString bruno = TestServer::address(m_database, TestServer::login(m_database, QStringLiteral("bruno")));
    const QString chloe = TestServer::address(m_database, TestServer::login(m_database, QStringLiteral("chloe")));
    QString aminas;
    for (const QJsonValue &annotation : cli({"--db", m_owner, "show", "1", "--json"}).json().object().value("annotations").toArray()) {
        if (annotation.toObject().value("analyst").toObject().value("name").toString() == QLatin1String("Amina"))
            aminas = annotation.toObject().value("uuid").toString();
    }
    QVERIFY(!aminas.isEmpty());
    Run run = cli({"--db", bruno, "edit-annotation", aminas, "--note", "x"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.count('\n') == 1 && run.err.contains(QLatin1String("Amina")), qPrintable(run.err));
    run = cli({"--db", bruno, "delete-annotation", aminas});
    QCOMPARE(run.exitCode, 1);
    // psql as Bruno: the server itself changes none of Amina's rows.
    {
        const std::optional<glossa::LibraryAddress> address = glossa::LibraryAddress::parse(bruno);
        QString error;
        QVERIFY(address && glossa::ServerConnection::open(*address, QStringLiteral("raw-bruno"), QString(), &error));
        QSqlQuery raw(QSqlDatabase::database(QStringLiteral("raw-bruno")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE annotations SET note = 'x'")));
        QCOMPARE(raw.numRowsAffected(), 1); // his own only
        raw.finish();
        glossa::ServerConnection::close(QStringLiteral("raw-bruno"));
    }
    const QJsonObject shown = cli({"--db", m_owner, "show", "1", "--json"}).json().object();
    for (const QJsonValue &annotation : shown.value("annotations").toArray()) {
        const QJsonObject object = annotation.toObject();
        QCOMPARE(object.value("note").toString() == QLatin1String("x"),
                 object.value("analyst").toObject().value("name").toString() == QLatin1String("Bruno"));
    }
    // Amina changes her own; the editor changes her verdict.
    QVERIFY2(cli({"--db", amina, "edit-annotation", aminas, "--note", "revu"}).exitCode == 0, "own edit refused");
    run = cli({"--db", chloe, "edit-annotation", aminas, "--verdict", "misleading"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray claims = cli({"--db", m_owner, "claims", "--verdict", "misleading", "--json"}).json().array();
    QCOMPARE(claims.size(), 2);
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
