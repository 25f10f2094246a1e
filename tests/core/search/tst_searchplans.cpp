// The cheaper search plans give exactly the rows, in exactly the order, of the plans they
// replace: prefixes read as the words they stand for (listed off FTS5's own index records by
// FtsIndexReader), and sparse searches probed row by row when that is estimated cheaper.
#include "search/articlefinder.h"
#include "search/ftsindexreader.h"
#include "search/ftsquery.h"
#include "search/searchindexcompactor.h"
#include "storage/articlewriter.h"
#include "../storage/testlibrary.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;

Q_DECLARE_METATYPE(SearchPlan)

namespace {

QList<qint64> idsOf(const QList<ArticleSummary> &rows)
{
    QList<qint64> ids;
    for (const ArticleSummary &row : rows)
        ids << row.id;
    return ids;
}

// Words some articles hold, so that prefixes stand for none, one, several or very many words.
const QStringList kRotatingWords = {"dépêche", "département", "députés", "déplacement", "Dépenses",
                                    "coopération", "sécurité", "santé", "éducation", "الحكومة", "الحدود"};

} // namespace

class TestSearchPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void prefixTermsAreTheIndexWords_data();
    void prefixTermsAreTheIndexWords();
    void prefixTermsGiveUpWhenUnsure();
    void segmentsAreCounted();
    void prefixTermsSurviveAnUnfinishedMerge_data();
    void prefixTermsSurviveAnUnfinishedMerge();
    void compactingLeavesOneSegmentAndTheSameResults();
    void damagedIndexRecordsAreNeverOverrun_data();
    void damagedIndexRecordsAreNeverOverrun();
    void pagesMatchTheReferencePlans_data();
    void pagesMatchTheReferencePlans();
    void sparsePhrasesAreProbedForSmallPages();
    void rankedPrefixesKeepTheirBm25();

private:
    QTemporaryDir m_dir;
    Library m_library;
    int m_count = 0;
};

void TestSearchPlans::initTestCase()
{
    QString error;
    QVERIFY2(m_library.open(m_dir.filePath("plans.glossa"), &error), qPrintable(error));
    // Written in batches, each its own transaction and so its own FTS5 segment: lookups then
    // seek several segments, as in a library imported over time. Dates do not follow the ids.
    m_count = ArticleFinder::kSelectiveMatches + 200;
    const int batches = 6;
    int written = 0;
    for (int batch = 0; batch < batches; ++batch) {
        QList<ParsedPage> pages;
        for (int k = 0; k < m_count / batches; ++k, ++written) {
            const int i = written;
            QStringList words = {QStringLiteral("commun partout"), QStringLiteral("numéro n%1").arg(i),
                                 kRotatingWords.at(i % kRotatingWords.size())};
            if (i % 20 == 0)
                words << QStringLiteral("crise énergie");
            if (i % 3 == 0)
                words << QStringLiteral("coopérer");
            const QDate date = i % 13 == 0 ? QDate() : QDate(2020, 1, 1).addDays((i * 7919) % 900);
            pages << makePage(QStringLiteral("Titre %1 %2").arg(i).arg(kRotatingWords.at((i / 3) % kRotatingWords.size())),
                              QStringLiteral("Agence"), date, {words.join(QLatin1Char(' ')) + QLatin1Char('.')});
        }
        const WriteResult result = ArticleWriter(m_library.database())
                                       .write(QStringLiteral("batch%1.txt").arg(batch), QStringLiteral("b%1").arg(batch).toUtf8(),
                                              makeDocument(pages));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
    QCOMPARE(written, m_count);
}

void TestSearchPlans::cleanupTestCase()
{
    m_library.close();
}

void TestSearchPlans::prefixTermsAreTheIndexWords_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("folded"); // as the index holds it, for the fts5vocab oracle
    QTest::newRow("many words, accented") << "dép" << "dep";
    QTest::newRow("unaccented") << "dep" << "dep";
    QTest::newRow("upper case") << "DÉPU" << "depu";
    QTest::newRow("two words") << "coopér" << "cooper";
    QTest::newRow("a whole word") << "sécurité" << "securite";
    QTest::newRow("no word") << "zyg" << "zyg";
    QTest::newRow("arabic") << "الح" << "الح";
    QTest::newRow("one letter") << "d" << "d";
    QTest::newRow("digits") << "n11" << "n11";
}

void TestSearchPlans::prefixTermsAreTheIndexWords()
{
    QFETCH(QString, prefix);
    QFETCH(QString, folded);
    QSqlQuery sql(m_library.database());
    sql.prepare("SELECT term FROM articles_fts_vocabulary WHERE term >= ? AND substr(term, 1, ?) = ? ORDER BY term");
    sql.addBindValue(folded);
    sql.addBindValue(folded.size());
    sql.addBindValue(folded);
    QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    QStringList expected;
    while (sql.next())
        expected << sql.value(0).toString();
    expected.sort();
    const std::optional<QStringList> terms = FtsIndexReader(m_library.database()).prefixTerms(prefix, 10000);
    QVERIFY(terms.has_value());
    QCOMPARE(*terms, expected);
}

void TestSearchPlans::prefixTermsGiveUpWhenUnsure()
{
    const FtsIndexReader index(m_library.database());
    QVERIFY(index.prefixTerms(QStringLiteral("dép"), 5).has_value());
    QVERIFY(!index.prefixTerms(QStringLiteral("dép"), 4).has_value()); // more than asked for
    QVERIFY(!index.prefixTerms(QStringLiteral("l état"), 100).has_value()); // two tokens
    QVERIFY(!index.prefixTerms(QStringLiteral("--"), 100).has_value());   // no token
    QVERIFY(!index.prefixTerms(QString(), 100).has_value());
    // In a transaction FTS5 may keep new words in memory, out of the segments read here.
    QSqlDatabase db = m_library.database();
    QVERIFY(db.transaction());
    QVERIFY(!index.prefixTerms(QStringLiteral("dép"), 100).has_value());
    QVERIFY(db.rollback());
    QVERIFY(index.prefixTerms(QStringLiteral("dép"), 100).has_value());
}

void TestSearchPlans::segmentsAreCounted()
{
    // A copy of the library, merged into one segment by FTS5's 'optimize'.
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy.glossa");
    {
        QSqlQuery sql(m_library.database());
        QVERIFY2(sql.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)), qPrintable(sql.lastError().text()));
    }
    const std::optional<int> before = FtsIndexReader(m_library.database()).segmentCount();
    QVERIFY(before.has_value());
    QVERIFY2(*before > 1, qPrintable(QString::number(*before)));
    Library merged;
    QString error;
    QVERIFY2(merged.open(copy, &error), qPrintable(error));
    QSqlQuery sql(merged.database());
    QVERIFY(sql.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')"));
    QCOMPARE(FtsIndexReader(merged.database()).segmentCount(), std::optional<int>(1));
    // The prefix terms read off one segment are those read off several.
    QCOMPARE(FtsIndexReader(merged.database()).prefixTerms(QStringLiteral("dép"), 100),
             FtsIndexReader(m_library.database()).prefixTerms(QStringLiteral("dép"), 100));
}

void TestSearchPlans::prefixTermsSurviveAnUnfinishedMerge_data()
{
    QTest::addColumn<int>("pages");
    QTest::newRow("one page") << 1;
    QTest::newRow("a few pages") << 4;
    QTest::newRow("more pages") << 16;
}

// An incremental merge (automerge after an import, or 'merge' with a page budget) consumes its
// input segments from the front and may stop half-way: their first pages are then gone or
// rewritten, while %_idx may still list them.
void TestSearchPlans::prefixTermsSurviveAnUnfinishedMerge()
{
    QFETCH(int, pages);
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy.glossa");
    {
        QSqlQuery sql(m_library.database());
        QVERIFY2(sql.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)), qPrintable(sql.lastError().text()));
    }
    Library merging;
    QString error;
    QVERIFY2(merging.open(copy, &error), qPrintable(error));
    QSqlQuery sql(merging.database());
    QVERIFY(sql.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('usermerge', 2)"));
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', %1)").arg(pages)));
    const FtsIndexReader index(merging.database());
    for (const QString &prefix : {QStringLiteral("dép"), QStringLiteral("c"), QStringLiteral("n1"), QStringLiteral("s"),
                                  QStringLiteral("ال"), QStringLiteral("t")}) {
        sql.prepare("SELECT term FROM articles_fts_vocabulary WHERE term >= ? AND substr(term, 1, ?) = ? ORDER BY term");
        const QString folded = prefix == QStringLiteral("dép") ? QStringLiteral("dep") : prefix;
        sql.addBindValue(folded);
        sql.addBindValue(folded.size());
        sql.addBindValue(folded);
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        QStringList expected;
        while (sql.next())
            expected << sql.value(0).toString();
        expected.sort();
        const std::optional<QStringList> terms = index.prefixTerms(prefix, 100000);
        QVERIFY2(terms.has_value(), qPrintable(prefix));
        QCOMPARE(*terms, expected);
    }
    QVERIFY(sql.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"));
}

void TestSearchPlans::compactingLeavesOneSegmentAndTheSameResults()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy.glossa");
    {
        QSqlQuery sql(m_library.database());
        QVERIFY2(sql.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)), qPrintable(sql.lastError().text()));
    }
    Library library;
    QString error;
    QVERIFY2(library.open(copy, &error), qPrintable(error));
    ArticleFinder finder(library.database());
    const QStringList searches = {"commun", "\"crise énergie\"", "dép*", "n11*", "santé -coopér*"};
    QList<QList<qint64>> before;
    for (const QString &search : searches) {
        ArticleQuery query;
        query.search = search;
        query.sort = ArticleQuery::Sort::Relevance;
        before << finder.ids(query);
    }
    QVERIFY(FtsIndexReader(library.database()).segmentCount().value_or(0) > 1);

    SearchIndexCompactor compactor(library.database());
    int steps = 0;
    QVERIFY2(compactor.compact([&steps] { return ++steps < 10000; }), qPrintable(compactor.lastError()));
    QVERIFY(steps > 1);
    QCOMPARE(FtsIndexReader(library.database()).segmentCount(), std::optional<int>(1));
    QVERIFY(!compactor.step()); // nothing left
    QVERIFY(compactor.lastError().isEmpty());
    QSqlQuery sql(library.database());
    QVERIFY2(sql.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"), qPrintable(sql.lastError().text()));
    for (int i = 0; i < searches.size(); ++i) {
        ArticleQuery query;
        query.search = searches.at(i);
        query.sort = ArticleQuery::Sort::Relevance;
        QCOMPARE(finder.ids(query), before.at(i));
        query.limit = 10;
        QCOMPARE(idsOf(finder.summaries(query)), before.at(i).mid(0, 10));
    }
    // Stopped before the first step: nothing merged, no error.
    QVERIFY(SearchIndexCompactor(m_library.database()).compact([] { return false; }));
}

void TestSearchPlans::damagedIndexRecordsAreNeverOverrun_data()
{
    QTest::addColumn<QString>("damage"); // an UPDATE of articles_fts_data
    QTest::newRow("leaves cut short") << "UPDATE articles_fts_data SET block = substr(block, 1, 9) WHERE id > 10";
    QTest::newRow("leaves emptied") << "UPDATE articles_fts_data SET block = x'' WHERE id > 10";
    QTest::newRow("leaves of noise") << "UPDATE articles_fts_data SET block = randomblob(length(block)) WHERE id > 10";
    QTest::newRow("page index past the end") << "UPDATE articles_fts_data SET block = x'0004ffff8181818181' WHERE id > 10";
    QTest::newRow("varints without end") << "UPDATE articles_fts_data SET block = x'00000005ffffffffffffffffff' WHERE id > 10";
    QTest::newRow("structure cut short") << "UPDATE articles_fts_data SET block = substr(block, 1, 6) WHERE id = 10";
    QTest::newRow("structure of noise") << "UPDATE articles_fts_data SET block = randomblob(40) WHERE id = 10";
    QTest::newRow("structure, later layout") << "UPDATE articles_fts_data SET block = x'00000001ff000001020304' WHERE id = 10";
    QTest::newRow("no structure") << "DELETE FROM articles_fts_data WHERE id = 10";
}

// FtsIndexReader decodes binary records: damaged ones must give nullopt (or some terms), never
// a read past a buffer (this suite also runs under AddressSanitizer) nor a crash of the search.
void TestSearchPlans::damagedIndexRecordsAreNeverOverrun()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy.glossa");
    {
        QSqlQuery sql(m_library.database());
        QVERIFY2(sql.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)), qPrintable(sql.lastError().text()));
    }
    Library library;
    QString error;
    QVERIFY2(library.open(copy, &error), qPrintable(error));
    QSqlQuery sql(library.database());
    QVERIFY2(sql.exec(damage), qPrintable(sql.lastError().text()));
    const FtsIndexReader index(library.database());
    index.segmentCount();
    for (const QString &prefix : {QStringLiteral("dép"), QStringLiteral("c"), QStringLiteral("zzz")})
        index.prefixTerms(prefix, 100000);
    ArticleQuery query;
    query.search = QStringLiteral("dép* \"commun partout\"");
    query.sort = ArticleQuery::Sort::Relevance;
    query.limit = 5;
    query.withSnippets = true;
    ArticleFinder(library.database()).summaries(query); // FTS5 may refuse the damaged index
}

void TestSearchPlans::pagesMatchTheReferencePlans_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");
    const QStringList searches = {
        "coopér*",              // two words, in four articles in ten
        "coopérat*",            // one word
        "commu*",               // one word in every article: probed
        "part* -coopér*",       // probed, less dense
        "dép*",                 // several words, together in most articles
        "DEP*",                 // unaccented, upper case
        "zyg*",                 // nothing
        "n11*",                 // a few words, few articles: ranked
        "n*",                   // more words than are listed: FTS5's prefix
        "sécur* santé",         // a prefix and a word
        "dép* -coopér*",        // excluded prefix
        "commun -dépu*",
        "coopér* OR santé",
        "الح*",
        "\"crise énergie\"",    // a phrase in one article in twenty
        "\"commun partout\"",   // a phrase everywhere
        "\"commun partout\" -coopérer",
        "commun",
        "santé OR éducation",
        // hostile
        "*", "-*", "\"", "dé\"p*", "OR dép* OR", "dép**", "\"dép\"*", "l'é*", QString(300, QLatin1Char('d')) + "*",
        QString(QChar(0xD800)) + "dép*",
    };
    for (const QString &search : searches) {
        QTest::addRow("%s, 50", qPrintable(search.left(40))) << search << 50;
        QTest::addRow("%s, 3", qPrintable(search.left(40))) << search << 3;
    }
}

// The reference is ids(), which plans every search as before (FTS5's own prefix, no estimate)
// and lists every row.
void TestSearchPlans::pagesMatchTheReferencePlans()
{
    QFETCH(QString, search);
    QFETCH(int, pageSize);
    ArticleFinder finder(m_library.database());
    ArticleQuery query;
    query.search = search;
    query.sort = ArticleQuery::Sort::Relevance;
    const QList<qint64> reference = finder.ids(query);
    QVERIFY2(finder.lastError().isEmpty(), qPrintable(finder.lastError()));

    query.limit = pageSize;
    query.withSnippets = true;
    const QList<ArticleSummary> first = finder.summaries(query);
    QVERIFY2(finder.lastError().isEmpty(), qPrintable(finder.lastError()));
    QCOMPARE(idsOf(first), reference.mid(0, pageSize));
    for (const ArticleSummary &row : first) {
        if (!FtsQuery::toMatchExpression(search).isEmpty())
            QVERIFY2(row.snippet.contains(QChar(0x02)), qPrintable(row.snippet));
    }
    if (first.size() < pageSize)
        return;
    // The next page, by key (or by offset when ranked).
    query.after = first.constLast();
    query.offset = pageSize;
    QCOMPARE(idsOf(finder.summaries(query)), reference.mid(pageSize, pageSize));
}

void TestSearchPlans::sparsePhrasesAreProbedForSmallPages()
{
    ArticleFinder finder(m_library.database());
    const QString phrase = FtsQuery::toMatchExpression(QStringLiteral("\"commun partout\""));
    // Every article holds it: one row is found by a check or two, where the set reads them all.
    QCOMPARE(finder.planSearch(phrase, 1), SearchPlan::Probed);
    // Fifty rows, each check seeking every segment, cost more than the set of 1,200.
    QCOMPARE(finder.planSearch(phrase, 50), SearchPlan::Materialized);
    QCOMPARE(finder.planSearch(phrase), SearchPlan::Materialized);
    // A prefix is never probed: FTS5 merges its words' doclists on every check.
    QCOMPARE(finder.planSearch(FtsQuery::toMatchExpression(QStringLiteral("commu*")), 1), SearchPlan::Materialized);
    // A filter changes the density the estimate relies on: no estimate then.
    ArticleQuery query;
    query.search = QStringLiteral("\"commun partout\"");
    query.sort = ArticleQuery::Sort::Relevance;
    query.limit = 1;
    query.unreadOnly = true;
    const QList<ArticleSummary> filtered = finder.summaries(query);
    query.unreadOnly = false;
    QCOMPARE(idsOf(filtered), idsOf(finder.summaries(query)));
}

void TestSearchPlans::rankedPrefixesKeepTheirBm25()
{
    ArticleFinder finder(m_library.database());
    // A common prefix is listed newest first, through its words.
    const PlannedSearch common = finder.plannedSearch(FtsQuery::toMatchExpression(QStringLiteral("COMMU*")), 50);
    QCOMPARE(common.match, QStringLiteral("\"commun\""));
    QCOMPARE(common.plan, SearchPlan::Probed);
    // Fewer than kSelectiveMatches articles: ranked, though its words are dense enough to probe.
    const QString fewer = FtsQuery::toMatchExpression(QStringLiteral("coopér*"));
    QCOMPARE(finder.plannedSearch(fewer, 50).match, fewer);
    // A rare one is ranked, and bm25 weighs a prefix as one term: it stays a prefix.
    const QString rare = FtsQuery::toMatchExpression(QStringLiteral("n11*"));
    const PlannedSearch ranked = finder.plannedSearch(rare, 50);
    QCOMPARE(ranked.plan, SearchPlan::Selective);
    QCOMPARE(ranked.match, rare);
}

QTEST_GUILESS_MAIN(TestSearchPlans)
#include "tst_searchplans.moc"
