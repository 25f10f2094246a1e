#include "anchoring/fuzzymatch.h"
#include "anchoring/normalizedtext.h"

#include <QtTest>

using namespace glossa;

// The primitives under the fuzzy re-anchoring path, checked on their own so a failure in
// tst_textanchoring can be told apart from a broken distance or alignment.
class TestFuzzyMatch : public QObject
{
    Q_OBJECT

private slots:
    void levenshtein_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("equal") << "kitten" << "kitten" << 0;
        QTest::newRow("classic") << "kitten" << "sitting" << 3;
        QTest::newRow("empty left") << "" << "abc" << 3;
        QTest::newRow("empty right") << "abc" << "" << 3;
        QTest::newRow("arabic") << QString::fromUtf8("كتاب") << QString::fromUtf8("كتب") << 1;
        QTest::newRow("surrogate pair counts two units")
            << QString::fromUtf8("a😀b") << "ab" << 2;
    }
    void levenshtein()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(fuzzy::levenshtein(a, b), distance);
        QCOMPARE(fuzzy::levenshtein(b, a), distance);
    }

    void similarity()
    {
        QCOMPARE(fuzzy::similarity(u"", u""), 1.0);
        QCOMPARE(fuzzy::similarity(u"abcd", u"abcd"), 1.0);
        QCOMPARE(fuzzy::similarity(u"abcd", u"abce"), 0.75);
        // The length bound answers without computing the distance.
        QCOMPARE(fuzzy::similarity(u"ab", u"abcdefgh", 0.5), 0.0);
        // Over the cell budget, word overlap: same words, one changed out of many.
        QString a, b;
        for (int i = 0; i < 400; ++i) {
            a += QStringLiteral("word%1 ").arg(i);
            b += i == 7 ? QStringLiteral("other ") : QStringLiteral("word%1 ").arg(i);
        }
        const double s = fuzzy::similarity(a, b);
        QVERIFY2(s > 0.99 && s < 1.0, qPrintable(QString::number(s)));
    }

    void bestEndAndStart_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("distance");
        QTest::newRow("exact inside") << "brown" << "the brown fox" << 4 << 9 << 0;
        QTest::newRow("one substitution") << "brown" << "the brawn fox" << 4 << 9 << 1;
        QTest::newRow("deletion") << "quick brown" << "a quick bown fox" << 2 << 12 << 1;
        QTest::newRow("arabic insertion") << QString::fromUtf8("على الوقود")
                                          << QString::fromUtf8("الضرائب على الوقـود في") << 8 << 19 << 1;
    }
    void bestEndAndStart()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, distance);
        const fuzzy::Hit e = fuzzy::bestEnd(pattern, text, end);
        QCOMPARE(e.pos, end);
        QCOMPARE(e.distance, distance);
        const fuzzy::Hit b = fuzzy::bestStart(pattern, QStringView(text).left(end), start, true);
        QCOMPARE(b.pos, start);
        QCOMPARE(b.distance, distance);
        // With a free end the whole text may be searched.
        const fuzzy::Hit free = fuzzy::bestStart(pattern, text, start, false);
        QCOMPARE(free.pos, start);
        QCOMPARE(free.distance, distance);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("double space") << "a  b" << "a b";
        QTest::newRow("nbsp") << QString::fromUtf8("a\u00a0b") << "a b";
        QTest::newRow("newline and tab") << "a\n\tb" << "a b";
        QTest::newRow("rlm inside a space run") << QString::fromUtf8("a \u200f b") << "a b";
        QTest::newRow("tatweel") << QString::fromUtf8("كـتـاب") << QString::fromUtf8("كتاب");
        QTest::newRow("emoji kept") << QString::fromUtf8("😀  x") << QString::fromUtf8("😀 x");
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(NormalizedText::normalize(input), normalized);
        // The mapped view agrees with the plain transform and maps spans back.
        const NormalizedText nt(input);
        QCOMPARE(nt.text(), normalized);
        QCOMPARE(nt.sourceStart(0), 0);
        QCOMPARE(nt.sourceEnd(int(normalized.size())) <= input.size(), true);
    }
};

QTEST_APPLESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzymatch.moc"
