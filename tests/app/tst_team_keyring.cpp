// A team library's password, remembered in the system keyring when the analyst asks: on a real
// server that asks for it, with a real Secret Service (tests/app/with-keyring.sh starts one of
// its own), and told in one line where no keyring answers. Never in Glossa's settings.
// The suite is registered twice: with a keyring (GLOSSA_TEST_KEYRING=1) and without any session
// bus; each case runs in the registration it is about.
#include "mainwindow/librarycontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/passwordkeyring.h"
#include "mainwindow/teamlibrarydialog.h"
#include "storage/libraryaddress.h"
#include "storage/serverconnection.h"
#include "testserver.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;
using glossa::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("Sésame \"ouvre\" toi 42");
bool withKeyring()
{
    return qEnvironmentVariable("GLOSSA_TEST_KEYRING") == QLatin1String("1");
}
} // namespace

class TestTeamKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void remembersThePasswordInTheKeyring();
    void saysWhenNoKeyringAnswers();

private:
    // A team library whose server asks Amina for her password; its address as she logs in.
    QString passwordLibrary(TestServer &server);
    // Fills File ▸ Open Team Library… for \a address and presses Open.
    void openFromTheDialog(MainWindow &window, const QString &address, const QString &password, bool remember);
    void closeRefusal(MainWindow &window);
};

void TestTeamKeyring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_team_keyring"));
    QSettings().clear();
}

QString TestTeamKeyring::passwordLibrary(TestServer &server)
{
    const QString database = server.createDatabase();
    const QString login = TestServer::login(database, QStringLiteral("amina"));
    QString why;
    if (!TestServer::setUpTeam(database, {{QStringLiteral("Amina"), TeamRole::Analyst, QStringLiteral("amina")}}, &why))
        qWarning("cannot set up the team: %s", qPrintable(why));
    // scripts/pg-cluster.sh trusts every login but the members of glossa_password_logins.
    const QString owner = QStringLiteral("keyring-test-owner");
    const std::optional<LibraryAddress> address = LibraryAddress::parse(TestServer::address(database));
    if (address && ServerConnection::open(*address, owner, QString(), &why)) {
        QSqlQuery query(QSqlDatabase::database(owner, false));
        QString quoted = kPassword;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        if (!query.exec(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, quoted))
            || !query.exec(QStringLiteral("GRANT glossa_password_logins TO \"%1\"").arg(login)))
            qWarning("cannot give Amina a password: %s", qPrintable(query.lastError().text()));
    }
    ServerConnection::close(owner);
    return TestServer::address(database, login);
}

void TestTeamKeyring::openFromTheDialog(MainWindow &window, const QString &address, const QString &password,
                                        bool remember)
{
    const std::optional<LibraryAddress> parsed = LibraryAddress::parse(address);
    QVERIFY(parsed);
    window.findChild<QAction *>(QStringLiteral("openTeamLibraryAction"))->trigger();
    TeamLibraryDialog *dialog = nullptr; // the one just opened: a closed one is deleted later
    for (TeamLibraryDialog *open : window.findChildren<TeamLibraryDialog *>(QStringLiteral("teamLibraryDialog")))
        dialog = open->isVisible() ? open : dialog;
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(parsed->parameter(QStringLiteral("host")));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(parsed->parameter(QStringLiteral("dbname")));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(parsed->parameter(QStringLiteral("user")));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"))->setText(password);
    dialog->findChild<QCheckBox *>(QStringLiteral("teamRememberPassword"))->setChecked(remember);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestTeamKeyring::closeRefusal(MainWindow &window)
{
    if (auto *refused = window.findChild<QMessageBox *>(QStringLiteral("libraryRefusedMessage")))
        refused->close();
}

void TestTeamKeyring::remembersThePasswordInTheKeyring()
{
    if (!withKeyring())
        QSKIP("registered with a keyring as tst_team_keyring (tests/app/with-keyring.sh)");
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString given = passwordLibrary(server);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.glossa"));
    Workspace desk;
    QString error;
    QVERIFY2(desk.openLibrary(file, &error), qPrintable(error));
    MainWindow window(&desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The server does ask: without the password the library stays closed.
    openFromTheDialog(window, given, QString(), false);
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("libraryRefusedMessage")));
    QVERIFY2(window.findChild<QMessageBox *>(QStringLiteral("libraryRefusedMessage"))->informativeText().contains(
                 QLatin1String("password")),
             qPrintable(window.findChild<QMessageBox *>(QStringLiteral("libraryRefusedMessage"))->informativeText()));
    closeRefusal(window);
    QCOMPARE(desk.libraryPath(), file);

    // Typed once, with "remember": open, and in the keyring, not in the settings.
    openFromTheDialog(window, given, kPassword, true);
    QTRY_VERIFY(LibraryAddress::looksLikeServer(desk.libraryPath()));
    const QString address = desk.libraryPath(); // as the dialog writes it, as Recent keeps it
    const LibraryAddress place = *LibraryAddress::parse(address);
    QString why;
    QVERIFY2(PasswordKeyring::isRemembered(place), qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(PasswordKeyring::recall(place, &why), kPassword);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QSettings settings;
    settings.sync();
    QFile stored(settings.fileName());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray settingsText = stored.readAll();
    QVERIFY(!settingsText.isEmpty());
    QVERIFY(!settingsText.contains(kPassword.toUtf8()));
    QVERIFY(!settingsText.contains(QByteArray("Sésame")) && !settingsText.contains(QByteArray("S\\xe9same")));

    // Glossa restarted: the session knows no password, the keyring does, and the recent
    // library opens without asking.
    QVERIFY(window.libraryController()->open(file));
    ServerConnection::setSessionPassword(place, QString());
    QVERIFY(!ServerConnection::hasSessionPassword(place));
    QVERIFY2(window.libraryController()->open(address, &error), qPrintable(error));
    QCOMPARE(desk.libraryPath(), address);

    // Unticked: forgotten by the keyring too.
    openFromTheDialog(window, address, kPassword, false);
    QTRY_COMPARE(desk.libraryPath(), address);
    QVERIFY(!PasswordKeyring::isRemembered(place));
    QCOMPARE(PasswordKeyring::recall(place, &why), QString());
}

void TestTeamKeyring::saysWhenNoKeyringAnswers()
{
    if (withKeyring())
        QSKIP("registered without a keyring as tst_team_keyring_absent");
    TestServer server;
    GLOSSA_REQUIRE_SERVER(server);
    const QString given = passwordLibrary(server);
    QTemporaryDir dir;
    Workspace desk;
    QString error;
    QVERIFY2(desk.openLibrary(dir.filePath(QStringLiteral("mine.glossa")), &error), qPrintable(error));
    MainWindow window(&desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Asked to remember where no keyring answers: the library opens all the same, with the
    // password kept for the session, and the status bar says why it was not kept.
    openFromTheDialog(window, given, kPassword, true);
    QTRY_VERIFY(LibraryAddress::looksLikeServer(desk.libraryPath()));
    const QString address = desk.libraryPath();
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("system keyring")) && !said.contains(QLatin1Char('\n')), qPrintable(said));
    QVERIFY(!PasswordKeyring::isRemembered(*LibraryAddress::parse(address)));
    QVERIFY(ServerConnection::hasSessionPassword(*LibraryAddress::parse(address)));
}

QTEST_MAIN(TestTeamKeyring)
#include "tst_team_keyring.moc"
