// File ▸ Copy Library To: the open library copied whole, from the real window, into a library
// file and into a team library on a real server (one test, both kinds of target): the same
// articles, annotations and analysts there; copying again adds nothing; the open library itself
// is refused as a target; a stopped copy says so and leaves what it copied.
#include "backup/librarycopycontroller.h"
#include "mainwindow/teamlibrarydialog.h"
#include "screenshotlook.h"
#include "mainwindow/mainwindow.h"
#include "model/annotation.h"
#include "search/articlefinder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "testserver.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;
using glossa::test::TestServer;

class TestCopyLibraryUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copiesTheWholeLibrary_data();
    void copiesTheWholeLibrary();
    void refusesTheOpenLibraryItself();
    void stoppedCopySaysSo();
    void screenshots_data();
    void screenshots();

private:
    // The target of the current row: a new file, or a new team library (as its owner).
    QString target();
    // Waits for the copy's end; its message.
    QString finish(QSignalSpy &finished, bool expectOk);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TestServer> m_server;
};

void TestCopyLibraryUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_copy_library_ui"));
}

void TestCopyLibraryUi::init()
{
    static int desks = 0;
    testsupport::openWindow(m_dir.filePath(QStringLiteral("desk-%1.glossa").arg(++desks)),
                            {QStringLiteral("fr_defense.txt"), QStringLiteral("ar_mina.txt")}, &m_workspace, &m_window);
    QVERIFY(!QTest::currentTestFailed());
    // An annotation of the desk's, with its claim.
    AnnotationStore annotations(m_workspace->library().database());
    const QList<qint64> ids = ArticleFinder(m_workspace->library().database()).ids({});
    QVERIFY(!ids.isEmpty());
    Annotation annotation;
    annotation.articleId = ids.first();
    const std::optional<Article> article = ArticleStore(m_workspace->library().database()).article(ids.first());
    QVERIFY(article);
    annotation.anchor.start = 0;
    annotation.anchor.end = 5;
    annotation.anchor.exact = article->text.left(5);
    annotation.note = QStringLiteral("À vérifier");
    annotation.claim = Claim{QStringLiteral("statistic"), QStringLiteral("false"), {}, {}, {}, {}, {}};
    QVERIFY2(annotations.create(annotation), qPrintable(annotations.lastError()));
}

void TestCopyLibraryUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_server.reset();
}

QString TestCopyLibraryUi::target()
{
    if (QByteArray(QTest::currentDataTag()) == "file")
        return m_dir.filePath(QStringLiteral("copy.glossa"));
    m_server = std::make_unique<TestServer>();
    QString why;
    if (!m_server->start(&why)) {
        if (TestServer::required())
            qWarning("%s", qPrintable(why));
        return QString();
    }
    const QString database = m_server->createDatabase();
    if (!TestServer::setUpTeam(database, {}, &why))
        qWarning("%s", qPrintable(why));
    return TestServer::address(database);
}

QString TestCopyLibraryUi::finish(QSignalSpy &finished, bool expectOk)
{
    if (!finished.wait(30000) && finished.isEmpty())
        return QStringLiteral("no end");
    const QString message = finished.first().at(1).toString();
    if (finished.first().at(0).toBool() != expectOk)
        return QStringLiteral("unexpected: ") + message;
    return message;
}

void TestCopyLibraryUi::copiesTheWholeLibrary_data()
{
    QTest::addColumn<bool>("team");
    QTest::newRow("file") << false;
    QTest::newRow("team") << true;
}

void TestCopyLibraryUi::copiesTheWholeLibrary()
{
    QFETCH(bool, team);
    const QString into = target();
    if (team && into.isEmpty()) {
        if (TestServer::required())
            QFAIL("no test server");
        QSKIP("no test server");
    }
    // The menu offers both targets.
    QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("copyLibraryMenu"));
    QVERIFY(menu && menu->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyLibraryToFileAction")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyLibraryToTeamAction")));

    LibraryCopyController *controller = m_window->copyController();
    QSignalSpy finished(controller, &LibraryCopyController::finished);
    controller->copyTo(into);
    QVERIFY(controller->isRunning());
    const QString message = finish(finished, true);
    QVERIFY2(message.contains(QLatin1String("copied")), qPrintable(message));
    QVERIFY(!controller->isRunning());
    QVERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("copyDoneMessage")));

    // The same library there, and the open one unchanged.
    Library copy;
    QString error;
    QVERIFY2(copy.open(into, &error), qPrintable(error));
    const QSqlDatabase here = m_workspace->library().database();
    QCOMPARE(ArticleFinder(copy.database()).count({}), ArticleFinder(here).count({}));
    int annotations = 0;
    for (const qint64 id : ArticleFinder(copy.database()).ids({}))
        annotations += int(AnnotationStore(copy.database()).annotationsForArticle(id).size());
    QCOMPARE(annotations, 1);
    QSqlQuery analyst(copy.database());
    QVERIFY(analyst.exec(QStringLiteral("SELECT a.uuid, n.note FROM annotations n JOIN analysts a ON a.id = n.analyst_id")));
    QVERIFY(analyst.next());
    QCOMPARE(analyst.value(0).toString(), m_workspace->analyst().uuid);
    QCOMPARE(analyst.value(1).toString(), QStringLiteral("À vérifier"));

    // Again: nothing new.
    finished.clear();
    controller->copyTo(into);
    QVERIFY2(finish(finished, true).contains(QLatin1String(": 0 row")), qPrintable(finished.first().at(1).toString()));
}

void TestCopyLibraryUi::refusesTheOpenLibraryItself()
{
    LibraryCopyController *controller = m_window->copyController();
    QSignalSpy finished(controller, &LibraryCopyController::finished);
    const QByteArray before = [this] {
        QFile file(m_workspace->libraryPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    controller->copyTo(m_workspace->libraryPath());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!controller->isRunning());
    QVERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("copyFailedMessage")));
    QFile file(m_workspace->libraryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestCopyLibraryUi::stoppedCopySaysSo()
{
    LibraryCopyController *controller = m_window->copyController();
    QSignalSpy finished(controller, &LibraryCopyController::finished);
    const QString into = m_dir.filePath(QStringLiteral("stopped.glossa"));
    controller->copyTo(into);
    controller->stop(); // before its first batch is done
    const QString message = finish(finished, false);
    QVERIFY2(message.contains(QLatin1String("stopped")), qPrintable(message));
    QVERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("copyFailedMessage")));
    // What it copied stays a library, and copying again completes it.
    finished.clear();
    controller->copyTo(into);
    QVERIFY2(finish(finished, true).contains(QLatin1String("copied")), qPrintable(finished.first().at(1).toString()));
    Library copy;
    QVERIFY(copy.open(into));
    QCOMPARE(ArticleFinder(copy.database()).count({}), ArticleFinder(m_workspace->library().database()).count({}));
}

void TestCopyLibraryUi::screenshots_data()
{
    testsupport::addScreenshotRows();
}

// With GLOSSA_SCREENSHOT_DIR set: the team dialog as Copy Library To opens it (with "Remember"),
// the copy's progress and the note conflict, in each language and theme.
void TestCopyLibraryUi::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (testsupport::ScreenshotLook::folder().isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    const testsupport::ScreenshotLook look(language, dark);
    QVERIFY(look.isLoaded());
    {
        TeamLibraryDialog dialog(m_window.get(), TeamLibraryDialog::Purpose::CopyInto);
        dialog.findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(QStringLiteral("db.desk.example.org"));
        dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(QStringLiteral("desk"));
        dialog.findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(QStringLiteral("amina"));
        dialog.findChild<QCheckBox *>(QStringLiteral("teamRememberPassword"))->setChecked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(look.path(QStringLiteral("copy-team-dialog"))));
    }
    {
        QProgressDialog progress(QCoreApplication::translate("glossa::LibraryCopyController",
                                                             "Copying the library to %1…\n%2: %3 of %4")
                                     .arg(QStringLiteral("postgresql://amina@db.desk.example.org:5432/desk"),
                                          QStringLiteral("annotations"), QLocale().toString(1500), QLocale().toString(4210)),
                                 QCoreApplication::translate("glossa::LibraryCopyController", "&Stop"), 0, 4210,
                                 m_window.get());
        progress.setWindowTitle(QCoreApplication::translate("glossa::LibraryCopyController", "Copying the Library"));
        progress.setMinimumWidth(460);
        progress.setValue(1500);
        progress.show();
        QVERIFY(QTest::qWaitForWindowExposed(&progress));
        QVERIFY(progress.grab().save(look.path(QStringLiteral("copy-progress"))));
    }
    {
        ArticleNoteVersion theirs{QStringLiteral("Chiffres confirmés par le ministère."), QStringLiteral("Bruno Keller"),
                                  QDateTime(QDate(2026, 12, 6), QTime(14, 5), Qt::UTC)};
        m_workspace->reportArticleNoteConflict(ArticleFinder(m_workspace->library().database()).ids({}).first(),
                                               QStringLiteral("À vérifier : la source ne cite pas d'étude."), theirs);
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("articleNoteConflictMessage"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QVERIFY(box->grab().save(look.path(QStringLiteral("note-conflict"))));
        box->close();
    }
}

QTEST_MAIN(TestCopyLibraryUi)
#include "tst_copy_library_ui.moc"
