#pragma once

#include "instanceserver.h"

#include <QList>
#include <QObject>
#include <functional>

namespace glossa {

class Workspace;

// One window per library (InstanceKey says why per library). At startup, a `glossa` either hands
// its files to the window that already shows its library and exits, or becomes that window: it
// listens on the library's socket, and keeps listening on the library it shows as the user opens
// another. Checking for a window and starting to listen happen under a lock file, so that two
// `glossa` started at the same moment do not both open a window.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);

    enum class Start {
        HandedOver, // a window has the request: exit
        Listening,  // this process is the library's window
        Alone,      // no hand-over possible (no runtime folder, a window that does not answer): open a window anyway
    };
    // \a paths relative to the current folder are made absolute before they travel.
    Start start(const QString &library, const QStringList &paths, QString *why = nullptr);

    // Requests are kept until a receiver is there (the window is made after start()).
    void deliverTo(QObject *context, std::function<void(const HandOverRequest &)> receiver);
    // Listens for the library the workspace opens from now on (File ▸ Open Library…).
    void follow(Workspace *workspace);
    void stopListening() { m_server.close(); }
    const InstanceServer &server() const { return m_server; }

private:
    bool listenFor(const QString &library, QString *why);
    void receive(const HandOverRequest &request);

    InstanceServer m_server;
    QList<HandOverRequest> m_pending;
    std::function<void(const HandOverRequest &)> m_receiver;
};

} // namespace glossa
