// glossa-cli and other tools, end to end through the real executable: show --json's offsets in
// code points of its "text" (a script slices it after an emoji), Hypothesis's annotations onto
// the articles at their URLs (twice, nothing added the second time), and ClaimReview with the
// publisher's settings and the claim's summary and claimant kind.
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
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Python's text[start:end]: code points, not UTF-16 units.
QString sliceCodePoints(const QString &text, int start, int end)
{
    const QList<uint> points = text.toUcs4();
    if (start < 0 || end > points.size() || start > end)
        return QStringLiteral("<out of range>");
    const QList<uint> part = points.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showJsonOffsetsAreCodePoints_data();
    void showJsonOffsetsAreCodePoints();
    void importsHypothesisTwice();
    void claimReviewWithPublisherAndSummary();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &args);
    Run cliDb(const QStringList &args) { return cli(QStringList{"--db", m_db} + args); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run TestCliExchange::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg"));
    environment.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
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

void TestCliExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath("library.glossa");
    const Run import = cliDb({"import", QStringLiteral(GLOSSA_TEST_DATA "/cli/exchange.jsonl")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
}

void TestCliExchange::showJsonOffsetsAreCodePoints_data()
{
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("quote");
    QTest::newRow("before any emoji") << 1 << "Le gouvernement";
    QTest::newRow("after an emoji") << 1 << "480 millions de dirhams";
    QTest::newRow("the emoji itself") << 1 << "🙂";
    QTest::newRow("Arabic after an emoji") << 2 << "30 في المائة";
    QTest::newRow("after a family of joined emoji") << 2 << "إن الأرقام دقيقة";
}

void TestCliExchange::showJsonOffsetsAreCodePoints()
{
    QFETCH(int, article);
    QFETCH(QString, quote);
    const Run annotate = cliDb({"annotate", QString::number(article), "--quote", quote});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
    const QJsonObject shown = cliDb({"show", QString::number(article), "--json"}).json().object();
    const QString text = shown["text"].toString();
    QVERIFY(!text.isEmpty());
    const QJsonObject annotation = shown["annotations"].toArray().first().toObject();
    QCOMPARE(annotation["exact"].toString(), quote);
    QCOMPARE(sliceCodePoints(text, annotation["start"].toInt(), annotation["end"].toInt()), quote);
    QCOMPARE(sliceCodePoints(text, annotation["start"].toInt() - annotation["prefix"].toString().toUcs4().size(),
                             annotation["start"].toInt()),
             annotation["prefix"].toString());
    for (const QJsonValue &value : shown["blocks"].toArray()) {
        const QJsonObject block = value.toObject();
        QCOMPARE(sliceCodePoints(text, block["start"].toInt(), block["end"].toInt()), block["text"].toString());
    }
}

void TestCliExchange::importsHypothesisTwice()
{
    const QString file = QStringLiteral(GLOSSA_TEST_DATA "/interchange/hypothesis-annotations.jsonld");
    const Run first = cliDb({"import-annotations", file});
    // The page note is left out and named: exit 1, as for any input not taken.
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.err.contains("2 annotation(s) imported (0 orphaned), 0 duplicate(s)"), qPrintable(first.err));
    QVERIFY2(first.err.contains("Zc9nR3aBEe-ef56GHijKl): left out"), qPrintable(first.err));
    const Run second = cliDb({"import-annotations", file});
    QVERIFY2(second.err.contains("0 annotation(s) imported (0 orphaned), 2 duplicate(s)"), qPrintable(second.err));

    const QJsonObject french = cliDb({"show", "1", "--json"}).json().object();
    QCOMPARE(french["annotations"].toArray().size(), 1);
    const QJsonObject annotation = french["annotations"].toArray().first().toObject();
    QCOMPARE(annotation["foreign_id"].toString(), QStringLiteral("https://hypothes.is/a/Xq3kZ1aBEe-ab12CDefGh"));
    QCOMPARE(annotation["note_format"].toString(), QStringLiteral("text/markdown"));
    QCOMPARE(annotation["analyst"].toObject()["name"].toString(), QStringLiteral("amina_desk@hypothes.is"));
    QCOMPARE(cliDb({"show", "2", "--json"}).json().object()["annotations"].toArray().size(), 1);

    // Exported back: the quote's context is the library's text.
    const Run exported = cliDb({"export", "--format", "json"});
    QCOMPARE(exported.exitCode, 0);
    const QJsonArray items = exported.json().object()["first"].toObject()["items"].toArray();
    QCOMPARE(items.size(), 2);
    const QString text = french["text"].toString();
    for (const QJsonValue &item : items) {
        for (const QJsonValue &selector : item.toObject()["target"].toObject()["selector"].toArray()) {
            const QJsonObject quote = selector.toObject();
            if (quote["type"] != "TextQuoteSelector" || quote["exact"] != "480 millions de dirhams")
                continue;
            QVERIFY(text.contains(quote["prefix"].toString() + quote["exact"].toString() + quote["suffix"].toString()));
        }
    }
}

void TestCliExchange::claimReviewWithPublisherAndSummary()
{
    const Run annotate = cliDb({"annotate", "1", "--quote", "480 millions de dirhams", "--verdict", "false", "--claimant",
                                "Le porte-parole", "--claimant-kind", "organization", "--claim-summary",
                                "Le ministère a engagé 480 millions de dirhams", "--json"});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
    QVERIFY2(cliDb({"annotate", "2", "--quote", "30 في المائة", "--verdict", "unverifiable", "--claimant", "اليوم"}).exitCode == 0, "");
    const QJsonObject claim = cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray().first().toObject()["claim"].toObject();
    QCOMPARE(claim["summary"].toString(), QStringLiteral("Le ministère a engagé 480 millions de dirhams"));
    QCOMPARE(claim["claimant_kind"].toString(), QStringLiteral("Organization"));
    const QString uuid = cliDb({"show", "1", "--json"}).json().object()["annotations"].toArray().first().toObject()["uuid"].toString();

    const Run run = cliDb({"export", "--format", "claimreview", "--org-name", "Desk Vérif", "--org-url", "https://desk.example",
                           "--org-logo", "https://desk.example/logo.png", "--review-url-template",
                           "https://desk.example/checks/{id}"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains("not carried"), qPrintable(run.err));
    const QJsonArray graph = run.json().object()["@graph"].toArray();
    QCOMPARE(graph.size(), 2);
    const QJsonObject review = graph.at(0).toObject();
    QCOMPARE(review["url"].toString(), "https://desk.example/checks/" + uuid);
    QCOMPARE(review["claimReviewed"].toString(), QStringLiteral("Le ministère a engagé 480 millions de dirhams"));
    QCOMPARE(review["author"].toObject()["url"].toString(), QStringLiteral("https://desk.example"));
    QCOMPARE(review["author"].toObject()["logo"].toString(), QStringLiteral("https://desk.example/logo.png"));
    QCOMPARE(review["itemReviewed"].toObject()["author"].toObject()["@type"].toString(), QStringLiteral("Organization"));
    QCOMPARE(review["itemReviewed"].toObject()["appearance"].toObject()["url"].toString(),
             QStringLiteral("https://www.lematin.example/politique/budget-2025.html"));
    QCOMPARE(review["reviewRating"].toObject()["ratingValue"].toInt(), 1);
    const QJsonObject unverifiable = graph.at(1).toObject();
    QCOMPARE(unverifiable["reviewRating"].toObject()["name"].toString(), QStringLiteral("Unverifiable"));
    QVERIFY(!unverifiable["reviewRating"].toObject().contains("ratingValue"));
    // Not said, and an outlet of the library: an organisation.
    QCOMPARE(unverifiable["itemReviewed"].toObject()["author"].toObject()["@type"].toString(), QStringLiteral("Organization"));

    // Without a template the reviews are written, and what fact-check search lacks is said.
    const Run bare = cliDb({"export", "--format", "claimreview"});
    QCOMPARE(bare.exitCode, 0);
    QVERIFY2(bare.err.contains("not carried: No review URL template"), qPrintable(bare.err));
}

void TestCliExchange::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("template without {id}") << QStringList{"export", "--format", "claimreview", "--review-url-template",
                                                          "https://desk.example/checks/"}
                                           << "has no {id}";
    QTest::newRow("organisation URL") << QStringList{"export", "--format", "claimreview", "--org-url", "desk"}
                                      << "not an http(s) address";
    QTest::newRow("summary too long") << QStringList{"annotate", "1", "--quote", "480", "--claim-summary", QString(80, 'x')}
                                      << "keep it under 75";
    QTest::newRow("claimant kind") << QStringList{"annotate", "1", "--quote", "480", "--claimant-kind", "robot"}
                                   << "person or organization";
}

void TestCliExchange::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cliDb(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
