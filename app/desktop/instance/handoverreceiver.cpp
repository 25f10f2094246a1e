#include "handoverreceiver.h"

#include "importing/importcontroller.h"
#include "instancekey.h"
#include "workspace.h"
#include "mainwindow/mainwindow.h"

#include <utility>

namespace glossa {

HandOverReceiver::HandOverReceiver(MainWindow *window, Workspace *workspace)
    : QObject(window), m_window(window), m_workspace(workspace)
{
    // Queued: an import also finishes when the library is being closed (cancelAndWait).
    connect(window->importController(), &ImportController::finished, this, &HandOverReceiver::importWaiting,
            Qt::QueuedConnection);
}

void HandOverReceiver::receive(const HandOverRequest &request)
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (request.library != m_waitingLibrary)
        m_waiting.clear();
    m_waitingLibrary = request.library;
    m_waiting += request.paths; // a file given twice is a duplicate to the import, not a second article
    importWaiting();
}

void HandOverReceiver::importWaiting()
{
    ImportController *import = m_window->importController();
    if (m_waiting.isEmpty() || import->isRunning())
        return;
    if (!m_workspace->isOpen() || InstanceKey::libraryIdentity(m_workspace->libraryPath()) != m_waitingLibrary) {
        m_waiting.clear();
        return;
    }
    import->importPaths(std::exchange(m_waiting, {}));
}

} // namespace glossa
