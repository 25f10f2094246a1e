// glossa-cli export, import-annotations and import-project end to end: the real executable through QProcess.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString fixture(const QString &name)
{
    return QStringLiteral(GLOSSA_TEST_DATA "/cli/") + name;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void writesFileWithOutput();
    void writesPdfReport();
    void neverWritesOverTheLibrary_data();
    void neverWritesOverTheLibrary();
    void scopeOptions();
    void filtersLeaveOutArticlesWithoutAMatch_data();
    void filtersLeaveOutArticlesWithoutAMatch();
    void roundTripBetweenLibraries();
    void importRefusesBadFile_data();
    void importRefusesBadFile();
    void usageErrors_data();
    void usageErrors();
    void refiQdaProjectRoundTrip();
    void refiQdaRefusedProjectWritesNothing();

private:
    Run cli(const QStringList &args);
    Run cliDb(const QString &db, const QStringList &args) { return cli(QStringList{"--db", db} + args); }
    void importFixtures(const QString &db);
    void annotate(const QString &db);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run TestCliExport::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg")); // never the developer's library
    environment.remove("GLOSSA_DB");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLOSSA_CLI), args);
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

void TestCliExport::importFixtures(const QString &db)
{
    const Run run = cliDb(db, {"import", fixture("pont-sebou.txt"), fixture("tlqih.txt")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliExport::annotate(const QString &db)
{
    const QList<QStringList> annotations = {
        {"annotate", "1", "--quote", "480 millions de dirhams", "--claim", "statistic", "--verdict", "disputed",
         "--claimant", "élus locaux", "--tag", "budget", "--note", "<script>alert(1)</script>"},
        {"annotate", "1", "--quote", "tous les délais ont été respectés", "--claim", "quote", "--verdict", "false",
         "--tag", "=HYPERLINK(\"x\")"},
        {"annotate", "2", "--quote", "مليوني طفل", "--color", "green", "--tag", "صحة", "--note", "ملاحظة 😀"},
    };
    for (const QStringList &args : annotations) {
        const Run run = cliDb(db, args);
        QVERIFY2(run.exitCode == 0, qPrintable(args.join(' ') + ": " + run.err));
    }
}

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath("a.glossa");
    importFixtures(m_db);
    annotate(m_db);
}

void TestCliExport::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markdown") << "markdown" << "**480 millions de dirhams**"; // bold in its paragraph
    QTest::newRow("csv") << "csv" << "'=HYPERLINK(\"\"x\"\")";
    QTest::newRow("json") << "json" << "\"http://www.w3.org/ns/anno.jsonld\"";
    QTest::newRow("html") << "html" << "&lt;script&gt;alert(1)&lt;/script&gt;";
    QTest::newRow("claimreview") << "claimreview" << "\"ClaimReview\"";
}

void TestCliExport::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Run run = cliDb(m_db, {"export", "--format", format});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.left(2000).constData());
    QVERIFY(run.err.contains("3 annotation(s) of 2 article(s)"));
    if (format == "json" || format == "claimreview") {
        QJsonParseError error;
        QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    if (format == "csv")
        QVERIFY(run.out.startsWith("\xEF\xBB\xBF"));
}

void TestCliExport::writesFileWithOutput()
{
    const QString path = m_dir->filePath("brief.md");
    const Run run = cliDb(m_db, {"export", "--format", "markdown", "-o", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString brief = QString::fromUtf8(file.readAll());
    QVERIFY(brief.contains("## Pont sur l'oued Sebou"));
    QVERIFY(brief.contains("**مليوني طفل**"));
    QVERIFY(brief.contains("- **Scope:** Whole library"));
    const Run bad = cliDb(m_db, {"export", "--format", "csv", "-o", m_dir->filePath("no/such/dir/x.csv")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("cannot write"));
}

void TestCliExport::writesPdfReport()
{
#ifndef GLOSSA_WITH_PDF
    QSKIP("glossa-cli was built without the desktop app (no Qt Gui): no PDF");
#else
    const QString path = m_dir->filePath("report.pdf");
    const Run run = cliDb(m_db, {"export", "--format", "pdf", "-o", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Type /Page"));
    QCOMPARE(cliDb(m_db, {"export", "--format", "pdf"}).exitCode, 2); // never to a terminal
#endif
}

// `export --format csv -o L` replaced a 12 MB library with a CSV and exited 0; a backup to L-wal
// "succeeded" and vanished at the next checkpoint. Every writer refuses the library's files,
// under whatever name they are given, and the library is left as it was.
void TestCliExport::neverWritesOverTheLibrary_data()
{
    QTest::addColumn<QStringList>("command"); // the output path is appended
    QTest::addColumn<QString>("output");      // relative to the temporary folder; "@link": a link to the library
    QTest::addColumn<QString>("expected");
    const QStringList csv{"export", "--format", "csv", "-o"};
    QTest::newRow("csv over the library") << csv << "a.glossa" << "the library itself";
    QTest::newRow("csv over its log") << csv << "a.glossa-wal" << "wal of";
    QTest::newRow("csv over its shared memory") << csv << "a.glossa-shm" << "shm of";
    QTest::newRow("csv through ..") << csv << "sub/../a.glossa" << "the library itself";
    QTest::newRow("csv through a link") << csv << "@link" << "the library itself";
    QTest::newRow("json over the library") << QStringList{"export", "--format", "json", "-o"} << "a.glossa"
                                           << "the library itself";
#ifdef GLOSSA_WITH_PDF
    QTest::newRow("pdf over the library") << QStringList{"export", "--format", "pdf", "-o"} << "a.glossa"
                                          << "the library itself";
#endif
    QTest::newRow("backup to its log") << QStringList{"backup"} << "a.glossa-wal" << "wal of";
    QTest::newRow("backup to its shared memory") << QStringList{"backup"} << "a.glossa-shm" << "shm of";
    QTest::newRow("backup through a link") << QStringList{"backup"} << "@link" << "the library itself";
}

void TestCliExport::neverWritesOverTheLibrary()
{
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    QFETCH(QString, expected);
    QVERIFY(QDir(m_dir->path()).mkdir("sub"));
    QString path = m_dir->filePath(output);
    if (output == "@link") {
        path = m_dir->filePath("sub/report.csv");
        QVERIFY(QFile::link(m_db, path));
    }
    const Run before = cliDb(m_db, {"stats", "--json"});
    QCOMPARE(before.exitCode, 0);
    const Run run = cliDb(m_db, command + QStringList{path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    // One line (a PDF's platform plugin may add its own warnings before it).
    const QStringList refusal = run.err.split('\n').filter(expected);
    QCOMPARE(refusal.size(), 1);
    QVERIFY(refusal.first().contains("choose another file"));
    // The library is whole: it opens, it holds what it held, its annotations export.
    const Run after = cliDb(m_db, {"stats", "--json"});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(after.out, before.out);
    const Run exported = cliDb(m_db, {"export", "--format", "csv"});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.err.contains("3 annotation(s) of 2 article(s)"));
}

// The rule ExportJob decides for glossa-cli and the window alike (tst_export_ui checks the
// same): with a tag or verdict filter, an article without a matching annotation is left out.
void TestCliExport::filtersLeaveOutArticlesWithoutAMatch_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("summary");
    QTest::newRow("tag") << QStringList{"--tag", "budget"} << "1 annotation(s) of 1 article(s)";
    QTest::newRow("verdict") << QStringList{"--verdict", "false"} << "1 annotation(s) of 1 article(s)";
    QTest::newRow("nothing matches") << QStringList{"--verdict", "supported"} << "0 annotation(s) of 0 article(s)";
    QTest::newRow("no filter") << QStringList{} << "3 annotation(s) of 2 article(s)";
}

void TestCliExport::filtersLeaveOutArticlesWithoutAMatch()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, summary);
    const Run run = cliDb(m_db, QStringList{"export", "--format", "markdown", "--article", "1", "--article", "2"} + filter);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(summary), qPrintable(run.err));
}

void TestCliExport::scopeOptions()
{
    const auto total = [this](const QStringList &options) {
        const Run run = cliDb(m_db, QStringList{"export", "--format", "json"} + options);
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object()["total"].toInt() : -run.exitCode;
    };
    QCOMPARE(total({}), 3);
    QCOMPARE(total({"--article", "2"}), 1);
    QCOMPARE(total({"--article", "1", "--article", "2"}), 3);
    QCOMPARE(total({"--tag", "BUDGET"}), 1);
    QCOMPARE(total({"--tag", "صحة"}), 1);
    QCOMPARE(total({"--verdict", "false"}), 1);
    QCOMPARE(total({"--verdict", "supported"}), 0);
    QCOMPARE(total({"--article", "99"}), -1);
    const Run reviews = cliDb(m_db, {"export", "--format", "claimreview", "--review-author", "Desk Vérif"});
    const QJsonArray graph = QJsonDocument::fromJson(reviews.out).object()["@graph"].toArray();
    QCOMPARE(graph.size(), 2);
    QCOMPARE(graph.first().toObject()["author"].toObject()["name"].toString(), QStringLiteral("Desk Vérif"));
}

void TestCliExport::roundTripBetweenLibraries()
{
    const QString file = m_dir->filePath("notes.json");
    QCOMPARE(cliDb(m_db, {"export", "--format", "json", "-o", file}).exitCode, 0);

    const QString other = m_dir->filePath("b.glossa");
    importFixtures(other);
    Run run = cliDb(other, {"import-annotations", file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains("3 annotation(s) imported (0 orphaned), 0 duplicate(s)"), qPrintable(run.err));
    // Same annotations: the show --json of both libraries agree on everything but ids and times.
    for (const QString &id : {QStringLiteral("1"), QStringLiteral("2")}) {
        QJsonArray a = QJsonDocument::fromJson(cliDb(m_db, {"show", id, "--json"}).out).object()["annotations"].toArray();
        QJsonArray b = QJsonDocument::fromJson(cliDb(other, {"show", id, "--json"}).out).object()["annotations"].toArray();
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QJsonObject x = a.at(i).toObject(), y = b.at(i).toObject();
            for (const char *key : {"id"}) {
                x.remove(key);
                y.remove(key);
            }
            QCOMPARE(x, y);
        }
    }
    run = cliDb(other, {"import-annotations", file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("0 annotation(s) imported (0 orphaned), 3 duplicate(s)"), qPrintable(run.err));

    // A library with only the French article: the Arabic annotation is named and refused.
    const QString third = m_dir->filePath("c.glossa");
    QCOMPARE(cliDb(third, {"import", fixture("pont-sebou.txt")}).exitCode, 0);
    run = cliDb(third, {"import-annotations", file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is not in this library"), qPrintable(run.err));
    QVERIFY2(run.err.contains("2 annotation(s) imported"), qPrintable(run.err));

    // An orphan: the quote of one annotation no longer exists anywhere in the article.
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    json.replace("\"exact\": \"480 millions de dirhams\"", "\"exact\": \"un passage effacé de la version actuelle\"");
    const QString mutated = m_dir->filePath("mutated.json");
    QFile out(mutated);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    const QString fourth = m_dir->filePath("d.glossa");
    importFixtures(fourth);
    run = cliDb(fourth, {"import-annotations", mutated});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains("3 annotation(s) imported (1 orphaned)"), qPrintable(run.err));
}

void TestCliExport::importRefusesBadFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("pas du json") << "not JSON";
    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("other json") << QByteArray("{\"a\": 1}") << "@context";
    QTest::newRow("bad item")
        << QByteArray("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationPage\","
                      " \"items\": [{\"type\": \"Annotation\", \"target\": {\"source\": \"urn:glossa:article:x\","
                      " \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": 12}}}]}")
        << "annotation 1: the TextQuoteSelector has no exact text";
}

void TestCliExport::importRefusesBadFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir->filePath("bad.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Run run = cliDb(m_db, {"import-annotations", path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    const Run missing = cliDb(m_db, {"import-annotations", m_dir->filePath("missing.json")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("missing.json"));
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no format") << QStringList{"export"};
    QTest::newRow("unknown format") << QStringList{"export", "--format", "pdf"};
    QTest::newRow("bad article") << QStringList{"export", "--format", "csv", "--article", "x"};
    QTest::newRow("unknown verdict") << QStringList{"export", "--format", "csv", "--verdict", "maybe"};
    QTest::newRow("stray argument") << QStringList{"export", "--format", "csv", "extra"};
    QTest::newRow("no file") << QStringList{"import-annotations"};
    QTest::newRow("two files") << QStringList{"import-annotations", "a.json", "b.json"};
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cliDb(m_db, args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("glossa-cli:"));
}

void TestCliExport::refiQdaProjectRoundTrip()
{
    const QString project = m_dir->filePath("desk.qdpx");
    Run run = cliDb(m_db, {"export", "--format", "qdpx", "-o", project});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains("3 annotation(s) of 2 article(s) exported as qdpx"), qPrintable(run.err));
    // What the project cannot hold is said, one line each.
    QVERIFY2(run.err.contains("glossa-cli: not carried: the highlight colours of 3 annotation(s)"), qPrintable(run.err));
    QFile zip(project);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QVERIFY(zip.read(4) == QByteArray("PK\x03\x04"));
    zip.close();
    // A ZIP is never written to a terminal.
    run = cliDb(m_db, {"export", "--format", "qdpx"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("needs -o FILE"), qPrintable(run.err));
    run = cliDb(m_db, {"export", "--format", "qdc"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("urn:QDA-XML:codebook:1.0"));

    const QString other = m_dir->filePath("fresh.glossa");
    run = cliDb(other, {"import-project", project});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains("2 article(s) added, 0 already in the library; 3 annotation(s) added"), qPrintable(run.err));
    // The same articles, the same annotations: quotes, notes, tags, claims.
    for (const QString &id : {QStringLiteral("1"), QStringLiteral("2")}) {
        const QJsonObject a = QJsonDocument::fromJson(cliDb(m_db, {"show", id, "--json"}).out).object();
        const QJsonObject b = QJsonDocument::fromJson(cliDb(other, {"show", id, "--json"}).out).object();
        QCOMPARE(b["title"], a["title"]);
        QCOMPARE(b["text"], a["text"]);
        const QJsonArray x = a["annotations"].toArray(), y = b["annotations"].toArray();
        QCOMPARE(y.size(), x.size());
        for (int i = 0; i < x.size(); ++i) {
            for (const char *key : {"exact", "note", "tags", "claim", "start", "end", "uuid", "analyst"}) {
                QVERIFY2(x.at(i).toObject().contains(key), key);
                QCOMPARE(y.at(i).toObject()[key], x.at(i).toObject()[key]);
            }
        }
    }
    run = cliDb(other, {"import-project", project});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("0 article(s) added, 2 already in the library; 0 annotation(s) added, 3 already"), qPrintable(run.err));
}

void TestCliExport::refiQdaRefusedProjectWritesNothing()
{
    const QString evil = m_dir->filePath("evil.qde");
    QFile file(evil);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
               "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&b;\"/>");
    file.close();
    const QString other = m_dir->filePath("untouched.glossa");
    QCOMPARE(cliDb(other, {"import", fixture("pont-sebou.txt")}).exitCode, 0);
    const QByteArray before = cliDb(other, {"stats", "--json"}).out;
    const Run run = cliDb(other, {"import-project", evil});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1); // one line
    QVERIFY2(run.err.contains("DTD"), qPrintable(run.err));
    QCOMPARE(cliDb(other, {"stats", "--json"}).out, before);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
