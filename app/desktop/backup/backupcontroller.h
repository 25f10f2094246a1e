#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QProgressDialog;
class QWidget;

namespace glossa {

class Workspace;

// File ▸ Back Up Library…: asks where to put a copy of the open library and writes it with
// core's LibraryBackup (VACUUM INTO: one consistent snapshot, written beside the target and
// renamed into place only once checked, so a full disk or a read-only folder leaves no half
// file). The copy runs on a QtConcurrent worker with its own connection, behind a busy
// indicator; the analyst keeps reading and annotating meanwhile (WAL).
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(Workspace *workspace, QWidget *dialogParent);
    ~BackupController() override;

    QAction *backupAction() const { return m_action; }
    bool isRunning() const { return m_running; }
    // The name the file dialog proposes: the library's name and today's date, beside the library.
    QString suggestedPath() const;

public slots:
    // The action's slot: the file dialog, then backUpTo().
    void chooseTarget();
    // Starts the copy to \a targetPath and returns at once; finished() follows. The entry point
    // tests use instead of the dialog.
    void backUpTo(const QString &targetPath);
    // Blocks until a running copy is done (the window closes or the library changes).
    void waitForFinished();

signals:
    void finished(bool ok, const QString &message);

private:
    void onWorkerFinished();
    void updateEnabled();

    Workspace *m_workspace;
    QWidget *m_dialogParent;
    QAction *m_action;
    QFutureWatcher<QString> m_watcher; // the worker's error, empty on success
    QPointer<QProgressDialog> m_progress;
    QString m_targetPath;
    bool m_running = false;
};

} // namespace glossa
