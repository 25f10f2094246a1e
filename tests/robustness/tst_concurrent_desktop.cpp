// Concurrent use, desktop side: the real main window (offscreen) on a library while
// `glossa-cli import` writes the same file from another process, and the analyst keeps
// highlighting through the UI meanwhile. Nothing may be lost on either side (every annotation
// and every imported article is in the file afterwards), no "database is locked" or any other
// error may reach the analyst, and the headline list must show the imported articles without a
// restart, while the article being read and its place in the reader stay where they were.
#include "robustnesssupport.h"

#include "../benchmarks/corpusgenerator.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "headlines/externalchangewatcher.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "headlines/librarystatuslabel.h"
#include "mainwindow/mainwindow.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/library.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace glossa;
using namespace glossa::robustness;

namespace {

constexpr quint32 kSeed = 20251124;
constexpr int kSeedArticles = 5;
// Long enough an import that the analyst's edits land in the middle of it. glossa-cli holds
// the write lock for a batch at a time (Importer::kBatchFiles files or kBatchMilliseconds), so
// the UI gets about one write in per batch. One import of 1,600 pages under the sanitizers let
// only 3 through on CI, 8,000 pages in the normal build 10-14: the test imports again until
// enough writes landed mid-import rather than trusting one corpus size on every machine.
constexpr int kImportedPages = kSanitizedBuild ? 1600 : 6000;
constexpr int kWritesWhileImporting = 4;
constexpr int kMaxImports = 4;
// Faster than the app's 1.5 s so the test does not idle; the mechanism is the same.
constexpr int kWatchIntervalMs = 300;

// Writes pages [first, first + count) of the generator, one per file, into folder.
void writeCorpus(const QString &folder, int first, int count)
{
    QVERIFY(QDir().mkpath(folder));
    bench::CorpusGenerator generator(kSeed + quint32(first));
    for (int i = first; i < first + count; ++i) {
        QFile out(folder + QStringLiteral("/page-%1.txt").arg(i, 6, 10, QLatin1Char('0')));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(generator.page(i)) > 0);
    }
}

QStringList visibleMessageBoxes()
{
    QStringList texts;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            texts << box->text() + QLatin1Char(' ') + box->informativeText();
    }
    return texts;
}

} // namespace

class TestConcurrentDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dataVersionSeesOtherConnectionsOnly();
    void annotateWhileTheCliImports();

private:
    QTemporaryDir m_dir;
};

void TestConcurrentDesktop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_concurrent_desktop"));
    QSettings().clear();
}

// The watcher's signal: data_version moves when another connection commits, and not for the
// connection's own writes (which the app has already shown).
void TestConcurrentDesktop::dataVersionSeesOtherConnectionsOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("version.glossa"));
    Library mine;
    QString error;
    QVERIFY2(mine.open(path, &error), qPrintable(error));
    const qint64 initial = mine.dataVersion();
    QVERIFY(initial >= 0);

    QSqlQuery own(mine.database());
    QVERIFY(own.exec(QStringLiteral("INSERT INTO tags (name, folded) VALUES ('mine', 'mine')")));
    own.finish();
    QCOMPARE(mine.dataVersion(), initial);

    {
        RawConnection other(path);
        QCOMPARE(other.exec(QStringLiteral("INSERT INTO tags (name, folded) VALUES ('theirs', 'theirs')")), QString());
    }
    const qint64 afterOther = mine.dataVersion();
    QVERIFY(afterOther != initial);
    QCOMPARE(mine.dataVersion(), afterOther); // stable until the next foreign commit

    // Another process.
    const CliRun import = runCli({QStringLiteral("--db"), path, QStringLiteral("import"),
                                  QStringLiteral(GLOSSA_TEST_DATA "/import/fr_crlf.txt")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const qint64 afterProcess = mine.dataVersion();
    QVERIFY(afterProcess != afterOther);

    mine.close();
    QCOMPARE(mine.dataVersion(), qint64(-1));
}

void TestConcurrentDesktop::annotateWhileTheCliImports()
{
    const QString db = m_dir.filePath(QStringLiteral("shared.glossa"));
    const QString seeds = m_dir.filePath(QStringLiteral("seeds"));
    const QString late = m_dir.filePath(QStringLiteral("late"));
    writeCorpus(seeds, 0, kSeedArticles);
    writeCorpus(late, 900, 1);
    const CliRun seeded = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--quiet"), seeds});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));

    Workspace workspace;
    QString error;
    QVERIFY2(workspace.openLibrary(db, &error), qPrintable(error));
    QSignalSpy storageErrors(&workspace, &Workspace::storageError);
    MainWindow window(&workspace);
    window.resize(1100, 520); // small enough that an article scrolls in the reader
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ExternalChangeWatcher *watcher = window.externalChangeWatcher();
    watcher->setInterval(kWatchIntervalMs);
    QSignalSpy changes(watcher, &ExternalChangeWatcher::changed);
    QCOMPARE(window.headlineModel()->totalCount(), kSeedArticles);

    // Open the longest seed article.
    window.headlineView()->selectNext();
    ReaderView *reader = window.readerView();
    AnnotationSidebar *sidebar = window.annotationSidebar();
    const qint64 articleId = reader->articleId();
    QVERIFY(articleId != 0);
    const QString text = workspace.articles().article(articleId)->text;
    QVERIFY(text.size() > 400);

    // The other process imports into the same file while the analyst selects a few words and
    // presses H, again and again, each on a span of its own. How many writes get in during one
    // import depends on the machine's speed (about one per batch), so the test imports another
    // fresh corpus until enough have landed mid-import, at most kMaxImports times.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    QElapsedTimer timer;
    timer.start();
    int added = 0;
    int addedWhileImporting = 0;
    int imports = 0;
    constexpr int kSpan = 6;
    constexpr int kStep = 8;
    const auto highlightNext = [&] {
        reader->selectSpan(added * kStep, added * kStep + kSpan);
        reader->textView()->setFocus();
        QTest::keyClick(reader->textView(), Qt::Key_H);
        ++added;
    };
    const auto roomLeft = [&] { return added * kStep + kSpan < text.size(); };
    while (addedWhileImporting < kWritesWhileImporting && imports < kMaxImports && roomLeft()) {
        const QString corpus = m_dir.filePath(QStringLiteral("corpus-%1").arg(imports));
        writeCorpus(corpus, 1000 + imports * kImportedPages, kImportedPages);
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(GLOSSA_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--quiet"), corpus});
        QVERIFY(cli.waitForStarted());
        ++imports;
        while (cli.state() != QProcess::NotRunning && roomLeft()) {
            highlightNext();
            // Counted only if the import was still running after the write: it was mid-import.
            addedWhileImporting += cli.state() != QProcess::NotRunning ? 1 : 0;
            QVERIFY2(storageErrors.isEmpty(), qPrintable(storageErrors.value(0).value(0).toString()));
            QVERIFY2(visibleMessageBoxes().isEmpty(), qPrintable(visibleMessageBoxes().join(QLatin1String(" | "))));
            QTest::qWait(20); // the watcher's timer and the reloads it starts get their turn
        }
        if (cli.state() != QProcess::NotRunning) // (waitForFinished() is false on a finished process)
            QVERIFY2(cli.waitForFinished(600000), "glossa-cli import did not finish");
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 qPrintable(QString::fromUtf8(cli.readAllStandardError()).right(2000)));
    }
    // A few more after the imports, when the file is the window's alone again.
    for (int i = 0; i < 3 && roomLeft(); ++i) {
        highlightNext();
        QVERIFY2(storageErrors.isEmpty(), qPrintable(storageErrors.value(0).value(0).toString()));
        QTest::qWait(20);
    }
    qInfo("%d highlights added through the UI, %d of them while glossa-cli imported %d x %d pages (%lld ms); "
          "%lld external changes seen",
          added, addedWhileImporting, imports, kImportedPages, timer.elapsed(), qint64(changes.size()));
    QVERIFY2(addedWhileImporting >= kWritesWhileImporting,
             "the imports finished before the UI could write during them");

    // The list shows the imported articles without a restart, and the window is unchanged.
    const int expectedArticles = kSeedArticles + imports * kImportedPages;
    QTRY_COMPARE_WITH_TIMEOUT(window.headlineModel()->totalCount(), expectedArticles, 10000);
    QVERIFY(changes.size() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusCounts()->text().contains(QString::number(expectedArticles)), 5000);
    QCOMPARE(reader->articleId(), articleId);
    QCOMPARE(sidebar->articleId(), articleId);
    QCOMPARE(sidebar->model()->rowCount(), added);
    QVERIFY2(storageErrors.isEmpty(), qPrintable(storageErrors.value(0).value(0).toString()));
    QVERIFY2(visibleMessageBoxes().isEmpty(), qPrintable(visibleMessageBoxes().join(QLatin1String(" | "))));

    // A later change from outside keeps the reader where the analyst left it. This one also
    // guards the fix in Library::open: workers that open a Library of their own (the list's
    // count) used to read the file's header with a QFile, and closing it dropped this process's
    // SQLite locks; glossa-cli then took the file as unused, checkpointed and deleted the log
    // as it closed, data_version stayed still here and a fresh connection saw a damaged file.
    QScrollBar *scroll = reader->textView()->verticalScrollBar();
    QVERIFY2(scroll->maximum() > 0, "the article does not scroll: make the window smaller");
    scroll->setValue(scroll->maximum() / 2);
    const int scrollBefore = scroll->value();
    const int changesBefore = int(changes.size());
    const CliRun more = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--quiet"), late});
    QVERIFY2(more.exitCode == 0, qPrintable(more.err));
    QTRY_VERIFY_WITH_TIMEOUT(changes.size() > changesBefore, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window.headlineModel()->totalCount(), expectedArticles + 1, 5000);
    QCOMPARE(reader->articleId(), articleId);
    QCOMPARE(scroll->value(), scrollBefore);

    // Nothing lost: every highlight and every article is in the file, read from outside.
    RawConnection raw(db);
    QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM articles")), qint64(expectedArticles + 1));
    QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM annotations WHERE article_id = %1").arg(articleId)),
             qint64(added));
}

QTEST_MAIN(TestConcurrentDesktop)
#include "tst_concurrent_desktop.moc"
