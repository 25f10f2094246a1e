// HeadlineModel over a real library: filters and sorts through core, paging in pages that stay
// consistent while rows change, all under QAbstractItemModelTester.
#include "import/importer.h"
#include "library/headlinemodel.h"
#include "library/librarystatuslabel.h"
#include "library/snippettext.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFont>
#include <QSet>
#include <QSignalSpy>
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
    void paging();
    void pagingSurvivesRowsLeavingTheFilter();
    void refreshedRowKeepsItsPlace();
    void everySortPagesByKey_data();
    void everySortPagesByKey();
    void countArrivesInBackground();
    void statusLabelCountsLargeLibrariesInTheBackground();

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    QTemporaryDir m_manyDir;
    Workspace m_many; // 450 generated dispatches over 7 outlets, some annotated
    QHash<QString, qint64> m_ids; // title -> article id
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
    for (const ArticleSummary &row : m_workspace.articles().summaries(all))
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
    const QList<qint64> expected = m_many.articles().ids(model.query());
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

QTEST_MAIN(TestHeadlineModel)
#include "tst_headlinemodel.moc"
