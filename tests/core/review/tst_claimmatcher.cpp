#include "review/claimmatcher.h"

#include <QTest>

#include <algorithm>

using namespace glossa;

using Ranges = QList<QPair<int, int>>;  // [start, end) of each claim, in order
using Matches = QList<QPair<int, int>>; // (index in a, index in b)

namespace {

QList<CodedSpan> claims(const Ranges &ranges, const QString &analyst)
{
    QList<CodedSpan> spans;
    for (const auto &[start, end] : ranges) {
        CodedSpan span;
        span.id = analyst + QString::number(spans.size());
        span.start = start;
        span.end = end;
        // Kinds and verdicts that differ between the analysts: matching looks at the text only.
        span.kind = analyst == QLatin1String("a") ? QStringLiteral("factual") : QStringLiteral("statistic");
        span.verdict = analyst == QLatin1String("a") ? QStringLiteral("supported") : QStringLiteral("false");
        spans.append(span);
    }
    return spans;
}

} // namespace

class TestClaimMatcher : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
};

void TestClaimMatcher::match_data()
{
    QTest::addColumn<Ranges>("a");
    QTest::addColumn<Ranges>("b");
    QTest::addColumn<Matches>("expected");

    QTest::newRow("both empty") << Ranges() << Ranges() << Matches();
    QTest::newRow("one side empty") << Ranges{{0, 10}} << Ranges() << Matches();
    QTest::newRow("identical") << Ranges{{5, 15}} << Ranges{{5, 15}} << Matches{{0, 0}};
    QTest::newRow("identical, listed in another order")
        << Ranges{{0, 10}, {20, 30}} << Ranges{{20, 30}, {0, 10}} << Matches{{0, 1}, {1, 0}};
    // The overlap is the whole of the shorter span, however long the other one is.
    QTest::newRow("nested") << Ranges{{0, 100}} << Ranges{{40, 50}} << Matches{{0, 0}};
    QTest::newRow("nested, other way round") << Ranges{{40, 50}} << Ranges{{0, 100}} << Matches{{0, 0}};
    QTest::newRow("overlap exactly half") << Ranges{{0, 10}} << Ranges{{5, 15}} << Matches{{0, 0}};
    QTest::newRow("overlap just under half") << Ranges{{0, 10}} << Ranges{{6, 16}} << Matches();
    // Half of the shorter one, seven long: an overlap of 4 is enough, 3 is not.
    QTest::newRow("odd shorter span, just over half") << Ranges{{0, 7}} << Ranges{{3, 20}} << Matches{{0, 0}};
    QTest::newRow("odd shorter span, just under half") << Ranges{{0, 7}} << Ranges{{4, 20}} << Matches();
    QTest::newRow("touching only") << Ranges{{0, 10}} << Ranges{{10, 20}} << Matches();
    QTest::newRow("empty span inside another") << Ranges{{5, 5}} << Ranges{{0, 10}} << Matches();
    QTest::newRow("two empty spans at one place") << Ranges{{5, 5}} << Ranges{{5, 5}} << Matches();
    QTest::newRow("reversed span") << Ranges{{8, 3}} << Ranges{{0, 10}} << Matches();
    // a0 overlaps b0 by 8 (all of b0) and b1 by 10: the bigger overlap wins.
    QTest::newRow("one span over two, bigger overlap wins")
        << Ranges{{0, 20}} << Ranges{{0, 8}, {10, 20}} << Matches{{0, 1}};
    // The same, and a1 takes the b0 that a0 left.
    QTest::newRow("the one left over pairs elsewhere")
        << Ranges{{0, 20}, {2, 9}} << Ranges{{0, 8}, {10, 20}} << Matches{{0, 1}, {1, 0}};
    // a0-b0 overlap by 7, a1-b0 and a0-b1 by 4 each, all enough to match. Greatest overlap
    // first takes a0-b0 and leaves a1 and b1 alone, where pairing a0-b1 and a1-b0 would have
    // matched both: the claim goes to the partner it shares most text with.
    QTest::newRow("chain, greedy takes the biggest overlap")
        << Ranges{{0, 10}, {9, 15}} << Ranges{{3, 13}, {0, 4}} << Matches{{0, 0}};
    // Three links: a0-b0 by 6, b0-a1 by 5, a1-b1 by 6. The two ends win, the middle is left.
    QTest::newRow("chain of three links")
        << Ranges{{0, 10}, {9, 20}} << Ranges{{4, 14}, {14, 24}} << Matches{{0, 0}, {1, 1}};
    // Equal overlaps of 10: the earlier start in a wins...
    QTest::newRow("tie, earlier start in a") << Ranges{{5, 15}, {0, 10}} << Ranges{{0, 15}} << Matches{{1, 0}};
    // ...then the earlier start in b...
    QTest::newRow("tie, earlier start in b") << Ranges{{5, 15}} << Ranges{{7, 17}, {3, 13}} << Matches{{0, 1}};
    // ...then the lower index.
    QTest::newRow("tie, lower index in b") << Ranges{{0, 10}} << Ranges{{0, 10}, {0, 10}} << Matches{{0, 0}};
    QTest::newRow("tie, lower index in a") << Ranges{{0, 10}, {0, 10}} << Ranges{{0, 10}} << Matches{{0, 0}};
    QTest::newRow("pairs come in the order of a")
        << Ranges{{50, 60}, {0, 10}, {30, 34}} << Ranges{{0, 10}, {31, 35}, {50, 60}}
        << Matches{{0, 2}, {1, 0}, {2, 1}};
}

void TestClaimMatcher::match()
{
    QFETCH(Ranges, a);
    QFETCH(Ranges, b);
    QFETCH(Matches, expected);
    QCOMPARE(ClaimMatcher::match(claims(a, QStringLiteral("a")), claims(b, QStringLiteral("b"))), expected);

    // Swapping the analysts swaps every pair. (Not a rule in general: a tie between one pair
    // that starts earlier in a and another that starts earlier in b goes the other way once
    // swapped. None of these rows has one.)
    Matches swapped;
    for (const auto &[indexA, indexB] : expected)
        swapped.append({indexB, indexA});
    std::sort(swapped.begin(), swapped.end());
    QCOMPARE(ClaimMatcher::match(claims(b, QStringLiteral("b")), claims(a, QStringLiteral("a"))), swapped);
}

QTEST_APPLESS_MAIN(TestClaimMatcher)
#include "tst_claimmatcher.moc"
