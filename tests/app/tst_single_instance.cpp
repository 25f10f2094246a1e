// The real glossa started twice on the same desktop: the second hands its files to the window
// that shows the library and exits, and that window imports them; another library gets a window
// of its own; a socket left by a killed window does not stop the next one.
#include "clirunner.h"
#include "instance/instanceclient.h"
#include "instance/instancekey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace glossa;
using namespace glossa::test;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        // The sockets' folder, private as a session's runtime folder is; this process computes the
        // same socket names as the windows it starts.
        const QString runtime = m_home->filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        m_library = m_home->filePath(QStringLiteral("desk.glossa"));
    }
    void cleanup()
    {
        for (QProcess *window : std::as_const(m_windows)) {
            window->kill();
            window->waitForFinished();
        }
        qDeleteAll(m_windows);
        m_windows.clear();
    }

    void secondLaunchHandsItsFilesToTheWindow()
    {
        QProcess *window = startWindow({QStringLiteral("--db"), m_library});
        QVERIFY2(waitUntilListening(m_library, window), "the first window does not listen for its library");
        QCOMPARE(articles(m_library), 0);

        // As a shell or a launcher runs it: the library by --db, a dump by a relative path.
        QProcess second;
        second.setProcessEnvironment(environment());
        second.setWorkingDirectory(QStringLiteral(GLOSSA_TEST_DATA "/cli"));
        second.setProcessChannelMode(QProcess::ForwardedChannels);
        second.start(QStringLiteral(GLOSSA_DESKTOP), {QStringLiteral("--db"), m_library, QStringLiteral("pont-sebou.txt")});
        QVERIFY2(second.waitForFinished(20000), "the second glossa opened a window instead of handing over");
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(articles(m_library), 1, 30000);
        QCOMPARE(window->state(), QProcess::Running);

        // As a file manager runs it on a double-click: the library as a *.glossa argument.
        QProcess third;
        third.setProcessEnvironment(environment());
        third.setProcessChannelMode(QProcess::ForwardedChannels);
        third.start(QStringLiteral(GLOSSA_DESKTOP), {m_library, QStringLiteral(GLOSSA_TEST_DATA "/cli/tlqih.txt")});
        QVERIFY(third.waitForFinished(20000));
        QCOMPARE(third.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(articles(m_library), 2, 30000);
        QCOMPARE(window->state(), QProcess::Running);
    }

    // A second library is a second window: the analyst reads two side by side.
    void anotherLibraryOpensItsOwnWindow()
    {
        QProcess *first = startWindow({QStringLiteral("--db"), m_library});
        QVERIFY(waitUntilListening(m_library, first));
        const QString other = m_home->filePath(QStringLiteral("other.glossa"));
        QProcess *second = startWindow({other});
        QVERIFY2(waitUntilListening(other, second), "the window of the other library does not listen");
        QCOMPARE(first->state(), QProcess::Running);
        QCOMPARE(second->state(), QProcess::Running);
    }

    // A window killed outright leaves its socket file behind: the next glossa takes its place.
    void socketOfAKilledWindowIsTakenOver()
    {
        QProcess *killed = startWindow({QStringLiteral("--db"), m_library});
        QVERIFY(waitUntilListening(m_library, killed));
        killed->kill();
        killed->waitForFinished();
        QVERIFY(QFile::exists(InstanceKey::socketPath(m_library)));

        QProcess *next = startWindow({QStringLiteral("--db"), m_library});
        QVERIFY2(waitUntilListening(m_library, next), "the next window did not take over the socket");
        QProcess handing;
        handing.setProcessEnvironment(environment());
        handing.start(QStringLiteral(GLOSSA_DESKTOP), {m_library, QStringLiteral(GLOSSA_TEST_DATA "/cli/pont-sebou.txt")});
        QVERIFY(handing.waitForFinished(20000));
        QCOMPARE(handing.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(articles(m_library), 1, 30000);
    }

    // Two libraries in one launch is a usage error, said in one line; no window opens.
    void twoLibrariesAreRefused()
    {
        QProcess launch;
        launch.setProcessEnvironment(environment());
        launch.start(QStringLiteral(GLOSSA_DESKTOP), {m_library, m_home->filePath(QStringLiteral("other.glossa"))});
        QVERIFY(launch.waitForFinished(20000));
        QCOMPARE(launch.exitCode(), 2);
        QVERIFY(launch.readAllStandardError().contains("One library at a time"));
        QVERIFY(!QFile::exists(m_library));
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("xdg")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("runtime")));
        return environment;
    }

    QProcess *startWindow(const QStringList &arguments)
    {
        auto *window = new QProcess;
        m_windows.append(window);
        window->setProcessEnvironment(environment());
        window->setProcessChannelMode(QProcess::ForwardedChannels);
        window->start(QStringLiteral(GLOSSA_DESKTOP), arguments);
        return window;
    }

    static bool waitUntilListening(const QString &library, const QProcess *window)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000 && window->state() != QProcess::NotRunning) {
            if (InstanceClient::isAnswered(InstanceKey::socketPath(library)))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    int articles(const QString &library) const
    {
        const CliRun run = runCli(QStringLiteral(GLOSSA_CLI), m_home->path(),
                                  {QStringLiteral("--db"), library, QStringLiteral("stats"), QStringLiteral("--json")});
        return run.exitCode == 0 ? run.json().object().value(QStringLiteral("articles")).toInt(-1) : -1;
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_library;
    QList<QProcess *> m_windows;
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
