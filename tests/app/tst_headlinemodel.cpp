// HeadlineModel over a real library: filters and sorts through core, paging in pages that stay
// consistent while rows change, all under QAbstractItemModelTester.
#include "headlines/headlinemodel.h"
#include "headlines/headlinepagecache.h"
#include "headlines/headlineview.h"
#include "headlines/librarystatuslabel.h"
#include "headlines/snippettext.h"
#include "import/importer.h"
#include "storage/library.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glossa;

namespace {

const QString kDefense = QStringLiteral("Le ministère de la défense de Norlande publie un rapport sur les drones");
const QString kMarket = QStringLiteral("Le marché aux fleurs de Hautrive fête son centenaire");
const QString kHarbour = QStringLiteral("بلدية المرسى تعلن توسيع الميناء الصغير");
const QString kNotes = QStringLiteral("Notes from the Hautrive press conference");

QStringList titles(const HeadlineModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, HeadlineModel::TitleColumn).data().toString();
    return list;
}

QByteArray generatedDump(int n)
{
    const QDate date = QDate(2020, 1, 1).addDays(n);
    return QStringLiteral("Dépêche numéro %1 sur la situation\nPublié dans Agence %2 le %3\n\n"
                          "Premier paragraphe de la dépêche %1, avec assez de texte pour être un paragraphe.\n"
                          "Second paragraphe qui mentionne le port numéro %1.\n")
        .arg(n)
        .arg(n % 7)
        .arg(date.toString(QStringLiteral("dd - MM - yyyy")))
        .toUtf8();
}

// More pages than the row cache holds, plus a partial last page.
constexpr int kLargeArticles = (HeadlinePageCache::kDefaultMaxPages + 5) * HeadlineModel::kPageSize + 123;
constexpr int kCacheBound = HeadlinePageCache::kDefaultMaxPages * HeadlineModel::kPageSize;

// kLargeArticles headline rows written by SQL (bodies too, so searches and snippets work):
// titles in another order than ids, shared dates, some undated, some without an outlet, every
// third read, every fifth starred, every thirteenth annotated.
bool fillLargeLibrary(QSqlDatabase db)
{
    QSqlQuery sql(db);
    const QStringList statements{
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 7)"
                       " INSERT INTO sources (id, name, folded) SELECT i, 'Agence ' || i, 'agence ' || i FROM n"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                       " INSERT INTO articles (id, content_hash, title, source_id, published, is_read, is_starred,"
                       " imported_at) SELECT i, 'h' || i, 'Dépêche ' || printf('%05d', (i * 7919) % %1),"
                       " CASE WHEN i % 11 = 0 THEN NULL ELSE i % 7 + 1 END,"
                       " CASE WHEN i % 17 = 0 THEN NULL ELSE date('2020-01-01', '+' || (i % 900) || ' days') END,"
                       " i % 3 = 0, i % 5 = 0, '2025-01-01' FROM n")
            .arg(kLargeArticles),
        QStringLiteral("INSERT INTO article_texts (article_id, body)"
                       " SELECT id, 'Le port numéro ' || id || ' accueille des navires de commerce.' FROM articles"),
        QStringLiteral("INSERT INTO annotations (article_id, start, end, exact, created_at, modified_at)"
                       " SELECT id, 0, 5, 'x', '2025-01-01', '2025-01-01' FROM articles WHERE id % 13 = 0"),
    };
    for (const QString &statement : statements) {
        if (!sql.exec(statement)) {
            qWarning() << sql.lastError().text();
            return false;
        }
    }
    return true;
}

void loadEveryRow(HeadlineModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

// Shows one row of as many other pages as the cache holds: the page of \a row is then evicted.
void evictPageOf(HeadlineModel &model, int row)
{
    const int page = row / HeadlineModel::kPageSize;
    int touched = 0;
    for (int other = 0; touched < HeadlinePageCache::kDefaultMaxPages; ++other) {
        if (other == page)
            continue;
        model.index(other * HeadlineModel::kPageSize, HeadlineModel::TitleColumn).data();
        ++touched;
    }
}

} // namespace

class TestHeadlineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void readAndStarredRows();
    void searchSnippet();
    void searchSnippetOfANote();
    void paging();
    void pagingSurvivesRowsLeavingTheFilter();
    void refreshedRowKeepsItsPlace();
    void everySortPagesByKey_data();
    void everySortPagesByKey();
    void countArrivesInBackground();
    void statusLabelCountsLargeLibrariesInTheBackground();
    void evictedRowsEqualAFreshRead_data();
    void evictedRowsEqualAFreshRead();
    void refreshingAnEvictedRow();
    void rowMovedSinceItsPageWasReadIsListedOnce_data();
    void rowMovedSinceItsPageWasReadIsListedOnce();
    void articleDeletedElsewhereWhileEvicted();
    void selectedIdsComeFromTheSelectionRanges_data();
    void selectedIdsComeFromTheSelectionRanges();
    void pageCacheKeepsTheLastPagesUsed();

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    QTemporaryDir m_manyDir;
    Workspace m_many; // 450 generated dispatches over 7 outlets, some annotated
    QHash<QString, qint64> m_ids; // title -> article id
    QTemporaryDir m_largeDir;
    Workspace m_large; // kLargeArticles rows: more than the row cache holds
};

void TestHeadlineModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.openLibrary(m_dir.filePath(QStringLiteral("fixtures.glossa")), &error), qPrintable(error));
    Importer importer(m_workspace.library());
    const ImportReport report = importer.importPaths({QStringLiteral(GLOSSA_TEST_DATA "/app/fr_defense.txt"),
                                                      QStringLiteral(GLOSSA_TEST_DATA "/app/fr_marche.txt"),
                                                      QStringLiteral(GLOSSA_TEST_DATA "/app/ar_mina.txt"),
                                                      QStringLiteral(GLOSSA_TEST_DATA "/app/plain_note.txt")},
                                                     false);
    QCOMPARE(report.refused(), 0);
    QCOMPARE(report.added(), 4);
    ArticleQuery all;
    for (const ArticleSummary &row : m_workspace.finder().summaries(all))
        m_ids.insert(row.title, row.id);
    QCOMPARE(m_ids.size(), 4);
    QVERIFY(m_ids.contains(kDefense));
    QVERIFY(m_ids.contains(kHarbour));
    QVERIFY(m_ids.contains(kNotes));
    // One read, one starred, for the state filters.
    QVERIFY(m_workspace.articles().setRead(m_ids.value(kMarket), true));
    QVERIFY(m_workspace.articles().setStarred(m_ids.value(kHarbour), true));

    QVERIFY(m_many.openLibrary(m_manyDir.filePath(QStringLiteral("many.glossa")), nullptr));
    Importer many(m_many.library());
    for (int n = 0; n < 450; ++n)
        QCOMPARE(many.importBytes(QStringLiteral("gen%1.txt").arg(n), generatedDump(n)).added, 1);
    QSqlQuery sql(m_many.library().database());
    // Notes on every fifth dispatch, so "sort by notes" has ties and gaps.
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO annotations (article_id, start, end, exact, created_at, modified_at)"
                                    " SELECT id, 0, 5, 'x', '2025-01-01', '2025-01-01' FROM articles WHERE id % 5 = 0")));

    QVERIFY(m_large.openLibrary(m_largeDir.filePath(QStringLiteral("large.glossa")), nullptr));
    QVERIFY(fillLargeLibrary(m_large.library().database()));
}

void TestHeadlineModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<bool>("starredOnly");
    QTest::addColumn<QStringList>("expected");

    const QDate none;
    QTest::newRow("everything") << QString() << QString() << none << none << false << false
                                << QStringList{kDefense, kMarket, kHarbour, kNotes};
    QTest::newRow("search without accents finds accented text")
        << QStringLiteral("defense") << QString() << none << none << false << false << QStringList{kDefense};
    QTest::newRow("search with capitals and accents")
        << QStringLiteral("DÉFENSE") << QString() << none << none << false << false << QStringList{kDefense};
    QTest::newRow("search in the body") << QStringLiteral("centenaire OR halle") << QString() << none << none
                                        << false << false << QStringList{kMarket};
    QTest::newRow("search in Arabic") << QStringLiteral("الميناء") << QString() << none << none << false << false
                                      << QStringList{kHarbour};
    QTest::newRow("FTS syntax is only text") << QStringLiteral("\"unbalanced ( NEAR: *") << QString() << none
                                             << none << false << false << QStringList{};
    QTest::newRow("outlet") << QString() << QStringLiteral("Le Veilleur") << none << none << false << false
                            << QStringList{kDefense};
    QTest::newRow("outlet, other case") << QString() << QStringLiteral("courrier du nord") << none << none << false
                                        << false << QStringList{kMarket};
    QTest::newRow("date range") << QString() << QString() << QDate(2025, 1, 1) << QDate(2025, 1, 31) << false
                                << false << QStringList{kHarbour};
    QTest::newRow("open-ended date") << QString() << QString() << QDate(2025, 1, 1) << none << false << false
                                     << QStringList{kDefense, kHarbour};
    QTest::newRow("unread only") << QString() << QString() << none << none << true << false
                                 << QStringList{kDefense, kHarbour, kNotes};
    QTest::newRow("starred only") << QString() << QString() << none << none << false << true
                                  << QStringList{kHarbour};
    QTest::newRow("search and outlet") << QStringLiteral("drones") << QStringLiteral("Courrier du Nord") << none
                                       << none << false << false << QStringList{};
}

void TestHeadlineModel::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, source);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, unreadOnly);
    QFETCH(bool, starredOnly);
    QFETCH(QStringList, expected);

    HeadlineModel model(&m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArticleQuery query;
    query.search = search;
    query.source = source;
    query.from = from;
    query.to = to;
    query.unreadOnly = unreadOnly;
    query.starredOnly = starredOnly;
    model.setFilter(query);

    QStringList got = titles(model);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(model.totalCount(), expected.size());
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestHeadlineModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("first");

    QTest::newRow("newest first") << int(HeadlineModel::DateColumn) << Qt::DescendingOrder << kDefense;
    QTest::newRow("oldest first") << int(HeadlineModel::DateColumn) << Qt::AscendingOrder << kNotes; // no date sorts low
    QTest::newRow("title A-Z") << int(HeadlineModel::TitleColumn) << Qt::AscendingOrder << kMarket;
    QTest::newRow("title Z-A") << int(HeadlineModel::TitleColumn) << Qt::DescendingOrder << kHarbour;
    QTest::newRow("outlet A-Z") << int(HeadlineModel::SourceColumn) << Qt::AscendingOrder << kNotes; // unknown first
    QTest::newRow("outlet Z-A") << int(HeadlineModel::SourceColumn) << Qt::DescendingOrder << kHarbour;
}

void TestHeadlineModel::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, first);

    HeadlineModel model(&m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, HeadlineModel::TitleColumn).data().toString(), first);
}

void TestHeadlineModel::readAndStarredRows()
{
    HeadlineModel model(&m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int market = model.rowOf(m_ids.value(kMarket));
    const int defense = model.rowOf(m_ids.value(kDefense));
    const int harbour = model.rowOf(m_ids.value(kHarbour));
    QVERIFY(market >= 0 && defense >= 0 && harbour >= 0);
    // Unread rows are bold, read ones are not; starred ones carry the star.
    QVERIFY(model.index(defense, HeadlineModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(market, HeadlineModel::TitleColumn).data(Qt::FontRole).isValid());
    QVERIFY(model.index(harbour, HeadlineModel::TitleColumn).data(HeadlineModel::StarredRole).toBool());
    QVERIFY(!model.index(harbour, HeadlineModel::TitleColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(market, HeadlineModel::SourceColumn).data().toString(), QStringLiteral("Courrier du Nord"));
    QCOMPARE(model.index(harbour, HeadlineModel::TitleColumn).data(HeadlineModel::ArticleIdRole).toLongLong(),
             m_ids.value(kHarbour));

    // A state change elsewhere refreshes just that row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_workspace.articles().setRead(m_ids.value(kDefense), true));
    m_workspace.notifyArticleStateChanged(m_ids.value(kDefense));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), defense);
    QVERIFY(model.index(defense, 0).data(HeadlineModel::ReadRole).toBool());
    QVERIFY(m_workspace.articles().setRead(m_ids.value(kDefense), false));
    m_workspace.notifyArticleStateChanged(m_ids.value(kDefense));
    QVERIFY(!model.index(defense, 0).data(HeadlineModel::ReadRole).toBool());
}

void TestHeadlineModel::searchSnippet()
{
    HeadlineModel model(&m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArticleQuery query;
    query.search = QStringLiteral("survols");
    model.setFilter(query);
    QCOMPARE(model.rowCount(), 1);
    const QString snippet = model.index(0, 0).data(HeadlineModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QChar(0x02)) && snippet.contains(QChar(0x03)), qPrintable(snippet));
    const QString toolTip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("<b>survols</b>")), qPrintable(toolTip));
    QCOMPARE(SnippetText::toHtml(QStringLiteral("a <\x02x\x03> & b")), QStringLiteral("a &lt;<b>x</b>&gt; &amp; b"));
    QCOMPARE(SnippetText::toPlainText(QStringLiteral("\x02x\x03y")), QStringLiteral("xy"));
}

// A row found by its note alone says so, with the note's words around the match.
void TestHeadlineModel::searchSnippetOfANote()
{
    const qint64 id = m_ids.value(kDefense);
    QVERIFY(m_workspace.articles().setNote(id, QStringLiteral("Rappeler l’attaché zygomatique demain")));
    HeadlineModel model(&m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArticleQuery query;
    query.search = QStringLiteral("zygomatique");
    model.setFilter(query);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.articleId(0), id);
    const QString toolTip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("In the article’s note:")) && toolTip.contains(QStringLiteral("<b>zygomatique</b>")),
             qPrintable(toolTip));
    QVERIFY(m_workspace.articles().setNote(id, QString()));
    model.setFilter(query);
    QCOMPARE(model.rowCount(), 0);
}

// 500 articles: the model must hold one page at a time, and fetch the rest on demand.
void TestHeadlineModel::paging()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.openLibrary(dir.filePath(QStringLiteral("many.glossa")), nullptr));
    {
        Importer importer(workspace.library());
        for (int n = 0; n < 500; ++n)
            QCOMPARE(importer.importBytes(QStringLiteral("gen%1.txt").arg(n), generatedDump(n)).added, 1);
    }
    // No tester yet: QAbstractItemModelTester fetches every page itself as soon as it can.
    HeadlineModel model(&workspace);
    QCOMPARE(model.totalCount(), 500);
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    // Newest first: dispatch 499 is on top.
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("Dépêche numéro 499 ")));

    int pages = 1;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        ++pages;
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(model.rowCount(), 500);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.articleId(row));
    QCOMPARE(ids.size(), 500);
    QVERIFY(model.index(499, 0).data().toString().startsWith(QStringLiteral("Dépêche numéro 0 ")));

    // Sorting and filtering start again from one page.
    model.sort(HeadlineModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("Dépêche numéro 0 ")));

    // Now through the tester, which pages through everything and checks every signal.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 500);
    model.sort(HeadlineModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("Dépêche numéro 0 ")));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(model.index(499, 0).data().toString().startsWith(QStringLiteral("Dépêche numéro 499 ")));
    ArticleQuery query;
    query.source = QStringLiteral("Agence 3");
    model.setFilter(query);
    QCOMPARE(model.totalCount(), 71); // n % 7 == 3 for n in [0, 500)
    QCOMPARE(model.rowCount(), 71);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

// With "unread only", reading the loaded rows shifts every later row up in the query; the next
// page must neither skip nor repeat articles.
void TestHeadlineModel::pagingSurvivesRowsLeavingTheFilter()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.openLibrary(dir.filePath(QStringLiteral("drift.glossa")), nullptr));
    {
        Importer importer(workspace.library());
        for (int n = 0; n < 450; ++n)
            QCOMPARE(importer.importBytes(QStringLiteral("gen%1.txt").arg(n), generatedDump(n)).added, 1);
    }
    HeadlineModel model(&workspace);
    ArticleQuery query;
    query.unreadOnly = true;
    model.setFilter(query);
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    for (int row = 0; row < 60; ++row) {
        QVERIFY(workspace.articles().setRead(model.articleId(row), true));
        workspace.notifyArticleStateChanged(model.articleId(row));
    }
    // Read rows stay where they are until the next reload.
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.articleId(row));
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(ids.size(), 450);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    QCOMPARE(model.totalCount(), 390);
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
}

void TestHeadlineModel::refreshedRowKeepsItsPlace()
{
    HeadlineModel model(&m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArticleQuery query;
    query.starredOnly = true;
    model.setFilter(query);
    QCOMPARE(model.rowCount(), 1);
    const qint64 id = model.articleId(0);
    QVERIFY(m_workspace.articles().setStarred(id, false));
    m_workspace.notifyArticleStateChanged(id);
    QCOMPARE(model.rowCount(), 1); // no longer matches, but does not vanish under the cursor
    QVERIFY(!model.index(0, 0).data(HeadlineModel::StarredRole).toBool());
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_workspace.articles().setStarred(id, true));
}

void TestHeadlineModel::everySortPagesByKey_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("search");
    for (int column = 0; column < HeadlineModel::ColumnCount; ++column) {
        QTest::addRow("column %d, ascending", column) << column << Qt::AscendingOrder << QString();
        QTest::addRow("column %d, descending", column) << column << Qt::DescendingOrder << QString();
        QTest::addRow("column %d, searching", column) << column << Qt::DescendingOrder << QStringLiteral("port");
    }
}

// Page after page, the model lists exactly what the library lists in one statement, in the same
// order, for every column it sorts by.
void TestHeadlineModel::everySortPagesByKey()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, search);
    HeadlineModel model(&m_many);
    ArticleQuery filter;
    filter.search = search;
    model.setFilter(filter);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QList<qint64> listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.articleId(row);
    const QList<qint64> expected = m_many.finder().ids(model.query());
    QCOMPARE(listed.size(), 450);
    QCOMPARE(listed, expected);
}

void TestHeadlineModel::countArrivesInBackground()
{
    HeadlineModel model(&m_many);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counted(&model, &HeadlineModel::totalCountChanged);
    ArticleQuery query;
    query.unreadOnly = true;
    model.setFilter(query);
    // More than a page: the first page is shown at once, the count follows from a worker.
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    QVERIFY(!model.knownTotalCount());
    QVERIFY(counted.wait(10000));
    QCOMPARE(counted.last().at(0).toInt(), 450);
    QCOMPARE(model.knownTotalCount(), std::optional<int>(450));
    // A filter that fits in one page is counted by the page itself.
    query.source = QStringLiteral("Agence 2");
    model.setFilter(query);
    QCOMPARE(model.knownTotalCount(), std::optional<int>(64)); // n % 7 == 2 for n in [0, 450)
    // A count still running for a replaced filter is dropped.
    counted.clear();
    query.source.clear();
    model.setFilter(query);
    query.search = QStringLiteral("paragraphe");
    model.setFilter(query);
    QVERIFY(counted.wait(10000));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.totalCount(), 450);
}

// Past LibraryStatusLabel::kBackgroundCountAbove articles the label's counts come from a worker:
// the label shows them once they arrive, and a change made meanwhile is counted again.
void TestHeadlineModel::statusLabelCountsLargeLibrariesInTheBackground()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.openLibrary(dir.filePath(QStringLiteral("large.glossa")), nullptr));
    const qint64 articles = LibraryStatusLabel::kBackgroundCountAbove + 1;
    QSqlQuery sql(workspace.library().database());
    // Headline rows only (no bodies): enough for the counts, and written in a blink.
    QVERIFY(sql.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                                    " INSERT INTO articles (id, content_hash, title, published, imported_at)"
                                    " SELECT i, 'h' || i, 'Titre ' || i, '2025-01-01', '2025-01-01' FROM n")
                         .arg(articles)));
    HeadlineModel model(&workspace);
    LibraryStatusLabel label(&workspace, &model);
    QTRY_VERIFY2(label.text().contains(QLatin1String("20,001 article")) || label.text().contains(QLatin1String("20001 article")),
                 qPrintable(label.text()));
    QVERIFY2(label.text().contains(QLatin1String("unread")), qPrintable(label.text()));
    QVERIFY(workspace.articles().setStarred(7, true));
    workspace.notifyArticleStateChanged(7);
    QTRY_VERIFY2(label.text().contains(QLatin1String("1 starred")), qPrintable(label.text()));
}

void TestHeadlineModel::evictedRowsEqualAFreshRead_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("search");
    for (int column = 0; column < HeadlineModel::ColumnCount; ++column) {
        QTest::addRow("column %d, ascending", column) << column << Qt::AscendingOrder << QString();
        QTest::addRow("column %d, descending", column) << column << Qt::DescendingOrder << QString();
        QTest::addRow("column %d, searching", column) << column << Qt::DescendingOrder << QStringLiteral("navires");
    }
}

// Scrolled to the end, the model keeps full rows for a few pages only; every row it shows, read
// again by id once its page was dropped, equals what one statement over the library gives.
void TestHeadlineModel::evictedRowsEqualAFreshRead()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, search);
    HeadlineModel model(&m_large);
    ArticleQuery filter;
    filter.search = search;
    model.setFilter(filter);
    model.sort(column, order);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    loadEveryRow(model);
    QCOMPARE(model.rowCount(), kLargeArticles);
    QVERIFY(model.cachedRowCount() <= kCacheBound);
    evictPageOf(model, 0);
    QVERIFY(!model.isRowCached(0));

    ArticleQuery all = model.query();
    all.withSnippets = true;
    const QList<ArticleSummary> fresh = m_large.finder().summaries(all);
    QCOMPARE(fresh.size(), kLargeArticles);
    for (int row = 0; row < kLargeArticles; ++row) {
        const ArticleSummary &expected = fresh.at(row);
        const QModelIndex title = model.index(row, HeadlineModel::TitleColumn);
        QCOMPARE(title.data(HeadlineModel::ArticleIdRole).toLongLong(), expected.id);
        QCOMPARE(title.data().toString(), expected.title);
        QCOMPARE(model.index(row, HeadlineModel::SourceColumn).data().toString(),
                 expected.source.isEmpty() ? QStringLiteral("Unknown outlet") : expected.source);
        QCOMPARE(model.index(row, HeadlineModel::AnnotationsColumn).data().toInt(), expected.annotationCount);
        QCOMPARE(model.index(row, HeadlineModel::DateColumn).data().toString().isEmpty(), !expected.published.isValid());
        QCOMPARE(title.data(HeadlineModel::ReadRole).toBool(), expected.read);
        QCOMPARE(title.data(HeadlineModel::StarredRole).toBool(), expected.starred);
        QCOMPARE(title.data(HeadlineModel::SnippetRole).toString(), expected.snippet);
        QCOMPARE(title.data(Qt::FontRole).isValid(), !expected.read); // unread rows are bold
        if (row % HeadlineModel::kPageSize == 0)
            QVERIFY2(model.cachedRowCount() <= kCacheBound, qPrintable(QString::number(model.cachedRowCount())));
    }
    if (!search.isEmpty())
        QVERIFY(model.index(0, 0).data(HeadlineModel::SnippetRole).toString().contains(QChar(0x02)));
    // Full: the last pages read, the very last one partial.
    QCOMPARE(model.cachedRowCount(), kCacheBound - HeadlineModel::kPageSize + kLargeArticles % HeadlineModel::kPageSize);
    model.reload();
    QCOMPARE(model.cachedRowCount(), HeadlineModel::kPageSize);
}

// A state change to a row whose page was dropped is announced; the row shows it when read again.
void TestHeadlineModel::refreshingAnEvictedRow()
{
    HeadlineModel model(&m_large);
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        loadEveryRow(model);
    } // from here on, no listener reads the rows announced as changed
    evictPageOf(model, 3);
    QVERIFY(!model.isRowCached(3));
    const qint64 id = model.articleId(3);
    QCOMPARE(model.rowOf(id), 3);
    const bool starred = m_large.articles().summary(id)->starred;

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_large.articles().setStarred(id, !starred));
    m_large.notifyArticleStateChanged(id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QVERIFY(!model.isRowCached(3)); // announced without reading anything
    QCOMPARE(model.index(3, 0).data(HeadlineModel::StarredRole).toBool(), !starred);
    QVERIFY(model.isRowCached(3));
    // Now cached: the refresh updates the cached row.
    QVERIFY(m_large.articles().setStarred(id, starred));
    m_large.notifyArticleStateChanged(id);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(3, 0).data(HeadlineModel::StarredRole).toBool(), starred);
    // An article not in the list announces nothing.
    model.refreshArticle(kLargeArticles + 1000);
    QCOMPARE(changed.count(), 2);
}

void TestHeadlineModel::rowMovedSinceItsPageWasReadIsListedOnce_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("change"); // SQL; ? is the article's id
    const QString annotate = QStringLiteral("INSERT INTO annotations (article_id, start, end, exact, created_at,"
                                            " modified_at) VALUES (?, 0, 5, 'x', '2025-01-01', '2025-01-01')");
    QTest::newRow("annotated, sorted by notes") << int(HeadlineModel::AnnotationsColumn) << Qt::AscendingOrder << 0 << annotate;
    QTest::newRow("annotated, last row of the page")
        << int(HeadlineModel::AnnotationsColumn) << Qt::AscendingOrder << HeadlineModel::kPageSize - 1 << annotate;
    QTest::newRow("retitled, sorted by title") << int(HeadlineModel::TitleColumn) << Qt::AscendingOrder << 10
                                               << QStringLiteral("UPDATE articles SET title = 'Zzz' WHERE id = ?");
    QTest::newRow("redated, newest first") << int(HeadlineModel::DateColumn) << Qt::DescendingOrder << 10
                                           << QStringLiteral("UPDATE articles SET published = '1990-01-01' WHERE id = ?");
}

// A row whose key changed after its page was read (a note added under "sort by notes") turns up
// again further down; it stays listed once, in its first place, and shows its new state there
// once its page is read again.
void TestHeadlineModel::rowMovedSinceItsPageWasReadIsListedOnce()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, row);
    QFETCH(QString, change);
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.openLibrary(dir.filePath(QStringLiteral("moved.glossa")), nullptr));
    QVERIFY(fillLargeLibrary(workspace.library().database()));
    HeadlineModel model(&workspace);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), HeadlineModel::kPageSize);
    const qint64 moved = model.articleId(row);
    QSqlQuery sql(workspace.library().database());
    QVERIFY(sql.prepare(change));
    sql.addBindValue(moved);
    QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    workspace.notifyAnnotationsChanged(moved);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    loadEveryRow(model);
    QCOMPARE(model.rowCount(), kLargeArticles);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.articleId(r));
    QCOMPARE(ids.size(), kLargeArticles);
    QCOMPARE(model.rowOf(moved), row);
    evictPageOf(model, row);
    QVERIFY(!model.isRowCached(row));
    const std::optional<ArticleSummary> now = workspace.articles().summary(moved);
    QVERIFY(now);
    QCOMPARE(model.index(row, HeadlineModel::TitleColumn).data().toString(), now->title);
    QCOMPARE(model.index(row, HeadlineModel::AnnotationsColumn).data().toInt(), now->annotationCount);
    QCOMPARE(model.index(row, HeadlineModel::DateColumn).data().toString(),
             QLocale().toString(now->published, QLocale::ShortFormat));
    // The page left one row short straddles the cache's pages from there on: every row still
    // shows its own article, cached or read again.
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, HeadlineModel::TitleColumn).data().toString(),
                 workspace.articles().summary(model.articleId(r))->title);
}

// Another process deletes an article whose page was dropped: the row reads back as an empty
// row of that id (the change watcher reloads the list soon after), never as a crash.
void TestHeadlineModel::articleDeletedElsewhereWhileEvicted()
{
    QTemporaryDir dir;
    Workspace workspace;
    const QString path = dir.filePath(QStringLiteral("deleted.glossa"));
    QVERIFY(workspace.openLibrary(path, nullptr));
    QVERIFY(fillLargeLibrary(workspace.library().database()));
    HeadlineModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ArticleQuery query;
    query.search = QStringLiteral("navires"); // snippets too
    model.setFilter(query);
    loadEveryRow(model);
    evictPageOf(model, 7);
    QVERIFY(!model.isRowCached(7));
    const qint64 gone = model.articleId(7);
    const qint64 neighbour = model.articleId(8);
    {
        Library other;
        QVERIFY(other.open(path));
        QSqlQuery sql(other.database());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(gone)));
    }
    const QModelIndex title = model.index(7, HeadlineModel::TitleColumn);
    QCOMPARE(title.data(HeadlineModel::ArticleIdRole).toLongLong(), gone);
    QCOMPARE(title.data().toString(), QString());
    QCOMPARE(title.data(HeadlineModel::SnippetRole).toString(), QString());
    for (int role : {int(Qt::DisplayRole), int(Qt::FontRole), int(Qt::DecorationRole), int(Qt::ToolTipRole),
                     int(Qt::AccessibleDescriptionRole), int(HeadlineModel::ReadRole)}) {
        for (int column = 0; column < HeadlineModel::ColumnCount; ++column)
            model.index(7, column).data(role);
    }
    QCOMPARE(model.index(8, 0).data().toString(), workspace.articles().summary(neighbour)->title);
    QVERIFY(model.index(8, 0).data(HeadlineModel::SnippetRole).toString().contains(QChar(0x02)));
    model.refreshArticle(gone); // cached now, as a placeholder: nothing to re-read
    QCOMPARE(model.rowOf(gone), 7);
    model.reload();
    loadEveryRow(model);
    QCOMPARE(model.rowCount(), kLargeArticles - 1);
    QCOMPARE(model.rowOf(gone), -1);
}

void TestHeadlineModel::selectedIdsComeFromTheSelectionRanges_data()
{
    // Each step: first row, last row, and 1 to select whole rows, 0 to deselect them, 2 to
    // select one cell only (not a whole row: not an article selected).
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<int>("expectedCount");
    const int last = kLargeArticles - 1;
    QTest::newRow("everything") << QList<int>{0, last, 1} << kLargeArticles;
    QTest::newRow("everything but one") << QList<int>{0, last, 1, 4321, 4321, 0} << kLargeArticles - 1;
    QTest::newRow("spans in list order") << QList<int>{5000, 5009, 1, 10, 19, 1} << 20;
    QTest::newRow("overlapping spans") << QList<int>{10, 30, 1, 20, 40, 1, 25, 25, 1} << 31;
    QTest::newRow("one cell") << QList<int>{50, 50, 2} << 0;
    QTest::newRow("one cell and a row") << QList<int>{50, 50, 2, 60, 60, 1} << 1;
    QTest::newRow("nothing") << QList<int>{} << 0;
}

// The ids HeadlineView hands to collections and export: in list order, each once, exactly the
// rows QItemSelectionModel::selectedRows() lists, read off the ranges without a per-row index.
void TestHeadlineModel::selectedIdsComeFromTheSelectionRanges()
{
    QFETCH(QList<int>, steps);
    QFETCH(int, expectedCount);
    HeadlineModel model(&m_large);
    loadEveryRow(model);
    HeadlineView view;
    view.setHeadlineModel(&model);
    QItemSelectionModel *selection = view.selectionModel();
    for (int i = 0; i + 2 < steps.size(); i += 3) {
        const QModelIndex top = model.index(steps.at(i), 0);
        const QModelIndex bottom = model.index(steps.at(i + 1), steps.at(i + 2) == 2 ? 0 : HeadlineModel::ColumnCount - 1);
        const auto command = steps.at(i + 2) == 0 ? QItemSelectionModel::Deselect : QItemSelectionModel::Select;
        selection->select(QItemSelection(top, bottom), command);
    }
    QModelIndexList rows = selection->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> expected;
    for (const QModelIndex &index : std::as_const(rows))
        expected << model.articleId(index.row());
    QCOMPARE(expected.size(), expectedCount);
    QCOMPARE(view.selectedArticleIds(), expected);
}

// The cache alone, with pages of 3 rows and room for 2 pages.
void TestHeadlineModel::pageCacheKeepsTheLastPagesUsed()
{
    const auto rows = [](qint64 firstId, int count) {
        QList<ArticleSummary> list;
        for (int i = 0; i < count; ++i) {
            ArticleSummary row;
            row.id = firstId + i;
            list << row;
        }
        return list;
    };
    HeadlinePageCache cache(3, 2);
    // Appended rows fill the last page, then start the next one.
    cache.append(0, rows(100, 2));
    QVERIFY(cache.holds(1) && !cache.holds(2));
    cache.append(2, rows(102, 2));
    QCOMPARE(cache.cachedPageCount(), 2);
    QCOMPARE(cache.row(3)->id, 103);
    QCOMPARE(cache.rowOf(102), 2);
    QCOMPARE(cache.rowOf(999), -1);
    // The page used least recently goes when a third comes in.
    cache.row(0);
    cache.putPage(5, rows(115, 3));
    QVERIFY(cache.holds(0) && !cache.holds(3) && cache.holds(17));
    QCOMPARE(cache.cachedRowCount(), 6);
    // Rows appended to a page whose start was evicted are left out, the next page is kept.
    cache.putPage(6, rows(118, 2)); // evicts page 0 (used before page 5)
    QVERIFY(!cache.holds(0));
    cache.append(20, rows(120, 3)); // row 20 ends page 6; rows 21 and 22 start page 7
    QVERIFY(cache.holds(20) && cache.holds(22) && !cache.holds(15));
    QCOMPARE(cache.row(21)->id, 121);
    QVERIFY(cache.cachedRowCount() <= 6);
    cache.clear();
    QCOMPARE(cache.cachedRowCount(), 0);
    QVERIFY(!cache.row(20));
}

QTEST_MAIN(TestHeadlineModel)
#include "tst_headlinemodel.moc"
