// A team library on a real PostgreSQL server: its schema and roles (TeamAdministration), and who
// may change what, enforced by the server itself: each analyst connects as their own role and
// writes raw SQL, as someone with psql would.
#include "testserver.h"

#include "storage/library.h"
#include "storage/libraryaddress.h"
#include "storage/schemamigrator.h"
#include "storage/serverconnection.h"
#include "storage/teamadministration.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;
using glossa::test::TestServer;

class TestTeamLibrary : public QObject
{
    Q_OBJECT

private slots:
    void loginFor_data();
    void loginFor();
    void initializeCreatesSchemaAndRoles();
    void initializeRefusesNewerAndForeignDatabases();
    void addAnalystAndSetRole();
    void addAnalystTakesOverTheAnalystOfThatName();
    void serverEnforcesRoles_data();
    void serverEnforcesRoles();
    void outsidersCannotConnect();
    void teamAdminAddsAnalysts();
    void changesAreAnnouncedToOthers();
    void lostConnectionIsSeenAndMadeAgain();

private:
    // A database with a team library: analysts amina and bruno, editor chloe, reader dora, one
    // article and one claim of amina's (annotation 1) and one of bruno's (annotation 2).
    QString setUpTeam(TestServer &server);
    // A connection to \a database as \a login, closed at the end of the test function.
    QSqlDatabase connectAs(const QString &database, const QString &login);
    QStringList m_connections;

private slots:
    void cleanup();
};

namespace {

QVariant scalar(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return QVariant();
    }
    return query.value(0);
}

} // namespace

void TestTeamLibrary::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        ServerConnection::close(name);
    m_connections.clear();
}

QSqlDatabase TestTeamLibrary::connectAs(const QString &database, const QString &login)
{
    const QString name = QStringLiteral("as-%1-%2").arg(login).arg(m_connections.size());
    QString error;
    const std::optional<LibraryAddress> address = LibraryAddress::parse(TestServer::address(database, login), &error);
    if (!address || !ServerConnection::open(*address, name, QString(), &error)) {
        qWarning("cannot connect as %s: %s", qPrintable(login), qPrintable(error));
        return QSqlDatabase();
    }
    m_connections << name;
    return QSqlDatabase::database(name, false);
}

QString TestTeamLibrary::setUpTeam(TestServer &server)
{
    const QString database = server.createDatabase();
    QSqlDatabase owner = connectAs(database, TestServer::superuser());
    TeamAdministration team(owner);
    if (!team.initialize()) {
        qWarning("team init: %s", qPrintable(team.lastError()));
        return QString();
    }
    const struct
    {
        const char *name;
        TeamRole role;
    } people[] = {{"amina", TeamRole::Analyst}, {"bruno", TeamRole::Analyst}, {"chloe", TeamRole::Editor},
                  {"dora", TeamRole::Reader}};
    for (const auto &person : people) {
        if (!team.addAnalyst(QString::fromLatin1(person.name), person.role, TestServer::login(database, QString::fromLatin1(person.name)))) {
            qWarning("add-analyst: %s", qPrintable(team.lastError()));
            return QString();
        }
    }
    // Each analyst writes their own article and claim, through their own connection.
    QSqlDatabase amina = connectAs(database, TestServer::login(database, QStringLiteral("amina")));
    QSqlDatabase bruno = connectAs(database, TestServer::login(database, QStringLiteral("bruno")));
    QSqlQuery query(amina);
    const QStringList aminas = {
        QStringLiteral("INSERT INTO articles (content_hash, title, imported_at) VALUES ('h1', 'Une dépêche', '2026-12-01')"),
        QStringLiteral("INSERT INTO article_texts (article_id, body) VALUES (1, 'Le chômage a baissé de 31 % en un an.')"),
        QStringLiteral("INSERT INTO annotations (article_id, start, \"end\", exact, created_at, modified_at, analyst_id)"
                       " VALUES (1, 0, 10, 'Le chômage', '2026-12-01', '2026-12-01', (SELECT analyst_id FROM temp.session))"),
        QStringLiteral("INSERT INTO claims (annotation_id, kind) VALUES (1, 'statistic')"),
        // The claim memory: a fact-check, a proposed appearance of it (1) and one amina dismissed (2).
        QStringLiteral("INSERT INTO fact_checks (claim_text, url, created_at) VALUES ('Le chômage a baissé', 'https://f.example/1', 'now')"),
        QStringLiteral("INSERT INTO claim_appearances (article_id, start, \"end\", exact, claim_source, claim_id, created_at)"
                       " VALUES (1, 0, 10, 'Le chômage', 'imported', 1, 'now')"),
        QStringLiteral("INSERT INTO claim_appearances (article_id, start, \"end\", exact, claim_source, claim_id, created_at)"
                       " VALUES (1, 11, 12, 'a', 'library', 1, 'now')"),
        QStringLiteral("UPDATE claim_appearances SET status = 'dismissed', decided_by = (SELECT analyst_id FROM temp.session) WHERE id = 2"),
    };
    for (const QString &statement : aminas) {
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return QString();
        }
    }
    QSqlQuery brunos(bruno);
    if (!brunos.exec(QStringLiteral("INSERT INTO annotations (article_id, start, \"end\", exact, created_at, modified_at, analyst_id)"
                                    " VALUES (1, 11, 12, 'a', '2026-12-01', '2026-12-01', (SELECT analyst_id FROM temp.session))"))
        || !brunos.exec(QStringLiteral("INSERT INTO claims (annotation_id, kind) VALUES (2, 'quote')"))) {
        qWarning("bruno: %s", qPrintable(brunos.lastError().text()));
        return QString();
    }
    return database;
}

void TestTeamLibrary::loginFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("login");
    QTest::newRow("two words") << "Amina El Idrissi" << "amina_el_idrissi";
    QTest::newRow("accents") << "Chloé Lefèvre" << "chloe_lefevre";
    QTest::newRow("punctuation") << "  O'Brien, Jr. " << "o_brien_jr";
    QTest::newRow("arabic only") << "أمينة" << "";
    QTest::newRow("digit first") << "3rd desk" << "";
    QTest::newRow("empty") << "" << "";
}

void TestTeamLibrary::loginFor()
{
    QFETCH(QString, name);
    QFETCH(QString, login);
    QCOMPARE(TeamAdministration::loginFor(name), login);
}

void TestTeamLibrary::initializeCreatesSchemaAndRoles()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = server.createDatabase();
    QSqlDatabase owner = connectAs(database, TestServer::superuser());
    TeamAdministration team(owner);
    bool created = false;
    QVERIFY2(team.initialize(&created), qPrintable(team.lastError()));
    QVERIFY(created);
    QCOMPARE(SchemaMigrator::currentVersion(owner), SchemaMigrator::latestVersion(SqlBackend::PostgreSql));
    for (const TeamRole role : {TeamRole::Reader, TeamRole::Analyst, TeamRole::Editor, TeamRole::Admin}) {
        QCOMPARE(team.groupRole(role), QStringLiteral("glossa_%1_%2").arg(database, TeamAdministration::roleName(role)));
        QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND NOT rolcanlogin")
                                   .arg(team.groupRole(role)))
                     .toInt(),
                 1);
    }
    // Each role can do what the one below it can.
    QVERIFY(scalar(owner, QStringLiteral("SELECT pg_has_role('%1', '%2', 'MEMBER')")
                              .arg(team.groupRole(TeamRole::Admin), team.groupRole(TeamRole::Reader)))
                .toBool());
    QVERIFY(!scalar(owner, QStringLiteral("SELECT pg_has_role('%1', '%2', 'MEMBER')")
                               .arg(team.groupRole(TeamRole::Reader), team.groupRole(TeamRole::Analyst)))
                 .toBool());
    // The same tables as the embedded library.
    for (const char *table : {"articles", "article_texts", "blocks", "annotations", "claims", "tags", "annotation_tags",
                              "article_tags", "collections", "collection_articles", "analysts", "claim_history",
                              "annotation_conflicts", "article_done", "sources", "dumps", "page_headlines"})
        QVERIFY2(scalar(owner, QStringLiteral("SELECT to_regclass('public.%1') IS NOT NULL").arg(QLatin1String(table))).toBool(), table);
    // A second init changes nothing and says so.
    QVERIFY2(team.initialize(&created), qPrintable(team.lastError()));
    QVERIFY(!created);
    QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM team")).toInt(), 1);
}

void TestTeamLibrary::initializeRefusesNewerAndForeignDatabases()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString newer = server.createDatabase();
    {
        QSqlDatabase owner = connectAs(newer, TestServer::superuser());
        TeamAdministration team(owner);
        QVERIFY2(team.initialize(), qPrintable(team.lastError()));
        const int future = SchemaMigrator::latestVersion(SqlBackend::PostgreSql) + 1;
        QVERIFY(QSqlQuery(owner).exec(QStringLiteral("UPDATE glossa_schema SET version = %1").arg(future)));
        QVERIFY(!team.initialize());
        QVERIFY2(team.lastError().contains(QLatin1String("newer Glossa")), qPrintable(team.lastError()));
        QCOMPARE(SchemaMigrator::currentVersion(owner), future);
    }
    const QString foreign = server.createDatabase();
    QSqlDatabase owner = connectAs(foreign, TestServer::superuser());
    QVERIFY(QSqlQuery(owner).exec(QStringLiteral("CREATE TABLE invoices (id integer)")));
    TeamAdministration team(owner);
    QVERIFY(!team.initialize());
    QVERIFY2(team.lastError().contains(QLatin1String("not a Glossa library")), qPrintable(team.lastError()));
    QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 1);
    QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'glossa_%1%'").arg(foreign)).toInt(), 0);
}

void TestTeamLibrary::addAnalystAndSetRole()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = server.createDatabase();
    QSqlDatabase owner = connectAs(database, TestServer::superuser());
    TeamAdministration team(owner);
    QVERIFY2(team.initialize(), qPrintable(team.lastError()));
    const QString login = TestServer::login(database, QStringLiteral("amina"));
    const std::optional<TeamMember> amina = team.addAnalyst(QStringLiteral("Amina El Idrissi"), TeamRole::Analyst, login);
    QVERIFY2(amina, qPrintable(team.lastError()));
    QCOMPARE(amina->login, login);
    QCOMPARE(amina->role, std::optional<TeamRole>(TeamRole::Analyst));
    QCOMPARE(amina->analyst.name, QStringLiteral("Amina El Idrissi"));
    QCOMPARE(amina->analyst.uuid.size(), 36);
    QVERIFY(!amina->analyst.color.isEmpty());
    QVERIFY(scalar(owner, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(login)).toBool());

    // One role at a time: promoting replaces, it does not add.
    const std::optional<TeamMember> editor = team.setRole(login, TeamRole::Editor);
    QVERIFY2(editor, qPrintable(team.lastError()));
    QCOMPARE(editor->role, std::optional<TeamRole>(TeamRole::Editor));
    QCOMPARE(editor->analyst.uuid, amina->analyst.uuid);
    const std::optional<TeamMember> reader = team.setRole(QStringLiteral("amina el idrissi"), TeamRole::Reader);
    QVERIFY2(reader, qPrintable(team.lastError()));
    QCOMPARE(reader->role, std::optional<TeamRole>(TeamRole::Reader));
    QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member"
                                          " WHERE u.rolname = '%1'").arg(login))
                 .toInt(),
             1);
    // An admin may make logins; one who is no longer an admin may not.
    QVERIFY(team.setRole(login, TeamRole::Admin));
    QVERIFY(scalar(owner, QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(login)).toBool());
    QVERIFY(team.setRole(login, TeamRole::Analyst));
    QVERIFY(!scalar(owner, QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(login)).toBool());

    // Adding the same login again renames, never duplicates.
    QVERIFY(team.addAnalyst(QStringLiteral("Amina E."), TeamRole::Analyst, login));
    const QList<TeamMember> members = team.members();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().analyst.name, QStringLiteral("Amina E."));
    QCOMPARE(members.first().analyst.uuid, amina->analyst.uuid);

    QVERIFY(!team.setRole(QStringLiteral("nobody"), TeamRole::Editor));
    QVERIFY2(team.lastError().contains(QLatin1String("nobody")), qPrintable(team.lastError()));
    QVERIFY(!team.addAnalyst(QStringLiteral("   "), TeamRole::Analyst));
    QVERIFY(!team.addAnalyst(QStringLiteral("أمينة"), TeamRole::Analyst));
    QVERIFY2(team.lastError().contains(QLatin1String("--login")), qPrintable(team.lastError()));
}

void TestTeamLibrary::addAnalystTakesOverTheAnalystOfThatName()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = server.createDatabase();
    QSqlDatabase owner = connectAs(database, TestServer::superuser());
    TeamAdministration team(owner);
    QVERIFY2(team.initialize(), qPrintable(team.lastError()));
    // Known from a copied library or a merged file, without a login yet.
    QVERIFY(QSqlQuery(owner).exec(QStringLiteral("INSERT INTO analysts (uuid, name, first_seen) VALUES"
                                                 " ('0b0e6a3e-0000-4000-8000-000000000001', 'Bruno Martin', '2026-01-01')")));
    const std::optional<TeamMember> bruno =
        team.addAnalyst(QStringLiteral("bruno martin"), TeamRole::Analyst, TestServer::login(database, QStringLiteral("bruno")));
    QVERIFY2(bruno, qPrintable(team.lastError()));
    QCOMPARE(bruno->analyst.uuid, QStringLiteral("0b0e6a3e-0000-4000-8000-000000000001"));
    QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM analysts")).toInt(), 1);
}

void TestTeamLibrary::serverEnforcesRoles_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("statement");
    // -1: the server refuses with an error; otherwise the number of rows the statement changes.
    QTest::addColumn<int>("changed");

    // Analysts change their own annotations, claims and tags, and nobody else's.
    QTest::newRow("analyst edits own note") << "amina" << "UPDATE annotations SET note = 'x' WHERE id = 1" << 1;
    QTest::newRow("analyst edits every note") << "bruno" << "UPDATE annotations SET note = 'x'" << 1;
    QTest::newRow("analyst edits another's verdict") << "bruno" << "UPDATE claims SET verdict = 'false' WHERE annotation_id = 1" << 0;
    QTest::newRow("analyst deletes every annotation") << "bruno" << "DELETE FROM annotations" << 1;
    QTest::newRow("analyst takes over an annotation")
        << "bruno" << "UPDATE annotations SET analyst_id = (SELECT analyst_id FROM temp.session) WHERE id = 1" << 0;
    QTest::newRow("analyst gives away an annotation")
        << "bruno" << "UPDATE annotations SET analyst_id = (SELECT id FROM analysts WHERE login LIKE '%amina') WHERE id = 2" << -1;
    QTest::newRow("analyst annotates as another")
        << "bruno"
        << "INSERT INTO annotations (article_id, start, \"end\", exact, created_at, modified_at, analyst_id)"
           " VALUES (1, 0, 2, 'Le', 'now', 'now', (SELECT id FROM analysts WHERE login LIKE '%amina'))"
        << -1;
    QTest::newRow("analyst claims another's annotation") << "bruno" << "INSERT INTO claims (annotation_id, kind) VALUES (1, 'quote')" << -1;
    QTest::newRow("analyst writes the final layer")
        << "amina"
        << "INSERT INTO annotations (article_id, start, \"end\", exact, created_at, modified_at, analyst_id, layer)"
           " VALUES (1, 0, 2, 'Le', 'now', 'now', (SELECT analyst_id FROM temp.session), 'final')"
        << -1;
    QTest::newRow("analyst writes history as another")
        << "bruno"
        << "INSERT INTO claim_history (annotation_uuid, analyst_id, changed_at, field, new_value)"
           " VALUES ('x', (SELECT id FROM analysts WHERE login LIKE '%amina'), 'now', 'verdict', 'false')"
        << -1;
    QTest::newRow("analyst renames another analyst")
        << "bruno" << "UPDATE analysts SET name = 'Z' WHERE login NOT LIKE '%bruno'" << 0;
    QTest::newRow("analyst renames self") << "bruno" << "UPDATE analysts SET name = 'Bruno M.' WHERE login LIKE '%bruno'" << 1;
    QTest::newRow("analyst gives self a login") << "bruno" << "UPDATE analysts SET login = 'root' WHERE login LIKE '%bruno'" << -1;
    QTest::newRow("analyst manages tags") << "bruno" << "DELETE FROM tags" << -1;
    QTest::newRow("analyst makes a collection")
        << "bruno" << "INSERT INTO collections (name, folded, created_at) VALUES ('c', 'c', 'now')" << -1;
    QTest::newRow("analyst deletes an article") << "bruno" << "DELETE FROM articles" << -1;
    QTest::newRow("analyst rewrites a text") << "amina" << "UPDATE article_texts SET body = 'x'" << -1;
    QTest::newRow("analyst imports an article")
        << "bruno" << "INSERT INTO articles (content_hash, title, imported_at) VALUES ('h2', 'Autre', 'now')" << 1;
    QTest::newRow("analyst writes the note of an article") << "bruno" << "UPDATE articles SET note = 'n' WHERE id = 1" << 1;
    QTest::newRow("analyst changes the schema version") << "amina" << "UPDATE glossa_schema SET version = 99" << -1;

    // The claim memory: analysts import fact-checks, record proposals and decide them as
    // themselves; a decision is its analyst's until an editor changes it.
    QTest::newRow("analyst imports a fact-check")
        << "bruno" << "INSERT INTO fact_checks (claim_text, url, created_at) VALUES ('Autre', '', 'now')" << 1;
    QTest::newRow("analyst rewrites a fact-check") << "bruno" << "UPDATE fact_checks SET verdict = 'false'" << -1;
    QTest::newRow("analyst proposes an appearance")
        << "bruno"
        << "INSERT INTO claim_appearances (article_id, start, \"end\", exact, claim_source, claim_id, created_at)"
           " VALUES (1, 3, 10, 'chômage', 'library', 2, 'now')"
        << 1;
    QTest::newRow("analyst decides a proposal")
        << "bruno"
        << "UPDATE claim_appearances SET status = 'accepted', decided_by = (SELECT analyst_id FROM temp.session) WHERE id = 1" << 1;
    QTest::newRow("analyst reopens another's decision")
        << "bruno" << "UPDATE claim_appearances SET status = 'proposed', decided_by = NULL WHERE id = 2" << 0;
    QTest::newRow("analyst decides as another")
        << "bruno"
        << "UPDATE claim_appearances SET status = 'dismissed', decided_by = (SELECT id FROM analysts WHERE login LIKE '%amina')"
           " WHERE id = 1"
        << -1;
    QTest::newRow("analyst deletes appearances") << "bruno" << "DELETE FROM claim_appearances" << -1;
    QTest::newRow("editor reopens any decision")
        << "chloe" << "UPDATE claim_appearances SET status = 'proposed', decided_by = NULL WHERE id = 2" << 1;
    QTest::newRow("reader imports a fact-check")
        << "dora" << "INSERT INTO fact_checks (claim_text, url, created_at) VALUES ('Autre', '', 'now')" << -1;
    QTest::newRow("reader dismisses") << "dora" << "UPDATE claim_appearances SET status = 'dismissed' WHERE id = 1" << -1;

    // Editors settle anyone's claims and manage the library's vocabulary.
    QTest::newRow("editor edits any verdict") << "chloe" << "UPDATE claims SET verdict = 'false'" << 2;
    QTest::newRow("editor edits any note") << "chloe" << "UPDATE annotations SET note = 'checked'" << 2;
    QTest::newRow("editor writes the final layer")
        << "chloe"
        << "INSERT INTO annotations (article_id, start, \"end\", exact, created_at, modified_at, analyst_id, layer)"
           " VALUES (1, 0, 2, 'Le', 'now', 'now', (SELECT analyst_id FROM temp.session), 'final')"
        << 1;
    QTest::newRow("editor makes a collection")
        << "chloe" << "INSERT INTO collections (name, folded, created_at) VALUES ('c', 'c', 'now')" << 1;
    QTest::newRow("editor adds an analyst")
        << "chloe" << "INSERT INTO analysts (uuid, name, first_seen, login) VALUES ('u', 'X', 'now', 'x')" << -1;

    // Readers read.
    QTest::newRow("reader reads") << "dora" << "SELECT * FROM annotations" << 0;
    QTest::newRow("reader annotates")
        << "dora"
        << "INSERT INTO annotations (article_id, start, \"end\", exact, created_at, modified_at, analyst_id)"
           " VALUES (1, 0, 2, 'Le', 'now', 'now', (SELECT analyst_id FROM temp.session))"
        << -1;
    QTest::newRow("reader edits a verdict") << "dora" << "UPDATE claims SET verdict = 'false'" << -1;
    QTest::newRow("reader marks read") << "dora" << "UPDATE articles SET is_read = 1 WHERE id = 1" << 1;
    QTest::newRow("reader imports") << "dora" << "INSERT INTO articles (content_hash, title, imported_at) VALUES ('h3', 'T', 'now')" << -1;
}

void TestTeamLibrary::serverEnforcesRoles()
{
    QFETCH(QString, who);
    QFETCH(QString, statement);
    QFETCH(int, changed);
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = setUpTeam(server);
    QVERIFY(!database.isEmpty());
    QSqlDatabase owner = QSqlDatabase::database(m_connections.first(), false);
    const QString before = scalar(owner, QStringLiteral("SELECT string_agg(a.id || a.note || c.verdict || a.analyst_id, ',' ORDER BY a.id)"
                                                        " FROM annotations a JOIN claims c ON c.annotation_id = a.id"))
                               .toString();

    QSqlDatabase connection = connectAs(database, TestServer::login(database, who));
    QVERIFY(connection.isOpen());
    QSqlQuery query(connection);
    const bool ran = query.exec(statement);
    if (changed < 0) {
        QVERIFY2(!ran, "the server accepted it");
        const QString error = ServerConnection::messageOf(query.lastError());
        QVERIFY2(error.contains(QLatin1String("permission denied")) || error.contains(QLatin1String("row-level security")),
                 qPrintable(error));
        QCOMPARE(scalar(owner, QStringLiteral("SELECT string_agg(a.id || a.note || c.verdict || a.analyst_id, ',' ORDER BY a.id)"
                                              " FROM annotations a JOIN claims c ON c.annotation_id = a.id"))
                     .toString(),
                 before);
        return;
    }
    QVERIFY2(ran, qPrintable(ServerConnection::messageOf(query.lastError())));
    QCOMPARE(query.isSelect() ? 0 : query.numRowsAffected(), changed);
}

void TestTeamLibrary::outsidersCannotConnect()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = setUpTeam(server);
    QVERIFY(!database.isEmpty());
    QSqlDatabase owner = QSqlDatabase::database(m_connections.first(), false);
    const QString outsider = TestServer::login(database, QStringLiteral("outsider"));
    QVERIFY(QSqlQuery(owner).exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(outsider)));
    QString error;
    const std::optional<LibraryAddress> address = LibraryAddress::parse(TestServer::address(database, outsider), &error);
    QVERIFY(address);
    QVERIFY(!ServerConnection::open(*address, QStringLiteral("outsider"), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("permission denied")) && !error.contains(QLatin1Char('\n')), qPrintable(error));
    // The connecting role is the analyst: the session knows who it is, and nobody sets it.
    QSqlDatabase amina = connectAs(database, TestServer::login(database, QStringLiteral("amina")));
    QCOMPARE(scalar(amina, QStringLiteral("SELECT a.name FROM temp.session s JOIN analysts a ON a.id = s.analyst_id")).toString(),
             QStringLiteral("amina"));
    QVERIFY(!QSqlQuery(amina).exec(QStringLiteral("INSERT INTO temp.session (analyst_id) VALUES (3)")));
}

void TestTeamLibrary::teamAdminAddsAnalysts()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = setUpTeam(server);
    QVERIFY(!database.isEmpty());
    {
        TeamAdministration owner(QSqlDatabase::database(m_connections.first(), false));
        QVERIFY(owner.setRole(TestServer::login(database, QStringLiteral("chloe")), TeamRole::Admin));
    }
    // Chloé, now an admin, adds and promotes analysts herself; Bruno, an analyst, cannot.
    TeamAdministration chloe(connectAs(database, TestServer::login(database, QStringLiteral("chloe"))));
    const std::optional<TeamMember> eve =
        chloe.addAnalyst(QStringLiteral("Eve"), TeamRole::Analyst, TestServer::login(database, QStringLiteral("eve")));
    QVERIFY2(eve, qPrintable(chloe.lastError()));
    QVERIFY2(chloe.setRole(eve->login, TeamRole::Editor), qPrintable(chloe.lastError()));
    TeamAdministration bruno(connectAs(database, TestServer::login(database, QStringLiteral("bruno"))));
    QVERIFY(!bruno.addAnalyst(QStringLiteral("Mallory"), TeamRole::Admin, TestServer::login(database, QStringLiteral("mallory"))));
    QVERIFY(!bruno.lastError().isEmpty());
    QVERIFY(!bruno.setRole(TestServer::login(database, QStringLiteral("bruno")), TeamRole::Admin));
    QCOMPARE(chloe.members().size(), 5);
}

void TestTeamLibrary::changesAreAnnouncedToOthers()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = setUpTeam(server);
    QVERIFY(!database.isEmpty());
    Library amina, bruno;
    QString error;
    QVERIFY2(amina.open(TestServer::address(database, TestServer::login(database, QStringLiteral("amina"))), &error), qPrintable(error));
    QVERIFY2(bruno.open(TestServer::address(database, TestServer::login(database, QStringLiteral("bruno"))), &error), qPrintable(error));
    QObject context;
    int heard = 0;
    QVERIFY(bruno.subscribeToChanges(&context, [&heard] { ++heard; }));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(QSqlQuery(amina.database()).exec(QStringLiteral("UPDATE annotations SET note = 'vu' WHERE id = 1")));
    // Within the second the issue asks, on this machine within milliseconds.
    QTRY_VERIFY_WITH_TIMEOUT(heard == 1, 1000);
    qInfo("announced after %lld ms", clock.elapsed());
    // Bruno's own writes are not announced back to him; a library file announces nothing.
    QVERIFY(QSqlQuery(bruno.database()).exec(QStringLiteral("UPDATE annotations SET note = 'lu' WHERE id = 2")));
    QTest::qWait(300);
    QCOMPARE(heard, 1);
    QTemporaryDir dir;
    Library file;
    QVERIFY(file.open(dir.filePath(QStringLiteral("f.glossa"))));
    QVERIFY(!file.subscribeToChanges(&context, [] {}));
}

// A healthy connection is left alone (it used to be made again at every check, since the driver's
// handle was looked for under the wrong name); one the server ended is seen from its socket, the
// library stays open meanwhile, and it is made again once the server answers.
void TestTeamLibrary::lostConnectionIsSeenAndMadeAgain()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = setUpTeam(server);
    QVERIFY(!database.isEmpty());
    const QString address = TestServer::address(database, TestServer::login(database, QStringLiteral("amina")));
    Library amina;
    QString error;
    QVERIFY2(amina.open(address, &error), qPrintable(error));
    QObject context;
    QVERIFY(amina.subscribeToChanges(&context, [] {}));
    const qint64 session = scalar(amina.database(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(amina.checkConnection(), Library::ConnectionState::Fine);
    QCOMPARE(scalar(amina.database(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong(), session);

    QSqlDatabase owner = connectAs(database, TestServer::superuser());
    QVERIFY(QSqlQuery(owner).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(session)));
    QTRY_COMPARE(amina.checkConnection(), Library::ConnectionState::Lost);
    QVERIFY(amina.isOpen()); // still the library in use, waiting for its connection
    QVERIFY(Library::serverAnswers(address));
    QVERIFY(!Library::serverAnswers(TestServer::address(database + QStringLiteral("_none"), TestServer::login(database, QStringLiteral("amina")))));
    QCOMPARE(amina.reconnect(), Library::ConnectionState::Restored);
    QCOMPARE(amina.checkConnection(), Library::ConnectionState::Fine);
    QVERIFY(scalar(amina.database(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong() != session);
}

QTEST_GUILESS_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
