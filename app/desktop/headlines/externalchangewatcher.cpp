#include "externalchangewatcher.h"

#include "workspace.h"
#include "storage/library.h"

#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

ExternalChangeWatcher::ExternalChangeWatcher(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    connect(&m_probe, &QFutureWatcher<bool>::finished, this, &ExternalChangeWatcher::onProbed);
    // Another library: its data_version has nothing to do with the old one's.
    connect(workspace, &Workspace::libraryOpened, this, &ExternalChangeWatcher::restart);
    restart();
}

void ExternalChangeWatcher::restart()
{
    m_lastVersion = m_workspace->isOpen() ? m_workspace->library().dataVersion() : -1;
    // A library that announces its changes (a team library on a server) is not polled for them;
    // the timer only looks after its connection.
    m_announced = m_workspace->isOpen() && m_workspace->library().subscribeToChanges(this, [this] { emit changed(); });
    m_lost = false;
    m_timer.start();
    // A probe of the previous library's server is left to end by itself: onProbed() checks.
}

void ExternalChangeWatcher::check()
{
    if (!m_workspace->isOpen())
        return;
    // The file replaced or deleted under the window: said once (Workspace::libraryFileLost),
    // and what another process writes to the new file is none of this connection's business.
    if (!m_workspace->checkLibraryFile())
        return;
    if (m_announced) {
        if (m_workspace->library().checkConnection() == Library::ConnectionState::Fine)
            return;
        if (!m_lost)
            emit connectionLost();
        m_lost = true;
        if (!m_probe.isRunning())
            m_probe.setFuture(QtConcurrent::run(&Library::serverAnswers, m_workspace->libraryPath()));
        return;
    }
    const qint64 version = m_workspace->library().dataVersion();
    if (version < 0)
        return; // the pragma failed (busy file): look again at the next tick
    const bool changedSinceLastLook = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (changedSinceLastLook)
        emit changed();
}

void ExternalChangeWatcher::onProbed()
{
    // The library may have changed meanwhile; the next tick asks again if it is still lost.
    if (!m_lost || !m_workspace->isOpen() || m_probe.future().resultCount() == 0 || !m_probe.result())
        return;
    // The server answers a new connection at once now: making this one again does not wait.
    if (m_workspace->library().reconnect() != Library::ConnectionState::Restored)
        return;
    m_lost = false;
    emit connectionRestored();
    emit changed(); // what others did meanwhile was not announced to this connection
}

} // namespace glossa
