#include "export/claimreviewexporter.h"
#include "interchange/claimreviewreader.h"
#include "model/taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

// Fact-checks read from outside: schema.org ClaimReview in the shapes publishers write it, the
// shape fact-check search tools give, Glossa's own export, and what a hostile file holds.
class TestClaimReviewReader : public QObject
{
    Q_OBJECT

private slots:
    void mapsRatingsOntoVerdicts_data();
    void mapsRatingsOntoVerdicts();
    void readsTheShapesPublishersWrite_data();
    void readsTheShapesPublishersWrite();
    void readsEveryField();
    void readsAFactCheckSearch();
    void readsBackGlossasOwnExport();
    void refusesBadInputInOneLine_data();
    void refusesBadInputInOneLine();
    void refusesFilesItCannotRead();

private:
    static QByteArray fixture(const QString &name);
};

QByteArray TestClaimReviewReader::fixture(const QString &name)
{
    QFile file(QStringLiteral(GLOSSA_TEST_DATA "/claimreviews/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(name));
    return file.readAll();
}

void TestClaimReviewReader::mapsRatingsOntoVerdicts_data()
{
    QTest::addColumn<QString>("rating");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("best");
    QTest::addColumn<double>("worst");
    QTest::addColumn<QString>("verdict");
    const double none = -1;
    // The words decide first.
    QTest::newRow("False") << "False" << none << none << none << "false";
    QTest::newRow("Pants on Fire!") << "Pants on Fire!" << none << none << none << "false";
    QTest::newRow("Faux") << "Faux" << none << none << none << "false";
    QTest::newRow("FAUSSE, accented") << "C'est FAUX" << none << none << none << "false";
    QTest::newRow("Arabic wrong") << "خطأ" << none << none << none << "false";
    QTest::newRow("Arabic fake") << "زائف" << none << none << none << "false";
    QTest::newRow("Arabic lying, with tashkeel") << "كَاذِب" << none << none << none << "false";
    QTest::newRow("Arabic not true") << "غير صحيح" << none << none << none << "false";
    QTest::newRow("Misleading") << "Misleading" << none << none << none << "misleading";
    QTest::newRow("Trompeur") << "Trompeur" << none << none << none << "misleading";
    QTest::newRow("Arabic misleading") << "مضلل" << none << none << none << "misleading";
    QTest::newRow("Mostly false is not false") << "Mostly False" << none << none << none << "misleading";
    QTest::newRow("Manque de contexte") << "Manque de contexte" << none << none << none << "misleading";
    QTest::newRow("true but misleading") << "True, but misleading" << none << none << none << "misleading";
    QTest::newRow("Mostly true") << "Mostly true" << none << none << none << "partly-supported";
    QTest::newRow("Plutôt vrai") << "Plutôt vrai" << none << none << none << "partly-supported";
    QTest::newRow("Half True") << "Half True" << none << none << none << "partly-supported";
    QTest::newRow("Arabic partly true") << "صحيح جزئياً" << none << none << none << "partly-supported";
    QTest::newRow("True") << "True" << none << none << none << "supported";
    QTest::newRow("Vrai") << "Vrai" << none << none << none << "supported";
    QTest::newRow("Arabic true") << "صحيح" << none << none << none << "supported";
    QTest::newRow("incorrect is not correct") << "Incorrect" << none << none << none << "false";
    QTest::newRow("Mixture") << "Mixture" << none << none << none << "disputed";
    QTest::newRow("Unproven") << "Unproven" << none << none << none << "unverifiable";
    QTest::newRow("Invérifiable") << "Invérifiable" << none << none << none << "unverifiable";
    QTest::newRow("taxonomy label") << "Partly supported" << none << none << none << "partly-supported";
    QTest::newRow("taxonomy id") << "partly-supported" << none << none << none << "partly-supported";
    QTest::newRow("words beat the number") << "False" << 5.0 << 5.0 << 1.0 << "false";
    // Then the number, between worst (false) and best (supported).
    QTest::newRow("1 of 1..5") << "" << 1.0 << 5.0 << 1.0 << "false";
    QTest::newRow("2 of 1..5") << "" << 2.0 << 5.0 << 1.0 << "misleading";
    QTest::newRow("3 of 1..5") << "" << 3.0 << 5.0 << 1.0 << "disputed";
    QTest::newRow("4 of 1..5") << "" << 4.0 << 5.0 << 1.0 << "partly-supported";
    QTest::newRow("5 of 1..5") << "" << 5.0 << 5.0 << 1.0 << "supported";
    QTest::newRow("defaults 1..5") << "" << 2.0 << none << none << "misleading";
    QTest::newRow("0..100 scale") << "" << 90.0 << 100.0 << 0.0 << "supported";
    QTest::newRow("reversed scale") << "" << 1.0 << 1.0 << 5.0 << "supported";
    QTest::newRow("unknown words, number") << "Satire" << 1.0 << 5.0 << 1.0 << "false";
    // Else unverifiable (the reviewer's words stay in the rating).
    QTest::newRow("unknown words") << "C'est plus compliqué" << none << none << none << "unverifiable";
    QTest::newRow("nothing") << "" << none << none << none << "unverifiable";
    QTest::newRow("out of scale") << "" << 9.0 << 5.0 << 1.0 << "unverifiable";
    QTest::newRow("flat scale") << "" << 3.0 << 3.0 << 3.0 << "unverifiable";
    QTest::newRow("punctuation only") << "?!…" << none << none << none << "unverifiable";
}

void TestClaimReviewReader::mapsRatingsOntoVerdicts()
{
    QFETCH(QString, rating);
    QFETCH(double, value);
    QFETCH(double, best);
    QFETCH(double, worst);
    QFETCH(QString, verdict);
    QCOMPARE(ClaimReviewReader().verdictFor(rating, value, best, worst), verdict);
}

void TestClaimReviewReader::readsTheShapesPublishersWrite_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<QStringList>("verdicts");
    const QByteArray one = R"({"@type":"ClaimReview","claimReviewed":"A","reviewRating":{"alternateName":"False"}})";
    const QByteArray two = R"({"@type":"schema:ClaimReview","claimReviewed":"B","reviewRating":{"ratingValue":5}})";
    QTest::newRow("one object") << one << QStringList{"A"} << QStringList{"false"};
    QTest::newRow("an array") << "[" + one + "," + two + "]" << QStringList{"A", "B"} << QStringList{"false", "supported"};
    QTest::newRow("a graph") << R"({"@context":"https://schema.org","@graph":[)" + one + "," + two + "]}"
                             << QStringList{"A", "B"} << QStringList{"false", "supported"};
    QTest::newRow("a data feed")
        << R"({"@type":"DataFeed","dataFeedElement":[{"@type":"DataFeedItem","item":[)" + two + "]}]}" << QStringList{"B"}
        << QStringList{"supported"};
    QTest::newRow("other things beside")
        << "[" + one + R"(,{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","headline":"y"}])" << QStringList{"A"}
        << QStringList{"false"};
    QTest::newRow("full IRI type") << QByteArray(R"({"@type":"https://schema.org/ClaimReview","claimReviewed":"C"})")
                                   << QStringList{"C"} << QStringList{"unverifiable"};
    QTest::newRow("claim words on the Claim")
        << QByteArray(R"({"@type":"ClaimReview","itemReviewed":{"@type":"Claim","text":"D"},"reviewRating":{"name":"Faux"}})")
        << QStringList{"D"} << QStringList{"false"};
    QTest::newRow("an array of ratings") << QByteArray(R"({"@type":"ClaimReview","claimReviewed":"E","reviewRating":[{"alternateName":"مضلل"}]})")
                                         << QStringList{"E"} << QStringList{"misleading"};
    QTest::newRow("fixture: one") << fixture(QStringLiteral("single.jsonld")) << QStringList{"Le chômage a baissé de 31 % en un an"}
                                  << QStringList{"false"};
    QTest::newRow("fixture: graph") << fixture(QStringLiteral("graph.jsonld"))
                                    << QStringList{"انخفضت البطالة بنسبة 31 % في عام واحد", "Unemployment fell by 31% in one year."}
                                    << QStringList{"misleading", "partly-supported"};
}

void TestClaimReviewReader::readsTheShapesPublishersWrite()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, claims);
    QFETCH(QStringList, verdicts);
    ClaimReviewReader reader;
    const std::optional<QList<FactCheck>> checks = reader.read(json);
    QVERIFY2(checks, qPrintable(reader.lastError()));
    QStringList gotClaims;
    QStringList gotVerdicts;
    for (const FactCheck &check : *checks) {
        gotClaims << check.claimReviewed;
        gotVerdicts << check.verdict;
    }
    QCOMPARE(gotClaims, claims);
    QCOMPARE(gotVerdicts, verdicts);
}

void TestClaimReviewReader::readsEveryField()
{
    ClaimReviewReader reader;
    std::optional<QList<FactCheck>> checks = reader.read(fixture(QStringLiteral("single.jsonld")));
    QVERIFY2(checks, qPrintable(reader.lastError()));
    QCOMPARE(checks->size(), 1);
    const FactCheck check = checks->first();
    QCOMPARE(check.url, QStringLiteral("https://factuel.afp.com/doc.afp.com.33XY7"));
    QCOMPARE(check.reviewer, QStringLiteral("AFP Factuel"));
    QCOMPARE(check.rating, QStringLiteral("Faux"));
    QCOMPARE(check.ratingValue, 1.0);
    QCOMPARE(check.bestRating, 5.0);
    QCOMPARE(check.worstRating, 1.0);
    QCOMPARE(check.claimant, QStringLiteral("Le ministre"));
    QCOMPARE(check.appearanceUrl, QStringLiteral("https://example.org/interview"));
    QCOMPARE(check.published, QDateTime(QDate(2025, 1, 20), QTime(0, 0), Qt::UTC));
    QCOMPARE(check.language, QStringLiteral("fr"));

    checks = reader.read(fixture(QStringLiteral("graph.jsonld")));
    QVERIFY2(checks, qPrintable(reader.lastError()));
    const FactCheck arabic = checks->first();
    QCOMPARE(arabic.reviewer, QStringLiteral("مسبار"));
    QCOMPARE(arabic.claimant, QStringLiteral("وزير المالية"));
    QCOMPARE(arabic.language, QStringLiteral("ar"));
    QCOMPARE(arabic.published, QDateTime(QDate(2025, 2, 1), QTime(7, 15), Qt::UTC)); // in UTC
    QCOMPARE(arabic.ratingValue, -1.0);
    QCOMPARE(checks->last().ratingValue, 4.0);
    QCOMPARE(checks->last().bestRating, 6.0);
}

void TestClaimReviewReader::readsAFactCheckSearch()
{
    ClaimReviewReader reader;
    const std::optional<QList<FactCheck>> checks = reader.read(fixture(QStringLiteral("factchecktools.json")));
    QVERIFY2(checks, qPrintable(reader.lastError()));
    QCOMPARE(checks->size(), 2); // a claim with no review is not a fact-check
    const FactCheck first = checks->first();
    QCOMPARE(first.claimReviewed, QStringLiteral("Le chômage a baissé de 31 % en un an"));
    QCOMPARE(first.claimant, QStringLiteral("Le ministre"));
    QCOMPARE(first.reviewer, QStringLiteral("Les Surligneurs"));
    QCOMPARE(first.url, QStringLiteral("https://www.lessurligneurs.eu/chomage-31"));
    QCOMPARE(first.rating, QStringLiteral("Plutôt faux"));
    QCOMPARE(first.verdict, QStringLiteral("misleading"));
    QCOMPARE(first.published, QDateTime(QDate(2025, 1, 21), QTime(10, 0), Qt::UTC));
    QCOMPARE(first.language, QStringLiteral("fr"));
    const FactCheck second = checks->last();
    QCOMPARE(second.reviewer, QStringLiteral("checknews.fr")); // no name: the site
    QCOMPARE(second.rating, QStringLiteral("C'est plus compliqué"));
    QCOMPARE(second.verdict, QStringLiteral("unverifiable"));
}

void TestClaimReviewReader::readsBackGlossasOwnExport()
{
    ExportedArticle exported;
    exported.article.id = 7;
    exported.article.title = QStringLiteral("Chômage");
    exported.article.source = QStringLiteral("Hespress");
    exported.article.published = QDate(2025, 3, 1);
    exported.article.language = QStringLiteral("fr");
    exported.article.contentHash = QStringLiteral("ab12");
    exported.article.text = QStringLiteral("Le chômage a baissé de 31 % en un an, a dit le ministre. Les prix montent.");
    QStringList verdicts;
    for (const Taxonomy::Entry &verdict : Taxonomy::builtIn().verdicts()) {
        if (verdict.id != QLatin1String("unverified"))
            verdicts << verdict.id;
    }
    for (int i = 0; i < verdicts.size(); ++i) {
        Annotation annotation;
        annotation.id = i + 1;
        annotation.uuid = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i);
        annotation.articleId = 7;
        annotation.anchor = {0, 26 + i, exported.article.text.left(26 + i), {}, {}};
        Claim claim;
        claim.verdict = verdicts.at(i);
        claim.claimant = QStringLiteral("Le ministre");
        if (i == 0)
            claim.summary = QStringLiteral("Le chômage a baissé de 31 %");
        annotation.claim = claim;
        annotation.modified = QDateTime(QDate(2025, 3, 2), QTime(12, 0), Qt::UTC);
        exported.annotations << annotation;
    }
    ClaimReviewExporter exporter;
    const QByteArray json = exporter.write({exported});
    ClaimReviewReader reader;
    const std::optional<QList<FactCheck>> checks = reader.read(json);
    QVERIFY2(checks, qPrintable(reader.lastError()));
    QCOMPARE(checks->size(), verdicts.size());
    for (int i = 0; i < verdicts.size(); ++i) {
        const FactCheck &check = checks->at(i);
        QCOMPARE(check.verdict, verdicts.at(i));
        QCOMPARE(check.claimReviewed, i == 0 ? QStringLiteral("Le chômage a baissé de 31 %") : exported.annotations.at(i).anchor.exact.trimmed());
        QCOMPARE(check.claimant, QStringLiteral("Le ministre"));
        QCOMPARE(check.reviewer, QString(ClaimReviewPublisher::kDefaultName));
        QVERIFY(!check.url.isEmpty()); // the review's own id when it has no page
        QCOMPARE(check.published.date(), QDate(2025, 3, 2));
        QCOMPARE(check.appearanceUrl, QStringLiteral("urn:glossa:article:ab12"));
    }
}

void TestClaimReviewReader::refusesBadInputInOneLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason"); // a word the reason holds
    QTest::newRow("empty") << QByteArray() << "JSON";
    QTest::newRow("not JSON") << QByteArray("Le chômage a baissé") << "JSON";
    QTest::newRow("truncated") << QByteArray(R"({"@type":"ClaimReview","claimReviewed":"A")") << "JSON";
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe\x89PNG", 8) << "JSON";
    QTest::newRow("empty object") << QByteArray("{}") << "no fact-check";
    QTest::newRow("empty array") << QByteArray("[]") << "no fact-check";
    QTest::newRow("a number") << QByteArray("42") << "JSON";
    QTest::newRow("W3C annotations") << QByteArray(R"({"type":"AnnotationCollection","first":{"items":[]}})") << "no fact-check";
    QTest::newRow("no claim") << QByteArray(R"([{"@type":"ClaimReview","claimReviewed":"A"},{"@type":"ClaimReview","url":"https://x.example/2"}])")
                              << "ClaimReview 2 (https://x.example/2) names no claim";
    QTest::newRow("blank claim") << QByteArray(R"({"@type":"ClaimReview","claimReviewed":"   "})") << "names no claim";
    QTest::newRow("claim of wrong type") << QByteArray(R"({"@type":"ClaimReview","claimReviewed":{"x":[1,2]}})") << "names no claim";
    QTest::newRow("search claim without text") << QByteArray(R"({"claims":[{"claimReview":[{"textualRating":"False"}]}]})")
                                               << "claim review 1 names no claim";
    QTest::newRow("a page pasted as claim")
        << QByteArray(R"({"@type":"ClaimReview","claimReviewed":")" + QByteArray(30000, 'a') + R"("})") << "longer than";
    QTest::newRow("a line break in the URL named") // found by fuzzing
        << QByteArray("{\"@type\":\"ClaimReview\",\"url\":\"https://x.example/\\nnext line\\u2028\"}") << "names no claim";
    QTest::newRow("nested beyond reason") << QByteArray(3000, '[') + QByteArray(3000, ']') << "";
}

void TestClaimReviewReader::refusesBadInputInOneLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    ClaimReviewReader reader;
    QVERIFY(!reader.read(json));
    QVERIFY(!reader.lastError().isEmpty());
    QVERIFY2(!reader.lastError().contains(QLatin1Char('\n')), qPrintable(reader.lastError()));
    QVERIFY2(reader.lastError().contains(reason), qPrintable(reader.lastError()));
}

void TestClaimReviewReader::refusesFilesItCannotRead()
{
    QTemporaryDir dir;
    ClaimReviewReader reader;
    QVERIFY(!reader.readFile(dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(reader.lastError().contains(QStringLiteral("missing.json")));
    QVERIFY(!reader.readFile(dir.path()));
    QVERIFY(reader.lastError().contains(QStringLiteral("folder")));
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"@type\": \"ClaimReview\"");
    bad.close();
    QVERIFY(!reader.readFile(bad.fileName()));
    QVERIFY(reader.lastError().startsWith(QStringLiteral("bad.json: not JSON")));
    const std::optional<QList<FactCheck>> good = reader.readFile(QStringLiteral(GLOSSA_TEST_DATA "/claimreviews/graph.jsonld"));
    QVERIFY2(good, qPrintable(reader.lastError()));
    QCOMPARE(good->size(), 2);
}

QTEST_GUILESS_MAIN(TestClaimReviewReader)
#include "tst_claimreviewreader.moc"
