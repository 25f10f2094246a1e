// glossa-cli's library-wide commands end to end: claims, where-else, tags, collections.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void claimsBoard_data();
    void claimsBoard();
    void whereElseFollowsThePassage();
    void claimReviewNamesEveryAppearance();
    void tagsAndCollections();
    void checkWorthyRanksSentences();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonDocument json;
        QString err;
    };
    Run cli(const QStringList &args);
    qint64 articleWithTitle(const QString &title);
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCliAnalysis::Run TestCliAnalysis::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir->filePath("xdg"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GLOSSA_CLI), QStringList{"--db", m_dir->filePath("a.glossa")} + args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 TestCliAnalysis::articleWithTitle(const QString &title)
{
    for (const QJsonValue &row : cli({"list", "--json"}).json.array()) {
        if (row["title"].toString() == title)
            return row["id"].toInteger();
    }
    return 0;
}

void TestCliAnalysis::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Run import = cli({"import", QStringLiteral(GLOSSA_TEST_DATA "/cli/spread.jsonl"),
                            QStringLiteral(GLOSSA_TEST_DATA "/cli/pont-sebou.txt")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
}

void TestCliAnalysis::claimsBoard_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<int>("count");
    QTest::newRow("all") << QStringList{} << 2;
    QTest::newRow("verdict") << QStringList{"--verdict", "false"} << 1;
    QTest::newRow("kind") << QStringList{"--kind", "statistic"} << 1;
    QTest::newRow("tag") << QStringList{"--tag", "alep"} << 1;
    QTest::newRow("outlet") << QStringList{"--source", "le courrier du nord"} << 2;
    QTest::newRow("text") << QStringList{"--text", "dirhams"} << 1;
}

void TestCliAnalysis::claimsBoard()
{
    QFETCH(QStringList, filters);
    QFETCH(int, count);
    const qint64 alep = articleWithTitle("Révélations sur Alep");
    const qint64 pont = articleWithTitle("Pont sur l'oued Sebou : une inauguration qui fait débat");
    QCOMPARE(cli({"annotate", QString::number(alep), "--quote", "cinq cents soldats", "--claim", "allegation",
                  "--verdict", "false", "--tag", "Alep"}).exitCode, 0);
    QCOMPARE(cli({"annotate", QString::number(pont), "--quote", "480 millions de dirhams", "--claim", "statistic",
                  "--verdict", "disputed"}).exitCode, 0);
    QCOMPARE(cli({"annotate", QString::number(pont), "--quote", "oued Sebou"}).exitCode, 0); // not a claim
    const Run run = cli(QStringList{"claims", "--json"} + filters);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json.array().size(), count);
    for (const QJsonValue &row : run.json.array()) {
        QVERIFY(!row["exact"].toString().isEmpty());
        QVERIFY(!row["verdict"].toString().isEmpty());
        QVERIFY(row["article"].toInteger() > 0);
    }
}

void TestCliAnalysis::whereElseFollowsThePassage()
{
    const qint64 alep = articleWithTitle("Révélations sur Alep");
    const Run annotate = cli({"annotate", QString::number(alep), "--json", "--quote",
                              "près de cinq cents soldats étrangers auraient été capturés lors des combats d'Alep"});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
    const Run run = cli({"where-else", QString::number(annotate.json["id"].toInteger()), "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray hits = run.json.array();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0)["source"].toString(), QStringLiteral("Média Atlas")); // reworded, earlier
    QVERIFY(hits.at(0)["score"].toDouble() < 1.0);
    QCOMPARE(hits.at(1)["source"].toString(), QStringLiteral("La Gazette de l'Est")); // verbatim
    QCOMPARE(hits.at(1)["score"].toDouble(), 1.0);
    QVERIFY(hits.at(1)["passage"].toString().startsWith("près de cinq cents soldats"));
}

void TestCliAnalysis::claimReviewNamesEveryAppearance()
{
    // The claim is marked on the latest copy; the review must name the original as first.
    const qint64 copy = articleWithTitle("Reprise : Alep");
    QCOMPARE(cli({"annotate", QString::number(copy), "--quote",
                  "près de cinq cents soldats étrangers auraient été capturés lors des combats d'Alep", "--claim",
                  "allegation", "--verdict", "false"}).exitCode, 0);
    QProcess process;
    process.start(QStringLiteral(GLOSSA_CLI), {"--db", m_dir->filePath("a.glossa"), "export", "--format", "claimreview"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray graph = QJsonDocument::fromJson(process.readAllStandardOutput())["@graph"].toArray();
    QCOMPARE(graph.size(), 1);
    const QJsonObject claim = graph.at(0)["itemReviewed"].toObject();
    const QJsonArray appearances = claim["appearance"].toArray();
    QCOMPARE(appearances.size(), 3); // the copy, the original and the reworded version
    QCOMPARE(claim["firstAppearance"]["publisher"]["name"].toString(), QStringLiteral("Le Courrier du Nord"));
    QCOMPARE(claim["firstAppearance"]["datePublished"].toString(), QStringLiteral("2025-02-10"));
}

void TestCliAnalysis::tagsAndCollections()
{
    const qint64 pont = articleWithTitle("Pont sur l'oued Sebou : une inauguration qui fait débat");
    QCOMPARE(cli({"annotate", QString::number(pont), "--quote", "oued Sebou", "--tag", "infrastructure", "--tag",
                  "Maroc"}).exitCode, 0);
    const QJsonArray tags = cli({"tags", "--json"}).json.array();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.at(0)["name"].toString(), QStringLiteral("infrastructure"));
    QCOMPARE(tags.at(0)["annotations"].toInt(), 1);

    QCOMPARE(cli({"collections", "--create", "Dossier Sebou"}).exitCode, 0);
    const Run added = cli({"collections", "--add", "dossier sebou", QString::number(pont), "--json"});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.json.array().at(0)["articles"].toArray().at(0).toInteger(), pont);
    QCOMPARE(cli({"collections", "--create", "DOSSIER SEBOU"}).exitCode, 1); // names are unique
    QCOMPARE(cli({"collections", "--delete", "Dossier Sebou", "--json"}).json.array().size(), 0);
}

void TestCliAnalysis::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown verdict") << QStringList{"claims", "--verdict", "maybe"} << 2;
    QTest::newRow("where-else bad id") << QStringList{"where-else", "x"} << 2;
    QTest::newRow("where-else missing") << QStringList{"where-else", "999"} << 1;
    QTest::newRow("where-else bad score") << QStringList{"where-else", "1", "--min-score", "7"} << 2;
    QTest::newRow("ids without action") << QStringList{"collections", "3"} << 2;
    QTest::newRow("add to unknown") << QStringList{"collections", "--add", "nope", "1"} << 1;
    QTest::newRow("check-worthy bad id") << QStringList{"check-worthy", "x"} << 2;
    QTest::newRow("check-worthy no id") << QStringList{"check-worthy"} << 2;
    QTest::newRow("check-worthy missing") << QStringList{"check-worthy", "999"} << 1;
    QTest::newRow("check-worthy bad top") << QStringList{"check-worthy", "1", "--top", "0"} << 2;
}

void TestCliAnalysis::checkWorthyRanksSentences()
{
    const qint64 id = articleWithTitle(QStringLiteral("Pont sur l'oued Sebou : une inauguration qui fait débat"));
    QVERIFY(id > 0);
    const Run all = cli({"check-worthy", QString::number(id), "--json"});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QJsonArray ranked = all.json.array();
    QVERIFY(ranked.size() >= 6); // every sentence, headings included
    // The sum "480 millions de dirhams", its source and "30 %" lead; hedged by "aurait".
    const QJsonObject best = ranked.first().toObject();
    QVERIFY2(best["text"].toString().startsWith(QStringLiteral("Selon le communiqué officiel")),
             qPrintable(best["text"].toString()));
    const QStringList features = best["features"].toVariant().toStringList();
    for (const char *feature : {"money", "percentage", "attribution", "hedge"})
        QVERIFY2(features.contains(QLatin1String(feature)), qPrintable(features.join(',')));
    // Best first, each at its place in the text, counted in code points as show --json counts.
    const QList<uint> text = cli({"show", QString::number(id), "--json"}).json["text"].toString().toUcs4();
    double previous = 2;
    for (const QJsonValue &row : ranked) {
        const double score = row["score"].toDouble();
        QVERIFY(score <= previous && score >= 0 && score < 1);
        previous = score;
        const int start = row["start"].toInt();
        const int end = row["end"].toInt();
        QVERIFY(start >= 0 && end > start && end <= text.size());
        QCOMPARE(QString::fromUcs4(text.mid(start, end - start).constData(), end - start), row["text"].toString());
    }
    const Run top = cli({"check-worthy", QString::number(id), "--top", "2", "--json"});
    QCOMPARE(top.json.array().size(), 2);
    QCOMPARE(top.json.array().first(), ranked.first());
}

void TestCliAnalysis::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
