// glossa-cli end to end: the real executable through QProcess, on real library files.

#include "import/importer.h"
#include "model/analystprofile.h"
#include "storage/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSettings>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QUuid>

#include <csignal>
#include <functional>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QString fixture(const QString &name)
{
    return QStringLiteral(GLOSSA_TEST_DATA "/cli/") + name;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsAndShowsDump();
    void reimportAddsNothing();
    void importsArabicPage();
    void namesFilesWithoutProvenance();
    void deletesArticlesAllOrNone();
    void refusesBadFilesByName();
    void refusesNulInJsonAsInText();
    void importsAFolderOfHostileNames();
    void processesCreatingOneLibraryAtOnce();
    void listFilters_data();
    void listFilters();
    void searchNeverFails_data();
    void searchNeverFails();
    void compactsTheSearchIndex();
    void annotatesWithClaim();
    void attributesAnnotations_data();
    void attributesAnnotations();
    void reportsAgreement();
    void adjudicatesIntoTheFinalLayer();
    void editsAndDeletesByUuid();
    void refusesServerAddresses();
    void annotateErrors_data();
    void annotateErrors();
    void usageErrors_data();
    void usageErrors();
    void optionValuesRefusedAlike_data();
    void optionValuesRefusedAlike();
    void tagsSplitAsInTheWindow();
    void usesEnvironmentLibrary();
    void refusesNewerLibraryUntouched();
    void saysItUpgradesAnOlderLibrary();
    void realSampleFromSharedFolder();
    void readOnlyFolderSaysWhy();
    void readOnlyFileSaysSoInOneLine();
    void deletedLogIsNotDamage();
    void fullDiskCountsEachFileOnce();

private:
    // Runs glossa-cli as an unprivileged user: root writes through permission bits. False (after
    // QSKIP) where that cannot be done.
    bool runAsUnprivilegedUser();
    QStringList m_prefix;                  // a program glossa-cli runs under (setpriv)
    std::function<void()> m_childModifier; // run in the child before glossa-cli starts
    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    Run cliDb(const QStringList &args) { return cli(QStringList{"--db", m_db} + args); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run TestCli::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    QProcessEnvironment environment = env;
    // Never touch the developer's own library or settings.
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg"));
    if (!environment.contains("XDG_CONFIG_HOME"))
        environment.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    process.setProcessEnvironment(environment);
    if (m_childModifier)
        process.setChildProcessModifier(m_childModifier);
    if (m_prefix.isEmpty())
        process.start(QStringLiteral(GLOSSA_CLI), args);
    else
        process.start(m_prefix.first(), m_prefix.mid(1) + QStringList{QStringLiteral(GLOSSA_CLI)} + args);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCli::init()
{
    m_prefix.clear();
    m_childModifier = nullptr;
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath("library.glossa");
}

void TestCli::importsAndShowsDump()
{
    const Run import = cliDb({"import", fixture("pont-sebou.txt")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY2(import.err.contains("1 article(s) added"), qPrintable(import.err));

    const Run show = cliDb({"show", "1", "--json"});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject article = show.json().object();
    QCOMPARE(article["title"].toString(), QStringLiteral("Pont sur l'oued Sebou : une inauguration qui fait débat"));
    QCOMPARE(article["source"].toString(), QStringLiteral("Le Courrier du Nord"));
    QCOMPARE(article["published"].toString(), QStringLiteral("2025-03-03"));
    QCOMPARE(article["language"].toString(), QStringLiteral("fr"));
    QCOMPARE(article["headlines"].toArray().size(), 5);
    QCOMPARE(article["headlines"].toArray().at(1).toString(), QStringLiteral("Sécheresse : les barrages du Nord remplis à 38 %"));
    int paragraphs = 0;
    QStringList headings;
    QString allText;
    for (const QJsonValue &value : article["blocks"].toArray()) {
        const QJsonObject block = value.toObject();
        allText += block["text"].toString() + '\n';
        if (block["kind"].toString() == "heading")
            headings << block["text"].toString();
        else if (block["kind"].toString() == "paragraph")
            ++paragraphs;
        else
            QFAIL("unknown block kind");
    }
    QCOMPARE(paragraphs, 5);
    QCOMPARE(headings, (QStringList{"Un chantier sous surveillance", "Les riverains attendent des comptes"}));
    QVERIFY(!allText.contains("Merci d'avoir signalé"));
    QVERIFY(!allText.contains("Cliquez ici"));
    QVERIFY(!allText.contains("Publié dans"));
    const QJsonObject provenance = article["provenance"].toObject();
    QCOMPARE(provenance["file"].toString(), QStringLiteral("pont-sebou.txt"));
    QCOMPARE(provenance["encoding"].toString(), QStringLiteral("UTF-8"));
    QFile raw(fixture("pont-sebou.txt"));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(provenance["sha256"].toString(),
             QString::fromLatin1(QCryptographicHash::hash(raw.readAll(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(QDateTime::fromString(provenance["imported_at"].toString(), Qt::ISODate).isValid());
    QVERIFY(article["annotations"].toArray().isEmpty());

    const Run text = cliDb({"show", "1"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains("## Un chantier sous surveillance"));
}

void TestCli::reimportAddsNothing()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const Run again = cliDb({"import", fixture("pont-sebou.txt")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains("0 article(s) added, 1 duplicate(s)"), qPrintable(again.err));
    const Run stats = cliDb({"stats", "--json"});
    QCOMPARE(stats.json().object()["articles"].toInt(), 1);
    QCOMPARE(stats.json().object()["dumps"].toInt(), 1);
}

void TestCli::importsArabicPage()
{
    const Run run = cliDb({"import", fixture("tlqih.txt")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains("no provenance line"), qPrintable(run.err));
    const QJsonObject article = cliDb({"show", "1", "--json"}).json().object();
    QCOMPARE(article["title"].toString(), QStringLiteral("وزارة الصحة تطلق حملة تلقيح وطنية"));
    QCOMPARE(article["source"].toString(), QStringLiteral("الصباح اليومي"));
    QCOMPARE(article["published"].toString(), QStringLiteral("2025-04-15"));
    QCOMPARE(article["language"].toString(), QStringLiteral("ar"));
    QCOMPARE(article["direction"].toString(), QStringLiteral("rtl"));
    QCOMPARE(article["blocks"].toArray().size(), 2);
    QVERIFY(!article["text"].toString().contains(QStringLiteral("اضغط هنا")));
}

// A file without a provenance line goes in, its first line the title, and the import says so.
void TestCli::namesFilesWithoutProvenance()
{
    QTemporaryDir dir;
    QFile note(dir.filePath("courses.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("Liste de courses\nDu pain, du lait et des oeufs.\n");
    note.close();
    const Run run = cliDb({"import", note.fileName()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.err.split('\n').filter("no provenance line: ");
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains("courses.txt: 1 page(s) laid out by the generic profile, outlet unknown"),
             qPrintable(run.err));
}

void TestCli::deletesArticlesAllOrNone()
{
    QCOMPARE(cliDb({"import", fixture("tlqih.txt"), fixture("pont-sebou.txt")}).exitCode, 0);
    const Run refused = cliDb({"delete-article", "1", "99"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("nothing deleted") && refused.err.contains("99"), qPrintable(refused.err));
    QCOMPARE(cliDb({"stats", "--json"}).json().object()["articles"].toInt(), 2);
    QCOMPARE(cliDb({"delete-article", "x"}).exitCode, 2);
    const Run deleted = cliDb({"delete-article", "1"});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY2(deleted.err.contains("deleted: 1"), qPrintable(deleted.err));
    QCOMPARE(cliDb({"stats", "--json"}).json().object()["articles"].toInt(), 1);
    QCOMPARE(cliDb({"show", "1"}).exitCode, 1);
}

void TestCli::refusesBadFilesByName()
{
    const Run run = cliDb({"import", fixture("empty.txt"), fixture("photo.txt"), fixture("pont-sebou.txt"),
                           m_dir->filePath("missing.txt")});
    QCOMPARE(run.exitCode, 1);
    const QStringList refusals = run.err.split('\n').filter("refused:");
    QCOMPARE(refusals.size(), 3);
    QVERIFY2(refusals.filter("empty.txt").first().contains("empty file"), qPrintable(run.err));
    QVERIFY2(refusals.filter("photo.txt").first().contains("binary"), qPrintable(run.err));
    QVERIFY2(refusals.filter("missing.txt").size() == 1, qPrintable(run.err));
    // The good file went in; the bad ones left nothing behind.
    const QJsonObject stats = cliDb({"stats", "--json"}).json().object();
    QCOMPARE(stats["articles"].toInt(), 1);
    QCOMPARE(stats["dumps"].toInt(), 1);
}

// A NUL byte makes a .txt binary; JSON's \u0000 in a title was taken in as text.
void TestCli::refusesNulInJsonAsInText()
{
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("nul.txt", QByteArray("Titre\n\0Un paragraphe.\n", 22));
    write("nul.jsonl", "{\"title\": \"Titre\\u0000cach\u00e9\", \"text\": \"Un paragraphe.\"}\n");
    const Run run = cliDb({"import", m_dir->filePath("nul.txt"), m_dir->filePath("nul.jsonl")});
    QCOMPARE(run.exitCode, 1);
    const QStringList refusals = run.err.split('\n').filter("refused:");
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals.filter("nul.txt").value(0).contains("binary"), qPrintable(run.err));
    QVERIFY2(refusals.filter("nul.jsonl").value(0).contains("binary data (\"title\" contains NUL)"), qPrintable(run.err));
    QCOMPARE(cliDb({"stats", "--json"}).json().object()["articles"].toInt(), 0);
}

// A named pipe in an imported folder blocked glossa-cli forever and no other file went in; a name
// that is not UTF-8 was skipped without a word, exit 0; a line break in a name split its report
// line in two. Now: one line per file, every file named, the good ones imported.
void TestCli::importsAFolderOfHostileNames()
{
    const QString folder = m_dir->filePath("hostile");
    QVERIFY(QDir().mkpath(folder));
    const QByteArray nativeFolder = QFile::encodeName(folder);
    auto copy = [&](const QString &from, const QByteArray &name) {
        QFile source(fixture(from));
        if (!source.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = source.readAll();
        const int fd = ::open((nativeFolder + '/' + name).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const bool written = fd >= 0 && ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
        if (fd >= 0)
            ::close(fd);
        return written;
    };
    QVERIFY(copy("pont-sebou.txt", "pont.txt"));
    QVERIFY(copy("tlqih.txt", "deux\nlignes.txt"));
    // QTemporaryDir cannot remove a name that is not UTF-8 either.
    const auto removeLatin1 = qScopeGuard([&] { ::unlink((nativeFolder + "/r\xE9sum\xE9.jsonl").constData()); });
    QVERIFY(copy("spread.jsonl", "r\xE9sum\xE9.jsonl"));
    QVERIFY(::mkfifo((nativeFolder + "/feed.txt").constData(), 0600) == 0);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLOSSA_CLI), {"--db", m_db, "import", folder});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("glossa-cli import blocked on the named pipe");
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1); // files were refused, and said so
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QStringList lines = err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // four files, one summary: no name spills onto a line of its own
    QVERIFY2(lines.filter("refused:").filter("feed.txt").value(0).contains("not a regular file (a named pipe)"),
             qPrintable(err));
    QVERIFY2(lines.filter("refused:").filter("r\\xE9sum\\xE9.jsonl\"").value(0).contains("not valid UTF-8"),
             qPrintable(err));
    QVERIFY2(lines.filter("imported:").filter("/deux\\nlignes.txt\"").size() == 1, qPrintable(err));
    QVERIFY2(lines.filter("imported:").filter("/pont.txt").size() == 1, qPrintable(err));
    QVERIFY2(lines.last().contains("2 file(s) refused"), qPrintable(err));
    const QJsonObject stats = cliDb({"stats", "--json"}).json().object();
    QCOMPARE(stats["dumps"].toInt(), 2);
}

// Two processes creating the same new library at once: one failed ("migration to version 1
// failed: table sources already exists", or "database is locked") in about half the runs.
void TestCli::processesCreatingOneLibraryAtOnce()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg"));
    environment.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    for (int round = 0; round < 6; ++round) {
        const QString db = m_dir->filePath(QStringLiteral("new-%1.glossa").arg(round));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment);
            // Two kinds of first use: a read and an import (which writes at once).
            process->start(QStringLiteral(GLOSSA_CLI), i % 2 ? QStringList{"--db", db, "stats"}
                                                              : QStringList{"--db", db, "import", fixture("tlqih.txt")});
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(err)));
        }
        const QJsonObject stats = cli({"--db", db, "stats", "--json"}).json().object();
        QCOMPARE(stats["articles"].toInt(), 1);
    }
}

void TestCli::listFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("titles");
    const QString fr = QStringLiteral("Pont sur l'oued Sebou : une inauguration qui fait débat");
    const QString ar = QStringLiteral("وزارة الصحة تطلق حملة تلقيح وطنية");
    QTest::newRow("all, newest first") << QStringList{} << QStringList{ar, fr};
    QTest::newRow("source") << QStringList{"--source", "le courrier du nord"} << QStringList{fr};
    QTest::newRow("from") << QStringList{"--from", "2025-04-01"} << QStringList{ar};
    QTest::newRow("to") << QStringList{"--to", "2025-03-03"} << QStringList{fr};
    QTest::newRow("query unaccented") << QStringList{"--query", "debat"} << QStringList{fr};
    QTest::newRow("query arabic") << QStringList{"--query", "تلقيح"} << QStringList{ar};
    QTest::newRow("verdict none yet") << QStringList{"--verdict", "false"} << QStringList{};
    QTest::newRow("tag none yet") << QStringList{"--tag", "infrastructure"} << QStringList{};
}

void TestCli::listFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, titles);
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt"), fixture("tlqih.txt")}).exitCode, 0);
    const Run run = cliDb(QStringList{"list", "--json"} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList found;
    for (const QJsonValue &value : run.json().array()) {
        const QJsonObject row = value.toObject();
        QVERIFY(row.contains("id") && row.contains("source") && row.contains("published") && row.contains("annotations"));
        found << row["title"].toString();
    }
    QCOMPARE(found, titles);
}

void TestCli::searchNeverFails_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::newRow("word") << "pont" << 1;
    QTest::newRow("accented body word") << "élus" << 1;
    QTest::newRow("unaccented body word") << "elus" << 1;
    QTest::newRow("phrase") << "\"Cour des comptes\"" << 1;
    QTest::newRow("prefix") << "inaugur*" << 1;
    QTest::newRow("unbalanced") << "\"(NEAR pont" << 0;
    QTest::newRow("operators only") << "AND OR NOT ( ) *" << 0;
    QTest::newRow("column filter") << "title:pont" << 0;
    QTest::newRow("sql") << "'; DROP TABLE articles; --" << 0;
}

void TestCli::searchNeverFails()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt"), fixture("tlqih.txt")}).exitCode, 0);
    const Run run = cliDb({"search", query, "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.json().isArray());
    QCOMPARE(run.json().array().size(), count);
    QCOMPARE(cliDb({"stats", "--json"}).json().object()["articles"].toInt(), 2);
}

void TestCli::annotatesWithClaim()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const Run run = cliDb({"annotate", "1", "--quote", "480 millions de dirhams", "--color", "pink", "--tag", "budget",
                           "--tag", "infrastructure", "--note", "Chiffre à recouper", "--claim", "statistic",
                           "--verdict", "disputed", "--claimant", "Ministère de l'Équipement"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject article = cliDb({"show", "1", "--json"}).json().object();
    const QJsonArray annotations = article["annotations"].toArray();
    QCOMPARE(annotations.size(), 1);
    const QJsonObject annotation = annotations.first().toObject();
    const QString text = article["text"].toString();
    QCOMPARE(annotation["exact"].toString(), QStringLiteral("480 millions de dirhams"));
    QCOMPARE(text.mid(annotation["start"].toInt(), annotation["end"].toInt() - annotation["start"].toInt()),
             annotation["exact"].toString());
    QVERIFY(text.left(annotation["start"].toInt()).endsWith(annotation["prefix"].toString()));
    QVERIFY(text.mid(annotation["end"].toInt()).startsWith(annotation["suffix"].toString()));
    QVERIFY(!annotation["prefix"].toString().isEmpty());
    QCOMPARE(annotation["color"].toString(), QStringLiteral("#f48fb1"));
    QCOMPARE(annotation["tags"].toArray().toVariantList(), (QVariantList{"budget", "infrastructure"}));
    QCOMPARE(annotation["note"].toString(), QStringLiteral("Chiffre à recouper"));
    const QJsonObject claim = annotation["claim"].toObject();
    QCOMPARE(claim["kind"].toString(), QStringLiteral("statistic"));
    QCOMPARE(claim["verdict"].toString(), QStringLiteral("disputed"));
    QCOMPARE(claim["claimant"].toString(), QStringLiteral("Ministère de l'Équipement"));

    // The annotation shows in filtered lists.
    QCOMPARE(cliDb({"list", "--json", "--verdict", "disputed"}).json().array().size(), 1);
    QCOMPARE(cliDb({"list", "--json", "--tag", "BUDGET"}).json().array().size(), 1);
    QCOMPARE(cliDb({"list", "--json"}).json().array().first().toObject()["annotations"].toInt(), 1);

    // A plain highlight of the second occurrence of a word.
    const Run second = cliDb({"annotate", "1", "--quote", "travaux", "--occurrence", "1", "--json"});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY(second.json().object()["id"].toInt() > 0);
}

// Who an annotation is by: --analyst, else $GLOSSA_ANALYST, else the desktop app's saved
// profile, else the account's name; known by a UUID, which a name given alone derives.
void TestCli::attributesAnnotations_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("environmentName");
    QTest::addColumn<bool>("savedProfile");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("uuid");
    const QString profileUuid = QStringLiteral("2f8c0a44-93e1-4b7e-a0c5-6d4e3b2a1f00");
    const auto named = [](const char *name) { return glossa::Analyst::named(QString::fromUtf8(name)).uuid; };
    QTest::newRow("option") << QStringList{"--analyst", "Amina"} << "" << false << "Amina" << named("Amina");
    QTest::newRow("option with =") << QStringList{"--analyst=Amina"} << "" << true << "Amina" << named("Amina");
    QTest::newRow("environment") << QStringList{} << "Youssef" << false << "Youssef" << named("Youssef");
    QTest::newRow("option over environment") << QStringList{"--analyst", "Amina"} << "Youssef" << false << "Amina"
                                             << named("Amina");
    QTest::newRow("saved profile") << QStringList{} << "" << true << "Léa Martin" << profileUuid;
    QTest::newRow("option naming the profile") << QStringList{"--analyst", "Léa Martin"} << "" << true << "Léa Martin"
                                               << profileUuid;
    QTest::newRow("account name") << QStringList{} << "" << false << "desk-account" << named("desk-account");
}

void TestCli::attributesAnnotations()
{
    QFETCH(QStringList, options);
    QFETCH(QString, environmentName);
    QFETCH(bool, savedProfile);
    QFETCH(QString, name);
    QFETCH(QString, uuid);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("GLOSSA_ANALYST");
    env.insert("USER", "desk-account");
    env.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    if (!environmentName.isEmpty())
        env.insert("GLOSSA_ANALYST", environmentName);
    if (savedProfile) {
        QSettings settings(m_dir->filePath("config/Glossa/glossa.conf"), QSettings::IniFormat);
        glossa::AnalystProfile::save(settings, {"2f8c0a44-93e1-4b7e-a0c5-6d4e3b2a1f00", "Léa Martin", "LM", "#8e24aa"});
    }
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const Run run = cli(QStringList{"--db", m_db} + options + QStringList{"annotate", "1", "--quote", "travaux"}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject annotation = cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray().first().toObject();
    QCOMPARE(annotation["analyst"].toObject()["name"].toString(), name);
    QCOMPARE(annotation["analyst"].toObject()["id"].toString(), uuid);
    QCOMPARE(annotation["layer"].toString(), QStringLiteral("analyst"));
    QVERIFY(QUuid::fromString(annotation["uuid"].toString()).version() == QUuid::Random);

    // A second analyst on the same article: each annotation keeps its own.
    const Run other = cliDb({"--analyst", "Second Reader", "annotate", "1", "--quote", "pont"});
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    QSet<QString> names;
    for (const QJsonValue &value : cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray())
        names.insert(value.toObject()["analyst"].toObject()["name"].toString());
    QCOMPARE(names, (QSet<QString>{name, QStringLiteral("Second Reader")}));
}

// Two analysts through the command line; figures worked by hand in tst_agreementreport's first row.
void TestCli::reportsAgreement()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const QList<QStringList> annotations = {
        {"--analyst", "Amina", "annotate", "1", "--quote", "480 millions de dirhams", "--claim", "statistic", "--verdict", "disputed"},
        {"--analyst", "Amina", "annotate", "1", "--quote", "pont", "--claim", "factual", "--verdict", "supported"},
        {"--analyst", "Youssef", "annotate", "1", "--quote", "480 millions de dirhams", "--claim", "statistic", "--verdict", "disputed"},
        {"--analyst", "Youssef", "annotate", "1", "--quote", "pont", "--claim", "factual", "--verdict", "false"},
    };
    for (const QStringList &args : annotations) {
        const Run run = cliDb(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const Run run = cliDb({"agreement", "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray pairs = run.json().object()["pairs"].toArray();
    QCOMPARE(pairs.size(), 1);
    const QJsonObject pair = pairs.first().toObject();
    QCOMPARE(pair["a"].toString(), QStringLiteral("Amina"));
    QCOMPARE(pair["b"].toString(), QStringLiteral("Youssef"));
    QCOMPARE(pair["articles"].toInt(), 1);
    QCOMPARE(pair["matched_claims"].toInt(), 2);
    QVERIFY(qAbs(pair["verdict_kappa"].toDouble() - 1.0 / 3) < 0.0005);
    QVERIFY(qAbs(pair["verdict_alpha"].toDouble() - 0.4) < 0.0005);
    QVERIFY(qAbs(pair["kind_alpha"].toDouble() - 1.0) < 0.0005);
    QVERIFY(pair["span_alpha_u"].isDouble());
    QCOMPARE(pair["excluded"].toInt(), 0);
    // The same through --article and --analysts; an unknown analyst is refused by name.
    QCOMPARE(cliDb({"agreement", "--json", "--article", "1", "--analysts", "youssef,amina"}).json().object()["pairs"]
                 .toArray().first().toObject()["a"].toString(),
             QStringLiteral("Youssef"));
    const Run unknown = cliDb({"agreement", "--analysts", "Amina,Nobody"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("Nobody"));
    QCOMPARE(cliDb({"agreement", "--analysts", "Amina"}).exitCode, 2);
    const Run text = cliDb({"agreement"});
    QVERIFY(text.out.contains("Amina / Youssef") && text.out.contains("kappa 0.333"));
}

void TestCli::adjudicatesIntoTheFinalLayer()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    for (const QStringList &args : QList<QStringList>{
             {"--analyst", "Amina", "annotate", "1", "--quote", "480 millions de dirhams", "--claim", "statistic", "--verdict", "disputed"},
             {"--analyst", "Amina", "annotate", "1", "--quote", "pont", "--claim", "factual", "--verdict", "supported"},
             {"--analyst", "Youssef", "annotate", "1", "--quote", "480 millions de dirhams", "--claim", "statistic", "--verdict", "disputed"},
             {"--analyst", "Youssef", "annotate", "1", "--quote", "pont", "--claim", "factual", "--verdict", "false"}}) {
        const Run run = cliDb(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    Run run = cliDb({"--analyst", "Rédaction", "adjudicate", "1", "--auto", "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject result = run.json().object();
    QCOMPARE(result["accepted"].toArray().size(), 1);
    QCOMPARE(result["accepted"].toArray().first().toObject()["verdict"].toString(), QStringLiteral("disputed"));
    QCOMPARE(result["accepted"].toArray().first().toObject()["analyst"].toObject()["name"].toString(),
             QStringLiteral("Rédaction"));
    const QJsonArray left = result["to_settle"].toArray();
    QCOMPARE(left.size(), 1);
    QString youssefs;
    for (const QJsonValue &side : left.first().toObject()["sides"].toArray()) {
        if (side.toObject()["analyst"].toObject()["name"] == "Youssef")
            youssefs = side.toObject()["uuid"].toString();
    }
    QVERIFY(!youssefs.isEmpty());
    run = cliDb({"--analyst", "Rédaction", "adjudicate", "1", "--accept", youssefs, "--verdict", "misleading", "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    result = run.json().object();
    QCOMPARE(result["to_settle"].toArray().size(), 0);
    QCOMPARE(result["decided"].toArray().size(), 2);
    // show --json marks the layer; exports take the final layer by default, and all on request.
    int finals = 0;
    for (const QJsonValue &annotation : cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray())
        finals += annotation.toObject()["layer"] == "final" ? 1 : 0;
    QCOMPARE(finals, 2);
    QVERIFY(cliDb({"export", "--format", "csv"}).err.contains("2 annotation(s)"));
    QVERIFY(cliDb({"export", "--format", "csv", "--layer", "all"}).err.contains("6 annotation(s)"));
    QVERIFY(cliDb({"export", "--format", "csv", "--layer", "youssef"}).err.contains("2 annotation(s)"));
    QCOMPARE(cliDb({"export", "--format", "csv", "--layer", "nobody"}).exitCode, 1);
    QCOMPARE(cliDb({"adjudicate", "1", "--accept", "not-a-uuid"}).exitCode, 1);
    QCOMPARE(cliDb({"adjudicate", "1", "--verdict", "false"}).exitCode, 2);
    QCOMPARE(cliDb({"adjudicate", "99", "--auto"}).exitCode, 1);
}

void TestCli::editsAndDeletesByUuid()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    QCOMPARE(cliDb({"--analyst", "Amina", "annotate", "1", "--quote", "pont", "--claim", "factual"}).exitCode, 0);
    const auto annotation = [&] { return cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray().first().toObject(); };
    const QString uuid = annotation()["uuid"].toString();
    Run run = cliDb({"--analyst", "Amina", "edit-annotation", uuid, "--note", "vérifié", "--verdict", "false", "--color", "pink"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(annotation()["note"].toString(), QStringLiteral("vérifié"));
    QCOMPARE(annotation()["claim"].toObject()["verdict"].toString(), QStringLiteral("false"));
    QCOMPARE(annotation()["color"].toString(), QStringLiteral("#f48fb1"));
    // Someone else's annotation is not theirs to change or delete.
    run = cliDb({"--analyst", "Youssef", "edit-annotation", uuid, "--note", "non"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("Amina"));
    QCOMPARE(cliDb({"--analyst", "Youssef", "delete-annotation", uuid}).exitCode, 1);
    QCOMPARE(annotation()["note"].toString(), QStringLiteral("vérifié"));
    // Usage and refusals.
    QCOMPARE(cliDb({"--analyst", "Amina", "edit-annotation", uuid}).exitCode, 2);
    QCOMPARE(cliDb({"--analyst", "Amina", "edit-annotation", uuid, "--verdict", "maybe"}).exitCode, 2);
    QCOMPARE(cliDb({"--analyst", "Amina", "edit-annotation", "no-such-uuid", "--note", "x"}).exitCode, 1);
    QCOMPARE(cliDb({"delete-annotation"}).exitCode, 2);
    run = cliDb({"--analyst", "Amina", "delete-annotation", uuid});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray().isEmpty());
}

void TestCli::refusesServerAddresses()
{
    // No server at that address: libpq's reason, in one line.
    const Run run = cli({"--db", "postgresql:///glossa?host=/nonexistent/socket", "stats"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot open postgresql:///glossa") && run.err.count('\n') == 1, qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:"))); // no folder made for it
    const Run missing = cli({"--db", m_dir->filePath("no/such/folder/lib.glossa"), "import", fixture("pont-sebou.txt")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath("no")));
}

void TestCli::annotateErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("quote not found") << QStringList{"annotate", "1", "--quote", "introuvable"} << 1 << "not found";
    QTest::newRow("occurrence too far") << QStringList{"annotate", "1", "--quote", "pont", "--occurrence", "40"} << 1
                                        << "not found";
    QTest::newRow("no such article") << QStringList{"annotate", "99", "--quote", "pont"} << 1 << "no article";
    QTest::newRow("bad verdict") << QStringList{"annotate", "1", "--quote", "pont", "--verdict", "maybe"} << 2
                                 << "unknown verdict";
    QTest::newRow("bad kind") << QStringList{"annotate", "1", "--quote", "pont", "--claim", "rumour"} << 2
                              << "unknown claim kind";
    QTest::newRow("bad colour") << QStringList{"annotate", "1", "--quote", "pont", "--color", "mauve"} << 2
                                << "unknown colour";
    QTest::newRow("no quote") << QStringList{"annotate", "1"} << 2 << "--quote";
    QTest::newRow("bad id") << QStringList{"annotate", "abc", "--quote", "pont"} << 2 << "not an article id";
}

void TestCli::annotateErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const Run run = cliDb(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(cliDb({"stats", "--json"}).json().object()["annotations"].toInt(), 0);
}
void TestCli::compactsTheSearchIndex()
{
    // Two imports, two full-text segments; merged into one, every search answers the same.
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    QCOMPARE(cliDb({"import", fixture("tlqih.txt")}).exitCode, 0);
    const QByteArray before = cliDb({"search", "inaugur*", "--json"}).out;
    const Run run = cliDb({"compact-index"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(" after"), qPrintable(run.err));
    QVERIFY2(run.err.contains("1 after"), qPrintable(run.err));
    QCOMPARE(cliDb({"search", "inaugur*", "--json"}).out, before);
    QCOMPARE(cliDb({"compact-index"}).exitCode, 0); // nothing left to merge: still fine
    QCOMPARE(cli({"--db", m_dir->filePath("missing.glossa"), "compact-index"}).exitCode, 1);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown option") << QStringList{"list", "--frobnicate"};
    QTest::newRow("bad date") << QStringList{"list", "--from", "12/02/2025"};
    QTest::newRow("import nothing") << QStringList{"import"};
    QTest::newRow("show nothing") << QStringList{"show"};
    QTest::newRow("db without path") << QStringList{"--db"};
    QTest::newRow("analyst without name") << QStringList{"--analyst"};
    QTest::newRow("analyst with an empty name") << QStringList{"--analyst=", "stats"};
    QTest::newRow("compact-index with an argument") << QStringList{"compact-index", "now"};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = args.value(0) == "--db" || args.value(0).startsWith("--analyst") ? cli(args) : cliDb(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

// Every command reads an option's value the same way: a value that is not what the option takes
// is refused with the same one line, whatever else it holds (quotes, SQL, trailing text).
void TestCli::optionValuesRefusedAlike_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString uuid = QStringLiteral("{6f1c2b0e-8a51-4a39-9b3f-2f6a1c7d9e01}");
    const QString injection = QStringLiteral("x' OR 1=1");
    QTest::newRow("list --from with SQL after a date") << QStringList{"list", "--from", "2025-01-01' OR '1'='1"}
                                                       << "'2025-01-01' OR '1'='1' is not a date (use YYYY-MM-DD)";
    QTest::newRow("list --to with a time") << QStringList{"list", "--to", "2025-04-01T10:00"}
                                           << "'2025-04-01T10:00' is not a date";
    QTest::newRow("list --from with a space after") << QStringList{"list", "--from", "2025-04-01 "} << "is not a date";
    QTest::newRow("list --from 30 February") << QStringList{"list", "--from", "2025-02-30"} << "is not a date";
    QTest::newRow("list --verdict bogus") << QStringList{"list", "--verdict", "bogus"} << "unknown verdict 'bogus' (one of: ";
    QTest::newRow("list --verdict SQL") << QStringList{"list", "--verdict", injection}
                                        << "unknown verdict 'x' OR 1=1' (one of: ";
    QTest::newRow("list --verdict empty") << QStringList{"list", "--verdict="} << "unknown verdict '' (one of: ";
    QTest::newRow("list --limit SQL") << QStringList{"list", "--limit", "5; DROP TABLE articles"} << "--limit needs a number";
    QTest::newRow("list --limit with a sign") << QStringList{"list", "--limit", "+5"} << "--limit needs a number";
    QTest::newRow("search --limit negative") << QStringList{"search", "pont", "--limit", "-1"} << "--limit needs a number";
    QTest::newRow("claims --verdict SQL") << QStringList{"claims", "--verdict", injection} << "unknown verdict 'x' OR 1=1' (one of: ";
    QTest::newRow("claims --kind SQL") << QStringList{"claims", "--kind", injection} << "unknown claim kind 'x' OR 1=1' (one of: ";
    QTest::newRow("export --verdict SQL") << QStringList{"export", "--format", "csv", "--verdict", injection}
                                          << "unknown verdict 'x' OR 1=1' (one of: ";
    QTest::newRow("annotate --verdict SQL") << QStringList{"annotate", "1", "--quote", "pont", "--verdict", injection}
                                            << "unknown verdict 'x' OR 1=1' (one of: ";
    QTest::newRow("annotate --claim SQL") << QStringList{"annotate", "1", "--quote", "pont", "--claim", injection}
                                          << "unknown claim kind 'x' OR 1=1' (one of: ";
    QTest::newRow("annotate --color SQL") << QStringList{"annotate", "1", "--quote", "pont", "--color", injection}
                                          << "unknown colour 'x' OR 1=1' (a name: ";
    QTest::newRow("annotate --occurrence SQL") << QStringList{"annotate", "1", "--quote", "pont", "--occurrence", "1 OR 1"}
                                               << "--occurrence needs a number from 1";
    QTest::newRow("edit-annotation --verdict SQL") << QStringList{"edit-annotation", uuid, "--verdict", injection}
                                                   << "unknown verdict 'x' OR 1=1' (one of: ";
    QTest::newRow("edit-annotation --verdict empty") << QStringList{"edit-annotation", uuid, "--verdict="}
                                                     << "unknown verdict '' (one of: ";
    QTest::newRow("edit-annotation --color SQL") << QStringList{"edit-annotation", uuid, "--color", injection}
                                                 << "unknown colour 'x' OR 1=1' (a name: ";
    QTest::newRow("adjudicate --verdict SQL") << QStringList{"adjudicate", "1", "--accept", uuid, "--verdict", injection}
                                              << "unknown verdict 'x' OR 1=1' (one of: ";
}

void TestCli::optionValuesRefusedAlike()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const QByteArray before = cliDb({"show", "1", "--json"}).out;
    const Run run = cliDb(args);
    QVERIFY2(run.exitCode == 2, qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // the reason, then where to find help
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cliDb({"show", "1", "--json"}).out, before);
}

// A tag typed "a,b" is two tags in the window; glossa-cli's --tag follows the same rule.
void TestCli::tagsSplitAsInTheWindow()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const Run run = cliDb({"annotate", "1", "--quote", "480 millions de dirhams", "--tag", "budget,infrastructure",
                           "--tag", " Budget ", "--tag", "fact   check, ,"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject annotation = cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray().first().toObject();
    QCOMPARE(annotation["tags"].toArray().toVariantList(), (QVariantList{"budget", "infrastructure", "fact check"}));
    QCOMPARE(cliDb({"list", "--json", "--tag", "infrastructure"}).json().array().size(), 1);
}

void TestCli::usesEnvironmentLibrary()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString path = m_dir->filePath("from-env.glossa");
    env.insert("GLOSSA_DB", path);
    QCOMPARE(cli({"import", fixture("pont-sebou.txt")}, env).exitCode, 0);
    QVERIFY(QFile::exists(path));
    QCOMPARE(cli({"stats", "--json"}, env).json().object()["articles"].toInt(), 1);
    // --db wins over the environment.
    env.insert("GLOSSA_DB", m_dir->filePath("other.glossa"));
    QCOMPARE(cli({"--db", path, "stats", "--json"}, env).json().object()["articles"].toInt(), 1);
    // Without either, the default library under XDG_DATA_HOME.
    env.remove("GLOSSA_DB");
    QCOMPARE(cli({"stats", "--json"}, env).exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath("xdg/glossa/library.glossa")));
}

void TestCli::refusesNewerLibraryUntouched()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("PRAGMA user_version = 77"));
        QVERIFY(q.exec("PRAGMA journal_mode = DELETE"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("future");
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const Run run = cliDb({"import", fixture("tlqih.txt")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("newer version of Glossa"), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestCli::saysItUpgradesAnOlderLibrary()
{
    {
        // A library of format 6, which had a second title index, holding one article.
        glossa::Library older;
        QString error;
        QVERIFY2(older.openAtVersion(m_db, 6, &error), qPrintable(error));
        QCOMPARE(glossa::Importer(older).importPaths({fixture("pont-sebou.txt")}, false).added(), 1);
    }
    const Run first = cliDb({"stats"});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains("upgrading") && first.err.contains("from library format 6 to "), qPrintable(first.err));
    QVERIFY(first.out.contains("1"));
    const Run second = cliDb({"stats"});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(!second.err.contains("upgrading"), qPrintable(second.err));
    QCOMPARE(second.out, first.out);
}

void TestCli::realSampleFromSharedFolder()
{
    // The project's reference dump lives outside the repository; CI has it beside the clone.
    const QString sample = QStringLiteral(GLOSSA_SOURCE_DIR "/../shared/samples/000_5abca9077eb97fff.txt");
    if (!QFile::exists(sample))
        QSKIP("shared/samples is not beside the checkout");
    QCOMPARE(cliDb({"import", sample}).exitCode, 0);
    const QJsonObject article = cliDb({"show", "1", "--json"}).json().object();
    QCOMPARE(article["title"].toString(),
             QStringLiteral("Le rôle trouble du ministère algérien de la défense dans le soutien militaire à Bachar al-Assad"));
    QCOMPARE(article["source"].toString(), QStringLiteral("Barlamane"));
    QCOMPARE(article["published"].toString(), QStringLiteral("2025-02-12"));
    QCOMPARE(article["headlines"].toArray().size(), 48);
    int paragraphs = 0;
    QStringList headings;
    for (const QJsonValue &value : article["blocks"].toArray()) {
        if (value["kind"].toString() == "heading")
            headings << value["text"].toString();
        else
            ++paragraphs;
    }
    QCOMPARE(paragraphs, 6);
    QCOMPARE(headings, (QStringList{"Un engagement coupable", "Le Maroc, soutien fidèle du peuple syrien"}));
    const QString text = article["text"].toString();
    QVERIFY(!text.contains("Merci d'avoir") && !text.contains("Cette image") && !text.contains("Cliquez ici"));
    const Run again = cliDb({"import", sample});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(cliDb({"stats", "--json"}).json().object()["articles"].toInt(), 1);
}

bool TestCli::runAsUnprivilegedUser()
{
    if (geteuid() != 0)
        return true;
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return false;
    // nobody must reach the library's folder: QTemporaryDir makes it for its owner only.
    if (chmod(QFile::encodeName(m_dir->path()).constData(), 0777) != 0)
        return false;
    m_prefix = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups")};
    return true;
}

// A library in a folder nobody may write to cannot be read (SQLite makes its -shm there): the
// message ended "cannot read ro/library.glossa: " with nothing after the colon.
void TestCli::readOnlyFolderSaysWhy()
{
    const QString folder = m_dir->filePath("ro");
    QVERIFY(QDir().mkpath(folder));
    const QString library = folder + "/library.glossa";
    QCOMPARE(cli({"--db", library, "import", fixture("pont-sebou.txt")}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(library + "-wal"));
    if (!runAsUnprivilegedUser())
        QSKIP("running as root without setpriv: a read-only folder cannot be made");
    QVERIFY(chmod(QFile::encodeName(library).constData(), 0666) == 0);
    QVERIFY(chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    const auto restore = qScopeGuard([&] { chmod(QFile::encodeName(folder).constData(), 0755); });
    for (const QStringList &args : {QStringList{"list"}, QStringList{"import", fixture("tlqih.txt")}}) {
        const Run run = cli(QStringList{"--db", library} + args);
        QCOMPARE(run.exitCode, 1);
        const QString line = run.err.trimmed();
        QVERIFY2(!line.contains('\n'), qPrintable(run.err));
        QVERIFY2(!line.endsWith(':'), qPrintable(run.err));
        QVERIFY2(line.contains("its folder " + folder + " is read-only"), qPrintable(run.err));
    }
}

// Writing to a library file nobody may write gave SQLite's reason with Qt's "Unable to fetch
// row" after it.
void TestCli::readOnlyFileSaysSoInOneLine()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    if (!runAsUnprivilegedUser())
        QSKIP("running as root without setpriv: a read-only file cannot be made");
    QVERIFY(chmod(QFile::encodeName(m_db).constData(), 0444) == 0);
    QCOMPARE(cliDb({"list", "--json"}).json().array().size(), 1); // reading works
    for (const QStringList &args : {QStringList{"annotate", "1", "--quote", "pont"}, QStringList{"import", fixture("tlqih.txt")}}) {
        const Run run = cliDb(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("readonly database"), qPrintable(run.err));
        QVERIFY2(!run.err.contains("Unable to"), qPrintable(run.err));
        QVERIFY2(!run.err.contains("fetch row"), qPrintable(run.err));
    }
}

// The log deleted while another program holds the library: reads come short, and that was
// reported as a damaged library, with advice to restore a backup over a whole file.
void TestCli::deletedLogIsNotDamage()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase("QSQLITE", "holder");
        holder.setDatabaseName(m_db);
        QVERIFY(holder.open());
        QSqlQuery query(holder);
        QVERIFY(query.exec("PRAGMA wal_autocheckpoint = 0"));
        QVERIFY(query.exec("UPDATE articles SET title = title || ' (mis à jour)'"));
        QVERIFY(query.exec("SELECT count(*) FROM articles") && query.next());
        QVERIFY(QFileInfo(m_db + "-wal").size() > 0);
        QVERIFY(QFile::remove(m_db + "-wal"));

        const Run run = cliDb({"list"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains("is damaged ("), qPrintable(run.err));
        QVERIFY2(!run.err.contains("restore"), qPrintable(run.err));
        QVERIFY2(run.err.contains("its log (library.glossa-wal) was deleted while another program had the library open"),
                 qPrintable(run.err));
        query.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase("holder");
    // Once the other program let go, the library opens as it was.
    const Run after = cliDb({"list"});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY(after.out.contains("Pont sur l'oued Sebou"));
}

// A full disk refused every file of the batch, and a file found a duplicate of another in that
// batch was counted as a duplicate and refused: "1 duplicate(s), 41 file(s) refused" for 41 files.
void TestCli::fullDiskCountsEachFileOnce()
{
    QCOMPARE(cliDb({"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const QString folder = m_dir->filePath("dumps");
    QVERIFY(QDir().mkpath(folder));
    constexpr int kFiles = 40;
    for (int i = 0; i < kFiles; ++i) {
        QFile file(folder + QStringLiteral("/d%1.txt").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "Titre " + QByteArray::number(i) + "\n\n";
        for (int line = 0; line < 30; ++line) {
            for (int word = 0; word < 30; ++word)
                text += "mot" + QByteArray::number((i * 7919 + line * 104729 + word * 1299709) % 1000003) + ' ';
            text += ".\n";
        }
        file.write(text);
    }
    QVERIFY(QFile::copy(folder + "/d00.txt", folder + "/d99-copy.txt"));
    const QByteArray before = cliDb({"list", "--json"}).out;
    // The disk fills at 64 KiB a file (the log grows past it first); SIGXFSZ ignored, so that
    // the write fails with EFBIG as it would with ENOSPC, instead of killing the process.
    m_childModifier = [] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64 * 1024, 64 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
    };
    const Run run = cliDb({"import", folder});
    m_childModifier = nullptr;
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.filter("refused: ").size(), kFiles + 1);
    for (const QString &line : lines.filter("refused: ")) {
        QVERIFY2(line.contains("cannot write to the library: "), qPrintable(line));
        QVERIFY2(!line.endsWith(": ") && !line.contains("Unable to"), qPrintable(line));
    }
    QCOMPARE(lines.constLast(), QStringLiteral("0 article(s) added, 0 duplicate(s), %1 file(s) refused").arg(kFiles + 1));
    QCOMPARE(cliDb({"list", "--json"}).out, before);
}


QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
