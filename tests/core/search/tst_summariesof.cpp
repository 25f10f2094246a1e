// ArticleFinder::summariesOf: the rows of given articles by id, as the headline list reads a
// page again after its cache dropped it.
#include "search/articlefinder.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "../storage/testlibrary.h"

#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;

class TestSummariesOf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsInTheOrderGiven_data();
    void rowsInTheOrderGiven();
    void rowsEqualTheListsRows();
    void snippetsWhileSearching_data();
    void snippetsWhileSearching();
    void moreIdsThanOneStatementBinds();

private:
    QTemporaryDir m_dir;
    Library m_library;
    QHash<QString, qint64> m_ids; // title -> id
};

void TestSummariesOf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("test.glossa")), &error), qPrintable(error));
    ArticleWriter writer(m_library.database());
    const QList<ParsedPage> pages = {
        makePage(QStringLiteral("Le port de Hautrive s'agrandit"), QStringLiteral("Barlamane"), QDate(2025, 2, 12),
                 {QStringLiteral("Le port accueillera des cargos plus grands.")}),
        makePage(QStringLiteral("Élections reportées"), QStringLiteral("Le Veilleur"), QDate(2025, 3, 1),
                 {QStringLiteral("Le scrutin aura lieu en juin, selon la préfecture.")}),
        makePage(QStringLiteral("Sans date ni source"), QString(), QDate(), {QStringLiteral("Un texte brut.")}),
    };
    const WriteResult result = writer.write(QStringLiteral("fixture.txt"), "raw", makeDocument(pages));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articleIds.size(), 3);
    for (int i = 0; i < pages.size(); ++i)
        m_ids.insert(pages.at(i).title, result.articleIds.at(i));
    ArticleFinder finder(m_library.database());
    QVERIFY(ArticleStore(m_library.database()).setRead(m_ids.value(QStringLiteral("Élections reportées")), true));
    QVERIFY(ArticleStore(m_library.database()).setStarred(m_ids.value(QStringLiteral("Sans date ni source")), true));
}

void TestSummariesOf::rowsInTheOrderGiven_data()
{
    QTest::addColumn<QStringList>("titles"); // the articles asked for, by title; "?" is an unknown id
    QTest::newRow("empty") << QStringList{};
    QTest::newRow("one") << QStringList{QStringLiteral("Élections reportées")};
    QTest::newRow("order kept")
        << QStringList{QStringLiteral("Sans date ni source"), QStringLiteral("Le port de Hautrive s'agrandit"),
                       QStringLiteral("Élections reportées")};
    QTest::newRow("reverse order")
        << QStringList{QStringLiteral("Élections reportées"), QStringLiteral("Le port de Hautrive s'agrandit"),
                       QStringLiteral("Sans date ni source")};
    QTest::newRow("duplicates") << QStringList{QStringLiteral("Élections reportées"), QStringLiteral("Sans date ni source"),
                                               QStringLiteral("Élections reportées")};
    QTest::newRow("unknown ids") << QStringList{QStringLiteral("?"), QStringLiteral("Sans date ni source"), QStringLiteral("?")};
    QTest::newRow("only unknown ids") << QStringList{QStringLiteral("?")};
}

void TestSummariesOf::rowsInTheOrderGiven()
{
    QFETCH(QStringList, titles);
    QList<qint64> ids;
    qint64 unknown = 1000;
    for (const QString &title : std::as_const(titles))
        ids << (title == QLatin1String("?") ? unknown++ : m_ids.value(title));
    const QList<ArticleSummary> rows = ArticleFinder(m_library.database()).summariesOf(ids);
    QCOMPARE(rows.size(), ids.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).id, ids.at(i));
        // An unknown id (an article deleted meanwhile) gives an empty row, not another's.
        QCOMPARE(rows.at(i).title, titles.at(i) == QLatin1String("?") ? QString() : titles.at(i));
        QVERIFY(rows.at(i).snippet.isEmpty());
    }
}

// Field for field what the list query gives.
void TestSummariesOf::rowsEqualTheListsRows()
{
    ArticleFinder finder(m_library.database());
    const QList<ArticleSummary> listed = finder.summaries(ArticleQuery());
    QList<qint64> ids;
    for (const ArticleSummary &row : listed)
        ids << row.id;
    const QList<ArticleSummary> read = finder.summariesOf(ids);
    QCOMPARE(read.size(), listed.size());
    int readCount = 0, starred = 0;
    for (int i = 0; i < listed.size(); ++i) {
        QCOMPARE(read.at(i).id, listed.at(i).id);
        QCOMPARE(read.at(i).title, listed.at(i).title);
        QCOMPARE(read.at(i).source, listed.at(i).source);
        QCOMPARE(read.at(i).published, listed.at(i).published);
        QCOMPARE(read.at(i).annotationCount, listed.at(i).annotationCount);
        QCOMPARE(read.at(i).read, listed.at(i).read);
        QCOMPARE(read.at(i).starred, listed.at(i).starred);
        readCount += read.at(i).read;
        starred += read.at(i).starred;
    }
    QCOMPARE(readCount, 1);
    QCOMPARE(starred, 1);
}

void TestSummariesOf::snippetsWhileSearching_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("matching"); // the title of the one article with a snippet
    QTest::newRow("word") << QStringLiteral("cargos") << QStringLiteral("Le port de Hautrive s'agrandit");
    QTest::newRow("prefix") << QStringLiteral("cargo*") << QStringLiteral("Le port de Hautrive s'agrandit");
    QTest::newRow("phrase") << QStringLiteral("\"aura lieu\"") << QStringLiteral("Élections reportées");
    QTest::newRow("accents ignored") << QStringLiteral("prefecture") << QStringLiteral("Élections reportées");
    QTest::newRow("nothing matches") << QStringLiteral("introuvable") << QString();
    QTest::newRow("hostile syntax") << QStringLiteral("\"(NEAR: *") << QString();
}

// With a search, each row that matches carries the snippet the list query gives it.
void TestSummariesOf::snippetsWhileSearching()
{
    QFETCH(QString, search);
    QFETCH(QString, matching);
    ArticleFinder finder(m_library.database());
    QList<qint64> ids = m_ids.values();
    std::sort(ids.begin(), ids.end());
    ids << ids.first(); // a duplicate gets its snippet too
    const QList<ArticleSummary> rows = finder.summariesOf(ids, search);
    QCOMPARE(rows.size(), ids.size());
    ArticleQuery query;
    query.search = search;
    query.withSnippets = true;
    const QList<ArticleSummary> listed = finder.summaries(query);
    QCOMPARE(listed.size(), matching.isEmpty() ? 0 : 1);
    for (const ArticleSummary &row : rows) {
        if (row.title == matching) {
            QVERIFY2(row.snippet.contains(QChar(0x02)), qPrintable(row.snippet));
            QCOMPARE(row.snippet, listed.first().snippet);
        } else {
            QVERIFY2(row.snippet.isEmpty(), qPrintable(row.snippet));
        }
    }
}

// Thousands of ids are read in several statements (SQLite binds at most 32,766 values).
void TestSummariesOf::moreIdsThanOneStatementBinds()
{
    ArticleFinder finder(m_library.database());
    QList<qint64> ids;
    for (qint64 id = 40000; id > 0; --id)
        ids << id;
    const QList<ArticleSummary> rows = finder.summariesOf(ids, QStringLiteral("port"));
    QCOMPARE(rows.size(), ids.size());
    int found = 0;
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).id, ids.at(i));
        found += !rows.at(i).title.isEmpty();
    }
    QCOMPARE(found, 3);
    const ArticleSummary &port = rows.at(ids.indexOf(m_ids.value(QStringLiteral("Le port de Hautrive s'agrandit"))));
    QVERIFY(port.snippet.contains(QChar(0x02)));
}

QTEST_GUILESS_MAIN(TestSummariesOf)
#include "tst_summariesof.moc"
