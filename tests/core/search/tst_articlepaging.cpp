// Keyset paging of the headline list in every order, and the search plans chosen by how many
// articles match: bm25 for selective searches, newest first for very common ones.
#include "search/articlefinder.h"
#include "search/ftsquery.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "../storage/testlibrary.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

using namespace glossa;
using namespace glossa::testing;

Q_DECLARE_METATYPE(ArticleQuery::Sort)
Q_DECLARE_METATYPE(SearchPlan)

namespace {

// The order each sort promises, computed in C++ from the rows: the oracle for the pages.
bool before(const ArticleSummary &a, const ArticleSummary &b, ArticleQuery::Sort sort, Qt::SortOrder order)
{
    const bool up = order == Qt::AscendingOrder;
    // SQL NULL (an invalid date, an unknown outlet) sorts first going up.
    auto compareDates = [](const QDate &x, const QDate &y) {
        if (x.isValid() != y.isValid())
            return x.isValid() ? 1 : -1;
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    int c = 0;
    switch (sort) {
    case ArticleQuery::Sort::Title:
        c = a.title.compare(b.title, Qt::CaseInsensitive);
        break;
    case ArticleQuery::Sort::Source:
        c = a.source.compare(b.source, Qt::CaseInsensitive);
        if (c != 0)
            return up ? c < 0 : c > 0;
        // within an outlet: newest first whatever the direction
        c = compareDates(a.published, b.published);
        if (c != 0)
            return c > 0;
        return a.id > b.id;
    case ArticleQuery::Sort::Annotations:
        c = a.annotationCount - b.annotationCount;
        if (c == 0)
            c = compareDates(a.published, b.published);
        break;
    case ArticleQuery::Sort::Published:
    case ArticleQuery::Sort::Relevance:
        c = compareDates(a.published, b.published);
        break;
    }
    if (c == 0)
        c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return up ? c < 0 : c > 0;
}

QList<qint64> idsOf(const QList<ArticleSummary> &rows)
{
    QList<qint64> ids;
    for (const ArticleSummary &row : rows)
        ids << row.id;
    return ids;
}

} // namespace

class TestArticlePaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keysetPagesFollowTheOrder_data();
    void keysetPagesFollowTheOrder();
    void everyOrderIsReadOffAnIndex_data();
    void everyOrderIsReadOffAnIndex();
    void searchPlanFollowsTheMatchCount_data();
    void searchPlanFollowsTheMatchCount();
    void commonTermsListNewestFirst_data();
    void commonTermsListNewestFirst();
    void rareTermsStayRankedByBm25();
    void searchPagesByKeyToo();

private:
    QTemporaryDir m_dir;
    Library m_small;   // 41 articles with ties, undated and unattributed ones
    Library m_large;   // kSelectiveMatches + 200 articles, for the search plans
    int m_largeCount = 0;
};

void TestArticlePaging::initTestCase()
{
    QString error;
    QVERIFY2(m_small.open(m_dir.filePath("small.glossa"), &error), qPrintable(error));
    QList<ParsedPage> pages;
    const QStringList outlets = {"Barlamane", "le courrier", "Média Atlas", QString()};
    for (int i = 0; i < 41; ++i) {
        // Titles that tie without regard to case, dates that tie, some undated.
        const QString title = (i % 2 ? QStringLiteral("alpha %1") : QStringLiteral("Alpha %1")).arg(i % 5);
        const QDate date = i % 7 == 3 ? QDate() : QDate(2025, 1, 1).addDays(i % 6);
        pages << makePage(title, outlets.at(i % 4), date, {QStringLiteral("Texte commun numéro %1.").arg(i)});
    }
    const WriteResult small = ArticleWriter(m_small.database()).write("small.txt", "small", makeDocument(pages));
    QVERIFY2(small.ok(), qPrintable(small.error));
    QSqlQuery sql(m_small.database());
    for (int i = 0; i < small.articleIds.size(); ++i) {
        for (int n = 0; n < i % 3; ++n) {
            sql.prepare("INSERT INTO annotations (article_id, start, end, exact, created_at, modified_at)"
                        " VALUES (?, 0, 5, 'Texte', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
            sql.addBindValue(small.articleIds.at(i));
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        }
    }

    QVERIFY2(m_large.open(m_dir.filePath("large.glossa"), &error), qPrintable(error));
    pages.clear();
    m_largeCount = ArticleFinder::kSelectiveMatches + 200;
    for (int i = 0; i < m_largeCount; ++i) {
        QStringList words = {QStringLiteral("commun partout"), QStringLiteral("dépêche %1").arg(i)};
        if (i % 10 == 0)
            words << QStringLiteral("quart");
        // The rare word: in the title of the oldest article that has it, in the body of two newer ones.
        QString title = QStringLiteral("Dépêche %1").arg(i);
        if (i == 5)
            title += QStringLiteral(" rarissime");
        if (i == 900 || i == 1100)
            words << QStringLiteral("rarissime");
        pages << makePage(title, "Agence", QDate(2020, 1, 1).addDays(i), {words.join(QLatin1Char(' ')) + "."});
    }
    const WriteResult large = ArticleWriter(m_large.database()).write("large.txt", "large", makeDocument(pages));
    QVERIFY2(large.ok(), qPrintable(large.error));
    QCOMPARE(large.added, m_largeCount);
}

void TestArticlePaging::cleanupTestCase()
{
    m_small.close();
    m_large.close();
}

void TestArticlePaging::keysetPagesFollowTheOrder_data()
{
    QTest::addColumn<ArticleQuery::Sort>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<QString>("search");
    using S = ArticleQuery::Sort;
    for (const auto &[name, sort] : {std::pair{"date", S::Published}, std::pair{"title", S::Title},
                                     std::pair{"outlet", S::Source}, std::pair{"notes", S::Annotations}}) {
        QTest::addRow("%s, descending", name) << sort << Qt::DescendingOrder << false << QString();
        QTest::addRow("%s, ascending", name) << sort << Qt::AscendingOrder << false << QString();
        QTest::addRow("%s, unread only", name) << sort << Qt::DescendingOrder << true << QString();
        QTest::addRow("%s, searching", name) << sort << Qt::AscendingOrder << false << QStringLiteral("commun");
    }
}

void TestArticlePaging::keysetPagesFollowTheOrder()
{
    QFETCH(ArticleQuery::Sort, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, unreadOnly);
    QFETCH(QString, search);
    ArticleFinder finder(m_small.database());
    // A few articles read, so "unread only" leaves gaps.
    for (qint64 id : {2, 9, 10, 30})
        QVERIFY(ArticleStore(m_small.database()).setRead(id, true));

    ArticleQuery all;
    all.unreadOnly = unreadOnly;
    all.search = search;
    QList<ArticleSummary> expected = finder.summaries(all);
    QVERIFY(expected.size() > 30);
    std::stable_sort(expected.begin(), expected.end(),
                     [&](const ArticleSummary &a, const ArticleSummary &b) { return before(a, b, sort, order); });

    ArticleQuery page = all;
    page.sort = sort;
    page.order = order;
    page.limit = 4;
    QList<ArticleSummary> paged;
    for (int guard = 0; guard < 50; ++guard) {
        const QList<ArticleSummary> rows = finder.summaries(page);
        QVERIFY2(finder.lastError().isEmpty(), qPrintable(finder.lastError()));
        paged += rows;
        if (rows.size() < page.limit)
            break;
        page.after = rows.constLast();
        page.offset = int(paged.size());
    }
    QCOMPARE(idsOf(paged), idsOf(expected));
    for (qint64 id : {2, 9, 10, 30})
        QVERIFY(ArticleStore(m_small.database()).setRead(id, false));
}

void TestArticlePaging::everyOrderIsReadOffAnIndex_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("index");
    QTest::newRow("date") << "SELECT id FROM articles a WHERE a.published = '2025-01-01' AND a.id < 9"
                             " ORDER BY a.published DESC, a.id DESC LIMIT 5"
                          << "articles_by_published";
    QTest::newRow("title") << "SELECT id FROM articles a WHERE a.title COLLATE NOCASE > 'b'"
                              " ORDER BY a.title COLLATE NOCASE, a.id LIMIT 5"
                           << "articles_by_title_nocase";
    QTest::newRow("outlet") << "SELECT id FROM articles a WHERE a.source_id = 1 AND a.published < '2025-01-03'"
                               " ORDER BY a.published DESC, a.id DESC LIMIT 5"
                            << "articles_by_source";
    QTest::newRow("notes") << "SELECT id FROM articles a WHERE a.annotation_count < 2"
                              " ORDER BY a.annotation_count DESC, a.published DESC, a.id DESC LIMIT 5"
                           << "articles_by_annotation_count";
}

// The slices ArticleQuerySql builds must be answered by an index seek, never by a sort of the
// whole table: that is what keeps a page deep in a million rows as fast as the first.
void TestArticlePaging::everyOrderIsReadOffAnIndex()
{
    QFETCH(QString, statement);
    QFETCH(QString, index);
    QSqlQuery sql(m_small.database());
    QVERIFY2(sql.exec("EXPLAIN QUERY PLAN " + statement), qPrintable(sql.lastError().text()));
    QStringList plan;
    while (sql.next())
        plan << sql.value(3).toString();
    const QString text = plan.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(index), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
}

void TestArticlePaging::searchPlanFollowsTheMatchCount_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<SearchPlan>("plan");
    QTest::addColumn<int>("count");
    const int all = ArticleFinder::kSelectiveMatches + 200;
    QTest::newRow("a word in every article") << "commun" << SearchPlan::Probed << all;
    QTest::newRow("unaccented, everywhere") << "depeche" << SearchPlan::Probed << all;
    QTest::newRow("a phrase in every article") << "\"commun partout\"" << SearchPlan::Materialized << all;
    QTest::newRow("a prefix of every article") << "commu*" << SearchPlan::Materialized << all;
    QTest::newRow("a word in one article in ten") << "quart" << SearchPlan::Selective << all / 10;
    QTest::newRow("a rare word") << "rarissime" << SearchPlan::Selective << 3;
    QTest::newRow("nothing") << "zygomatique" << SearchPlan::Selective << 0;
    QTest::newRow("no search") << "" << SearchPlan::None << all;
}

void TestArticlePaging::searchPlanFollowsTheMatchCount()
{
    QFETCH(QString, search);
    QFETCH(SearchPlan, plan);
    QFETCH(int, count);
    ArticleFinder finder(m_large.database());
    QCOMPARE(finder.planSearch(FtsQuery::toMatchExpression(search)), plan);
    ArticleQuery query;
    query.search = search;
    QCOMPARE(finder.count(query), count);
    query.limit = 50;
    query.withSnippets = true;
    query.sort = ArticleQuery::Sort::Relevance;
    const QList<ArticleSummary> rows = finder.summaries(query);
    QCOMPARE(rows.size(), qMin(50, count));
    for (const ArticleSummary &row : rows) {
        if (!search.isEmpty())
            QVERIFY2(row.snippet.contains(QChar(0x02)), qPrintable(row.snippet));
    }
}

void TestArticlePaging::commonTermsListNewestFirst_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("probed word") << "commun";
    QTest::newRow("materialized phrase") << "\"commun partout\"";
    QTest::newRow("materialized prefix") << "partou*";
}

void TestArticlePaging::commonTermsListNewestFirst()
{
    QFETCH(QString, search);
    ArticleQuery query;
    query.search = search;
    query.sort = ArticleQuery::Sort::Relevance;
    query.limit = 20;
    const QList<ArticleSummary> rows = ArticleFinder(m_large.database()).summaries(query);
    QCOMPARE(rows.size(), 20);
    // Article i is dated 2020-01-01 + i days: the newest is the last written.
    QCOMPARE(rows.first().published, QDate(2020, 1, 1).addDays(m_largeCount - 1));
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).published, rows.at(i - 1).published.addDays(-1));
}

void TestArticlePaging::rareTermsStayRankedByBm25()
{
    ArticleQuery query;
    query.search = QStringLiteral("rarissime");
    query.sort = ArticleQuery::Sort::Relevance;
    const QList<ArticleSummary> rows = ArticleFinder(m_large.database()).summaries(query);
    QCOMPARE(rows.size(), 3);
    // In the title (ten times the weight) beats two newer articles that have it in the body.
    QCOMPARE(rows.first().title, QStringLiteral("Dépêche 5 rarissime"));
    QCOMPARE(rows.at(1).published, QDate(2020, 1, 1).addDays(1100));
}

void TestArticlePaging::searchPagesByKeyToo()
{
    // Newest first through a common word, page after page, as the headline list reads it.
    ArticleFinder finder(m_large.database());
    ArticleQuery page;
    page.search = QStringLiteral("commun");
    page.limit = 300;
    QList<qint64> ids;
    for (int guard = 0; guard < 10; ++guard) {
        const QList<ArticleSummary> rows = finder.summaries(page);
        ids += idsOf(rows);
        if (rows.size() < page.limit)
            break;
        page.after = rows.constLast();
    }
    QCOMPARE(ids.size(), m_largeCount);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), m_largeCount);
    QVERIFY(std::is_sorted(ids.begin(), ids.end(), std::greater<qint64>())); // ids follow the dates here
}

QTEST_GUILESS_MAIN(TestArticlePaging)
#include "tst_articlepaging.moc"
