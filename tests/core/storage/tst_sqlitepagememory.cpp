// SQLite takes an allocator only before its first use, and for the whole process: this suite is
// a process of its own and installs it in initTestCase, before any connection.
#include "storage/library.h"
#include "storage/sqlitepagememory.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

using namespace glossa;

namespace {

// Read here again rather than asked of SqlitePageMemory: the test's own expectation of when
// install() may succeed.
bool hugePagesOfferedHere()
{
#ifdef Q_OS_LINUX
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!mode.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = mode.readAll();
    return text.contains("[always]") || text.contains("[madvise]");
#else
    return false;
#endif
}

void fill(void *p, int n, char seed)
{
    auto *bytes = static_cast<char *>(p);
    for (int i = 0; i < n; ++i)
        bytes[i] = char(seed + i % 97);
}

bool holds(const void *p, int n, char seed)
{
    const auto *bytes = static_cast<const char *>(p);
    for (int i = 0; i < n; ++i) {
        if (bytes[i] != char(seed + i % 97))
            return false;
    }
    return true;
}

} // namespace

class TestSqlitePageMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesASecondInstall();
    void servesPageSizedBlocks_data();
    void servesPageSizedBlocks();
    void reallocKeepsTheBytes_data();
    void reallocKeepsTheBytes();
    void freedSlotsAreReused();
    void beyondTheRegionPagesComeFromMalloc();
    void connectionsCacheTheirPagesThere();

private:
    // The data rows are built even where nothing is installed (and the cases then skip).
    int slotOrTypical() const { return m_installed ? SqlitePageMemory::slotBytes() : 4096 + 256; }

    bool m_installed = false;
};

void TestSqlitePageMemory::initTestCase()
{
    QVERIFY(!SqlitePageMemory::isInstalled());
    m_installed = SqlitePageMemory::install();
    // Without huge pages the region would fault page by page like malloc: not installed.
    QCOMPARE(m_installed, hugePagesOfferedHere());
    QCOMPARE(SqlitePageMemory::isInstalled(), m_installed);
    QCOMPARE(SqlitePageMemory::pagesInUse(), 0);
    const int slot = SqlitePageMemory::slotBytes();
    if (!m_installed) {
        QCOMPARE(slot, 0);
        return;
    }
    QVERIFY2(slot > 4096 && slot < 4096 + 1024, "a page and SQLite's header for it");
    QCOMPARE(slot % 8, 0);
}

void TestSqlitePageMemory::refusesASecondInstall()
{
    QVERIFY(!SqlitePageMemory::install());
    QCOMPARE(SqlitePageMemory::isInstalled(), m_installed);
}

void TestSqlitePageMemory::servesPageSizedBlocks_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("inRegion");
    const int slot = slotOrTypical();
    QTest::newRow("small") << 100 << false;
    QTest::newRow("exactly a page: not a cached page") << 4096 << false;
    QTest::newRow("a page and a little") << 4104 << true;
    QTest::newRow("a cached page") << slot << true;
    QTest::newRow("one byte more") << slot + 1 << false;
    QTest::newRow("large") << (1 << 20) << false;
}

void TestSqlitePageMemory::servesPageSizedBlocks()
{
    QFETCH(int, size);
    QFETCH(bool, inRegion);
    if (!m_installed)
        QSKIP("no transparent huge pages here: SQLite keeps its own allocator");
    const qint64 before = SqlitePageMemory::pagesInUse();
    void *p = sqlite3_malloc(size);
    QVERIFY(p);
    QCOMPARE(SqlitePageMemory::pagesInUse(), before + (inRegion ? 1 : 0));
    QVERIFY(sqlite3_msize(p) >= sqlite3_uint64(size));
    fill(p, size, 'a');
    QVERIFY(holds(p, size, 'a'));
    sqlite3_free(p);
    QCOMPARE(SqlitePageMemory::pagesInUse(), before);
}

void TestSqlitePageMemory::reallocKeepsTheBytes_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    const int slot = slotOrTypical();
    QTest::newRow("small into the region") << 200 << slot;
    QTest::newRow("region to small") << slot << 300;
    QTest::newRow("region to large") << slot << 20000;
    QTest::newRow("within the region") << 4104 << slot;
    QTest::newRow("large into the region") << 50000 << 4200;
    QTest::newRow("outside, both ways") << 100 << 9000;
}

void TestSqlitePageMemory::reallocKeepsTheBytes()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const qint64 before = SqlitePageMemory::pagesInUse();
    void *p = sqlite3_malloc(from);
    QVERIFY(p);
    fill(p, from, 'k');
    void *q = sqlite3_realloc(p, to);
    QVERIFY(q);
    QVERIFY(sqlite3_msize(q) >= sqlite3_uint64(to));
    QVERIFY(holds(q, qMin(from, to), 'k'));
    sqlite3_free(q);
    QCOMPARE(SqlitePageMemory::pagesInUse(), before);
}

void TestSqlitePageMemory::freedSlotsAreReused()
{
    if (!m_installed)
        QSKIP("no transparent huge pages here: SQLite keeps its own allocator");
    const int slot = SqlitePageMemory::slotBytes();
    QList<void *> blocks;
    for (int i = 0; i < 100; ++i)
        blocks.append(sqlite3_malloc(slot));
    const qint64 touched = SqlitePageMemory::bytesTouched();
    QVERIFY(touched >= 100 * qint64(slot));
    for (void *p : std::as_const(blocks))
        sqlite3_free(p);
    for (int i = 0; i < 100; ++i)
        blocks[i] = sqlite3_malloc(slot);
    QCOMPARE(SqlitePageMemory::bytesTouched(), touched); // no new memory for the same pages
    for (void *p : std::as_const(blocks))
        sqlite3_free(p);
}

void TestSqlitePageMemory::beyondTheRegionPagesComeFromMalloc()
{
    if (!m_installed)
        QSKIP("no transparent huge pages here: SQLite keeps its own allocator");
    const int slot = SqlitePageMemory::slotBytes();
    const qint64 capacity = SqlitePageMemory::kRegionBytes / slot;
    QList<void *> blocks;
    for (qint64 i = 0; i < capacity + 500; ++i) {
        void *p = sqlite3_malloc(slot);
        QVERIFY(p);
        static_cast<char *>(p)[slot - 1] = char(i); // the whole slot is usable
        blocks.append(p);
    }
    QCOMPARE(SqlitePageMemory::pagesInUse(), capacity);
    QVERIFY(SqlitePageMemory::bytesTouched() <= SqlitePageMemory::kRegionBytes);
    for (qsizetype i = 0; i < blocks.size(); ++i)
        QCOMPARE(static_cast<char *>(blocks.at(i))[slot - 1], char(i));
    for (void *p : std::as_const(blocks))
        sqlite3_free(p);
    QCOMPARE(SqlitePageMemory::pagesInUse(), 0);
}

void TestSqlitePageMemory::connectionsCacheTheirPagesThere()
{
    QTemporaryDir dir;
    {
        Library library;
        QString error;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("pages.glossa")), &error), qPrintable(error));
        QVERIFY(library.setPageCacheKiB(Library::kInteractivePageCacheKiB));
        QSqlQuery query(library.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                          "INSERT INTO filler (text) SELECT printf('%.600c', 'x') FROM n")));
        QVERIFY(query.exec(QStringLiteral("SELECT sum(length(text)) FROM filler")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 3000 * 600);
        if (m_installed) {
            // Some 450 pages of rows, past the first 20 SQLite takes in one block of its own.
            QVERIFY2(SqlitePageMemory::pagesInUse() >= 300, qPrintable(QString::number(SqlitePageMemory::pagesInUse())));
        }
    }
    // Every page is given back with the connection.
    QCOMPARE(SqlitePageMemory::pagesInUse(), 0);
}

QTEST_GUILESS_MAIN(TestSqlitePageMemory)
#include "tst_sqlitepagememory.moc"
