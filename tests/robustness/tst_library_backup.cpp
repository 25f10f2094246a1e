// glossa-cli backup (VACUUM INTO) and the refusal of a damaged library with the way to restore it.
#include "robustnesssupport.h"

#include "storage/library.h"
#include "storage/annotationstore.h"
#include "storage/librarybackup.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/file.h>

using namespace glossa;
using namespace glossa::robustness;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(GLOSSA_TEST_DATA "/cli/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLibraryBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupIsAWholeCopy();
    void backupWhileAnotherProcessWrites();
    void backupRefusals();
    void staleCopiesOfKilledBackupsAreRemoved();
    void damagedLibraryIsRefusedWithRestoreHint_data();
    void damagedLibraryIsRefusedWithRestoreHint();
    void restorePutsTheBackupBackAndKeepsTheLibrary();
    void restoreIgnoresALeftoverLog();
    void restoreRefusesALibraryInUse();
    void restoreRefusals_data();
    void restoreRefusals();

private:
    QStringList db(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestLibraryBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("library.glossa"));
    const CliRun imported = runCli(db({QStringLiteral("import"), fixture(QStringLiteral("pont-sebou.txt")), fixture(QStringLiteral("tlqih.txt"))}));
    QCOMPARE(imported.exitCode, 0);
    const CliRun annotated = runCli(db({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                                        QStringLiteral("480 millions de dirhams"), QStringLiteral("--claim"), QStringLiteral("statistic")}));
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
}

void TestLibraryBackup::backupIsAWholeCopy()
{
    const QString target = m_dir->filePath(QStringLiteral("backup.glossa"));
    const CliRun run = runCli(db({QStringLiteral("backup"), target}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("backed up")));
    QCOMPARE(RawConnection(target).fingerprint(), RawConnection(m_db).fingerprint());
    QCOMPARE(RawConnection(target).column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    // No temporary file is left beside it, and the backup opens as a library.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
    const CliRun stats = runCli({QStringLiteral("--db"), target, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY(stats.out.contains("\"annotations\": 1"));
    // Backing up again replaces the old backup in one step.
    QCOMPARE(runCli(db({QStringLiteral("backup"), target})).exitCode, 0);
    QCOMPARE(RawConnection(target).fingerprint(), RawConnection(m_db).fingerprint());
}

void TestLibraryBackup::backupWhileAnotherProcessWrites()
{
    // An import runs in another process while backups are taken: each backup is a consistent
    // snapshot (integrity ok, every article with its text), whatever moment it caught.
    const QString corpus = m_dir->filePath(QStringLiteral("corpus"));
    QVERIFY(QDir().mkpath(corpus));
    for (int i = 0; i < 400; ++i) {
        QFile file(corpus + QStringLiteral("/page-%1.txt").arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Titre numéro %1\nPublié dans Le Veilleur le 02 - 03 - 2024\n\n").arg(i).toUtf8()
                   + QByteArray("Un paragraphe assez long pour faire une page. ").repeated(40) + "\n");
    }
    QProcess import;
    import.setStandardOutputFile(QProcess::nullDevice());
    import.setStandardErrorFile(QProcess::nullDevice());
    import.start(QStringLiteral(GLOSSA_CLI), db({QStringLiteral("import"), QStringLiteral("--quiet"), corpus}));
    QVERIFY(import.waitForStarted());
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(60);
        const QString target = m_dir->filePath(QStringLiteral("during-%1.glossa").arg(i));
        const CliRun run = runCli(db({QStringLiteral("backup"), target}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        RawConnection raw(target);
        QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                           "(SELECT 1 FROM article_texts t WHERE t.article_id = a.id)")), qint64(0));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")).isEmpty());
    }
    // (waitForFinished() is false for a process that has already finished.)
    if (import.state() != QProcess::NotRunning)
        QVERIFY(import.waitForFinished(120000));
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QCOMPARE(import.exitCode(), 0);
}

void TestLibraryBackup::backupRefusals()
{
    const QByteArray before = fileBytes(m_db);
    CliRun run = runCli(db({QStringLiteral("backup"), m_db}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the library itself")), qPrintable(run.err));
    run = runCli(db({QStringLiteral("backup"), m_dir->path()}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is a folder")), qPrintable(run.err));
    run = runCli(db({QStringLiteral("backup"), m_dir->filePath(QStringLiteral("no/such/folder/b.glossa"))}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    run = runCli({QStringLiteral("--db"), m_dir->filePath(QStringLiteral("missing.glossa")), QStringLiteral("backup"),
                  m_dir->filePath(QStringLiteral("b.glossa"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing.glossa"))));
    QCOMPARE(runCli(db({QStringLiteral("backup")})).exitCode, 2);
    QCOMPARE(fileBytes(m_db), before);
}

// Killed backups leave their hidden copies (.NAME.XXXXXX.part, 129 MB after five kills of a big
// library); the next backup to the same file removes them, but never the copy another backup
// is writing at that moment, nor any other file.
void TestLibraryBackup::staleCopiesOfKilledBackupsAreRemoved()
{
    const QString target = m_dir->filePath(QStringLiteral("nightly.glossa"));
    QStringList stale;
    for (const char *unique : {"a1B2c3", "ZZZZZZ", "x_9-Qw", "000000", "kill05"}) {
        const QString path = m_dir->filePath(QStringLiteral(".nightly.glossa.%1.part").arg(QLatin1String(unique)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
        stale << path;
    }
    // Being written by another process right now (this test's): claimed as a backup claims it.
    const QString inUse = m_dir->filePath(QStringLiteral(".nightly.glossa.LIVE01.part"));
    QFile live(inUse);
    QVERIFY(live.open(QIODevice::WriteOnly));
    QCOMPARE(::flock(live.handle(), LOCK_EX | LOCK_NB), 0);
    // Not a backup's copy of this target.
    const QStringList others = {m_dir->filePath(QStringLiteral(".other.glossa.a1B2c3.part")),
                                m_dir->filePath(QStringLiteral(".nightly.glossa.notes.part")),
                                m_dir->filePath(QStringLiteral("nightly.glossa.a1B2c3.part"))};
    for (const QString &path : others) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    const CliRun run = runCli(db({QStringLiteral("backup"), target}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &path : std::as_const(stale))
        QVERIFY2(!QFile::exists(path), qPrintable(path));
    QVERIFY(QFile::exists(inUse));
    for (const QString &path : others)
        QVERIFY2(QFile::exists(path), qPrintable(path));
    QCOMPARE(RawConnection(target).fingerprint(), RawConnection(m_db).fingerprint());
    // Its writer gone, the next backup removes it too.
    live.close();
    QCOMPARE(runCli(db({QStringLiteral("backup"), target})).exitCode, 0);
    QVERIFY(!QFile::exists(inUse));
}

void TestLibraryBackup::damagedLibraryIsRefusedWithRestoreHint_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("overwritten page") << QStringLiteral("overwrite");
    QTest::newRow("truncated file") << QStringLiteral("truncate");
}

void TestLibraryBackup::damagedLibraryIsRefusedWithRestoreHint()
{
    QFETCH(QString, damage);
    const QString backup = m_dir->filePath(QStringLiteral("good.glossa"));
    QCOMPARE(runCli(db({QStringLiteral("backup"), backup})).exitCode, 0);
    {
        // Checkpoint everything into the main file so the damage below hits real pages.
        Library library;
        QVERIFY(library.open(m_db));
    }
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 16 * 4096);
    if (damage == QLatin1String("overwrite")) {
        // Garbage over two whole pages in the middle, the header left intact: only a check finds it.
        file.seek((size / 2) / 4096 * 4096);
        file.write(QByteArray(2 * 4096, '\xff'));
    } else {
        file.resize(size / 2 + 100);
    }
    file.close();
    const QByteArray damaged = fileBytes(m_db);

    const CliRun run = runCli(db({QStringLiteral("stats")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("glossa-cli restore")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral(" over ")), qPrintable(run.err)); // never "copy the backup over it"
    QVERIFY2(run.err.contains(m_db), qPrintable(run.err));
    QCOMPARE(fileBytes(m_db), damaged); // refused untouched

    Library library;
    QString error;
    QVERIFY(!library.open(m_db, &error));
    QVERIFY(error.contains(QStringLiteral("is damaged")));

    // The way back the message names: glossa-cli restore, and the library opens again.
    const CliRun restored = runCli(db({QStringLiteral("restore"), backup}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(library.open(m_db, &error), qPrintable(error));
    QCOMPARE(AnnotationStore(library.database()).annotationsForArticle(1).size(), 1);
}

void TestLibraryBackup::restorePutsTheBackupBackAndKeepsTheLibrary()
{
    const QString backup = m_dir->filePath(QStringLiteral("monday.glossa"));
    QCOMPARE(runCli(db({QStringLiteral("backup"), backup})).exitCode, 0);
    const QByteArray atBackup = RawConnection(m_db).fingerprint();
    const CliRun annotated = runCli(db({QStringLiteral("annotate"), QStringLiteral("2"), QStringLiteral("--quote"),
                                        QStringLiteral("مليوني طفل"), QStringLiteral("--note"), QStringLiteral("after the backup")}));
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
    const QByteArray afterBackup = RawConnection(m_db).fingerprint();
    QVERIFY(afterBackup != atBackup);

    const CliRun run = runCli(db({QStringLiteral("restore"), backup}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("kept as")), qPrintable(run.err));
    QCOMPARE(RawConnection(m_db).fingerprint(), atBackup);
    QCOMPARE(RawConnection(m_db).column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    // The library it replaced is kept, whole, under the name the command gave.
    const QString keptAs = run.err.section(QStringLiteral("kept as "), 1).trimmed();
    QVERIFY2(QFile::exists(keptAs), qPrintable(keptAs));
    QCOMPARE(RawConnection(keptAs).fingerprint(), afterBackup);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(RawConnection(backup).fingerprint(), atBackup); // the backup itself is untouched
}

// What the README advised (copy the backup over the library) replays a log left beside the
// library onto the copy: "database disk image is malformed". restore moves the log aside.
void TestLibraryBackup::restoreIgnoresALeftoverLog()
{
    const QString backup = m_dir->filePath(QStringLiteral("good.glossa"));
    QCOMPARE(runCli(db({QStringLiteral("backup"), backup})).exitCode, 0);
    const QByteArray atBackup = RawConnection(backup).fingerprint();
    // A log full of frames the library's file does not have yet, as a killed process leaves it.
    {
        const CliRun more = runCli(db({QStringLiteral("import"), fixture(QStringLiteral("spread.jsonl"))}));
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        RawConnection writer(m_db);
        QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).isEmpty());
        QVERIFY(writer.exec(QStringLiteral("DELETE FROM annotations")).isEmpty());
        QVERIFY(writer.exec(QStringLiteral("UPDATE articles SET title = title || ' (changed)'")).isEmpty());
        QVERIFY(QFile::copy(m_db + QStringLiteral("-wal"), m_dir->filePath(QStringLiteral("leftover-wal"))));
    }
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal"))); // checkpointed and removed at the close
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("leftover-wal")), m_db + QStringLiteral("-wal")));

    const CliRun run = runCli(db({QStringLiteral("restore"), backup}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    RawConnection restored(m_db);
    QCOMPARE(restored.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(restored.fingerprint(), atBackup);
    const CliRun stats = runCli(db({QStringLiteral("stats"), QStringLiteral("--json")}));
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QVERIFY(stats.out.contains("\"annotations\": 1"));
}

void TestLibraryBackup::restoreRefusesALibraryInUse()
{
    const QString backup = m_dir->filePath(QStringLiteral("good.glossa"));
    QCOMPARE(runCli(db({QStringLiteral("backup"), backup})).exitCode, 0);
    const QByteArray before = RawConnection(m_db).fingerprint();
    {
        // This test's process has the library open, as the desktop app would.
        RawConnection holder(m_db);
        QCOMPARE(holder.number(QStringLiteral("SELECT count(*) FROM annotations")), qint64(1));
        const CliRun run = runCli(db({QStringLiteral("restore"), backup}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is open in another program")), qPrintable(run.err));
        QCOMPARE(holder.number(QStringLiteral("SELECT count(*) FROM annotations")), qint64(1));
        QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
    }
    QCOMPARE(RawConnection(m_db).fingerprint(), before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.replaced-*"), QStringLiteral("*.part")},
                                           QDir::Files | QDir::Hidden), QStringList());
}

void TestLibraryBackup::restoreRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such backup") << "missing" << "no backup at";
    QTest::newRow("the library itself") << "itself" << "the library itself";
    QTest::newRow("a folder") << "folder" << "is not a file";
    QTest::newRow("not a library") << "text" << "not a Glossa backup";
    QTest::newRow("an empty file") << "empty" << "not a Glossa backup";
    QTest::newRow("a damaged backup") << "damaged" << "is damaged";
    QTest::newRow("a newer backup") << "newer" << "newer version of Glossa";
}

void TestLibraryBackup::restoreRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString backup = m_dir->filePath(QStringLiteral("backup.glossa"));
    if (kind == QLatin1String("itself")) {
        backup = m_dir->filePath(QStringLiteral("./library.glossa"));
    } else if (kind == QLatin1String("folder")) {
        backup = m_dir->path();
    } else if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            file.write("Pont sur l'oued Sebou\n");
    } else if (kind != QLatin1String("missing")) {
        QCOMPARE(runCli(db({QStringLiteral("backup"), backup})).exitCode, 0);
        if (kind == QLatin1String("newer")) {
            QVERIFY(RawConnection(backup).exec(QStringLiteral("PRAGMA user_version = 999")).isEmpty());
        } else {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            file.seek((file.size() / 2) / 4096 * 4096);
            file.write(QByteArray(2 * 4096, '\xff'));
        }
    }
    const QByteArray before = RawConnection(m_db).fingerprint();
    const CliRun run = runCli(db({QStringLiteral("restore"), backup}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(RawConnection(m_db).fingerprint(), before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.replaced-*"), QStringLiteral("*.part")},
                                           QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestLibraryBackup)
#include "tst_library_backup.moc"
