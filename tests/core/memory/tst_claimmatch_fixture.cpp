#include "claimmatchfixture.h"

#include <QTest>

using namespace glossa;
using namespace glossa::testing;

// The targets for claim matching, on the labelled fixture (tests/data/claimmemory).
class TestClaimMatchFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtureIsComplete();
    void targets_data();
    void targets();
    void noTrapMatched();
    void everyHitExplains();

private:
    ClaimMatchFixture m_fixture;
    ClaimMatchFigures m_figures;
};

void TestClaimMatchFixture::initTestCase()
{
    m_fixture = ClaimMatchFixture::load(QStringLiteral(GLOSSA_TEST_DATA "/claimmemory"));
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
    m_figures = ClaimMatchFigures::of(m_fixture);
    for (const QString &line : std::as_const(m_figures.mistakes))
        qInfo("%s", qPrintable(line));
}

void TestClaimMatchFixture::fixtureIsComplete()
{
    QVERIFY(m_fixture.claims.size() >= 100);
    QVERIFY(m_fixture.sentences.size() >= 400);
    QHash<QString, int> labels;
    for (const FixtureSentence &s : std::as_const(m_fixture.sentences)) {
        ++labels[s.label];
        if (s.label != QLatin1String("unrelated"))
            QVERIFY2(s.claim >= 0, qPrintable(s.id));
    }
    for (const char *label : {"repeat", "reworded", "trap", "unrelated-but-similar", "unrelated"})
        QVERIFY2(labels.value(QLatin1String(label)) > 0, label);
}

void TestClaimMatchFixture::targets_data()
{
    QTest::addColumn<double>("measured");
    QTest::addColumn<double>("target");
    QTest::newRow("precision on repeats") << m_figures.copyPrecision() << 0.95;
    QTest::newRow("precision on rewordings") << m_figures.rewordPrecision() << 0.85;
    QTest::newRow("recall on rewordings") << m_figures.rewordRecall() << 0.7;
    QTest::newRow("recall on repeats") << m_figures.repeatRecall() << 0.95;
}

void TestClaimMatchFixture::targets()
{
    QFETCH(double, measured);
    QFETCH(double, target);
    QVERIFY2(measured >= target, qPrintable(QStringLiteral("%1 < %2").arg(measured).arg(target)));
}

void TestClaimMatchFixture::noTrapMatched()
{
    QVERIFY(m_figures.traps >= 100);
    QCOMPARE(m_figures.trapsMatched, 0);
}

void TestClaimMatchFixture::everyHitExplains()
{
    const ClaimMemoryIndex index(m_fixture.claims);
    for (const FixtureSentence &s : std::as_const(m_fixture.sentences)) {
        for (const ClaimMemoryIndex::Hit &hit : index.match(s.text, s.language)) {
            QVERIFY(!hit.reason.isEmpty());
            QVERIFY(hit.start >= 0 && hit.start < hit.end && hit.end <= s.text.size());
            QVERIFY(hit.score > 0 && hit.score <= 1.0);
        }
    }
}

QTEST_GUILESS_MAIN(TestClaimMatchFixture)
#include "tst_claimmatch_fixture.moc"
