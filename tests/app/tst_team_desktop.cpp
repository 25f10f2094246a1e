// Two analysts' windows on one team library on a real server (offscreen): a highlight made in
// one appears in the other within a second, announced by the server (LISTEN/NOTIFY), with no
// polling; the other analyst's card is read-only there, and the server refuses its change.
#include "testserver.h"

#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "headlines/externalchangewatcher.h"
#include "headlines/headlineview.h"
#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/teamlibrarydialog.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "storage/teamadministration.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTest>

using namespace glossa;
using glossa::test::TestServer;

class TestTeamDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void highlightAppearsInTheOtherWindow();
    void openTeamLibraryFromTheMenu();
};

void TestTeamDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_team_desktop"));
    QSettings().clear();
}

void TestTeamDesktop::highlightAppearsInTheOtherWindow()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = server.createDatabase();
    {
        QString why;
        QVERIFY2(TestServer::setUpTeam(database, {{QStringLiteral("Amina"), TeamRole::Analyst, QStringLiteral("amina")},
                                                 {QStringLiteral("Bruno"), TeamRole::Analyst, QStringLiteral("bruno")}}, &why),
                 qPrintable(why));
    }

    Workspace aminaDesk, brunoDesk;
    QString error;
    QVERIFY2(aminaDesk.openLibrary(TestServer::address(database, TestServer::login(database, QStringLiteral("amina"))), &error),
             qPrintable(error));
    QVERIFY2(brunoDesk.openLibrary(TestServer::address(database, TestServer::login(database, QStringLiteral("bruno"))), &error),
             qPrintable(error));
    // Whatever the library refuses fails the test with its reason.
    for (Workspace *desk : {&aminaDesk, &brunoDesk})
        connect(desk, &Workspace::storageError, this, [](const QString &message) { QFAIL(qPrintable(message)); });
    Importer importer(aminaDesk.library());
    QCOMPARE(importer.importPaths({QStringLiteral(GLOSSA_TEST_DATA "/reader/e2e_dump.txt")}, false).added(), 1);

    MainWindow amina(&aminaDesk), bruno(&brunoDesk);
    for (MainWindow *window : {&amina, &bruno}) {
        window->resize(1300, 800);
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        // The import reached Bruno's window by the server's word too; both open the article.
        QTRY_VERIFY_WITH_TIMEOUT(window->headlineView()->model()->rowCount() == 1, 2000);
        window->headlineView()->setFocus();
        QTest::keyClick(window->headlineView(), Qt::Key_J);
        QVERIFY(window->readerView()->articleId() > 0);
    }
    const qint64 articleId = amina.readerView()->articleId();
    const Article article = *aminaDesk.articles().article(articleId);
    const Block first = article.blocks.at(0);
    const int end = int(article.text.indexOf(QLatin1Char('.'), first.start)) + 1;

    // Amina highlights; Bruno sees it within a second.
    QElapsedTimer clock;
    QApplication::setActiveWindow(&amina);
    QVERIFY(QTest::qWaitForWindowActive(&amina));
    amina.readerView()->selectSpan(first.start, end);
    amina.readerView()->textView()->setFocus();
    clock.start();
    QTest::keyClick(amina.readerView()->textView(), Qt::Key_H);
    QCOMPARE(amina.annotationSidebar()->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(bruno.annotationSidebar()->model()->rowCount(), 1, 1000);
    qInfo("Bruno's window showed Amina's highlight %lld ms after she pressed H", clock.elapsed());
    const QModelIndex card = bruno.annotationSidebar()->model()->index(0, 0);
    QCOMPARE(card.data(AnnotationListModel::QuoteRole).toString(), article.text.mid(first.start, end - first.start));

    // The server drops Bruno's connection (a restart, a cut network): his window says so, connects
    // again by itself, and hears the desk again.
    {
        const std::optional<LibraryAddress> owner = LibraryAddress::parse(TestServer::address(database));
        QString error;
        QVERIFY(owner && ServerConnection::open(*owner, QStringLiteral("killer"), QString(), &error));
        QSqlQuery kill(QSqlDatabase::database(QStringLiteral("killer")));
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                              .arg(TestServer::login(database, QStringLiteral("bruno")))));
        kill.finish();
        ServerConnection::close(QStringLiteral("killer"));
    }
    auto *watcher = bruno.findChild<ExternalChangeWatcher *>();
    QVERIFY(watcher);
    QSignalSpy lost(watcher, &ExternalChangeWatcher::connectionLost);
    QSignalSpy restored(watcher, &ExternalChangeWatcher::connectionRestored);
    // Seen from the socket, without a round trip; made again once a worker found the server back.
    QTRY_COMPARE(lost.size(), 1);
    QTRY_COMPARE(restored.size(), 1);
    QVERIFY2(bruno.statusBar()->currentMessage().contains(QLatin1String("again")), qPrintable(bruno.statusBar()->currentMessage()));
    const int second = int(article.text.indexOf(QLatin1Char('.'), end)) + 1;
    QApplication::setActiveWindow(&amina);
    QVERIFY(QTest::qWaitForWindowActive(&amina));
    amina.readerView()->selectSpan(end + 1, second);
    amina.readerView()->textView()->setFocus();
    QTest::keyClick(amina.readerView()->textView(), Qt::Key_H);
    QCOMPARE(amina.annotationSidebar()->model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(bruno.annotationSidebar()->model()->rowCount(), 2, 1000);

    // Bruno cannot change it: the server's rule, asked through the store.
    const Annotation hers = AnnotationStore(brunoDesk.library().database()).annotationsForArticle(articleId).first();
    QVERIFY(!AnnotationStore(brunoDesk.library().database()).mayChange(hers));
    Annotation changed = hers;
    changed.note = QStringLiteral("pas d'accord");
    AnnotationStore brunos(brunoDesk.library().database());
    QVERIFY(!brunos.update(changed));
    QVERIFY2(brunos.lastError().contains(QLatin1String("refused")), qPrintable(brunos.lastError()));
}

void TestTeamDesktop::openTeamLibraryFromTheMenu()
{
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString database = server.createDatabase();
    const QString login = TestServer::login(database, QStringLiteral("amina"));
    {
        QString why;
        QVERIFY2(TestServer::setUpTeam(database, {{QStringLiteral("Amina"), TeamRole::Analyst, QStringLiteral("amina")}}, &why),
                 qPrintable(why));
    }

    // At her own desk, on her own library file first.
    QTemporaryDir dir;
    Workspace desk;
    QString error;
    QVERIFY2(desk.openLibrary(dir.filePath(QStringLiteral("mine.glossa")), &error), qPrintable(error));
    MainWindow window(&desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *open = window.findChild<QAction *>(QStringLiteral("openTeamLibraryAction"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = window.findChild<TeamLibraryDialog *>(QStringLiteral("teamLibraryDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(TestServer::host());
    dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->clear();
    QVERIFY(!ok->isEnabled()); // no database, no address
    dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(database);
    dialog->findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(login);
    QVERIFY(ok->isEnabled());
    if (qEnvironmentVariableIsSet("GLOSSA_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR") + QStringLiteral("/team-library-dialog.png"));
    const QString address = dialog->address();
    QTest::mouseClick(ok, Qt::LeftButton);
    if (auto *refused = window.findChild<QMessageBox *>(QStringLiteral("libraryRefusedMessage")))
        QFAIL(qPrintable(address + QLatin1String(": ") + refused->informativeText()));
    QTRY_VERIFY(LibraryAddress::looksLikeServer(desk.libraryPath()));
    QVERIFY2(!desk.libraryPath().contains(QLatin1String("password")), qPrintable(desk.libraryPath()));
    QCOMPARE(desk.analyst().name, QStringLiteral("Amina")); // the login's analyst, whatever the profile said
    // Remembered for next time, but never a password.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("teamLibrary/database")).toString(), database);
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
}

QTEST_MAIN(TestTeamDesktop)
#include "tst_team_desktop.moc"
