#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace glossa {

class Workspace;

// Notices when another process (glossa-cli import, a second window) or one of the app's own
// worker connections has committed to the open library: told by a team library's server as it
// happens (Library::subscribeToChanges), else by polling SQLite's data_version on the UI
// connection, a pragma that reads no page, cheap enough to run every second and a half.
// Neither fires for the UI connection's own writes, which the app has already shown.
// The main window answers changed() by reloading what shows the library.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1500;

    explicit ExternalChangeWatcher(Workspace *workspace, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }

public slots:
    // Looks at once (the timer calls it; tests may too). Emits changed() when the file changed
    // since the last look.
    void check();

signals:
    void changed();
    // A team library's server could not be reached (once, until it is back); then reached again.
    void connectionLost();
    void connectionRestored();

private:
    void restart();
    void onProbed();

    Workspace *m_workspace;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_announced = false; // the library announces its changes: only its connection is watched
    bool m_lost = false;
    // Whether a lost server answers again, asked on a worker: the window never waits for it.
    QFutureWatcher<bool> m_probe;
};

} // namespace glossa
