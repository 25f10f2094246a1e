#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QMenu;
class QProgressDialog;
class QWidget;

namespace glossa {

class Workspace;

// File ▸ Copy Library To ▸ Library File… / Team Library…: the open library copied whole into
// another, as 'glossa-cli copy' does (core's LibraryCopier): a desk's file into a new team
// library, a team library into a file to read offline. On a worker thread with connections of
// its own, behind a progress dialog that names the table being copied and can stop the copy;
// what was committed stays, and copying again resumes and adds only what is new.
class LibraryCopyController : public QObject
{
    Q_OBJECT
public:
    LibraryCopyController(Workspace *workspace, QWidget *dialogParent);
    ~LibraryCopyController() override;

    QMenu *copyMenu() const { return m_menu; }
    bool isRunning() const { return m_running; }

    struct Outcome
    {
        bool ok = false;
        bool stopped = false;
        qint64 added = 0;
        QString error;
    };

public slots:
    void chooseFile();
    void chooseTeamLibrary();
    // Starts copying the open library into \a target (a file path or a team library's address)
    // and returns at once; finished() follows. The entry point tests use instead of the dialogs.
    void copyTo(const QString &target);
    // Stops a running copy after its current batch.
    void stop();
    void waitForFinished();

signals:
    void finished(bool ok, const QString &message);
    // Something worth a line in the status bar (a password the keyring could not keep).
    void notice(const QString &message);

private:
    void showProgress(const QString &table, qint64 done, qint64 total);
    void onWorkerFinished();
    void updateEnabled();

    Workspace *m_workspace;
    QWidget *m_dialogParent;
    QMenu *m_menu;
    QFutureWatcher<Outcome> m_watcher;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_stop;
    QString m_target;
    bool m_running = false;
};

} // namespace glossa
