// "Where else?": one passage, reworded by a second outlet and copied verbatim by a third.
#include "search/passagematcher.h"
#include "search/whereelse.h"
#include "storage/articlewriter.h"
#include "storage/library.h"

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

QTEST_GUILESS_MAIN(TestWhereElse)
#include "tst_whereelse.moc"
