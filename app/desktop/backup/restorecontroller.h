#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QAction;
class QProgressDialog;
class QWidget;

namespace glossa {

class LibraryController;
class LibraryRestore;
class Workspace;

// File ▸ Restore from Backup…: puts a backup in the place of the open library with core's
// LibraryRestore (never a copy over the file, which replays a leftover log onto it). The backup
// is checked and copied beside the library on a worker thread while the window keeps reading;
// then the window lets go of the library, the copy takes its place (the old library kept aside
// under a dated name) and the window opens it again, upgraded if the backup is older.
class RestoreController : public QObject
{
    Q_OBJECT
public:
    RestoreController(Workspace *workspace, LibraryController *libraries, QWidget *dialogParent);
    ~RestoreController() override;

    QAction *restoreAction() const { return m_action; }
    bool isRunning() const { return bool(m_restore); }

public slots:
    // The action's slot: the file dialog and a confirmation, then restoreFrom().
    void chooseBackup();
    // Starts restoring \a backupPath over the open library; finished() follows. The entry point
    // tests use instead of the dialogs.
    void restoreFrom(const QString &backupPath);

signals:
    // Before the window lets go of the library: running work (an import, a backup) must stop.
    void aboutToReplace();
    void finished(bool ok, const QString &message);

private:
    void onPrepared();
    void report(bool ok, const QString &message, const QString &details);
    void updateEnabled();

    Workspace *m_workspace;
    LibraryController *m_libraries;
    QWidget *m_dialogParent;
    QAction *m_action;
    QFutureWatcher<QString> m_watcher; // prepare()'s error, empty on success
    QPointer<QProgressDialog> m_progress;
    std::unique_ptr<LibraryRestore> m_restore;
    QString m_backupPath;
};

} // namespace glossa
