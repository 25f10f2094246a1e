#include "singleinstance.h"

#include "instanceclient.h"
#include "instancekey.h"
#include "workspace.h"

#include <QFileInfo>
#include <QLockFile>
#include <utility>

namespace glossa {

namespace {

// How long a second `glossa` waits for the window to take its files; a window that does not
// answer in that time is busy or hung, and the user gets a window rather than nothing.
constexpr int kAnswerTimeoutMs = 5000;
// How long it waits for another `glossa` that is just starting on the same library.
constexpr int kLockTimeoutMs = 5000;

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &InstanceServer::requestReceived, this, &SingleInstance::receive);
}

SingleInstance::Start SingleInstance::start(const QString &library, const QStringList &paths, QString *why)
{
    const QString socket = InstanceKey::socketPath(library);
    if (socket.isEmpty()) {
        if (why)
            *why = QStringLiteral("no runtime folder for the user");
        return Start::Alone;
    }
    QLockFile lock(socket + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // held for a moment; stale only when its process is gone
    if (!lock.tryLock(kLockTimeoutMs)) {
        if (why)
            *why = QStringLiteral("another glossa is starting on this library");
        return Start::Alone;
    }

    HandOverRequest request;
    request.library = InstanceKey::libraryIdentity(library);
    for (const QString &path : paths)
        request.paths.append(QFileInfo(path).absoluteFilePath());
    switch (InstanceClient::handOver(socket, request, kAnswerTimeoutMs, why)) {
    case InstanceClient::Result::Delivered:
        return Start::HandedOver;
    case InstanceClient::Result::Failed:
        return Start::Alone; // the socket stays the other window's
    case InstanceClient::Result::NoWindow:
        break;
    }
    return listenFor(library, why) ? Start::Listening : Start::Alone;
}

bool SingleInstance::listenFor(const QString &library, QString *why)
{
    QString error;
    if (m_server.listen(InstanceKey::socketPath(library), InstanceKey::libraryIdentity(library), &error))
        return true;
    if (why)
        *why = error;
    return false;
}

void SingleInstance::follow(Workspace *workspace)
{
    connect(workspace, &Workspace::libraryOpened, this, [this](const QString &path) {
        if (m_server.isListening() && m_server.libraryIdentity() == InstanceKey::libraryIdentity(path))
            return;
        m_server.close();
        const QString socket = InstanceKey::socketPath(path);
        if (socket.isEmpty())
            return;
        QLockFile lock(socket + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(kLockTimeoutMs))
            return;
        // Another window already shows that library: it keeps its socket, and this one listens
        // for nothing until it opens another library.
        if (!InstanceClient::isAnswered(socket))
            listenFor(path, nullptr);
    });
}

void SingleInstance::deliverTo(QObject *context, std::function<void(const HandOverRequest &)> receiver)
{
    m_receiver = std::move(receiver);
    connect(context, &QObject::destroyed, this, [this] { m_receiver = nullptr; });
    const QList<HandOverRequest> pending = std::exchange(m_pending, {});
    for (const HandOverRequest &request : pending)
        m_receiver(request);
}

void SingleInstance::receive(const HandOverRequest &request)
{
    if (m_receiver)
        m_receiver(request);
    else
        m_pending.append(request);
}

} // namespace glossa
