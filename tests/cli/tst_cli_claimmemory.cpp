// The claim memory through the real glossa-cli: fact-checks imported from a ClaimReview file
// (twice, nothing added the second time; a bad file adds nothing), appearances listed with their
// claim and code-point offsets, accepted into annotations and dismissed.
#include "storage/claimmemorystore.h"
#include "storage/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace glossa;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QString sliceCodePoints(const QString &text, int start, int end)
{
    const QList<uint> points = text.toUcs4();
    if (start < 0 || end > points.size() || start > end)
        return QStringLiteral("<out of range>");
    const QList<uint> part = points.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

const char kRepeat[] = "le chômage a baissé de 31 % en un an";
const char kArabicRepeat[] = "قال الوزير إن البطالة انخفضت بنسبة 31 في المائة خلال عام واحد";

} // namespace

class TestCliClaimMemory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsClaimReviews_data();
    void importsClaimReviews();
    void importingTwiceAddsNothing();
    void listsAppearances_data();
    void listsAppearances();
    void appearancesJsonOffsetsAreCodePoints();
    void acceptsAndDismisses();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &args);
    Run cliDb(const QStringList &args) { return cli(QStringList{"--db", m_db} + args); }
    // A library claim rated false in article 1; the fact-checks imported; appearances proposed
    // of the library claim in article 2 and of the Arabic fact-check in article 3.
    void proposeAppearances();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run TestCliClaimMemory::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg"));
    environment.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    environment.remove("GLOSSA_DB");
    environment.remove("GLOSSA_ANALYST");
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

void TestCliClaimMemory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath("library.glossa");
    const Run import = cliDb({"import", QStringLiteral(GLOSSA_TEST_DATA "/cli/claimmemory.jsonl")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
}

void TestCliClaimMemory::proposeAppearances()
{
    const Run annotate = cliDb({"--analyst", "Amina", "annotate", "1", "--quote", "le chômage a baissé de 31 %", "--claim",
                                "statistic", "--verdict", "false", "--claimant", "Le ministre"});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
    const Run imported = cliDb({"import-claimreviews", QStringLiteral(GLOSSA_TEST_DATA "/cli/claimmemory-factchecks.jsonld")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    Library library;
    QString why;
    QVERIFY2(library.open(m_db, &why), qPrintable(why));
    ClaimMemoryStore store(library.database());
    const QList<RememberedClaim> claims = store.rememberedClaims();
    QCOMPARE(claims.size(), 3);
    QCOMPARE(claims.first().source, RememberedClaim::Source::Library);
    QCOMPARE(claims.at(1).reviewer, QStringLiteral("مسبار"));
    QList<Appearance> found;
    const struct
    {
        qint64 article;
        QString quote;
        int claim;
    } spans[] = {{2, QString::fromUtf8(kRepeat), 0}, {3, QString::fromUtf8(kArabicRepeat), 1}};
    const QStringList texts{QString(), QStringLiteral("Selon le porte-parole 👨‍👩‍👧, le chômage a baissé de 31 % en un an, un record.\nD'autres chiffres circulent."),
                            QStringLiteral("📈 قال الوزير إن البطالة انخفضت بنسبة 31 في المائة خلال عام واحد.")};
    for (const auto &span : spans) {
        Appearance appearance;
        appearance.articleId = span.article;
        appearance.start = int(texts.at(span.article - 1).indexOf(span.quote));
        QVERIFY(appearance.start > 0);
        appearance.end = appearance.start + int(span.quote.size());
        appearance.exact = span.quote;
        appearance.claim = claims.at(span.claim);
        appearance.score = span.claim == 0 ? 0.98 : 0.81;
        appearance.match = span.claim == 0 ? Appearance::Match::Copy : Appearance::Match::Reworded;
        appearance.reason = QStringLiteral("31 agrees");
        found << appearance;
    }
    QCOMPARE(store.propose(found), 2);
}

void TestCliClaimMemory::importsClaimReviews_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("added");
    QTest::addColumn<QString>("message");
    QTest::newRow("one review") << GLOSSA_TEST_DATA "/claimreviews/single.jsonld" << 0 << 1 << "1 fact-check(s) read (1 false), 1 added";
    QTest::newRow("a graph") << GLOSSA_TEST_DATA "/cli/claimmemory-factchecks.jsonld" << 0 << 2 << "1 false, 1 misleading";
    QTest::newRow("a fact-check search") << GLOSSA_TEST_DATA "/claimreviews/factchecktools.json" << 0 << 2
                                         << "1 misleading, 1 unverifiable";
    QTest::newRow("not a fact-check file") << GLOSSA_TEST_DATA "/cli/claimmemory.jsonl" << 1 << 0 << "nothing imported";
    QTest::newRow("missing file") << "/nonexistent/factchecks.json" << 1 << 0 << "nothing imported: cannot read";
}

void TestCliClaimMemory::importsClaimReviews()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(int, added);
    QFETCH(QString, message);
    const Run run = cliDb({"import-claimreviews", file, "--json"});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    if (exitCode == 0) {
        const QJsonObject summary = run.json().object();
        QCOMPARE(summary["added"].toInt(), added);
        QCOMPARE(summary["already"].toInt(), 0);
        QCOMPARE(summary["read"].toInt(), added);
    } else {
        QVERIFY(run.out.isEmpty());
    }
    const QJsonArray none = cliDb({"appearances", "--json"}).json().array();
    QVERIFY(none.isEmpty());
}

void TestCliClaimMemory::importingTwiceAddsNothing()
{
    const QString file = QStringLiteral(GLOSSA_TEST_DATA "/cli/claimmemory-factchecks.jsonld");
    QCOMPARE(cliDb({"import-claimreviews", file}).exitCode, 0);
    const Run again = cliDb({"import-claimreviews", file, "--json"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().object()["added"].toInt(), 0);
    QCOMPARE(again.json().object()["already"].toInt(), 2);
    QVERIFY2(again.err.contains("0 added, 2 already there"), qPrintable(again.err));
}

void TestCliClaimMemory::listsAppearances_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QList<int>>("articles");
    QTest::newRow("all") << QStringList{} << QList<int>{2, 3};
    QTest::newRow("false") << QStringList{"--verdict", "false"} << QList<int>{2};
    QTest::newRow("misleading") << QStringList{"--verdict", "misleading"} << QList<int>{3};
    QTest::newRow("supported") << QStringList{"--verdict", "supported"} << QList<int>{};
    QTest::newRow("article 3") << QStringList{"--article", "3"} << QList<int>{3};
    QTest::newRow("proposed") << QStringList{"--status", "proposed"} << QList<int>{2, 3};
    QTest::newRow("dismissed") << QStringList{"--status", "dismissed"} << QList<int>{};
    QTest::newRow("limit") << QStringList{"--limit", "1"} << QList<int>{2};
}

void TestCliClaimMemory::listsAppearances()
{
    QFETCH(QStringList, filters);
    QFETCH(QList<int>, articles);
    proposeAppearances();
    const Run run = cliDb(QStringList{"appearances", "--json"} + filters);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray array = run.json().array();
    QList<int> got;
    for (const QJsonValue &value : array) {
        const QJsonObject appearance = value.toObject();
        got << appearance["article"].toInt();
        const QJsonObject claim = appearance["claim"].toObject();
        QCOMPARE(appearance["status"].toString(), QStringLiteral("proposed"));
        QVERIFY(appearance["annotation"].isNull());
        if (appearance["article"].toInt() == 2) {
            QCOMPARE(claim["source"].toString(), QStringLiteral("library"));
            QCOMPARE(claim["verdict"].toString(), QStringLiteral("false"));
            QCOMPARE(claim["reviewer"].toString(), QStringLiteral("Amina"));
            QCOMPARE(claim["text"].toString(), QStringLiteral("le chômage a baissé de 31 %"));
            QCOMPARE(claim["article"].toInt(), 1);
            QVERIFY(claim["url"].isNull());
            QCOMPARE(appearance["match"].toString(), QStringLiteral("copy"));
            QCOMPARE(appearance["score"].toDouble(), 0.98);
        } else {
            QCOMPARE(claim["source"].toString(), QStringLiteral("imported"));
            QCOMPARE(claim["verdict"].toString(), QStringLiteral("misleading"));
            QCOMPARE(claim["rating"].toString(), QStringLiteral("مضلل"));
            QCOMPARE(claim["reviewer"].toString(), QStringLiteral("مسبار"));
            QCOMPARE(claim["url"].toString(), QStringLiteral("https://misbar.example/factcheck/unemployment-31"));
            QCOMPARE(claim["settled"].toString(), QStringLiteral("2025-02-20T00:00:00Z"));
            QCOMPARE(appearance["match"].toString(), QStringLiteral("reworded"));
        }
        QCOMPARE(appearance["reason"].toString(), QStringLiteral("31 agrees"));
    }
    QCOMPARE(got, articles);
    // The plain listing: one line each.
    const Run plain = cliDb(QStringList{"appearances"} + filters);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(int(plain.out.count('\n')), int(articles.size()));
}

void TestCliClaimMemory::appearancesJsonOffsetsAreCodePoints()
{
    proposeAppearances();
    const QJsonArray array = cliDb({"appearances", "--json"}).json().array();
    QCOMPARE(array.size(), 2);
    for (const QJsonValue &value : array) {
        const QJsonObject appearance = value.toObject();
        const QString text = cliDb({"show", QString::number(appearance["article"].toInt()), "--json"}).json().object()["text"].toString();
        QVERIFY(!text.isEmpty());
        // Both articles have an emoji (one of several code points) before the passage.
        QCOMPARE(sliceCodePoints(text, appearance["start"].toInt(), appearance["end"].toInt()), appearance["exact"].toString());
    }
}

void TestCliClaimMemory::acceptsAndDismisses()
{
    proposeAppearances();
    const QJsonArray listed = cliDb({"appearances", "--json"}).json().array();
    QCOMPARE(listed.size(), 2);
    const QString library = QString::number(listed.at(0).toObject()["id"].toInteger());
    const QString imported = QString::number(listed.at(1).toObject()["id"].toInteger());

    const Run accept = cliDb({"--analyst", "Karim", "accept-appearance", library});
    QVERIFY2(accept.exitCode == 0, qPrintable(accept.err));
    QVERIFY2(accept.err.startsWith("accepted: " + library), qPrintable(accept.err));
    const QJsonObject shown = cliDb({"show", "2", "--json"}).json().object();
    const QJsonArray annotations = shown["annotations"].toArray();
    QCOMPARE(annotations.size(), 1);
    const QJsonObject annotation = annotations.first().toObject();
    QCOMPARE(annotation["exact"].toString(), QString::fromUtf8(kRepeat));
    QCOMPARE(annotation["prefix"].toString().right(2), QStringLiteral(", "));
    const QJsonObject claim = annotation["claim"].toObject();
    QCOMPARE(claim["verdict"].toString(), QStringLiteral("false"));
    QCOMPARE(claim["kind"].toString(), QStringLiteral("statistic"));
    QCOMPARE(claim["claimant"].toString(), QStringLiteral("Le ministre"));
    QVERIFY2(claim["evidence"].toString().contains("urn:uuid:"), qPrintable(claim["evidence"].toString()));
    const QJsonArray accepted = cliDb({"appearances", "--status", "accepted", "--json"}).json().array();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().toObject()["annotation"].toInteger(), annotation["id"].toInteger());

    const Run again = cliDb({"accept-appearance", library});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("accepted already"), qPrintable(again.err));
    const Run dismissAccepted = cliDb({"dismiss-appearance", library});
    QCOMPARE(dismissAccepted.exitCode, 1);

    const Run dismiss = cliDb({"dismiss-appearance", imported});
    QVERIFY2(dismiss.exitCode == 0, qPrintable(dismiss.err));
    QCOMPARE(cliDb({"appearances", "--status", "dismissed", "--json"}).json().array().size(), 1);
    QVERIFY(cliDb({"show", "3", "--json"}).json().object()["annotations"].toArray().isEmpty());

    // Several at once: each on its own, a missing one named.
    const Run mixed = cliDb({"accept-appearance", imported, "999"});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY2(mixed.err.contains("appearance 999 not accepted"), qPrintable(mixed.err));
    QVERIFY2(mixed.err.contains("accepted: " + imported), qPrintable(mixed.err));
    const QJsonObject arabic = cliDb({"show", "3", "--json"}).json().object()["annotations"].toArray().first().toObject();
    QCOMPARE(arabic["claim"].toObject()["verdict"].toString(), QStringLiteral("misleading"));
    QVERIFY(arabic["claim"].toObject()["evidence"].toString().contains("https://misbar.example/factcheck/unemployment-31"));
}

void TestCliClaimMemory::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("import without a file") << QStringList{"import-claimreviews"} << "FILE";
    QTest::newRow("bad status") << QStringList{"appearances", "--status", "maybe"} << "unknown status 'maybe'";
    QTest::newRow("bad verdict") << QStringList{"appearances", "--verdict", "fake"} << "unknown verdict 'fake'";
    QTest::newRow("bad article") << QStringList{"appearances", "--article", "x"} << "not an article id";
    QTest::newRow("stray argument") << QStringList{"appearances", "12"} << "takes no arguments";
    QTest::newRow("accept without ids") << QStringList{"accept-appearance"} << "at least one ID";
    QTest::newRow("accept a word") << QStringList{"accept-appearance", "abc"} << "'abc' is not an appearance id";
    QTest::newRow("dismiss a negative") << QStringList{"dismiss-appearance", "-3"} << "";
}

void TestCliClaimMemory::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cliDb(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliClaimMemory)
#include "tst_cli_claimmemory.moc"
