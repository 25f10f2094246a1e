#include "model/foldedtext.h"

#include <QtTest>

using namespace glossa;

using Spans = QList<std::pair<int, int>>;
Q_DECLARE_METATYPE(Spans)

// Find in Article folds as the library's search does; each case names what the analyst types,
// the article's text, and the spans of that text that must come back.
class TestFoldedText : public QObject
{
    Q_OBJECT

private slots:
    void findsFolded_data();
    void findsFolded();
    void wholeWords_data();
    void wholeWords();
};

void TestFoldedText::findsFolded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<Spans>("spans");
    QTest::newRow("accent typed without") << "La presse algérienne." << "algerienne" << Spans{{10, 20}};
    QTest::newRow("accent typed with, text without") << "La presse algerienne." << "algérienne" << Spans{{10, 20}};
    QTest::newRow("case") << "L'ÉTAT et l'état" << "etat" << Spans{{2, 6}, {12, 16}};
    QTest::newRow("decomposed accent in the text") << QStringLiteral("cafe\u0301 noir") << "café" << Spans{{0, 5}};
    QTest::newRow("harakat") << QStringLiteral("قال مُحَمَّد أمس") << "محمد" << Spans{{4, 12}};
    QTest::newRow("tatweel") << QStringLiteral("الجـــيش") << "الجيش" << Spans{{0, 8}};
    QTest::newRow("after an emoji") << QStringLiteral("🙂 Béni Haroun") << "beni" << Spans{{3, 7}};
    QTest::newRow("ligature in the text") << QStringLiteral("l’\uFB01nance") << "finance" << Spans{{2, 8}};
    QTest::newRow("cedilla and oe") << "Le garçon" << "garcon" << Spans{{3, 9}};
    QTest::newRow("nothing") << "Le barrage" << "digue" << Spans{};
    QTest::newRow("empty needle") << "Le barrage" << "" << Spans{};
    QTest::newRow("marks only") << "Le barrage" << QStringLiteral("\u0301") << Spans{};
}

void TestFoldedText::findsFolded()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(Spans, spans);
    QCOMPARE(FoldedText(text).find(needle), spans);
}

void TestFoldedText::wholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<Spans>("spans");
    QTest::newRow("inside a word") << "barrages et barrage" << "barrage" << false << Spans{{12, 19}};
    QTest::newRow("prefix") << "barrages et barrage" << "barrage" << true << Spans{{0, 7}, {12, 19}};
    QTest::newRow("not at a word's start") << "débarrage" << "barrage" << true << Spans{};
    QTest::newRow("number not cut") << "120 et 12 %" << "12" << false << Spans{{7, 9}};
    QTest::newRow("arabic word") << QStringLiteral("دشنت شنت") << QStringLiteral("شنت") << false << Spans{{5, 8}};
}

void TestFoldedText::wholeWords()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(bool, prefix);
    QFETCH(Spans, spans);
    QCOMPARE(FoldedText(text).find(needle, true, prefix), spans);
}

QTEST_APPLESS_MAIN(TestFoldedText)
#include "tst_foldedtext.moc"
