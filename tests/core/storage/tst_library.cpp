#include "storage/library.h"
#include "storage/schemamigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void refusesAddressesAndMissingFolders_data();
    void refusesAddressesAndMissingFolders();
    void createsCurrentSchemaWithPragmas();
    void splitsStatements_data();
    void splitsStatements();
    void migratesVersionOneFileKeepingData();
    void refusesNewerFileUntouched();
    void refusesNonLibraries_data();
    void refusesNonLibraries();
    void reopensExistingLibrary();
    void setsPageCache_data();
    void setsPageCache();
    void pageCacheNeedsAnOpenLibrary();
};

// A server's address is refused as such, and no folder is ever made for a library: the refusal
// leaves the file system as it was (issue 21, item 3).
void TestLibrary::refusesAddressesAndMissingFolders_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reason");
    QTest::newRow("postgresql URL, no server there") << "postgresql:///glossa?host=/nonexistent/socket" << "cannot open postgresql:///glossa";
    QTest::newRow("postgres URL, no such host") << "postgres://desk@db.invalid/glossa" << "cannot open postgres://desk@db.invalid/glossa";
    QTest::newRow("another scheme") << "sqlite:lib.glossa" << "starts with postgresql://";
    QTest::newRow("missing folder") << "no-such-folder/deeper/lib.glossa" << "does not exist";
}

void TestLibrary::refusesAddressesAndMissingFolders()
{
    QFETCH(QString, address);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    Library library;
    QString error;
    const bool opened = library.open(address, &error);
    QDir::setCurrent(before);
    QVERIFY(!opened);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), "one line");
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestLibrary::createsCurrentSchemaWithPragmas()
{
    QTemporaryDir dir;
    Library library;
    QString error;
    QVERIFY2(library.open(dir.filePath("new.glossa"), &error), qPrintable(error));
    QSqlDatabase db = library.database();
    QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), SchemaMigrator::latestVersion());
    QVERIFY(SchemaMigrator::latestVersion() >= 2);
    QCOMPARE(scalar(db, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
    QVERIFY(scalar(db, "PRAGMA busy_timeout").toInt() >= 5000);
    // FTS5 with the diacritic-insensitive tokenizer is part of the schema.
    const QString ftsSql = scalar(db, "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").toString();
    QVERIFY2(ftsSql.contains("remove_diacritics 2"), qPrintable(ftsSql));
    QVERIFY(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'annotations_fts'").toInt() == 1);
}

void TestLibrary::splitsStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("count");
    QTest::newRow("one") << "CREATE TABLE a (x);" << 1;
    QTest::newRow("two with comments") << "-- c\nCREATE TABLE a (x);\n-- d\nCREATE TABLE b (y);\n" << 2;
    QTest::newRow("multi-line") << "CREATE TABLE a (\n x,\n y\n);\nCREATE INDEX i ON a(x);" << 2;
    QTest::newRow("trigger keeps inner semicolons")
        << "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 1;\n  UPDATE a SET y = 2;\nEND;\nCREATE TABLE c (z);"
        << 2;
    QTest::newRow("no final semicolon") << "CREATE TABLE a (x);\nCREATE TABLE b (y)" << 2;
    QTest::newRow("empty") << "\n\n-- nothing\n" << 0;
}

void TestLibrary::splitsStatements()
{
    QFETCH(QString, script);
    QFETCH(int, count);
    QCOMPARE(SchemaMigrator::splitStatements(script).size(), count);
}

void TestLibrary::migratesVersionOneFileKeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.glossa");
    {
        // A library as version 1 wrote it: an article with an annotation, no annotation index.
        Library v1;
        QString error;
        QVERIFY2(v1.openAtVersion(path, 1, &error), qPrintable(error));
        QSqlDatabase db = v1.database();
        QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), 1);
        QSqlQuery q(db);
        QVERIFY2(q.exec("INSERT INTO articles (id, content_hash, title, imported_at) VALUES (1, 'h', 'Titre', '2025-01-01T00:00:00Z')"),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec("INSERT INTO article_texts (article_id, body) VALUES (1, 'Le ministère a démenti.')"));
        QVERIFY(q.exec("INSERT INTO annotations (article_id, start, end, exact, note, created_at, modified_at)"
                       " VALUES (1, 3, 12, 'ministère', 'à vérifier auprès du porte-parole', 'x', 'x')"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'annotations_fts'").toInt(), 0);
    }
    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    QSqlDatabase db = library.database();
    QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), SchemaMigrator::latestVersion());
    QCOMPARE(scalar(db, "SELECT title FROM articles WHERE id = 1").toString(), QStringLiteral("Titre"));
    QCOMPARE(scalar(db, "SELECT annotation_count FROM articles WHERE id = 1").toInt(), 1);
    // The migration indexed the annotation that was already there, accents folded.
    QCOMPARE(scalar(db, "SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH 'porte AND verifier'").toInt(), 1);
    QCOMPARE(scalar(db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'dementi'").toInt(), 1);
    QCOMPARE(scalar(db, "PRAGMA integrity_check").toString(), QStringLiteral("ok"));
}

void TestLibrary::refusesNewerFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("future.glossa");
    {
        Library library;
        QVERIFY(library.open(path));
        QSqlQuery q(library.database());
        QVERIFY(q.exec("PRAGMA user_version = 999"));
        QVERIFY(q.exec("PRAGMA journal_mode = DELETE")); // a plain file: nothing pending in a WAL
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    Library library;
    QString error;
    QVERIFY(!library.open(path, &error));
    QVERIFY2(error.contains("newer version of Glossa"), qPrintable(error));
    QVERIFY(!library.isOpen());
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + "-wal"));
}

void TestLibrary::refusesNonLibraries_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("Publié dans Barlamane le 12 - 02 - 2025\n") << "not a Glossa library";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not a Glossa library";
    QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3\0garbage-garbage-garbage", 40)
                                             << "is damaged";
}

void TestLibrary::refusesNonLibraries()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.glossa");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Library library;
    QString error;
    QVERIFY(!library.open(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestLibrary::reopensExistingLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("lib.glossa");
    {
        Library library;
        QVERIFY(library.open(path));
        QSqlQuery q(library.database());
        QVERIFY(q.exec("INSERT INTO sources (name, folded) VALUES ('Le Petit Journal', 'le petit journal')"));
    }
    Library again;
    QVERIFY(again.open(path));
    QCOMPARE(scalar(again.database(), "SELECT name FROM sources").toString(), QStringLiteral("Le Petit Journal"));
    // A folder is not a library.
    Library folder;
    QString error;
    QVERIFY(!folder.open(dir.path(), &error));
    QVERIFY2(error.contains("folder"), qPrintable(error));
}

void TestLibrary::setsPageCache_data()
{
    QTest::addColumn<int>("kib");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("expectedKib"); // what the connection has afterwards

    // SQLite's default is -2000, i.e. 2,000 KiB.
    QTest::newRow("interactive") << Library::kInteractivePageCacheKiB << true << Library::kInteractivePageCacheKiB;
    QTest::newRow("one KiB") << 1 << true << 1;
    QTest::newRow("zero refused") << 0 << false << 2000;
    QTest::newRow("negative refused") << -4096 << false << 2000;
}

void TestLibrary::setsPageCache()
{
    QFETCH(int, kib);
    QFETCH(bool, accepted);
    QFETCH(int, expectedKib);
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath("cache.glossa")));
    QCOMPARE(library.pageCacheKiB(), 2000);
    QCOMPARE(library.setPageCacheKiB(kib), accepted);
    QCOMPARE(library.pageCacheKiB(), expectedKib);
    // Per connection: a second connection to the same file keeps SQLite's default.
    Library other;
    QVERIFY(other.open(library.path()));
    QCOMPARE(other.pageCacheKiB(), 2000);
}

void TestLibrary::pageCacheNeedsAnOpenLibrary()
{
    Library library;
    QVERIFY(!library.setPageCacheKiB(1024));
    QCOMPARE(library.pageCacheKiB(), -1);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
