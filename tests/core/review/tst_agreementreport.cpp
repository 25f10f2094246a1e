// AgreementReport: which claims are compared, which are left out and why, and the figures of
// each pair of analysts, from codings made in code and checked against values worked by hand.
#include "review/agreementmath.h"
#include "review/agreementreport.h"

#include <QTest>

using namespace glossa;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

const Analyst kAmina{QStringLiteral("00000000-0000-4000-8000-00000000000a"), QStringLiteral("Amina"), {}, {}};
const Analyst kYoussef{QStringLiteral("00000000-0000-4000-8000-00000000000b"), QStringLiteral("Youssef"), {}, {}};
const Analyst kLea{QStringLiteral("00000000-0000-4000-8000-00000000000c"), QStringLiteral("Léa"), {}, {}};

Coding claim(const Analyst &analyst, qint64 article, int start, int end, const QString &kind, const QString &verdict,
             bool orphaned = false)
{
    Coding coding;
    coding.articleId = article;
    coding.uuid = analyst.name + QString::number(start);
    coding.analyst = analyst;
    coding.start = start;
    coding.end = end;
    coding.orphaned = orphaned;
    coding.isClaim = true;
    coding.kind = kind;
    coding.verdict = verdict;
    return coding;
}

Coding highlight(const Analyst &analyst, qint64 article, int start, int end)
{
    Coding coding = claim(analyst, article, start, end, {}, {});
    coding.isClaim = false;
    return coding;
}

bool near(const std::optional<double> &actual, const std::optional<double> &expected)
{
    if (!actual || !expected)
        return !actual && !expected;
    return qAbs(*actual - *expected) < 0.0005;
}

QString text(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QStringLiteral("null");
}

} // namespace

class TestAgreementReport : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void onlyArticlesBothAnnotated();
    void everyPairOnce();
    void chosenAnalystsOnly();
};

void TestAgreementReport::figures_data()
{
    QTest::addColumn<QList<Coding>>("codings");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("matched");
    QTest::addColumn<int>("unmatched");
    QTest::addColumn<int>("orphaned");
    QTest::addColumn<std::optional<double>>("kappa");
    QTest::addColumn<std::optional<double>>("verdictAlpha");
    QTest::addColumn<std::optional<double>>("kindAlpha");
    QTest::addColumn<std::optional<double>>("spanAlphaU");
    // Two claims matched; verdicts (disputed, disputed) and (supported, false).
    // kappa: p_o = 1/2, p_e = (1·1)/4 → (0.5 − 0.25) / 0.75 = 1/3.
    // alpha: n = 4, o_dd = 2, n_c = 2, 1, 1 → (3·2 − 2) / (12 − 2) = 0.4. Kinds all equal: 1.
    // Spans: the same two passages by both → alpha_u 1.
    QTest::newRow("two claims, one verdict differs")
        << QList<Coding>{claim(kAmina, 1, 10, 30, "statistic", "disputed"), claim(kAmina, 1, 50, 60, "factual", "supported"),
                         claim(kYoussef, 1, 10, 30, "statistic", "disputed"), claim(kYoussef, 1, 50, 60, "factual", "false")}
        << 1 << 2 << 0 << 0 << std::optional<double>(1.0 / 3) << std::optional<double>(0.4)
        << std::optional<double>(1.0) << std::optional<double>(1.0);
    // Overlap of 5 within Youssef's 8-character claim: matched (5 ≥ 4). Amina's other claim and
    // Youssef's orphaned one are left out. One pair, same verdict: kappa and alpha are 0/0.
    QTest::newRow("unmatched and orphaned left out")
        << QList<Coding>{claim(kAmina, 1, 10, 30, "quote", "unverified"), claim(kAmina, 1, 70, 80, "opinion", "false"),
                         claim(kYoussef, 1, 25, 33, "quote", "unverified"),
                         claim(kYoussef, 1, 90, 95, "quote", "false", true)}
        << 1 << 1 << 1 << 1 << std::optional<double>() << std::optional<double>() << std::optional<double>()
        << AgreementMath::krippendorffUnitizingAlpha({{100, {{{10, 30}, {70, 80}}, {{25, 33}}}}});
    // No claims at all, only highlights: nothing to compare but the spans.
    QTest::newRow("highlights only")
        << QList<Coding>{highlight(kAmina, 1, 0, 40), highlight(kYoussef, 1, 0, 40)} << 1 << 0 << 0 << 0
        << std::optional<double>() << std::optional<double>() << std::optional<double>() << std::optional<double>(1.0);
    // Two articles: verdicts pooled over both (three pairs: (false, false), (false, false),
    // (supported, misleading)): p_o = 2/3, p_e = (2·2)/9 → (2/3 − 4/9) / (5/9) = 0.4.
    // alpha: n = 6, o_ff = 4, n_c = 4, 1, 1 → (5·4 − 12) / (30 − 12) = 8/18.
    QTest::newRow("two articles pooled")
        << QList<Coding>{claim(kAmina, 1, 0, 10, "factual", "false"), claim(kYoussef, 1, 0, 10, "factual", "false"),
                         claim(kAmina, 2, 0, 10, "factual", "false"), claim(kYoussef, 2, 2, 10, "factual", "false"),
                         claim(kAmina, 2, 20, 30, "factual", "supported"),
                         claim(kYoussef, 2, 20, 30, "statistic", "misleading")}
        << 2 << 3 << 0 << 0 << std::optional<double>(0.4) << std::optional<double>(8.0 / 18)
        << AgreementMath::krippendorffAlphaNominal({{"factual", "factual"}, {"factual", "factual"}, {"factual", "statistic"}})
        << AgreementMath::krippendorffUnitizingAlpha(
               {{100, {{{0, 10}}, {{0, 10}}}}, {100, {{{0, 10}, {20, 30}}, {{2, 10}, {20, 30}}}}});
}

void TestAgreementReport::figures()
{
    QFETCH(QList<Coding>, codings);
    QFETCH(int, articles);
    QFETCH(int, matched);
    QFETCH(int, unmatched);
    QFETCH(int, orphaned);
    QFETCH(std::optional<double>, kappa);
    QFETCH(std::optional<double>, verdictAlpha);
    QFETCH(std::optional<double>, kindAlpha);
    QFETCH(std::optional<double>, spanAlphaU);
    const QList<AgreementPair> pairs = AgreementReport::compute(codings, {{1, 100}, {2, 100}});
    QCOMPARE(pairs.size(), 1);
    const AgreementFigures f = pairs.first().overall;
    QCOMPARE(pairs.first().a.uuid, kAmina.uuid);
    QCOMPARE(f.articles, articles);
    QCOMPARE(f.matchedClaims, matched);
    QCOMPARE(f.unmatchedClaims, unmatched);
    QCOMPARE(f.orphanedClaims, orphaned);
    QCOMPARE(f.excluded(), unmatched + orphaned);
    QVERIFY2(near(f.verdictKappa, kappa), qPrintable(text(f.verdictKappa) + " != " + text(kappa)));
    QVERIFY2(near(f.verdictAlpha, verdictAlpha), qPrintable(text(f.verdictAlpha) + " != " + text(verdictAlpha)));
    QVERIFY2(near(f.kindAlpha, kindAlpha), qPrintable(text(f.kindAlpha) + " != " + text(kindAlpha)));
    QVERIFY2(near(f.spanAlphaU, spanAlphaU), qPrintable(text(f.spanAlphaU) + " != " + text(spanAlphaU)));
    QCOMPARE(pairs.first().perArticle.size(), articles);
    int perArticleMatched = 0;
    for (const auto &row : pairs.first().perArticle)
        perArticleMatched += row.second.matchedClaims;
    QCOMPARE(perArticleMatched, matched);
}

void TestAgreementReport::onlyArticlesBothAnnotated()
{
    const QList<Coding> codings{claim(kAmina, 1, 0, 10, "factual", "false"), claim(kYoussef, 1, 0, 10, "factual", "false"),
                                claim(kAmina, 2, 0, 10, "factual", "false")}; // article 2: Amina alone
    const AgreementFigures f = AgreementReport::compute(codings, {{1, 50}, {2, 50}}).first().overall;
    QCOMPARE(f.articles, 1);
    QCOMPARE(f.claimsA, 1);
    QCOMPARE(f.excluded(), 0); // not compared, so not left out either
}

void TestAgreementReport::everyPairOnce()
{
    const QList<Coding> codings{claim(kYoussef, 1, 0, 10, "factual", "false"), claim(kLea, 1, 0, 10, "factual", "false"),
                                claim(kAmina, 1, 0, 10, "factual", "false")};
    const QList<AgreementPair> pairs = AgreementReport::compute(codings, {{1, 50}});
    QCOMPARE(pairs.size(), 3);
    // By name: Amina, Léa, Youssef.
    QCOMPARE(pairs.at(0).a.name + "/" + pairs.at(0).b.name, QStringLiteral("Amina/Léa"));
    QCOMPARE(pairs.at(1).a.name + "/" + pairs.at(1).b.name, QStringLiteral("Amina/Youssef"));
    QCOMPARE(pairs.at(2).a.name + "/" + pairs.at(2).b.name, QStringLiteral("Léa/Youssef"));
    for (const AgreementPair &pair : pairs)
        QCOMPARE(pair.overall.matchedClaims, 1);
}

void TestAgreementReport::chosenAnalystsOnly()
{
    const QList<Coding> codings{claim(kYoussef, 1, 0, 10, "factual", "false"), claim(kLea, 1, 0, 10, "factual", "false"),
                                claim(kAmina, 1, 0, 10, "factual", "false")};
    const QList<AgreementPair> pairs = AgreementReport::compute(codings, {{1, 50}}, {kYoussef, kLea});
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().a.uuid, kYoussef.uuid);
    QCOMPARE(pairs.first().b.uuid, kLea.uuid);
}

QTEST_GUILESS_MAIN(TestAgreementReport)
#include "tst_agreementreport.moc"
