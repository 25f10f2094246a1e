// Ticker headlines as one JSON array per page (006_page_headlines.sql): what the writer stores
// reads back unchanged, whatever the headlines contain, and a version 5 library keeps every
// headline, in order, through the migration.
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/headlinestore.h"
#include "storage/library.h"
#include "storage/schemamigrator.h"
#include "testlibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;
using namespace glossa::testing;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// A version 5 library as that version's writer left it: dump \a dumpId with one article per
// entry of \a tickers, each page's headlines a row of their own (inserted last first, so that
// only the position can give their order).
bool writeVersion5Pages(QSqlDatabase db, qint64 dumpId, const QList<QStringList> &tickers, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, "INSERT INTO dumps (id, file_name, sha256, encoding, byte_size, imported_at, raw)"
                 " VALUES (?, ?, ?, 'UTF-8', 1, ?, x'00')",
              {dumpId, QStringLiteral("dump%1.txt").arg(dumpId), QStringLiteral("sha%1").arg(dumpId),
               QStringLiteral("2025-01-0%1T00:00:00.000Z").arg(dumpId)})) {
        *error = q.lastError().text();
        return false;
    }
    for (int page = 0; page < tickers.size(); ++page) {
        const qint64 articleId = dumpId * 100 + page;
        const QString title = QStringLiteral("Article %1").arg(articleId);
        if (!exec(q, "INSERT INTO articles (id, dump_id, page, content_hash, title, imported_at)"
                     " VALUES (?, ?, ?, ?, ?, '2025-01-01T00:00:00.000Z')",
                  {articleId, dumpId, page, QStringLiteral("hash%1").arg(articleId), title})
            || !exec(q, "INSERT INTO article_texts (article_id, body) VALUES (?, ?)",
                     {articleId, QStringLiteral("Le ministère a démenti l'article %1.").arg(articleId)})) {
            *error = q.lastError().text();
            return false;
        }
        const QStringList &ticker = tickers.at(page);
        for (int position = int(ticker.size()) - 1; position >= 0; --position) {
            if (!exec(q, "INSERT INTO headlines (dump_id, page, position, text) VALUES (?, ?, ?, ?)",
                      {dumpId, page, position, ticker.at(position)})) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestHeadlineMigration : public QObject
{
    Q_OBJECT

private slots:
    void writerRoundTrip_data();
    void writerRoundTrip();
    void migrationKeepsTicker_data();
    void migrationKeepsTicker();
    void migrationKeepsLibraryWhole();
    void cancelledReadStops();
};

// Headlines that a separator or a hand-made escape could break.
static void addTickers()
{
    QTest::addColumn<QStringList>("ticker");
    QTest::newRow("plain") << QStringList{"Une", "Deux", "Trois"};
    QTest::newRow("one") << QStringList{"Seul titre du jour"};
    QTest::newRow("quotes and backslashes") << QStringList{R"(Le "pont" \ contesté)", R"(\u0041 n'est pas A)", "]"};
    QTest::newRow("json-like") << QStringList{R"(["a","b"])", "{}", "null", ","};
    QTest::newRow("control characters") << QStringList{"tab\there", QStringLiteral("nul\u0001un"), "fin\r"};
    QTest::newRow("arabic and no-break spaces")
        << QStringList{QStringLiteral("افتتاح معرض الكتاب الجهوي"), QStringLiteral("a\u00a0\u00a0\u00a0\u00a0b")};
    QTest::newRow("empty text") << QStringList{"", "après un vide"};
    QTest::newRow("repeated") << QStringList{"Même titre", "Même titre", "Même titre"};
}

void TestHeadlineMigration::writerRoundTrip_data()
{
    addTickers();
}

void TestHeadlineMigration::writerRoundTrip()
{
    QFETCH(QStringList, ticker);
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath("w.glossa")));
    ParsedPage page = makePage("Titre", "Barlamane", QDate(2025, 2, 12), {"Premier paragraphe."});
    page.headlines = ticker;
    ArticleWriter writer(library.database());
    const WriteResult result = writer.write("dump.txt", "raw", makeDocument({page}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const std::optional<Article> article = ArticleStore(library.database()).article(result.articleIds.first());
    QVERIFY(article);
    QCOMPARE(article->headlines, ticker);
    // One row for the whole ticker.
    QCOMPARE(scalar(library.database(), "SELECT count(*) FROM page_headlines").toInt(), 1);
}

void TestHeadlineMigration::migrationKeepsTicker_data()
{
    addTickers();
}

void TestHeadlineMigration::migrationKeepsTicker()
{
    QFETCH(QStringList, ticker);
    QTemporaryDir dir;
    const QString path = dir.filePath("v5.glossa");
    {
        Library v5;
        QString error;
        QVERIFY2(v5.openAtVersion(path, 5, &error), qPrintable(error));
        QVERIFY2(writeVersion5Pages(v5.database(), 1, {ticker}, &error), qPrintable(error));
    }
    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    const std::optional<Article> article = ArticleStore(library.database()).article(100);
    QVERIFY(article);
    QCOMPARE(article->headlines, ticker);
}

void TestHeadlineMigration::migrationKeepsLibraryWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v5.glossa");
    const QList<QStringList> firstDump = {{"A", "B", "C"}, {}, {"Pluies record", "Un autre titre"}};
    const QList<QStringList> secondDump = {{"Pluies record", "Z"}};
    QList<TickerHeadline> before;
    {
        Library v5;
        QString error;
        QVERIFY2(v5.openAtVersion(path, 5, &error), qPrintable(error));
        QVERIFY2(writeVersion5Pages(v5.database(), 1, firstDump, &error), qPrintable(error));
        QVERIFY2(writeVersion5Pages(v5.database(), 2, secondDump, &error), qPrintable(error));
        QSqlQuery q(v5.database());
        QVERIFY(q.exec("UPDATE articles SET title = 'Pluies record' WHERE id = 200"));
        QCOMPARE(scalar(v5.database(), "SELECT count(*) FROM headlines").toInt(), 7);
        // The version 5 ticker list, to compare with the migrated one.
        QSqlQuery list(v5.database());
        QVERIFY(list.exec("SELECT h.text, d.id, d.file_name, min(d.imported_at) AS first_seen,"
                          " (SELECT a.id FROM articles a WHERE a.title = h.text ORDER BY a.id LIMIT 1)"
                          " FROM headlines h JOIN dumps d ON d.id = h.dump_id"
                          " GROUP BY h.text ORDER BY first_seen DESC, h.text"));
        while (list.next()) {
            TickerHeadline headline;
            headline.text = list.value(0).toString();
            headline.dumpId = list.value(1).toLongLong();
            headline.fileName = list.value(2).toString();
            headline.articleId = list.value(4).toLongLong();
            before.append(headline);
        }
        QCOMPARE(before.size(), 6); // "Pluies record" once
    }
    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    QSqlDatabase db = library.database();
    QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), SchemaMigrator::latestVersion());
    QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'headlines'").toInt(), 0);
    // A page without headlines has no row; the others one each.
    QCOMPARE(scalar(db, "SELECT count(*) FROM page_headlines").toInt(), 3);
    QCOMPARE(scalar(db, "SELECT sum(json_array_length(texts)) FROM page_headlines").toInt(), 7);

    ArticleStore store(db);
    QCOMPARE(store.article(100)->headlines, (QStringList{"A", "B", "C"}));
    QCOMPARE(store.article(101)->headlines, QStringList());
    QCOMPARE(store.article(102)->headlines, (QStringList{"Pluies record", "Un autre titre"}));
    QCOMPARE(store.article(200)->headlines, (QStringList{"Pluies record", "Z"}));

    // The ticker list is the one version 5 gave.
    const QList<TickerHeadline> after = HeadlineStore(db).headlines();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).text, before.at(i).text);
        QCOMPARE(after.at(i).dumpId, before.at(i).dumpId);
        QCOMPARE(after.at(i).fileName, before.at(i).fileName);
        QCOMPARE(after.at(i).articleId, before.at(i).articleId);
    }
    QCOMPARE(HeadlineStore(db).headlines("pluies").size(), 1);

    // Nothing else moved: the articles, their full-text index, the file.
    QCOMPARE(scalar(db, "SELECT count(*) FROM articles").toInt(), 4);
    QCOMPARE(scalar(db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'dementi AND 102'").toInt(), 102);
    QSqlQuery check(db);
    QVERIFY2(check.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"),
             qPrintable(check.lastError().text()));
    QCOMPARE(scalar(db, "PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    QVERIFY(!check.exec("PRAGMA foreign_key_check") || !check.next());

    // Deleting a dump takes its tickers along, as the per-headline rows did.
    QVERIFY(check.exec("DELETE FROM dumps WHERE id = 2"));
    QCOMPARE(scalar(db, "SELECT count(*) FROM page_headlines WHERE dump_id = 2").toInt(), 0);
}

void TestHeadlineMigration::cancelledReadStops()
{
    QTemporaryDir dir;
    Library library;
    QString error;
    QVERIFY2(library.open(dir.filePath("cancel.glossa"), &error), qPrintable(error));
    ParsedDocument document;
    document.encoding = QStringLiteral("UTF-8");
    ParsedPage page;
    page.title = QStringLiteral("Titre");
    page.blocks.append({ParsedBlock::Kind::Paragraph, QStringLiteral("Texte.")});
    page.headlines = {QStringLiteral("Un"), QStringLiteral("Deux")};
    document.pages = {page};
    QVERIFY(ArticleWriter(library.database()).write("c.txt", "c", document).ok());
    HeadlineStore store(library.database());
    std::atomic_bool cancelled(false);
    QCOMPARE(store.headlines(QString(), 500, 0, &cancelled).size(), 2);
    QVERIFY(store.lastError().isEmpty());
    cancelled = true;
    QVERIFY(store.headlines(QString(), 500, 0, &cancelled).isEmpty());
    QVERIFY(!store.lastError().isEmpty());
    // The connection is itself again afterwards: no handler left behind.
    QCOMPARE(store.headlines().size(), 2);
    QVERIFY(ArticleStore(library.database()).article(1));
}

QTEST_GUILESS_MAIN(TestHeadlineMigration)
#include "tst_headline_migration.moc"
