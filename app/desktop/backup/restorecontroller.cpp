#include "restorecontroller.h"

#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "mainwindow/librarycontroller.h"
#include "storage/libraryrestore.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

RestoreController::RestoreController(Workspace *workspace, LibraryController *libraries, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_libraries(libraries), m_dialogParent(dialogParent)
{
    m_action = new QAction(tr("&Restore from Backup…"), dialogParent);
    m_action->setObjectName(QStringLiteral("restoreLibraryAction"));
    m_action->setToolTip(tr("Put a backup in the place of this library; the library as it is now is kept beside it"));
    connect(m_action, &QAction::triggered, this, &RestoreController::chooseBackup);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &RestoreController::onPrepared);
    connect(workspace, &Workspace::libraryOpened, this, &RestoreController::updateEnabled);
    updateEnabled();
}

RestoreController::~RestoreController()
{
    m_watcher.waitForFinished();
}

void RestoreController::chooseBackup()
{
    if (!m_workspace->isOpen() || isRunning())
        return;
    const QString library = m_workspace->libraryPath();
    const QString backup = LockFreeFileDialog::openFileName(m_dialogParent, tr("Restore from Backup"),
                                                            QFileInfo(library).absolutePath(),
                                                            tr("Glossa libraries (*.glossa);;All files (*)"));
    if (backup.isEmpty())
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Restore from Backup"),
                        tr("Replace the library %1 with the backup %2?")
                            .arg(QDir::toNativeSeparators(library), QDir::toNativeSeparators(backup)),
                        QMessageBox::Cancel, m_dialogParent);
    confirm.setInformativeText(tr("The library as it is now, with every change made since the backup, is kept "
                                  "beside it under a dated name."));
    confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() == QMessageBox::Cancel)
        return;
    restoreFrom(backup);
}

void RestoreController::restoreFrom(const QString &backupPath)
{
    if (!m_workspace->isOpen() || isRunning())
        return;
    m_backupPath = backupPath;
    m_restore = std::make_unique<LibraryRestore>(backupPath, m_workspace->libraryPath());
    updateEnabled();
    m_progress = new QProgressDialog(tr("Checking and copying the backup %1…").arg(QDir::toNativeSeparators(backupPath)),
                                     QString(), 0, 0, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setWindowTitle(tr("Restoring"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(300);
    m_progress->setMinimumWidth(420);
    m_progress->setValue(0);
    LibraryRestore *restore = m_restore.get();
    m_watcher.setFuture(QtConcurrent::run([restore] {
        QString error;
        restore->prepare(&error);
        return error;
    }));
}

void RestoreController::onPrepared()
{
    if (m_progress)
        m_progress->close();
    const QString backup = QDir::toNativeSeparators(m_backupPath);
    const QString prepareError =
        m_watcher.future().resultCount() > 0 ? m_watcher.result() : tr("the copy was interrupted");
    if (!prepareError.isEmpty()) {
        m_restore.reset();
        report(false, tr("The library could not be restored from %1.").arg(backup), prepareError);
        return;
    }
    // The quick half: the window lets go of the library, the copy takes its place, the window
    // opens the library again — the restored one, or on refusal the one it had.
    emit aboutToReplace();
    const QString library = m_workspace->libraryPath();
    m_workspace->closeLibrary();
    LibraryRestore::Outcome outcome;
    QString error;
    const bool replaced = m_restore->replace(&outcome, &error);
    m_restore.reset();
    QString reopenError;
    const bool reopened = m_libraries->open(library, &reopenError);
    if (!replaced) {
        report(false, tr("The library could not be restored from %1.").arg(backup), error);
        return;
    }
    QString details = outcome.keptAs.isEmpty()
        ? QString()
        : tr("The library as it was is kept as %1.").arg(QDir::toNativeSeparators(outcome.keptAs));
    if (!reopened)
        details += QLatin1Char('\n') + reopenError;
    report(reopened, tr("The library was restored from %1.").arg(backup), details);
}

void RestoreController::report(bool ok, const QString &message, const QString &details)
{
    updateEnabled();
    auto *box = new QMessageBox(m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(ok ? QStringLiteral("restoreDoneMessage") : QStringLiteral("restoreFailedMessage"));
    box->setIcon(ok ? QMessageBox::Information : QMessageBox::Warning);
    box->setWindowTitle(ok ? tr("Library Restored") : tr("Restore Failed"));
    box->setText(message);
    box->setInformativeText(ok ? details : details + QLatin1Char('\n') + tr("The library was not changed."));
    box->open();
    emit finished(ok, message + QLatin1Char(' ') + details);
}

void RestoreController::updateEnabled()
{
    m_action->setEnabled(m_workspace->isOpen() && !isRunning());
}

} // namespace glossa
