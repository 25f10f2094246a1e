#include "backupcontroller.h"

#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

namespace {

const char kLastFolderKey[] = "backup/lastFolder";

// Runs on the worker thread, on a connection of its own (connections belong to their thread).
// Returns the reason the copy failed, or an empty string.
QString runBackup(const QString &libraryPath, const QString &targetPath)
{
    Library library;
    QString error;
    if (!library.open(libraryPath, &error))
        return error;
    LibraryBackup backup(library.database());
    if (!backup.backupTo(targetPath, &error))
        return error.isEmpty() ? QStringLiteral("unknown error") : error;
    return QString();
}

} // namespace

BackupController::BackupController(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    m_action = new QAction(tr("&Back Up Library…"), dialogParent);
    m_action->setObjectName(QStringLiteral("backupLibraryAction"));
    m_action->setToolTip(tr("Save a consistent copy of the library, to restore from if the file is ever damaged"));
    connect(m_action, &QAction::triggered, this, &BackupController::chooseTarget);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &BackupController::onWorkerFinished);
    connect(workspace, &Workspace::libraryOpened, this, &BackupController::updateEnabled);
    updateEnabled();
}

BackupController::~BackupController()
{
    // The worker holds its own connection only; waiting keeps the copy from being cut short.
    m_watcher.waitForFinished();
}

QString BackupController::suggestedPath() const
{
    const QFileInfo library(m_workspace->libraryPath());
    const QString folder =
        QSettings().value(QLatin1String(kLastFolderKey), library.absolutePath()).toString();
    //: The proposed file name of a backup: %1 the library's name, %2 today's date (YYYY-MM-DD).
    const QString name = tr("%1 backup %2.glossa")
                             .arg(library.completeBaseName(), QDate::currentDate().toString(Qt::ISODate));
    return QDir(folder).filePath(name);
}

void BackupController::chooseTarget()
{
    if (!m_workspace->isOpen() || m_running)
        return;
    QString path = LockFreeFileDialog::saveFileName(m_dialogParent, tr("Back Up Library"), suggestedPath(),
                                                tr("Glossa libraries (*.glossa);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".glossa");
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    backUpTo(path);
}

void BackupController::backUpTo(const QString &targetPath)
{
    if (!m_workspace->isOpen() || m_running)
        return;
    m_targetPath = targetPath;
    m_running = true;
    updateEnabled();

    // Busy, not a percentage: VACUUM INTO reports no progress. No Cancel either: stopping it
    // halfway would only throw the partial copy away, and the app stays usable meanwhile.
    m_progress = new QProgressDialog(tr("Backing up the library to %1…").arg(QDir::toNativeSeparators(targetPath)),
                                     QString(), 0, 0, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setWindowTitle(tr("Backing Up"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(300);
    m_progress->setMinimumWidth(420);
    m_progress->setValue(0);

    m_watcher.setFuture(QtConcurrent::run(runBackup, m_workspace->libraryPath(), targetPath));
}

void BackupController::waitForFinished()
{
    if (!m_running)
        return;
    m_watcher.waitForFinished();
    onWorkerFinished();
}

void BackupController::onWorkerFinished()
{
    if (!m_running)
        return; // already handled by waitForFinished()
    m_running = false;
    updateEnabled();
    if (m_progress)
        m_progress->close();
    const QString error = m_watcher.future().resultCount() > 0 ? m_watcher.result() : tr("the copy was interrupted");
    const bool ok = error.isEmpty();
    const QString target = QDir::toNativeSeparators(m_targetPath);
    auto *box = new QMessageBox(m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString message;
    if (ok) {
        box->setObjectName(QStringLiteral("backupDoneMessage"));
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Library Backed Up"));
        message = tr("The library was backed up to %1.").arg(target);
        box->setText(message);
        box->setInformativeText(tr("To restore it, use File ▸ Restore from Backup… (or 'glossa-cli restore')."));
    } else {
        box->setObjectName(QStringLiteral("backupFailedMessage"));
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("Backup Failed"));
        message = tr("The library could not be backed up to %1.").arg(target);
        box->setText(message);
        box->setInformativeText(error + QLatin1Char('\n') +
                                tr("No file was left there; the library itself was not changed. Check that "
                                   "the folder is writable and has room, then try again."));
        message += QLatin1Char(' ') + error;
    }
    box->open();
    emit finished(ok, message);
}

void BackupController::updateEnabled()
{
    m_action->setEnabled(m_workspace->isOpen() && !m_running);
}

} // namespace glossa
