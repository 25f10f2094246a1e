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
    const qint64 version = m_workspace->library().dataVersion();
    if (version < 0)
        return; // the pragma failed (busy file): look again at the next tick
    const bool changedSinceLastLook = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (changedSinceLastLook)
        emit changed();
}

} // namespace glossa
