// File ▸ Back Up Library… in the real main window (offscreen): the action in the File menu, the
// file dialog proposing a dated name, the copy on a worker thread, a whole library at the
// target afterwards; and the failures (no such folder, a folder as target, an unwritable
// folder, a full disk) each give a message, leave no file behind and change nothing.
#include "robustnesssupport.h"

#include "backup/backupcontroller.h"
#include "backup/restorecontroller.h"
#include "mainwindow/mainwindow.h"
#include "storage/annotationstore.h"
#include "storage/library.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace glossa;
using namespace glossa::robustness;

namespace {

QAction *fileMenuAction(MainWindow &window, const QString &objectName)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus) {
        if (!menu->menu() || !menu->text().contains(QLatin1String("File")))
            continue;
        const QList<QAction *> actions = menu->menu()->actions();
        for (QAction *action : actions) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

QMessageBox *visibleMessage(const QString &objectName)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *box = qobject_cast<QMessageBox *>(widget);
            box && box->isVisible() && box->objectName() == objectName)
            return box;
    }
    return nullptr;
}

void closeMessages()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *box = qobject_cast<QMessageBox *>(widget))
            box->close();
    }
}

// Lowers the largest file this process may write while it lives, so the next write past it
// fails with EFBIG: how a full disk looks to SQLite, without filling one.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
};

} // namespace

class TestBackupUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backUpFromTheFileMenu();
    void failuresLeaveNoFile_data();
    void failuresLeaveNoFile();
    void neverOverTheLibrarysFiles_data();
    void neverOverTheLibrarysFiles();
    void restoreFromBackup();
    void restoreRefusalLeavesTheLibraryOpen();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_fingerprint;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackupUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_backup_ui"));
    QSettings().clear();
    // A library with articles and an annotation, made once by the command line.
    m_db = m_dir.filePath(QStringLiteral("work.glossa"));
    const CliRun import = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                  QStringLiteral(GLOSSA_TEST_DATA "/reader/e2e_dump.txt"),
                                  QStringLiteral(GLOSSA_TEST_DATA "/import/fr_crlf.txt"),
                                  QStringLiteral(GLOSSA_TEST_DATA "/import/ar_page.txt")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const CliRun annotate = runCli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("1"),
                                    QStringLiteral("--quote"), QStringLiteral("Le ministère affirme"), QStringLiteral("--note"),
                                    QStringLiteral("kept in the backup")});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
    RawConnection raw(m_db);
    QVERIFY(raw.number(QStringLiteral("SELECT count(*) FROM articles")) > 0);
    QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM annotations")), qint64(1));
}

void TestBackupUi::init()
{
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_db, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_fingerprint = RawConnection(m_db).fingerprint();
}

void TestBackupUi::cleanup()
{
    closeMessages();
    m_window.reset();
    m_workspace.reset();
    // Whatever happened, the library is exactly as it was.
    QCOMPARE(RawConnection(m_db).fingerprint(), m_fingerprint);
}

void TestBackupUi::backUpFromTheFileMenu()
{
    QAction *action = fileMenuAction(*m_window, QStringLiteral("backupLibraryAction"));
    QVERIFY2(action, "File ▸ Back Up Library… is missing");
    QVERIFY(action->isEnabled());
    BackupController *controller = m_window->backupController();
    QVERIFY(controller);
    QCOMPARE(action, controller->backupAction());

    // The real action and the real file dialog (Qt's own, offscreen): it proposes a dated name
    // beside the library; the analyst picks another folder.
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/monday.glossa");
    QString proposed;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no file dialog");
            return;
        }
        proposed = dialog->selectedFiles().value(0);
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected; the call still reaches it
    });
    QSignalSpy finished(controller, &BackupController::finished);
    QSettings().setValue(QStringLiteral("backup/lastFolder"), QFileInfo(m_db).absolutePath());
    action->trigger();
    QVERIFY2(!proposed.isEmpty(), "the file dialog did not open");
    QVERIFY2(proposed.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(proposed));
    QVERIFY2(proposed.startsWith(QFileInfo(m_db).absolutePath()), qPrintable(proposed));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!controller->isRunning());
    QVERIFY(action->isEnabled());
    QVERIFY(visibleMessage(QStringLiteral("backupDoneMessage")));
    QVERIFY(!visibleMessage(QStringLiteral("backupFailedMessage")));

    // A whole library at the target, nothing else left in the folder, the folder remembered.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("monday.glossa")});
    QCOMPARE(RawConnection(target).fingerprint(), m_fingerprint);
    Library copy;
    QString error;
    QVERIFY2(copy.open(target, &error), qPrintable(error));
    QCOMPARE(AnnotationStore(copy.database()).annotationsForArticle(1).value(0).note,
             QStringLiteral("kept in the backup"));
    QCOMPARE(QSettings().value(QStringLiteral("backup/lastFolder")).toString(), folder);
    QVERIFY(m_window->backupController()->suggestedPath().startsWith(folder));

    // The window still holds the library after the backup: another process that opens and
    // closes it (here glossa-cli stats) must not take itself for the last user and delete the
    // log and shared memory under the window (issue 21, item 1).
    QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
    const CliRun stats = runCli({QStringLiteral("--db"), m_db, QStringLiteral("stats")});
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QVERIFY2(QFile::exists(m_db + QStringLiteral("-wal")), "glossa-cli deleted the log the window is using");
    QVERIFY2(QFile::exists(m_db + QStringLiteral("-shm")), "glossa-cli deleted the shared memory the window is using");
}

void TestBackupUi::failuresLeaveNoFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("no such folder") << QStringLiteral("missing");
    QTest::newRow("target is a folder") << QStringLiteral("folder");
    QTest::newRow("unwritable folder") << QStringLiteral("readonly");
    QTest::newRow("full disk") << QStringLiteral("full");
}

void TestBackupUi::failuresLeaveNoFile()
{
    QFETCH(QString, kind);
    const QString folder = m_dir.filePath(QStringLiteral("fail-") + kind);
    QVERIFY(QDir().mkpath(folder));
    QString target = folder + QStringLiteral("/copy.glossa");
    std::optional<FileSizeLimit> limit;
    if (kind == QLatin1String("missing")) {
        target = folder + QStringLiteral("/not/there/copy.glossa");
    } else if (kind == QLatin1String("folder")) {
        target = folder;
    } else if (kind == QLatin1String("readonly")) {
        // Root writes through permission bits: /proc refuses new files to everyone.
        if (geteuid() == 0)
            target = QStringLiteral("/proc/glossa-backup-test.glossa");
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    } else if (kind == QLatin1String("full")) {
        // The copy is as big as the library's pages; the limit cuts it short well before.
        constexpr qint64 kLimit = 32 * 1024;
        QVERIFY(RawConnection(m_db).number(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"))
                > 2 * kLimit);
        limit.emplace(kLimit);
    }

    BackupController *controller = m_window->backupController();
    QSignalSpy finished(controller, &BackupController::finished);
    controller->backUpTo(target);
    QVERIFY(finished.wait(60000));
    limit.reset();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
    QMessageBox *box = visibleMessage(QStringLiteral("backupFailedMessage"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QLatin1String("No file was left there")), qPrintable(box->informativeText()));
    QVERIFY(m_window->backupController()->backupAction()->isEnabled());
    // No file under the target's name, no partial copy beside it.
    if (kind != QLatin1String("folder"))
        QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    qInfo("%s: %s", qPrintable(kind), qPrintable(message));
}

void TestBackupUi::neverOverTheLibrarysFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("its log") << QStringLiteral("-wal");
    QTest::newRow("its shared memory") << QStringLiteral("-shm");
}

// A backup to the library's log "succeeded" and the copy vanished at the next checkpoint (or
// took the log's place under the window's connection).
void TestBackupUi::neverOverTheLibrarysFiles()
{
    QFETCH(QString, suffix);
    const QString target = m_db + suffix;
    QVERIFY(QFile::exists(target));
    BackupController *controller = m_window->backupController();
    QSignalSpy finished(controller, &BackupController::finished);
    controller->backUpTo(target);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("choose another file")), qPrintable(message));
    QVERIFY(visibleMessage(QStringLiteral("backupFailedMessage")));
    // The window's library still works, and another process finds it whole.
    QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
    const CliRun stats = runCli({QStringLiteral("--db"), m_db, QStringLiteral("stats")});
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
}

// File ▸ Restore from Backup…: the backup takes the library's place while the window is open,
// the library as it was is kept aside, and the window goes on with the restored one.
void TestBackupUi::restoreFromBackup()
{
    QAction *action = fileMenuAction(*m_window, QStringLiteral("restoreLibraryAction"));
    QVERIFY2(action, "File ▸ Restore from Backup… is missing");
    QVERIFY(action->isEnabled());
    const QString backup = m_dir.filePath(QStringLiteral("before-change.glossa"));
    QSignalSpy backedUp(m_window->backupController(), &BackupController::finished);
    m_window->backupController()->backUpTo(backup);
    QVERIFY(backedUp.wait(60000));
    QCOMPARE(backedUp.first().at(0).toBool(), true);
    closeMessages();
    // A change after the backup, by another process.
    const CliRun annotate = runCli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("1"),
                                    QStringLiteral("--quote"), QStringLiteral("Le ministère affirme"), QStringLiteral("--note"),
                                    QStringLiteral("made after the backup")});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
    const QByteArray changed = RawConnection(m_db).fingerprint();
    QVERIFY(changed != m_fingerprint);

    RestoreController *controller = m_window->restoreController();
    QSignalSpy finished(controller, &RestoreController::finished);
    controller->restoreFrom(backup);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(visibleMessage(QStringLiteral("restoreDoneMessage")));
    // The window has the restored library open, and reads it.
    QVERIFY(m_workspace->isOpen());
    QCOMPARE(m_workspace->libraryPath(), m_db);
    QCOMPARE(m_workspace->annotations().annotationsForArticle(1).size(), 1);
    QVERIFY(action->isEnabled());
    // The library as it was is kept, with the change, under the name the message gives.
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("work.glossa.replaced-*")}, QDir::Files);
    QVERIFY2(kept.size() == 1, qPrintable(kept.join(QLatin1Char(' '))));
    QVERIFY(finished.first().at(1).toString().contains(kept.first()));
    QCOMPARE(RawConnection(m_dir.filePath(kept.first())).fingerprint(), changed);
    QVERIFY(QFile::remove(m_dir.filePath(kept.first())));
    // The window holds the restored library as it held the old one (issue 21, item 1).
    const CliRun stats = runCli({QStringLiteral("--db"), m_db, QStringLiteral("stats")});
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
    // cleanup() checks that the library holds exactly what it held at the backup.
}

void TestBackupUi::restoreRefusalLeavesTheLibraryOpen()
{
    const QString notABackup = m_dir.filePath(QStringLiteral("notes.glossa"));
    {
        QFile file(notABackup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a library\n");
    }
    RestoreController *controller = m_window->restoreController();
    QSignalSpy finished(controller, &RestoreController::finished);
    controller->restoreFrom(notABackup);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("not a Glossa backup")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(visibleMessage(QStringLiteral("restoreFailedMessage")));
    QVERIFY(m_workspace->isOpen());
    QCOMPARE(m_workspace->annotations().annotationsForArticle(1).size(), 1);
    QVERIFY(QFile::remove(notABackup));
}

QTEST_MAIN(TestBackupUi)
#include "tst_backup_ui.moc"
