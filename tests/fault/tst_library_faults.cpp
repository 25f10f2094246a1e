// The library file under attack from the outside world (issue 22), in one suite of real
// processes on real files: glossa-cli (and the desktop app, `glossa`) run as processes of their
// own while this test replaces or deletes their library, restores over it, exports onto it,
// feeds it a named pipe, fills its disk (RLIMIT_FSIZE in the child: a container may refuse to
// mount a small tmpfs) and SIGKILLs them at seeded random moments. After each: SQLite's quick_check passes, every edit a process
// acknowledged is there, a file that was not the target is byte for byte as it was, and what
// was said is true. Each seed is printed with its failure; a round is reproducible from it.
#include "../robustness/robustnesssupport.h"
#include "clirunner.h"

#include "../benchmarks/corpusgenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>
#include <limits>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using glossa::robustness::kSanitizedBuild;
using glossa::robustness::RawConnection;
using glossa::test::CliRun;

namespace {

constexpr quint32 kSeed = 20261206;
// The import a file is lost under must outlast the wait for its first committed batch
// (Importer commits every second) and go on a while after: about 3 s here, more under ASan.
constexpr int kLongImportFiles = kSanitizedBuild ? 1200 : 3000;
constexpr int kBaseFiles = kSanitizedBuild ? 300 : 1200; // the library most cases start from
constexpr int kKillRounds = kSanitizedBuild ? 6 : 12;

QString fixture(const QString &name)
{
    return QStringLiteral(GLOSSA_TEST_DATA "/cli/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QString quickCheck(const QString &path)
{
    return RawConnection(path).column(QStringLiteral("PRAGMA quick_check")).join(QLatin1String("; "));
}

quint32 bigEndian(const QByteArray &bytes, int at)
{
    return quint32(quint8(bytes[at])) << 24 | quint32(quint8(bytes[at + 1])) << 16 | quint32(quint8(bytes[at + 2])) << 8
        | quint32(quint8(bytes[at + 3]));
}

// Commit frames in a write-ahead log, read as a file (no SQLite lock is taken or dropped):
// each frame header says the database's size after the commit it ends, zero inside one.
int commitFrames(const QString &walPath)
{
    QFile wal(walPath);
    if (!wal.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = wal.read(32);
    if (header.size() < 32)
        return 0;
    const qint64 frameSize = 24 + qint64(bigEndian(header, 8));
    int commits = 0;
    for (qint64 offset = 32; offset + frameSize <= wal.size(); offset += frameSize) {
        wal.seek(offset);
        const QByteArray frame = wal.read(8);
        if (frame.size() == 8 && bigEndian(frame, 4) != 0)
            ++commits;
    }
    return commits;
}

// What a log beside a library would bring into it when the library is next opened.
bool logIsHarmless(const QString &walPath)
{
    return !QFileInfo::exists(walPath) || commitFrames(walPath) == 0;
}

// "table: rows" for every ordinary table: says where two fingerprints differ.
QStringList rowCounts(const QString &path)
{
    RawConnection raw(path);
    QStringList counts;
    const QStringList tables = raw.column(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    for (const QString &table : tables)
        counts << QStringLiteral("%1: %2").arg(table).arg(raw.number(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
    return counts;
}

// What glossa-cli said, without what Qt says of the environment when the PDF writer starts its
// GUI half ("QStandardPaths: XDG_RUNTIME_DIR not set").
QStringList ownLines(const QString &err)
{
    QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths: ")); });
    return lines;
}

QStringList partFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestLibraryFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fileLostUnderARunningImport_data();
    void fileLostUnderARunningImport();
    void fileReplacedUnderTheDesktop_data();
    void fileReplacedUnderTheDesktop();
    void restoreOverTheLogOfAKilledProcess();
    void killedRestoreLeavesAWholeLibrary();
    void exportOverTheLibraryIsRefused_data();
    void exportOverTheLibraryIsRefused();
    void namedPipeInAnImportedFolder_data();
    void namedPipeInAnImportedFolder();
    void fullDisk_data();
    void fullDisk();
    void killedAtRandomMoments();

private:
    QStringList db(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_library} + args; }
    CliRun cli(const QStringList &args) const { return glossa::test::runCli(QStringLiteral(GLOSSA_CLI), m_home.path(), args); }
    void startCli(QProcess &process, const QStringList &args) const;
    // Writes pages [first, first + count) of the generator, one per file.
    static void writeCorpus(const QString &folder, int first, int count);
    qint64 articles(const QString &path) const
    {
        return RawConnection(path).number(QStringLiteral("SELECT count(*) FROM articles"));
    }

    QTemporaryDir m_home; // XDG folders of every glossa-cli run, and the shared corpora
    QString m_base;       // a library of kBaseFiles articles and two annotations, closed
    QString m_other;      // another, small library: what a sync tool puts in the library's place
    QString m_longCorpus; // kLongImportFiles new articles
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library; // this case's library: a copy of m_base
};

void TestLibraryFaults::startCli(QProcess &process, const QStringList &args) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLOSSA_CLI), args);
    QVERIFY(process.waitForStarted());
}

void TestLibraryFaults::writeCorpus(const QString &folder, int first, int count)
{
    QVERIFY(QDir().mkpath(folder));
    glossa::bench::CorpusGenerator generator(kSeed + quint32(first));
    for (int i = first; i < first + count; ++i) {
        QFile out(folder + QStringLiteral("/page-%1.txt").arg(i, 6, 10, QLatin1Char('0')));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(generator.page(i)) > 0);
    }
}

void TestLibraryFaults::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString baseCorpus = m_home.filePath(QStringLiteral("base-corpus"));
    writeCorpus(baseCorpus, 0, kBaseFiles);
    m_longCorpus = m_home.filePath(QStringLiteral("long-corpus"));
    writeCorpus(m_longCorpus, kBaseFiles, kLongImportFiles);

    m_base = m_home.filePath(QStringLiteral("base.glossa"));
    auto onBase = [&](const QStringList &args) { return cli(QStringList{QStringLiteral("--db"), m_base} + args); };
    CliRun run = onBase({QStringLiteral("import"), QStringLiteral("--quiet"), fixture(QStringLiteral("pont-sebou.txt")), baseCorpus});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = onBase({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("480 millions de dirhams"),
                  QStringLiteral("--claim"), QStringLiteral("statistic"), QStringLiteral("--note"),
                  QStringLiteral("base ") + QString(100000, QLatin1Char('x'))}); // exports outgrow a full disk's 64 KiB
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(articles(m_base), qint64(kBaseFiles + 1));
    QVERIFY(!QFileInfo::exists(m_base + QStringLiteral("-wal")));

    m_other = m_home.filePath(QStringLiteral("other.glossa"));
    run = cli({QStringLiteral("--db"), m_other, QStringLiteral("import"), fixture(QStringLiteral("tlqih.txt")), fixture(QStringLiteral("spread.jsonl"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("--db"), m_other, QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
               QStringLiteral("مليوني طفل"), QStringLiteral("--note"), QStringLiteral("other")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestLibraryFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("library.glossa"));
    QVERIFY(QFile::copy(m_base, m_library));
}

void TestLibraryFaults::fileLostUnderARunningImport_data()
{
    QTest::addColumn<bool>("replaced");
    QTest::addColumn<bool>("edited"); // another glossa-cli edits the new L while the import runs
    QTest::newRow("mv OTHER L under the import") << true << false;
    QTest::newRow("mv OTHER L, then L edited at once") << true << true;
    QTest::newRow("rm L under the import") << false << false;
}

// A sync tool's `mv OTHER L`, or `rm L`, while glossa-cli imports into L. Before the fix the
// import wrote on into a file nobody would open again, and its log, still named L-wal, was
// left behind and replayed onto whatever file then took the name L: "malformed". Now every
// batch after the loss is refused with the reason, OTHER stays byte for byte what it was, no
// log is left to poison the name, and every file reported imported is in the library it was
// imported into (kept here under a second name, a hard link, to be looked at).
void TestLibraryFaults::fileLostUnderARunningImport()
{
    QFETCH(bool, replaced);
    QFETCH(bool, edited);
    const QString kept = m_dir->filePath(QStringLiteral("kept.glossa"));
    QCOMPARE(::link(QFile::encodeName(m_library).constData(), QFile::encodeName(kept).constData()), 0);
    const QString other = m_dir->filePath(QStringLiteral("other.glossa"));
    QVERIFY(QFile::copy(m_other, other));
    const QByteArray otherPrint = RawConnection(other).fingerprint();
    const QByteArray otherBytes = bytesOf(other);

    QProcess import;
    startCli(import, db({QStringLiteral("import"), m_longCorpus}));
    // Lost after the import's first batch is committed (a commit frame in its log), while it runs.
    QElapsedTimer waited;
    waited.start();
    while (commitFrames(m_library + QStringLiteral("-wal")) < 1 && import.state() == QProcess::Running
           && waited.elapsed() < 60000)
        QTest::qWait(20);
    QVERIFY2(import.state() == QProcess::Running, "the import ended before the library file was lost");
    if (replaced)
        QCOMPARE(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_library).constData()), 0);
    else
        QCOMPARE(::unlink(QFile::encodeName(m_library).constData()), 0);
    const QStringList edit = {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                              QStringLiteral("مليوني طفل"), QStringLiteral("--note"), QStringLiteral("after the import")};
    if (edited) {
        // As a script or the window would, at once. The import's log still bears L's name and
        // holds its commits: read as OTHER's, they made OTHER "damaged" (and a checkpoint would
        // copy them in). Refused, in one true line, while the import has its file open.
        const CliRun run = cli(db(edit));
        QVERIFY2(import.state() == QProcess::Running, "the import ended before L was edited");
        QVERIFY2(run.exitCode == 1 && ownLines(run.err).size() == 1
                     && run.err.contains(QStringLiteral("before it was replaced or deleted")) && !run.err.contains(QStringLiteral("damaged")),
                 qPrintable(run.err));
    }
    QVERIFY2(import.waitForFinished(120000), "the import did not end after its library file was lost");

    const QString err = QString::fromUtf8(import.readAllStandardError());
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QVERIFY2(import.exitCode() == 1, qPrintable(err.right(2000)));
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList imported = lines.filter(QRegularExpression(QStringLiteral("^(imported|duplicate)[^:]*: ")));
    const QStringList refused = lines.filter(QRegularExpression(QStringLiteral("^refused: ")));
    const QString reason = replaced ? QStringLiteral("was replaced by another file while open")
                                    : QStringLiteral("was deleted or moved while open");
    QVERIFY2(!imported.isEmpty() && !refused.isEmpty(), qPrintable(err.right(2000)));
    for (const QString &line : refused)
        QVERIFY2(line.contains(reason), qPrintable(line));
    QCOMPARE(imported.size() + refused.size(), kLongImportFiles); // every file accounted for, once
    const QRegularExpressionMatch summary =
        QRegularExpression(QStringLiteral("^(\\d+) article\\(s\\) added, 0 duplicate\\(s\\), (\\d+) file\\(s\\) refused$"))
            .match(lines.constLast());
    QVERIFY2(summary.hasMatch(), qPrintable(lines.constLast()));
    QCOMPARE(summary.captured(2).toInt(), int(refused.size()));

    // Nothing the lost file's process leaves beside the name may be replayed onto the next file.
    QVERIFY2(logIsHarmless(m_library + QStringLiteral("-wal")), "a log with commits was left beside the library's name");
    if (replaced) {
        QVERIFY(bytesOf(m_library) == otherBytes);
    } else {
        QVERIFY(!QFileInfo::exists(m_library));
        QVERIFY(QFile::copy(m_other, m_library)); // a library later copied to the name
    }
    QCOMPARE(quickCheck(m_library), QStringLiteral("ok"));
    QCOMPARE(RawConnection(m_library).fingerprint(), otherPrint);
    const CliRun stats = cli(db({QStringLiteral("stats"), QStringLiteral("--json")}));
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    if (edited) { // the import gone, OTHER takes the edit, and only it
        const CliRun run = cli(db(edit));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(quickCheck(m_library), QStringLiteral("ok"));
        QCOMPARE(articles(m_library), articles(m_other));
    }

    // Every article the import acknowledged is in the file it was imported into.
    QVERIFY(logIsHarmless(kept + QStringLiteral("-wal")));
    QCOMPARE(quickCheck(kept), QStringLiteral("ok"));
    QCOMPARE(articles(kept), qint64(kBaseFiles + 1) + summary.captured(1).toInt());
}

// The desktop (`glossa`, its own process) has the library open and has written to it; a sync
// tool's `mv OTHER L`; glossa-cli edits L at once, before the window's poll notices. The
// window's last commit waited in L-wal, named after the path only: glossa-cli took it for
// OTHER's and copied it into OTHER (a page of the old library inside another), and the file it
// belonged to never got it. Now the window's commits reach its file and leave the log empty at
// once (a crash before its poll notices leaves nothing to recover), glossa-cli refuses L while
// the window holds the old file's log under that name, and once the window is gone (killed)
// OTHER takes the edit with nothing of the old library in it.
void TestLibraryFaults::fileReplacedUnderTheDesktop_data()
{
    QTest::addColumn<bool>("noticed"); // the window is killed after its poll noticed, else at once
    QTest::newRow("window killed after it noticed") << true;
    QTest::newRow("window killed before it noticed") << false;
}

void TestLibraryFaults::fileReplacedUnderTheDesktop()
{
    QFETCH(bool, noticed);
#ifndef GLOSSA_DESKTOP
    QSKIP("built without the desktop app");
#else
    // A library no analyst has written to yet: the window records its analyst as it opens it.
    QVERIFY(QFile::remove(m_library));
    const CliRun imported = cli(db({QStringLiteral("import"), fixture(QStringLiteral("pont-sebou.txt"))}));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(RawConnection(m_library).number(QStringLiteral("SELECT count(*) FROM analysts")), qint64(0));
    const QString marker = QStringLiteral("Only in the old library");
    QVERIFY(RawConnection(m_library)
                .exec(QStringLiteral("INSERT INTO analysts (uuid, name, first_seen) VALUES ('old-only', '%1', '2026-01-01')").arg(marker))
                .isEmpty());
    const QString kept = m_dir->filePath(QStringLiteral("kept.glossa"));
    QCOMPARE(::link(QFile::encodeName(m_library).constData(), QFile::encodeName(kept).constData()), 0);
    const QString other = m_dir->filePath(QStringLiteral("other.glossa"));
    QVERIFY(QFile::copy(m_other, other));
    const qint64 otherArticles = articles(other);

    QProcess desktop;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("desktop-config")));
    desktop.setProcessEnvironment(environment);
    desktop.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    desktop.start(QStringLiteral(GLOSSA_DESKTOP), {QStringLiteral("--db"), m_library});
    QVERIFY(desktop.waitForStarted());
    const auto stopDesktop = qScopeGuard([&] {
        desktop.kill();
        desktop.waitForFinished();
    });
    // The window records its analyst when it opens the library: a commit, in its log or
    // already in its file (read through the second name, with a log of its own).
    auto windowWrote = [&] {
        return commitFrames(m_library + QStringLiteral("-wal")) >= 1
            || RawConnection(kept).number(QStringLiteral("SELECT count(*) FROM analysts")) >= 2;
    };
    QElapsedTimer waited;
    waited.start();
    while (!windowWrote() && desktop.state() == QProcess::Running && waited.elapsed() < (kSanitizedBuild ? 60000 : 20000))
        QTest::qWait(50);
    QVERIFY2(windowWrote(), "the desktop wrote nothing to its library");
    QTest::qWait(200);

    QCOMPARE(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_library).constData()), 0);
    const QStringList edit = {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                              QStringLiteral("مليوني طفل"), QStringLiteral("--note"), QStringLiteral("edit")};
    // At once, and after the window's poll (2 s) noticed: refused while the window has the old
    // file open under this name, since its log and shared memory are the ones L would use.
    for (int attempt = 0; noticed && attempt < 2; ++attempt) {
        const CliRun run = cli(db(edit));
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("before it was replaced or deleted")), qPrintable(run.err));
        if (attempt == 0)
            QTest::qWait(3000);
    }
    QVERIFY(desktop.state() == QProcess::Running);
    desktop.kill(); // as a crash or a power cut ends it, before or after it noticed
    desktop.waitForFinished();
    QStringList acknowledged;
    const CliRun run = cli(db(edit));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    acknowledged << QString::fromUtf8(run.out).trimmed();

    QVERIFY(logIsHarmless(m_library + QStringLiteral("-wal")));
    QCOMPARE(quickCheck(m_library), QStringLiteral("ok"));
    RawConnection now(m_library);
    QVERIFY2(!now.column(QStringLiteral("SELECT name FROM analysts")).contains(marker),
             "a page of the old library was copied into the file that replaced it");
    QCOMPARE(articles(m_library), otherArticles);
    const QStringList ids = now.column(QStringLiteral("SELECT id FROM annotations"));
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("annotation %1 lost").arg(id)));
    // The old file has what the window wrote to it (its analyst beside the marker).
    QCOMPARE(quickCheck(kept), QStringLiteral("ok"));
    const QStringList oldAnalysts = RawConnection(kept).column(QStringLiteral("SELECT name FROM analysts"));
    QVERIFY2(oldAnalysts.contains(marker) && oldAnalysts.size() == 2, qPrintable(oldAnalysts.join(QLatin1String(", "))));
#endif
}

// A process killed while it wrote leaves a log full of commits beside the library; a backup
// copied over the library was then "malformed" at the next open. glossa-cli restore moves the
// log aside with the library it belongs to, and both come back whole.
void TestLibraryFaults::restoreOverTheLogOfAKilledProcess()
{
    const QString backup = m_dir->filePath(QStringLiteral("monday.glossa"));
    CliRun run = cli(db({QStringLiteral("backup"), backup}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray backupPrint = RawConnection(backup).fingerprint();

    QProcess import;
    startCli(import, db({QStringLiteral("import"), m_longCorpus}));
    QElapsedTimer waited;
    waited.start();
    while (commitFrames(m_library + QStringLiteral("-wal")) < 2 && import.state() == QProcess::Running
           && waited.elapsed() < 60000)
        QTest::qWait(20);
    QVERIFY2(import.state() == QProcess::Running, "the import ended before it could be killed");
    import.kill();
    QVERIFY(import.waitForFinished());
    QVERIFY2(!logIsHarmless(m_library + QStringLiteral("-wal")), "the killed import left no commits in its log");

    run = cli(db({QStringLiteral("restore"), backup}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_library + QStringLiteral("-wal")));
    QCOMPARE(quickCheck(m_library), QStringLiteral("ok"));
    QCOMPARE(RawConnection(m_library).fingerprint(), backupPrint);
    // The library it replaced, with its log, opens as what the killed import had committed.
    const QString keptAs = run.err.section(QStringLiteral("kept as "), 1).trimmed();
    QVERIFY2(QFileInfo::exists(keptAs + QStringLiteral("-wal")), qPrintable(run.err));
    QCOMPARE(quickCheck(keptAs), QStringLiteral("ok"));
    QVERIFY(articles(keptAs) > kBaseFiles + 1);
    QCOMPARE(partFiles(m_dir->path()), QStringList());
}

// SIGKILL at seeded random moments of glossa-cli restore: the library's name always holds a
// whole library, the old one or the backup, never a half-copied file; the old one is never
// lost (at the name or kept aside); a killed restore's hidden copy goes at the next restore.
void TestLibraryFaults::killedRestoreLeavesAWholeLibrary()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.glossa"));
    CliRun run = cli(db({QStringLiteral("backup"), backup}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(db({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("480 millions de dirhams"),
                  QStringLiteral("--note"), QStringLiteral("after the backup")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Which library a file holds, cheaply (every round reads it): its articles and annotations.
    auto contentOf = [](const QString &path) {
        return RawConnection(path).column(QStringLiteral(
            "SELECT (SELECT count(*) FROM articles) || ' articles; ' || "
            "(SELECT group_concat(id || ':' || length(note), ' ') FROM (SELECT id, note FROM annotations ORDER BY id))"));
    };
    const QByteArray backupPrint = RawConnection(backup).fingerprint();
    const QByteArray libraryPrint = RawConnection(m_library).fingerprint();
    const QStringList backupContent = contentOf(backup);
    const QStringList libraryContent = contentOf(m_library);
    QVERIFY(backupContent != libraryContent);
    QVERIFY(backupPrint != libraryPrint);
    const QString original = m_dir->filePath(QStringLiteral("original.glossa")); // closed: no log
    QVERIFY(QFile::copy(m_library, original));

    // How long one restore takes here (the faster of two): the kills land within it.
    const QString probe = m_dir->filePath(QStringLiteral("probe.glossa"));
    QVERIFY(QFile::copy(m_library, probe));
    int restoreMs = std::numeric_limits<int>::max();
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        run = cli({QStringLiteral("--db"), probe, QStringLiteral("restore"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        restoreMs = std::min(restoreMs, std::max<int>(20, int(timer.elapsed())));
    }

    QRandomGenerator random(kSeed);
    int killed = 0;
    QStringList seenAside;
    for (int round = 0; round < kKillRounds; ++round) {
        const int delayMs = int(random.bounded(restoreMs + 1));
        const QString context = QStringLiteral("round %1, seed %2, killed after %3 of ~%4 ms")
                                    .arg(round).arg(kSeed).arg(delayMs).arg(restoreMs);
        QProcess restore;
        startCli(restore, db({QStringLiteral("restore"), backup}));
        if (!restore.waitForFinished(delayMs)) {
            restore.kill();
            restore.waitForFinished();
            ++killed;
        }
        const QStringList content = contentOf(m_library);
        QVERIFY2(content == libraryContent || content == backupContent, qPrintable(context + QLatin1String(": ") + content.join(QLatin1Char(' '))));
        QVERIFY2(quickCheck(m_library) == QLatin1String("ok"), qPrintable(context));
        // The old library is at the name or kept aside (this round), whole.
        bool oldKept = content == libraryContent;
        const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("library.glossa.replaced-*")}, QDir::Files);
        for (const QString &name : aside) {
            if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) || seenAside.contains(name))
                continue;
            seenAside << name;
            QVERIFY2(quickCheck(m_dir->filePath(name)) == QLatin1String("ok"), qPrintable(context + QLatin1Char(' ') + name));
            oldKept = oldKept || contentOf(m_dir->filePath(name)) == libraryContent;
        }
        QVERIFY2(oldKept, qPrintable(context));
        if (content == backupContent) { // restored: start the next round from the library again
            QVERIFY(QFile::remove(m_library));
            QVERIFY(QFile::copy(original, m_library));
        }
    }
    qInfo("%d of %d restores killed mid-way (~%d ms each)", killed, kKillRounds, restoreMs);
    // What killed restores left beside the library goes with the next backup of it, as a killed
    // backup's copy does.
    run = cli(db({QStringLiteral("backup"), m_dir->filePath(QStringLiteral("after-the-kills.glossa"))}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(partFiles(m_dir->path()), QStringList());
    run = cli(db({QStringLiteral("restore"), backup}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(RawConnection(m_library).fingerprint(), backupPrint);
    QCOMPARE(partFiles(m_dir->path()), QStringList());
    for (const QString &name : std::as_const(seenAside)) // the first of them was the library as it was
        QVERIFY(contentOf(m_dir->filePath(name)) == libraryContent);
    if (!seenAside.isEmpty())
        QCOMPARE(RawConnection(m_dir->filePath(seenAside.first())).fingerprint(), libraryPrint);
}

void TestLibraryFaults::exportOverTheLibraryIsRefused_data()
{
    QTest::addColumn<QStringList>("command"); // OUTPUT stands for the path written
    QTest::addColumn<QString>("target");      // library, wal, shm or link
    QList<QStringList> writers = {
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("OUTPUT")},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("OUTPUT")},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("-o"), QStringLiteral("OUTPUT")},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("OUTPUT")},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("claimreview"), QStringLiteral("-o"), QStringLiteral("OUTPUT")},
        {QStringLiteral("backup"), QStringLiteral("OUTPUT")},
    };
#ifdef GLOSSA_WITH_PDF
    writers << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), QStringLiteral("OUTPUT")};
#endif
    for (const QStringList &writer : std::as_const(writers)) {
        const QString name = writer.first() == QLatin1String("backup") ? writer.first() : writer.at(2);
        for (const char *target : {"library", "wal", "shm", "link"})
            QTest::addRow("%s onto %s", qPrintable(name), target) << writer << QString::fromLatin1(target);
    }
}

// `export --format csv -o L` replaced a library with a CSV and exited 0; a backup to L-wal
// "succeeded" and vanished at the next checkpoint. Every writer refuses the library under
// any of its names, exits non-zero, and leaves it byte for byte as it was.
void TestLibraryFaults::exportOverTheLibraryIsRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, target);
    QString output = m_library;
    if (target == QLatin1String("wal") || target == QLatin1String("shm")) {
        output += QLatin1Char('-') + target;
    } else if (target == QLatin1String("link")) {
        output = m_dir->filePath(QStringLiteral("report.out"));
        QVERIFY(QFile::link(m_library, output));
    }
    command.replaceInStrings(QStringLiteral("OUTPUT"), output);
    const QByteArray before = bytesOf(m_library);
    const CliRun run = cli(db(command));
    QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    const QStringList said = ownLines(run.err);
    QVERIFY2(said.size() == 1 && said.first().contains(QStringLiteral("choose another file")), qPrintable(run.err));
    QVERIFY(bytesOf(m_library) == before);
    QVERIFY(logIsHarmless(m_library + QStringLiteral("-wal")));
    if (target == QLatin1String("link"))
        QCOMPARE(QFileInfo(output).symLinkTarget(), m_library);
    QCOMPARE(quickCheck(m_library), QStringLiteral("ok"));
    QCOMPARE(partFiles(m_dir->path()), QStringList());
}

void TestLibraryFaults::namedPipeInAnImportedFolder_data()
{
    QTest::addColumn<bool>("withWriter"); // a process holds the pipe open for writing, silent
    QTest::addColumn<bool>("named");      // the pipe named on the command line, not found in a folder
    QTest::newRow("pipe in a folder") << false << false;
    QTest::newRow("pipe with a silent writer") << true << false;
    QTest::newRow("pipe named itself") << false << true;
}

// A FIFO in an imported folder blocked the import forever and the other files were never
// imported. It is refused by name with its reason, the rest imported, within seconds.
void TestLibraryFaults::namedPipeInAnImportedFolder()
{
    QFETCH(bool, withWriter);
    QFETCH(bool, named);
    const QString folder = m_dir->filePath(QStringLiteral("feeds"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    QVERIFY(QFile::copy(fixture(QStringLiteral("tlqih.txt")), folder + QStringLiteral("/a-tlqih.txt")));
    QVERIFY(QFile::copy(fixture(QStringLiteral("spread.jsonl")), folder + QStringLiteral("/sub/spread.jsonl")));
    const QString pipe = folder + QStringLiteral("/live-feed.txt");
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    // A writer that holds the pipe open and never writes (opened read-write, as Linux allows
    // without waiting for a reader).
    const int writer = withWriter ? ::open(QFile::encodeName(pipe).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC) : -1;
    QVERIFY(!withWriter || writer >= 0);
    const auto closeWriter = qScopeGuard([writer] {
        if (writer >= 0)
            ::close(writer);
    });
    const qint64 before = articles(m_library);
    QStringList args = {QStringLiteral("import"), QStringLiteral("--recursive"), folder};
    if (named)
        args << pipe;
    QProcess import;
    startCli(import, db(args));
    QElapsedTimer timer;
    timer.start();
    if (!import.waitForFinished(kSanitizedBuild ? 60000 : 20000)) {
        import.kill();
        import.waitForFinished();
        QFAIL("glossa-cli import blocked on the named pipe");
    }
    const QString err = QString::fromUtf8(import.readAllStandardError());
    qInfo("import with a named pipe ended in %lld ms", timer.elapsed());
    QCOMPARE(import.exitCode(), 1);
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList pipeLines = lines.filter(QStringLiteral("live-feed.txt"));
    QCOMPARE(pipeLines.size(), named ? 2 : 1);
    for (const QString &line : pipeLines)
        QVERIFY2(line.startsWith(QStringLiteral("refused: ")) && line.contains(QStringLiteral("not a regular file (a named pipe)")),
                 qPrintable(line));
    QVERIFY2(lines.filter(QStringLiteral("imported: ")).size() == 2, qPrintable(err));
    QCOMPARE(lines.constLast().section(QStringLiteral(", "), 2), QStringLiteral("%1 file(s) refused").arg(pipeLines.size()));
    QVERIFY(articles(m_library) > before);
    QCOMPARE(quickCheck(m_library), QStringLiteral("ok"));
}

void TestLibraryFaults::fullDisk_data()
{
    QTest::addColumn<QStringList>("command"); // LIBRARY, OUTPUT, BACKUP stand for paths
    QTest::addColumn<QString>("said");        // in every line that says what was refused
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("LONG")}
                            << QStringLiteral("cannot write to the library: ");
    QTest::newRow("annotate") << QStringList{QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                                             QStringLiteral("480 millions de dirhams"), QStringLiteral("--note"), QString(100000, QLatin1Char('n'))}
                              << QString();
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("OUTPUT")} << QString();
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--layer"), QStringLiteral("all"), QStringLiteral("-o"), QStringLiteral("OUTPUT")}
                            << QString();
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), QStringLiteral("BACKUP")} << QString();
}

// A full disk, as RLIMIT_FSIZE makes one for the child alone (no file it writes may grow past
// 64 KiB; SIGXFSZ ignored, so a write fails as it does on a full disk instead of killing the
// process): every command fails in one true line per refusal ("cannot ... : reason", never a
// colon with nothing after it), exits non-zero, leaves the library as it was and nothing
// half-written behind; for the import, the counts add up.
void TestLibraryFaults::fullDisk()
{
    QFETCH(QStringList, command);
    QFETCH(QString, said);
    const QString output = m_dir->filePath(QStringLiteral("out.file"));
    const QString backup = m_dir->filePath(QStringLiteral("backup.glossa"));
    if (command.contains(QStringLiteral("BACKUP"))) {
        const CliRun made = cli(db({QStringLiteral("backup"), backup}));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }
    command.replaceInStrings(QStringLiteral("OUTPUT"), output);
    command.replaceInStrings(QStringLiteral("BACKUP"), backup);
    command.replaceInStrings(QStringLiteral("LONG"), m_longCorpus);
    const QByteArray before = bytesOf(m_library);
    const QByteArray print = RawConnection(m_library).fingerprint();
    const qint64 articlesBefore = articles(m_library);
    const QStringList countsBefore = rowCounts(m_library);
    QVERIFY(bytesOf(m_library) == before);
    int added = 0;

    QProcess process;
    process.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64 * 1024, 64 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    startCli(process, db(command));
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, qPrintable(err.left(2000)));
    const QStringList lines = ownLines(err);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        QVERIFY2(!line.trimmed().endsWith(QLatin1Char(':')) && !line.contains(QStringLiteral(": ;"))
                     && !line.contains(QStringLiteral("Unable to")),
                 qPrintable(line));
    }
    if (command.first() == QLatin1String("import")) {
        const QStringList refused = lines.filter(QRegularExpression(QStringLiteral("^refused: ")));
        for (const QString &line : refused)
            QVERIFY2(line.contains(said) && !line.endsWith(said), qPrintable(line));
        const int imported = int(lines.filter(QRegularExpression(QStringLiteral("^(imported|duplicate)[^:]*: "))).size());
        QVERIFY(!refused.isEmpty());
        QCOMPARE(imported + int(refused.size()), kLongImportFiles);
        const QRegularExpressionMatch summary =
            QRegularExpression(QStringLiteral("^(\\d+) article\\(s\\) added, 0 duplicate\\(s\\), (\\d+) file\\(s\\) refused$"))
                .match(lines.constLast());
        QVERIFY2(summary.hasMatch(), qPrintable(lines.constLast()));
        QCOMPARE(summary.captured(2).toInt(), int(refused.size()));
        added = summary.captured(1).toInt();
    } else {
        QVERIFY2(lines.size() == 1 && lines.first().startsWith(QStringLiteral("glossa-cli: ")), qPrintable(err));
    }
    if (added == 0) { // as it was; else with exactly the files it said it imported
        QVERIFY(!logIsHarmless(m_library + QStringLiteral("-wal")) || bytesOf(m_library) == before);
        QCOMPARE(rowCounts(m_library), countsBefore);
        QCOMPARE(RawConnection(m_library).fingerprint(), print);
    }
    QCOMPARE(articles(m_library), articlesBefore + added);
    QCOMPARE(quickCheck(m_library), QStringLiteral("ok"));
    QVERIFY2(!QFileInfo::exists(output), "a half-written output was left");
    QCOMPARE(partFiles(m_dir->path()), QStringList());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files), QStringList());
}

// SIGKILL at seeded random moments of import, annotate (an edit), backup and restore, one after
// another on the same library. After each kill: quick_check passes, every edit acknowledged
// so far (an annotation id printed and exit 0) is there, and the next backup leaves no
// killed backup's hidden copy behind.
void TestLibraryFaults::killedAtRandomMoments()
{
    const QString backup = m_dir->filePath(QStringLiteral("nightly.glossa"));
    const QString corpus = m_dir->filePath(QStringLiteral("corpus"));
    QRandomGenerator random(kSeed + 1);
    QStringList acknowledged; // annotation ids
    int kills = 0;
    int nextPage = kBaseFiles + kLongImportFiles;
    for (int round = 0; round < kKillRounds * 2; ++round) {
        const int kind = int(random.bounded(4));
        const int delayMs = 5 + int(random.bounded(kSanitizedBuild ? 400 : 250)); // within most of these runs
        QStringList args;
        switch (kind) {
        case 0: {
            const QString folder = corpus + QString::number(round);
            writeCorpus(folder, nextPage, 300);
            nextPage += 300;
            args = {QStringLiteral("import"), QStringLiteral("--quiet"), folder};
            break;
        }
        case 1:
            args = {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("480 millions de dirhams"),
                    QStringLiteral("--note"), QStringLiteral("edit %1").arg(round), QStringLiteral("--tag"), QStringLiteral("kill,round%1").arg(round)};
            break;
        case 2:
            args = {QStringLiteral("backup"), backup};
            break;
        default:
            if (!QFileInfo::exists(backup))
                args = {QStringLiteral("backup"), backup};
            else
                args = {QStringLiteral("restore"), backup};
            break;
        }
        const QString context = QStringLiteral("round %1 (seed %2): %3 killed after %4 ms")
                                    .arg(round).arg(kSeed + 1).arg(args.first()).arg(delayMs);
        QProcess process;
        if (kind != 1)
            process.setStandardOutputFile(QProcess::nullDevice());
        startCli(process, db(args));
        bool finished = process.waitForFinished(delayMs);
        if (!finished) {
            process.kill();
            process.waitForFinished();
            ++kills;
        }
        if (finished && kind == 1 && process.exitCode() == 0)
            acknowledged << QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QVERIFY2(quickCheck(m_library) == QLatin1String("ok"), qPrintable(context));
        const QStringList ids = RawConnection(m_library).column(QStringLiteral("SELECT id FROM annotations"));
        // A restore that got as far as the swap made the library the backup: from then on the
        // edits that count are those the backup holds.
        if (args.first() == QLatin1String("restore")
            && ids == RawConnection(backup).column(QStringLiteral("SELECT id FROM annotations"))) {
            QStringList kept;
            for (const QString &id : std::as_const(acknowledged)) {
                if (ids.contains(id))
                    kept << id;
            }
            acknowledged = kept;
        }
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(ids.contains(id), qPrintable(context + QStringLiteral(": annotation %1 lost").arg(id)));
        if (QFileInfo::exists(backup))
            QVERIFY2(quickCheck(backup) == QLatin1String("ok"), qPrintable(context + QStringLiteral(" (the backup)")));
    }
    qInfo("%d of %d operations killed, %lld acknowledged edits checked", kills, kKillRounds * 2, qint64(acknowledged.size()));
    const CliRun run = cli(db({QStringLiteral("backup"), backup}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(partFiles(m_dir->path()), QStringList());
    QCOMPARE(quickCheck(backup), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestLibraryFaults)
#include "tst_library_faults.moc"
