// glossa-cli: searching annotations (search --annotations) and exporting a collection
// (export --collection), end to end on a real library file.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliCaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void searchesAnnotations_data();
    void searchesAnnotations();
    void annotationHitJson();
    void annotationSearchText();
    void articleSearchStaysTheDefault();
    void exportsExactlyTheCollection();
    void exportErrors_data();
    void exportErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QJsonDocument json;
        QString err;
    };
    Run cli(const QStringList &args);
    qint64 articleWithTitle(const QString &title);
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_alep = 0;
    qint64 m_pont = 0;
};

TestCliCaseFiles::Run TestCliCaseFiles::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir->filePath("xdg"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GLOSSA_CLI), QStringList{"--db", m_dir->filePath("c.glossa")} + args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.json = QJsonDocument::fromJson(run.out);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 TestCliCaseFiles::articleWithTitle(const QString &title)
{
    for (const QJsonValue &row : cli({"list", "--json"}).json.array()) {
        if (row["title"].toString() == title)
            return row["id"].toInteger();
    }
    return 0;
}

void TestCliCaseFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Run import = cli({"import", QStringLiteral(GLOSSA_TEST_DATA "/cli/spread.jsonl"),
                            QStringLiteral(GLOSSA_TEST_DATA "/cli/pont-sebou.txt")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    m_alep = articleWithTitle("Révélations sur Alep");
    m_pont = articleWithTitle("Pont sur l'oued Sebou : une inauguration qui fait débat");
    QVERIFY(m_alep > 0 && m_pont > 0);
    QCOMPARE(cli({"annotate", QString::number(m_alep), "--quote", "cinq cents soldats", "--claim", "allegation",
                  "--verdict", "false", "--tag", "Désinformation", "--note", "aucune source indépendante"}).exitCode, 0);
    QCOMPARE(cli({"annotate", QString::number(m_pont), "--quote", "480 millions de dirhams", "--claim", "statistic",
                  "--verdict", "disputed", "--tag", "budget"}).exitCode, 0);
    QCOMPARE(cli({"annotate", QString::number(m_pont), "--quote", "oued Sebou"}).exitCode, 0);
}

void TestCliCaseFiles::searchesAnnotations_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("quotes");
    QTest::newRow("quote") << "dirhams" << QStringList{"480 millions de dirhams"};
    QTest::newRow("note, accents ignored") << "independante" << QStringList{"cinq cents soldats"};
    QTest::newRow("tag") << "desinformation" << QStringList{"cinq cents soldats"};
    QTest::newRow("OR") << "budget OR sebou" << QStringList{"480 millions de dirhams", "oued Sebou"};
    QTest::newRow("hostile") << "\"NEAR( exact: ((" << QStringList{};
    QTest::newRow("nothing") << "tremblement" << QStringList{};
}

void TestCliCaseFiles::searchesAnnotations()
{
    QFETCH(QString, query);
    QFETCH(QStringList, quotes);
    const Run run = cli({"search", query, "--annotations", "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.json.isArray());
    QStringList found;
    for (const QJsonValue &hit : run.json.array())
        found << hit["exact"].toString();
    found.sort();
    QCOMPARE(found, quotes);
}

void TestCliCaseFiles::annotationHitJson()
{
    const QJsonArray hits = cli({"search", "soldats", "--annotations", "--json"}).json.array();
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.at(0).toObject();
    QCOMPARE(hit["article"].toInteger(), m_alep);
    QVERIFY(hit["annotation"].toInteger() > 0);
    QCOMPARE(hit["title"].toString(), QStringLiteral("Révélations sur Alep"));
    QCOMPARE(hit["source"].toString(), QStringLiteral("Le Courrier du Nord"));
    QCOMPARE(hit["published"].toString(), QStringLiteral("2025-02-10"));
    QCOMPARE(hit["note"].toString(), QStringLiteral("aucune source indépendante"));
    QCOMPARE(hit["tags"].toArray().at(0).toString(), QStringLiteral("Désinformation"));
    QCOMPARE(hit["claim"]["kind"].toString(), QStringLiteral("allegation"));
    QCOMPARE(hit["claim"]["verdict"].toString(), QStringLiteral("false"));
    // A plain highlight has a null claim.
    QVERIFY(cli({"search", "sebou", "--annotations", "--json"}).json.array().at(0)["claim"].isNull());
}

void TestCliCaseFiles::annotationSearchText()
{
    const Run run = cli({"search", "dirhams", "--annotations"});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains("480 millions de dirhams"), qPrintable(text));
    QVERIFY(text.contains("#budget"));
    QVERIFY(text.contains("statistic · disputed"));
}

void TestCliCaseFiles::articleSearchStaysTheDefault()
{
    // "dirhams" is in the article's text: without --annotations the result is articles.
    const QJsonArray rows = cli({"search", "dirhams", "--json"}).json.array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)["id"].toInteger(), m_pont);
    QVERIFY(rows.at(0)["exact"].isUndefined());
}

void TestCliCaseFiles::exportsExactlyTheCollection()
{
    QCOMPARE(cli({"collections", "--create", "Dossier Alep"}).exitCode, 0);
    const qint64 original = m_alep;
    const qint64 reworded = articleWithTitle("Alep : des prisonniers étrangers");
    QVERIFY(reworded > 0);
    QCOMPARE(cli({"collections", "--add", "Dossier Alep", QString::number(original), QString::number(reworded)}).exitCode, 0);

    const Run run = cli({"export", "--format", "csv", "--collection", "dossier alep"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString csv = QString::fromUtf8(run.out);
    QVERIFY2(csv.contains("cinq cents soldats"), qPrintable(csv));
    QVERIFY(!csv.contains("dirhams")); // the other article's annotations are not in the case file
    QVERIFY2(run.err.contains("of 2 article(s)"), qPrintable(run.err)); // both members, annotated or not

    const QString path = m_dir->filePath("dossier.md");
    const Run toFile = cli({"export", "--format", "markdown", "--collection", "Dossier Alep", "-o", path});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    QVERIFY(markdown.contains("Révélations sur Alep"));
    QVERIFY(markdown.contains("Alep : des prisonniers étrangers"));
    QVERIFY(!markdown.contains("Pont sur l'oued Sebou"));
}

void TestCliCaseFiles::exportErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown collection") << QStringList{"export", "--format", "csv", "--collection", "nope"} << 1;
    QTest::newRow("empty collection") << QStringList{"export", "--format", "csv", "--collection", "Vide"} << 1;
    QTest::newRow("with --article") << QStringList{"export", "--format", "csv", "--collection", "Vide", "--article", "1"} << 2;
}

void TestCliCaseFiles::exportErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(cli({"collections", "--create", "Vide"}).exitCode, 0);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty()); // nothing half-written on stdout
}

QTEST_GUILESS_MAIN(TestCliCaseFiles)
#include "tst_cli_casefiles.moc"
