// OutputGuard: no writer of the project writes over the library, its -wal, -shm or -journal,
// or a file another writer here is writing, whatever name the path is given under.
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/outputguard.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

class TestOutputGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesTheLibraryUnderAnyName_data();
    void refusesTheLibraryUnderAnyName();
    void aWriteInProgressIsReserved();
    void backupRefusesTheLibrarysFiles_data();
    void backupRefusesTheLibrarysFiles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QString m_db;
};

void TestOutputGuard::init()
{
    m_library.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    m_db = m_dir->filePath(QStringLiteral("library.glossa"));
    m_library = std::make_unique<Library>();
    QString error;
    QVERIFY2(m_library->open(m_db, &error), qPrintable(error));
    QSqlQuery query(m_library->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles"))); // the log and shared memory exist now
    QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
    // Another database beside it, not open here (another process's library).
    QFile other(m_dir->filePath(QStringLiteral("other.glossa")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
}

void TestOutputGuard::refusesTheLibraryUnderAnyName_data()
{
    QTest::addColumn<QString>("name");     // relative to the temporary folder
    QTest::addColumn<QString>("linkTo");   // when set, name is made a symbolic link to this
    QTest::addColumn<QString>("expected"); // a part of the refusal; empty: allowed
    QTest::newRow("the library") << "library.glossa" << "" << "the library itself";
    QTest::newRow("through ..") << "sub/../library.glossa" << "" << "the library itself";
    QTest::newRow("through ./") << "./sub/./../library.glossa" << "" << "the library itself";
    QTest::newRow("its log") << "library.glossa-wal" << "" << "wal of";
    QTest::newRow("its shared memory") << "library.glossa-shm" << "" << "shm of";
    QTest::newRow("its journal, absent") << "library.glossa-journal" << "" << "journal of";
    QTest::newRow("a link to it") << "sub/report.csv" << "library.glossa" << "the library itself";
    QTest::newRow("a link to its log") << "sub/log.csv" << "library.glossa-wal" << "wal of";
    QTest::newRow("a dangling link to its journal") << "sub/j.csv" << "library.glossa-journal" << "journal of";
    QTest::newRow("a link to the folder") << "folderlink/library.glossa" << "@folder" << "the library itself";
    QTest::newRow("another database's log") << "other.glossa-wal" << "" << "belongs to the database";
    QTest::newRow("a report beside it") << "library.glossa.csv" << "" << "";
    QTest::newRow("a new file") << "sub/report.md" << "" << "";
    QTest::newRow("a backup name") << "library-backup.glossa" << "" << "";
}

void TestOutputGuard::refusesTheLibraryUnderAnyName()
{
    QFETCH(QString, name);
    QFETCH(QString, linkTo);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(name);
    if (linkTo == QLatin1String("@folder"))
        QVERIFY(QFile::link(m_dir->path(), m_dir->filePath(QStringLiteral("folderlink"))));
    else if (!linkTo.isEmpty())
        QVERIFY(QFile::link(m_dir->filePath(linkTo), path));
    const QString refusal = OutputGuard::refusalFor(path);
    const OutputGuard guard(path);
    if (expected.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QVERIFY(guard.ok());
    } else {
        QVERIFY2(refusal.contains(expected), qPrintable(refusal));
        QCOMPARE(guard.refusal(), refusal);
        QVERIFY(!refusal.contains(QLatin1Char('\n')));
    }
}

void TestOutputGuard::aWriteInProgressIsReserved()
{
    const QString path = m_dir->filePath(QStringLiteral("backup.glossa"));
    {
        const OutputGuard first(path);
        QVERIFY(first.ok());
        // The same file under another name while the first writer holds it.
        const OutputGuard second(m_dir->filePath(QStringLiteral("sub/../backup.glossa")));
        QVERIFY2(second.refusal().contains(QStringLiteral("being written")), qPrintable(second.refusal()));
        QVERIFY(OutputGuard::refusalFor(path).contains(QStringLiteral("being written")));
    }
    QVERIFY(OutputGuard(path).ok()); // released with the first guard
}

void TestOutputGuard::backupRefusesTheLibrarysFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("log") << "library.glossa-wal";
    QTest::newRow("shared memory") << "library.glossa-shm";
    QTest::newRow("journal") << "library.glossa-journal";
    QTest::newRow("library through ..") << "sub/../library.glossa";
}

void TestOutputGuard::backupRefusesTheLibrarysFiles()
{
    QFETCH(QString, name);
    // A backup to the log "succeeded", and the copy vanished at the next checkpoint.
    QString error;
    QVERIFY(!LibraryBackup(m_library->database()).backupTo(m_dir->filePath(name), &error));
    QVERIFY2(error.contains(QStringLiteral("choose another file")), qPrintable(error));
    QSqlQuery query(m_library->database());
    QVERIFY2(query.exec(QStringLiteral("PRAGMA quick_check")) && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
