// "Where else?": one passage, reworded by a second outlet and copied verbatim by a third.
#include "search/passagematcher.h"
#include "search/whereelse.h"
#include "storage/articlewriter.h"
#include "storage/library.h"
#include "storage/passagestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

namespace {

ParsedPage page(const QString &title, const QString &source, const QDate &date, const QStringList &paragraphs)
{
    ParsedPage p;
    p.title = title;
    p.source = source;
    p.published = date;
    for (const QString &text : paragraphs)
        p.blocks.append({ParsedBlock::Kind::Paragraph, text});
    return p;
}

const QString kOriginal = QStringLiteral(
    "Selon des documents consultés par notre rédaction, près de cinq cents soldats étrangers auraient été "
    "capturés lors des combats d'Alep en novembre dernier.");

} // namespace

class TestWhereElse : public QObject
{
    Q_OBJECT

private slots:
    void matcherScores_data();
    void matcherScores();
    void normalizesLikeTheIndex();
    void findsRewordedAndVerbatimCopies();
    void nothingForUnrelatedOrEmpty_data();
    void nothingForUnrelatedOrEmpty();
    void rarestWordsInOneStatement();
    void phrasesSpreadOverThePassage_data();
    void phrasesSpreadOverThePassage();
};

void TestWhereElse::matcherScores_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::newRow("verbatim") << "Introduction. " + kOriginal + " Suite." << 0.99 << 1.0;
    QTest::newRow("punctuation and case") << kOriginal.toUpper().replace(",", "").replace("'", " ") << 0.99 << 1.0;
    QTest::newRow("accents dropped") << QString(kOriginal).replace("é", "e").replace("è", "e") << 0.99 << 1.0;
    QTest::newRow("two words changed")
        << QString(kOriginal).replace("soldats", "militaires").replace("novembre", "décembre") << 0.5 << 0.9;
    QTest::newRow("unrelated") << "Les pluies ont inondé le port de Tanger, affirme la préfecture." << 0.0 << 0.05;
}

void TestWhereElse::matcherScores()
{
    QFETCH(QString, text);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    const PassageMatcher matcher(kOriginal);
    const std::optional<PassageMatcher::Match> match = matcher.bestMatch(text);
    const double score = match ? match->score : 0.0;
    QVERIFY2(score >= minimum && score <= maximum, qPrintable(QString::number(score)));
    if (match && score > 0.9) {
        // The reported span is the passage itself.
        const QString found = text.mid(match->start, match->end - match->start);
        QCOMPARE(PassageMatcher::normalizedWords(found), PassageMatcher::normalizedWords(kOriginal));
    }
}

void TestWhereElse::normalizesLikeTheIndex()
{
    QList<QPair<int, int>> ranges;
    const QString text = QStringLiteral("L'Élysée a démenti — «faux», الجيش 🙂 x2");
    const QStringList words = PassageMatcher::normalizedWords(text, &ranges);
    QCOMPARE(words, (QStringList{"l", "elysee", "a", "dementi", "faux", "الجيش", "🙂", "x2"}));
    QCOMPARE(text.mid(ranges.at(1).first, ranges.at(1).second - ranges.at(1).first), QStringLiteral("Élysée"));
}

void TestWhereElse::findsRewordedAndVerbatimCopies()
{
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath("w.glossa")));
    ArticleWriter writer(library.database());
    const QString reworded = QStringLiteral(
        "D'après des documents consultés par la rédaction, près de cinq cents militaires étrangers auraient été "
        "capturés pendant les combats d'Alep en novembre dernier.");
    const WriteResult result = writer.write(
        "w.txt", "w",
        {QStringLiteral("UTF-8"),
         {page("Révélations sur Alep", "Le Courrier du Nord", QDate(2025, 2, 10), {"Un paragraphe d'introduction.", kOriginal}),
          page("Alep : des prisonniers étrangers", "Média Atlas", QDate(2025, 2, 11), {reworded, "Fin de l'article."}),
          page("Reprise : Alep", "La Gazette de l'Est", QDate(2025, 2, 14), {"Reprise.", kOriginal}),
          page("Copie non datée", "Blog anonyme", QDate(), {kOriginal}),
          page("Autre sujet", "Barlamane", QDate(2025, 2, 9),
               {"Les combats ont repris près d'Alep, selon des sources locales, sans prisonniers signalés."})},
         QString()});
    QVERIFY2(result.ok(), qPrintable(result.error));
    const qint64 source = result.articleIds.at(0);

    const QList<WhereElseHit> hits = WhereElse(library.database()).find(kOriginal, source);
    QCOMPARE(hits.size(), 3);
    // Earliest first, undated last.
    QCOMPARE(hits.at(0).source, QStringLiteral("Média Atlas"));
    QVERIFY(hits.at(0).score >= 0.4 && hits.at(0).score < 1.0);
    QCOMPARE(hits.at(1).source, QStringLiteral("La Gazette de l'Est"));
    QCOMPARE(hits.at(1).score, 1.0);
    QCOMPARE(hits.at(1).passage, kOriginal.chopped(1)); // the span runs from first to last word
    QCOMPARE(hits.at(2).source, QStringLiteral("Blog anonyme"));
    for (const WhereElseHit &hit : hits)
        QVERIFY(hit.articleId != source);
}

void TestWhereElse::nothingForUnrelatedOrEmpty_data()
{
    QTest::addColumn<QString>("passage");
    QTest::newRow("empty") << "";
    QTest::newRow("punctuation") << "« … » — !!";
    QTest::newRow("words not in library") << "zygomatique hyperbolique transcendantal";
    QTest::newRow("fts syntax") << "\"NEAR( title: * -";
}

void TestWhereElse::nothingForUnrelatedOrEmpty()
{
    QFETCH(QString, passage);
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath("w.glossa")));
    ArticleWriter writer(library.database());
    QVERIFY(writer.write("w.txt", "w", {QStringLiteral("UTF-8"), {page("T", "S", QDate(2025, 1, 1), {kOriginal})}, QString()}).ok());
    WhereElse whereElse(library.database());
    QVERIFY(whereElse.find(passage, 0).isEmpty());
    QVERIFY2(whereElse.lastError().isEmpty(), qPrintable(whereElse.lastError()));
}

// Every word counted by one statement, rarest first; words the index does not know, and words
// of one or two letters, are left out.
void TestWhereElse::rarestWordsInOneStatement()
{
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath("w.glossa")));
    ArticleWriter writer(library.database());
    QVERIFY(writer.write("w.txt", "w",
                         {QStringLiteral("UTF-8"),
                          {page("Un", "S", QDate(2025, 1, 1), {"Alep et les soldats capturés."}),
                           page("Deux", "S", QDate(2025, 1, 2), {"Alep et les soldats."}),
                           page("Trois", "S", QDate(2025, 1, 3), {"Alep, encore."})},
                          QString()})
                .ok());
    PassageStore store(library.database());
    const QStringList words = PassageMatcher::normalizedWords(
        QStringLiteral("Alep : les soldats capturés, zygomatique et « x » Alep"));
    const QList<QPair<QString, int>> rarest = store.rarestWords(words, 8);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    const QList<QPair<QString, int>> expected{{"captures", 1}, {"les", 2}, {"soldats", 2}, {"alep", 3}};
    QCOMPARE(rarest, expected);
    QCOMPARE(store.rarestWords(words, 2), expected.mid(0, 2));
    QVERIFY(store.rarestWords({}, 8).isEmpty());
}

void TestWhereElse::phrasesSpreadOverThePassage_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("empty") << QStringList{} << QStringList{};
    QTest::newRow("shorter than a shingle") << QStringList{"le", "port"} << QStringList{"le port"};
    QTest::newRow("one run") << QStringList{"le", "port", "de", "tanger"} << QStringList{"le port de"};
    const QStringList twelve{"a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3", "d1", "d2", "d3"};
    QTest::newRow("four runs") << twelve << QStringList{"a1 a2 a3", "b1 b2 b3", "c1 c2 c3", "d1 d2 d3"};
    QStringList long_;
    for (int i = 0; i < 24; ++i)
        long_ << QStringLiteral("w%1").arg(i);
    // Eight runs of three: every other one, so the four cover the whole passage.
    QTest::newRow("spread") << long_ << QStringList{"w0 w1 w2", "w6 w7 w8", "w12 w13 w14", "w18 w19 w20"};
}

void TestWhereElse::phrasesSpreadOverThePassage()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, phrases);
    QCOMPARE(WhereElse::phrases(words), phrases);
}

QTEST_GUILESS_MAIN(TestWhereElse)
#include "tst_whereelse.moc"
