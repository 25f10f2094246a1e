// Where a quote may start and end: whole words by ICU's rules (Arabic included), whole numbers
// (decimals, thousands groups with spaces, a percent sign after), whole sentences on request,
// and one word more or less at either end.
#include "anchoring/quoteboundaries.h"

#include <QtTest>

using namespace glossa;

namespace {

// "Les r|uptures lo|rs": the text without the bars, and the span between them.
std::pair<QString, QuoteBoundaries::Span> marked(QString text)
{
    const int start = int(text.indexOf(QLatin1Char('|')));
    text.remove(start, 1);
    const int end = int(text.indexOf(QLatin1Char('|')));
    text.remove(end, 1);
    return {text, QuoteBoundaries::Span{start, end}};
}

QString quoted(const QString &text, QuoteBoundaries::Span span)
{
    return text.mid(span.start, span.end - span.start);
}

} // namespace

class TestQuoteBoundaries : public QObject
{
    Q_OBJECT

private slots:
    void snapToWords_data();
    void snapToWords();
    void extendToSentence_data();
    void extendToSentence();
    void widenAndNarrow();
    void bigTextCostsAWindowOnly();
};

void TestQuoteBoundaries::snapToWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QChar nbsp(0x00a0);
    const QChar nnbsp(0x202f);

    QTest::newRow("French, both ends mid-word")
        << QStringLiteral("Les r|uptures lo|rs du sommet") << QStringLiteral("ruptures lors");
    QTest::newRow("French, elision kept whole")
        << QStringLiteral("contre l'opp|osition ce |soir") << QStringLiteral("l'opposition ce");
    QTest::newRow("French, accents")
        << QStringLiteral("Le minist|ère a annon|cé") << QStringLiteral("ministère a annoncé");
    QTest::newRow("exact words unchanged")
        << QStringLiteral("Les |ruptures| lors") << QStringLiteral("ruptures");
    QTest::newRow("spaces at the ends trimmed")
        << QStringLiteral("mot| suivant |fin") << QStringLiteral("suivant");
    QTest::newRow("Arabic, start inside a word")
        << QStringLiteral("وقد د|شنت الوزارة| مشروعا") << QStringLiteral("دشنت الوزارة");
    QTest::newRow("Arabic, end inside a word")
        << QStringLiteral("|وقد دشنت الوز|ارة مشروعا") << QStringLiteral("وقد دشنت الوزارة");
    QTest::newRow("number never cut: 120")
        << QStringLiteral("|قرابة 12|0 شخصا") << QStringLiteral("قرابة 120");
    QTest::newRow("number never cut, Latin")
        << QStringLiteral("environ |12|0 personnes") << QStringLiteral("120");
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("نحو |١٢|٠ شخصا") << QStringLiteral("١٢٠");
    QTest::newRow("thousands with a space and decimals: end inside")
        << QStringLiteral("Il a |dépensé 1 2|00,5 euros") << QStringLiteral("dépensé 1 200,5");
    QTest::newRow("thousands with a space: start on the second group")
        << QStringLiteral("soit 1 |200,5| euros") << QStringLiteral("1 200,5");
    QTest::newRow("thousands with a no-break space")
        << QStringLiteral("soit 12") + nbsp + QStringLiteral("|200| euros") << QStringLiteral("12") + nbsp + QStringLiteral("200");
    QTest::newRow("millions, narrow no-break spaces")
        << QStringLiteral("soit |3") + nnbsp + QStringLiteral("4|00") + nnbsp + QStringLiteral("000 euros")
        << QStringLiteral("3") + nnbsp + QStringLiteral("400") + nnbsp + QStringLiteral("000");
    QTest::newRow("a year before a number stays apart")
        << QStringLiteral("en 2023 |200| personnes") << QStringLiteral("200");
    QTest::newRow("percent with a space")
        << QStringLiteral("le taux atteint |31| % en mars") << QStringLiteral("31 %");
    QTest::newRow("percent with a no-break space")
        << QStringLiteral("atteint |3|1") + nbsp + QStringLiteral("% en mars") << QStringLiteral("31") + nbsp + QStringLiteral("%");
    QTest::newRow("percent glued")
        << QStringLiteral("une hausse de |4|2% du prix") << QStringLiteral("42%");
    QTest::newRow("Arabic percent sign")
        << QStringLiteral("بنسبة |٣|١٪ من") << QStringLiteral("٣١٪");
    QTest::newRow("decimal comma")
        << QStringLiteral("croissance de |3,|5 % en") << QStringLiteral("3,5 %");
    QTest::newRow("decimal point")
        << QStringLiteral("grew |2.|5 percent") << QStringLiteral("2.5");
    QTest::newRow("only spaces: left as it was")
        << QStringLiteral("un| |deux") << QStringLiteral(" ");
}

void TestQuoteBoundaries::snapToWords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto [plain, span] = marked(text);
    QCOMPARE(quoted(plain, QuoteBoundaries::snapToWords(plain, span)), expected);
}

void TestQuoteBoundaries::extendToSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French, inside one sentence")
        << QStringLiteral("Premier point. Le ministre a |annoncé| une baisse. Fin.")
        << QStringLiteral("Le ministre a annoncé une baisse.");
    QTest::newRow("across two sentences")
        << QStringLiteral("Un. Deux |trois. Qua|tre cinq. Six.") << QStringLiteral("Deux trois. Quatre cinq.");
    QTest::newRow("a caret only: its sentence")
        << QStringLiteral("Un. Deux tr||ois. Quatre.") << QStringLiteral("Deux trois.");
    QTest::newRow("Arabic")
        << QStringLiteral("قال الوزير. أعلنت |الوزارة| عن مشروع جديد. انتهى.")
        << QStringLiteral("أعلنت الوزارة عن مشروع جديد.");
    QTest::newRow("stops at a paragraph's end")
        << QStringLiteral("Titre sans point\nLe |texte| commence ici") << QStringLiteral("Le texte commence ici");
}

void TestQuoteBoundaries::extendToSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto [plain, span] = marked(text);
    QCOMPARE(quoted(plain, QuoteBoundaries::extendToSentence(plain, span)), expected);
}

void TestQuoteBoundaries::widenAndNarrow()
{
    const auto [text, span] = marked(QStringLiteral("Selon lui, |la baisse atteint| 1 200 euros."));
    QuoteBoundaries::Span s = span;
    s = QuoteBoundaries::widenStart(text, s);
    QCOMPARE(quoted(text, s), QStringLiteral("lui, la baisse atteint"));
    s = QuoteBoundaries::widenEnd(text, s);
    QCOMPARE(quoted(text, s), QStringLiteral("lui, la baisse atteint 1 200")); // the whole number
    s = QuoteBoundaries::widenEnd(text, s);
    QCOMPARE(quoted(text, s), QStringLiteral("lui, la baisse atteint 1 200 euros"));
    s = QuoteBoundaries::narrowStart(text, s);
    QCOMPARE(quoted(text, s), QStringLiteral("la baisse atteint 1 200 euros"));
    s = QuoteBoundaries::narrowEnd(text, s);
    QCOMPARE(quoted(text, s), QStringLiteral("la baisse atteint 1 200"));
    s = QuoteBoundaries::narrowEnd(text, s);
    QCOMPARE(quoted(text, s), QStringLiteral("la baisse atteint 1"));

    // Never down to nothing, never past the text's ends.
    const QString one = QStringLiteral("seul");
    QCOMPARE(QuoteBoundaries::narrowStart(one, {0, 4}), (QuoteBoundaries::Span{0, 4}));
    QCOMPARE(QuoteBoundaries::narrowEnd(one, {0, 4}), (QuoteBoundaries::Span{0, 4}));
    QCOMPARE(QuoteBoundaries::widenStart(one, {0, 4}), (QuoteBoundaries::Span{0, 4}));
    QCOMPARE(QuoteBoundaries::widenEnd(one, {0, 4}), (QuoteBoundaries::Span{0, 4}));

    // Arabic, by word too.
    const auto [arabic, arabicSpan] = marked(QStringLiteral("وقد |دشنت| الوزارة مشروعا"));
    QCOMPARE(quoted(arabic, QuoteBoundaries::widenEnd(arabic, arabicSpan)), QStringLiteral("دشنت الوزارة"));
    QCOMPARE(quoted(arabic, QuoteBoundaries::widenStart(arabic, arabicSpan)), QStringLiteral("وقد دشنت"));
}

void TestQuoteBoundaries::bigTextCostsAWindowOnly()
{
    // 20 million characters: snapping reads around the two ends only.
    QString text;
    text.reserve(20'000'000);
    while (text.size() < 20'000'000)
        text += QStringLiteral("chiffres trompeurs ");
    const int start = 10'000'003;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i)
        QuoteBoundaries::snapToWords(text, {start, start + 30});
    const QuoteBoundaries::Span snapped = QuoteBoundaries::snapToWords(text, {start, start + 30});
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!text.at(snapped.start - 1).isLetter() && !text.at(snapped.end).isLetter());
}

QTEST_APPLESS_MAIN(TestQuoteBoundaries)

#include "tst_quoteboundaries.moc"
