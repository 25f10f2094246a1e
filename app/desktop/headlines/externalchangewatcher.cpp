#include "externalchangewatcher.h"

#include "workspace.h"

namespace glossa {

ExternalChangeWatcher::ExternalChangeWatcher(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
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
        switch (m_workspace->library().checkConnection()) {
        case Library::ConnectionState::Fine:
            break;
        case Library::ConnectionState::Lost:
            if (!m_lost)
                emit connectionLost();
            m_lost = true;
            break;
        case Library::ConnectionState::Restored:
            m_lost = false;
            emit connectionRestored();
            emit changed(); // what others did meanwhile was not announced to this connection
            break;
        }
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

} // namespace glossa
