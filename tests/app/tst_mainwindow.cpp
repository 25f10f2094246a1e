// The real main window on a temporary library: keyboard reading (J/K, M, S), state that reaches
// the file, undo/redo of it, search, counts, shortcuts, library switching and refusals.
#include "annotations/annotationsidebar.h"
#include "headlines/emptylistnotice.h"
#include "headlines/externalchangewatcher.h"
#include "headlines/filterbar.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "headlines/librarystatuslabel.h"
#include "headlines/readingcontroller.h"
#include "import/importer.h"
#include "importing/importcontroller.h"
#include "importing/importsummarydialog.h"
#include "mainwindow/librarycontroller.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentlibraries.h"
#include "mainwindow/shortcutsdialog.h"
#include "reader/readerview.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace glossa;

namespace {

const QString kDefense = QStringLiteral("Le ministère de la défense de Norlande publie un rapport sur les drones");

struct ArticleState
{
    bool read = false;
    bool starred = false;
};

// Reads an article's state through a fresh connection to the file: what a restart would see.
ArticleState stateOnDisk(const QString &path, qint64 id)
{
    Library library;
    if (!library.open(path))
        return {};
    const std::optional<Article> article = ArticleStore(library.database()).article(id);
    return article ? ArticleState{article->read, article->starred} : ArticleState{};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsTheLibrary();
    void jAndKStepThroughArticles();
    void openingMarksReadUnlessSwitchedOff();
    void mAndSToggleAndPersist();
    void undoAndRedoReadingState();
    void undoInAnotherArticleBringsItBack();
    void searchIsDiacriticInsensitive();
    void emptyListSaysWhyAndClearsFilters();
    void statusBarCounts();
    void shortcutsDialogListsTheRealShortcuts();
    void slashFocusesSearch();
    void refusedLibraryKeepsTheCurrentOne();
    void openAnotherLibrary();
    void importFromTheWindow();
    void frenchTranslationIsEmbedded();
    void readOnlyLibraryIsReadNotEdited();
    void libraryFileLostStopsWriting_data();
    void libraryFileLostStopsWriting();

private:
    void pressKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    qint64 idOf(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("window.glossa"));
    testsupport::openWindow(m_path,
                            {QStringLiteral("fr_defense.txt"), QStringLiteral("fr_marche.txt"),
                             QStringLiteral("ar_mina.txt"), QStringLiteral("plain_note.txt")},
                            &m_workspace, &m_window);
    if (QTest::currentTestFailed())
        return;
    m_window->headlineView()->setFocus();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestMainWindow::pressKey(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

qint64 TestMainWindow::idOf(const QString &title) const
{
    for (const ArticleSummary &row : m_workspace->finder().summaries(ArticleQuery())) {
        if (row.title == title)
            return row.id;
    }
    return 0;
}

void TestMainWindow::listShowsTheLibrary()
{
    QCOMPARE(m_window->headlineModel()->rowCount(), 4);
    QCOMPARE(m_window->readerView()->articleId(), 0);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("window")));
    // Newest first by default.
    QCOMPARE(m_window->headlineModel()->index(0, HeadlineModel::TitleColumn).data().toString(), kDefense);
    // The window's own connection keeps recently read pages for searches and scrolling.
    QCOMPARE(m_workspace->library().pageCacheKiB(), Library::kInteractivePageCacheKiB);
}

void TestMainWindow::jAndKStepThroughArticles()
{
    HeadlineModel *model = m_window->headlineModel();
    pressKey(Qt::Key_J);
    QCOMPARE(m_window->headlineView()->currentIndex().row(), 0);
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(0));
    QCOMPARE(m_window->annotationSidebar()->articleId(), model->articleId(0));
    pressKey(Qt::Key_J);
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(1));
    pressKey(Qt::Key_J);
    pressKey(Qt::Key_J);
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(3));
    pressKey(Qt::Key_J); // at the end: stays
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(3));
    pressKey(Qt::Key_K);
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(2));
    // The reader keeps the keys working when it has the focus.
    m_window->readerView()->setFocus();
    pressKey(Qt::Key_K);
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(1));
}

void TestMainWindow::openingMarksReadUnlessSwitchedOff()
{
    const qint64 first = m_window->headlineModel()->articleId(0);
    const qint64 second = m_window->headlineModel()->articleId(1);
    QVERIFY(m_window->mainActions()->markReadOnOpen->isChecked());
    pressKey(Qt::Key_J);
    QVERIFY(stateOnDisk(m_path, first).read);
    // Marking read on opening is navigation, not an edit: nothing to undo.
    QCOMPARE(m_workspace->undoStack()->count(), 0);

    m_window->mainActions()->markReadOnOpen->trigger();
    QVERIFY(!ReadingController::markReadOnOpen());
    QVERIFY(!QSettings().value(QStringLiteral("reading/markReadOnOpen")).toBool());
    pressKey(Qt::Key_J);
    QCOMPARE(m_window->readerView()->articleId(), second);
    QVERIFY(!stateOnDisk(m_path, second).read);
}

void TestMainWindow::mAndSToggleAndPersist()
{
    m_window->mainActions()->markReadOnOpen->setChecked(false);
    pressKey(Qt::Key_J);
    const qint64 id = m_window->readerView()->articleId();
    QVERIFY(id != 0);
    QVERIFY(!stateOnDisk(m_path, id).read);

    pressKey(Qt::Key_M);
    QVERIFY(stateOnDisk(m_path, id).read);
    QVERIFY(m_window->headlineModel()->index(0, 0).data(HeadlineModel::ReadRole).toBool());
    pressKey(Qt::Key_M);
    QVERIFY(!stateOnDisk(m_path, id).read);

    pressKey(Qt::Key_S);
    QVERIFY(stateOnDisk(m_path, id).starred);
    QVERIFY(m_window->headlineModel()->index(0, 0).data(HeadlineModel::StarredRole).toBool());
    QCOMPARE(m_workspace->undoStack()->count(), 3);
}

void TestMainWindow::undoAndRedoReadingState()
{
    pressKey(Qt::Key_J); // marks read on opening
    const qint64 id = m_window->readerView()->articleId();
    pressKey(Qt::Key_S);
    pressKey(Qt::Key_M);
    QCOMPARE(stateOnDisk(m_path, id).starred, true);
    QCOMPARE(stateOnDisk(m_path, id).read, false);
    QVERIFY(m_window->undoAction()->isEnabled());
    QVERIFY(m_window->undoAction()->text().contains(QLatin1String("Unread")));

    pressKey(Qt::Key_Z, Qt::ControlModifier); // undo "mark unread"
    QCOMPARE(stateOnDisk(m_path, id).read, true);
    m_window->undoAction()->trigger(); // undo "star"
    QCOMPARE(stateOnDisk(m_path, id).starred, false);
    QVERIFY(!m_window->undoAction()->isEnabled());
    QVERIFY(!m_window->headlineModel()->index(0, 0).data(HeadlineModel::StarredRole).toBool());

    m_window->redoAction()->trigger();
    QCOMPARE(stateOnDisk(m_path, id).starred, true);
    m_window->redoAction()->trigger();
    QCOMPARE(stateOnDisk(m_path, id).read, false);
    QVERIFY(!m_window->headlineModel()->index(0, 0).data(HeadlineModel::ReadRole).toBool());
}

void TestMainWindow::undoInAnotherArticleBringsItBack()
{
    pressKey(Qt::Key_J);
    const qint64 starredId = m_window->readerView()->articleId();
    pressKey(Qt::Key_S);
    pressKey(Qt::Key_J);
    pressKey(Qt::Key_J);
    const qint64 elsewhere = m_window->readerView()->articleId();
    QVERIFY(elsewhere != starredId);
    QVERIFY(!stateOnDisk(m_path, starredId).read == false); // it was opened, so it is read

    m_workspace->undoStack()->undo();
    QCOMPARE(m_window->readerView()->articleId(), starredId);
    QCOMPARE(m_window->headlineView()->currentArticleId(), starredId);
    QVERIFY(!stateOnDisk(m_path, starredId).starred);

    // Showing it for the undo did not count as opening it: with the setting on, an article that
    // was unread stays unread when an undo brings it back.
    pressKey(Qt::Key_J);
    const qint64 third = m_window->readerView()->articleId();
    pressKey(Qt::Key_M); // unread again
    QVERIFY(!stateOnDisk(m_path, third).read);
    pressKey(Qt::Key_S);
    pressKey(Qt::Key_K);
    m_workspace->undoStack()->undo(); // unstar "third" from the other article
    QCOMPARE(m_window->readerView()->articleId(), third);
    QVERIFY(!stateOnDisk(m_path, third).read);
}

void TestMainWindow::searchIsDiacriticInsensitive()
{
    QLineEdit *search = m_window->filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("defense"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->headlineModel()->rowCount(), 1);
    QCOMPARE(m_window->headlineModel()->index(0, 0).data().toString(), kDefense);
    QVERIFY(m_window->headlineModel()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("<b>")));
    // Typing a J in the search box types it: the shortcut does not fire.
    QCOMPARE(m_window->readerView()->articleId(), 0);
    QTest::keyClicks(search, QStringLiteral("j"));
    QCOMPARE(search->text(), QStringLiteral("defensej"));
    QCOMPARE(m_window->readerView()->articleId(), 0);

    // The search runs on its own after a pause in typing.
    search->clear();
    QCOMPARE(m_window->headlineModel()->rowCount(), 4);
    QTest::keyClicks(search, QStringLiteral("HAUTRIVE"));
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 2);
}

// Issue 21, item 14: an empty list says why, and offers to clear the filters that emptied it.
void TestMainWindow::emptyListSaysWhyAndClearsFilters()
{
    auto *notice = m_window->findChild<EmptyListNotice *>(QStringLiteral("emptyListNotice"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    QCheckBox *starred = m_window->filterBar()->findChild<QCheckBox *>(QStringLiteral("starredOnlyFilter"));
    QVERIFY(starred);
    starred->setChecked(true); // nothing is starred
    QLineEdit *search = m_window->filterBar()->searchField();
    search->setText(QStringLiteral("zzzunfindable"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 0);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("“zzzunfindable”")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QLatin1String("starred only")), qPrintable(notice->text()));
    auto *clear = notice->findChild<QPushButton *>(QStringLiteral("clearFilters"));
    QVERIFY(clear && clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 4);
    QVERIFY(!notice->isVisible());
    QVERIFY(search->text().isEmpty());
    QVERIFY(!starred->isChecked());
}

void TestMainWindow::statusBarCounts()
{
    LibraryStatusLabel *counts = m_window->statusCounts();
    QVERIFY2(counts->text().contains(QLatin1String("4 article")), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QLatin1String("4 unread")), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QLatin1String("0 starred")), qPrintable(counts->text()));
    pressKey(Qt::Key_J);
    pressKey(Qt::Key_S);
    QVERIFY2(counts->text().contains(QLatin1String("3 unread")), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QLatin1String("1 starred")), qPrintable(counts->text()));
    m_window->filterBar()->searchField()->setText(QStringLiteral("défense"));
    QTest::keyClick(m_window->filterBar()->searchField(), Qt::Key_Return);
    QVERIFY2(counts->text().contains(QLatin1String("1 of 4")), qPrintable(counts->text()));
}

void TestMainWindow::shortcutsDialogListsTheRealShortcuts()
{
    m_window->mainActions()->keyboardShortcuts->trigger();
    ShortcutsDialog *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QStringList entries = dialog->entries();
    const QString all = entries.join(QLatin1Char('\n'));
    for (const QString &expected : {QStringLiteral("Next Article\tJ"), QStringLiteral("Previous Article\tK"),
                                    QStringLiteral("Mark Read/Unread\tM"), QStringLiteral("Star/Unstar\tS"),
                                    QStringLiteral("Search the Library\t/"), QStringLiteral("Highlight\tH"),
                                    QStringLiteral("Claim\tC")})
        QVERIFY2(entries.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + all));
    QVERIFY2(all.contains(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)), qPrintable(all));
    QVERIFY2(all.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)), qPrintable(all));
    // Changing a shortcut changes the list: it is read from the actions.
    m_window->mainActions()->nextArticle->setShortcut(QKeySequence(Qt::Key_N | Qt::ShiftModifier));
    ShortcutsDialog again(m_window->shortcutActions());
    QVERIFY(again.entries().contains(QStringLiteral("Next Article\tShift+N")));
    // GLOSSA_SCREENSHOT_DIR=/tmp/shots keeps a picture of the dialog for layout review.
    if (qEnvironmentVariableIsSet("GLOSSA_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR") + QStringLiteral("/shortcuts.png"));
    dialog->close();
}

void TestMainWindow::slashFocusesSearch()
{
    pressKey(Qt::Key_Slash);
    QCOMPARE(QApplication::focusWidget(), m_window->filterBar()->searchField());
}

void TestMainWindow::refusedLibraryKeepsTheCurrentOne()
{
    const QString junk = m_dir->filePath(QStringLiteral("junk.glossa"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("this is not a database, just text\n").repeated(100));
    file.close();
    const QByteArray before = [&] {
        QFile f(junk);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    pressKey(Qt::Key_J);
    const qint64 reading = m_window->readerView()->articleId();

    QSignalSpy refused(m_window->libraryController(), &LibraryController::refused);
    QString error;
    QVERIFY(!m_window->libraryController()->open(junk, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_workspace->libraryPath(), m_path);
    QCOMPARE(m_window->headlineModel()->rowCount(), 4);
    QCOMPARE(m_window->readerView()->articleId(), reading);
    QFile after(junk);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before); // never touched

    // The message is shown without blocking; it names the core's reason.
    QMessageBox *box = m_window->findChild<QMessageBox *>(QStringLiteral("libraryRefusedMessage"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(error));
    box->close();
}

void TestMainWindow::openAnotherLibrary()
{
    pressKey(Qt::Key_J);
    pressKey(Qt::Key_S);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    const QString other = m_dir->filePath(QStringLiteral("other.glossa"));
    QVERIFY(m_window->libraryController()->open(other));
    QCOMPARE(m_workspace->libraryPath(), other);
    QCOMPARE(m_workspace->library().pageCacheKiB(), Library::kInteractivePageCacheKiB);
    QCOMPARE(m_window->headlineModel()->rowCount(), 0);
    QCOMPARE(m_window->readerView()->articleId(), 0);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("other")));
    const QStringList recent = RecentLibraries::paths();
    QVERIFY(recent.size() >= 2);
    QVERIFY(recent.constFirst().endsWith(QLatin1String("other.glossa")));
    pressKey(Qt::Key_J); // nothing to step to: no crash, nothing shown
    QCOMPARE(m_window->readerView()->articleId(), 0);
}

void TestMainWindow::importFromTheWindow()
{
    ImportController *controller = m_window->importController();
    QSignalSpy finished(controller, &ImportController::finished);
    controller->importPaths({QStringLiteral(GLOSSA_TEST_DATA "/app/import")});
    QVERIFY(!m_window->mainActions()->importFiles->isEnabled()); // one import at a time
    QVERIFY(finished.wait(20000));
    QVERIFY(m_window->mainActions()->importFiles->isEnabled());
    QCOMPARE(m_window->headlineModel()->rowCount(), 6);
    QVERIFY(m_window->statusCounts()->text().contains(QLatin1String("6 article")));
    ImportSummaryDialog *summary = controller->summaryDialog();
    QVERIFY(summary);
    QCOMPARE(summary->refusalLines().size(), 2);
    summary->close();
}

void TestMainWindow::frenchTranslationIsEmbedded()
{
    // qt_add_translations compiles translations/glossa_fr.ts into the binary under :/i18n.
    QTranslator french;
    QVERIFY(french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("glossa"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QCOMPARE(french.translate("glossa::MainActions", "&Next Article"), QStringLiteral("Article &suivant"));
    QCOMPARE(french.translate("glossa::LibraryStatusLabel", "%n article(s)", nullptr, 2), QStringLiteral("%n articles"));
    QCoreApplication::installTranslator(&french);
    MainActions actions(m_window.get());
    QCOMPARE(actions.toggleRead->text(), QStringLiteral("&Marquer lu/non lu"));
    QCoreApplication::removeTranslator(&french);
}

// A library file nobody may write: every article opened gave a "Not Saved" box (marking it read
// was refused), and the analyst could not be recorded. It opens for reading, says so once in the
// status bar, and offers no edit.
void TestMainWindow::readOnlyLibraryIsReadNotEdited()
{
    m_window.reset();
    m_workspace.reset();
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")));
    // Root writes through permission bits: the window runs as nobody meanwhile (the effective
    // user only, given back at the end), with the folder open to it.
    QVERIFY(chmod(QFile::encodeName(m_dir->path()).constData(), 0777) == 0);
    QVERIFY(chmod(QFile::encodeName(m_path).constData(), 0444) == 0);
    const bool root = geteuid() == 0;
    if (root)
        QVERIFY(seteuid(65534) == 0);
    const auto back = qScopeGuard([&] {
        m_window.reset();
        m_workspace.reset();
        if (root)
            QVERIFY(seteuid(0) == 0);
        chmod(QFile::encodeName(m_path).constData(), 0644);
    });

    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_path, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("is read-only")), qPrintable(said));

    m_window->headlineView()->setFocus();
    for (int i = 0; i < 4; ++i)
        pressKey(Qt::Key_J);
    QCOMPARE(m_window->readerView()->articleId(), m_window->headlineModel()->articleId(3));
    QCoreApplication::processEvents();
    for (const QMessageBox *box : m_window->findChildren<QMessageBox *>())
        QVERIFY2(!box->isVisible(), qPrintable(box->text()));
    QCOMPARE(m_window->statusBar()->currentMessage(), said);
    for (int row = 0; row < 4; ++row)
        QVERIFY(!stateOnDisk(m_path, m_window->headlineModel()->articleId(row)).read);

    // Nothing offers to write: not with text selected, not the reading state, not an import.
    m_window->readerView()->selectSpan(0, 12);
    for (const char *name : {"highlightAction", "claimAction", "noteAction"}) {
        const QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), name);
    }
    QVERIFY(!m_window->mainActions()->toggleRead->isEnabled());
    QVERIFY(!m_window->mainActions()->toggleStarred->isEnabled());
    QVERIFY(!m_window->mainActions()->importFiles->isEnabled());
    QVERIFY(!m_window->mainActions()->importFolder->isEnabled());
    QVERIFY(m_window->mainActions()->nextArticle->isEnabled());
}

// `mv OTHER.glossa L` (a sync tool) or `rm L` while the window had L open: the window wrote on
// into the file it had, and its log, still named L-wal, was replayed onto OTHER ("malformed").
void TestMainWindow::libraryFileLostStopsWriting_data()
{
    QTest::addColumn<bool>("replaced");
    QTest::addColumn<bool>("byEdit"); // noticed by a refused edit, else by the 2 s poll
    QTest::newRow("replaced, noticed by an edit") << true << true;
    QTest::newRow("replaced, noticed by the poll") << true << false;
    QTest::newRow("deleted, noticed by an edit") << false << true;
    QTest::newRow("deleted, noticed by the poll") << false << false;
}

void TestMainWindow::libraryFileLostStopsWriting()
{
    QFETCH(bool, replaced);
    QFETCH(bool, byEdit);
    const QString other = m_dir->filePath(QStringLiteral("other.glossa"));
    {
        Library library;
        QVERIFY(library.open(other));
        Importer importer(library);
        QCOMPARE(importer.importPaths({QStringLiteral(GLOSSA_TEST_DATA "/app/fr_marche.txt")}, false).added(), 1);
    }
    // An edit of this session, before the file goes.
    pressKey(Qt::Key_J);
    const qint64 first = m_window->readerView()->articleId();
    m_window->mainActions()->toggleStarred->trigger();
    QVERIFY(stateOnDisk(m_path, first).starred);

    if (replaced)
        QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_path).constData()) == 0);
    else
        QVERIFY(QFile::remove(m_path));
    QSignalSpy lost(m_workspace.get(), &Workspace::libraryFileLost);
    if (byEdit) {
        pressKey(Qt::Key_J);
        m_window->mainActions()->toggleStarred->trigger(); // refused: the file is not the library
    } else {
        m_window->externalChangeWatcher()->check();
    }
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.first().first().toString().contains(replaced ? "was replaced by another file" : "was deleted"),
             qPrintable(lost.first().first().toString()));
    QVERIFY(m_workspace->isLibraryFileLost());
    QVERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("libraryLostMessage")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("replaced or deleted"))
            || byEdit); // a refused edit's own line may follow it
    QVERIFY(!m_window->mainActions()->toggleStarred->isEnabled());
    QVERIFY(!m_window->mainActions()->importFiles->isEnabled());
    // Nothing more is written: an edit anyway is refused, and the log beside the path is empty.
    QVERIFY(!m_workspace->articles().setRead(first, false));
    QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
    m_window->externalChangeWatcher()->check();
    QCOMPARE(lost.size(), 1); // said once

    // The session's edits, saved to a new file from what the window still reads.
    const QString rescued = m_dir->filePath(QStringLiteral("rescued.glossa"));
    QString error;
    QVERIFY2(m_workspace->saveLibraryCopy(rescued, &error), qPrintable(error));
    m_window.reset();
    m_workspace.reset();
    {
        Library library;
        QVERIFY2(library.open(rescued, &error), qPrintable(error));
        QCOMPARE(ArticleStore(library.database()).stats().articles, 4);
        QVERIFY(ArticleStore(library.database()).state(first)->starred);
    }
    if (!replaced) {
        // What SQLite leaves beside a deleted file holds nothing: a library copied there later
        // (the backup put back) opens whole, not "malformed".
        QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
        QVERIFY(QFile::copy(rescued, m_path));
    }
    {
        // The file that took the library's name is whole, as its writer left it.
        Library library;
        QVERIFY2(library.open(m_path, &error), qPrintable(error));
        QSqlQuery check(library.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(ArticleStore(library.database()).stats().articles, replaced ? 1 : 4);
        QCOMPARE(ArticleStore(library.database()).stats().starred, replaced ? 0 : 1);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
