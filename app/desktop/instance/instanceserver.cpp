#include "instanceserver.h"

#include <QLocalSocket>
#include <QTimer>
#include <memory>

namespace glossa {

namespace {

// The most a client may send: one request of the largest size and one byte more, which is
// enough to tell it sent too much.
constexpr qint64 kMaxReceived = qint64(sizeof(HandOverMessage::kMagic)) - 1 + 4 + HandOverMessage::kMaxBodyBytes + 1;

void answerAndClose(QLocalSocket *socket, const QByteArray &answer)
{
    // Nothing more is read from it, and its deadline is over.
    QObject::disconnect(socket, &QLocalSocket::readyRead, nullptr, nullptr);
    const QList<QTimer *> timers = socket->findChildren<QTimer *>();
    for (QTimer *timer : timers)
        timer->stop();
    socket->write(answer);
    socket->disconnectFromServer(); // once the answer is written; then deleted (serve())
    if (socket->state() == QLocalSocket::UnconnectedState)
        socket->deleteLater();
}

} // namespace

InstanceServer::InstanceServer(QObject *parent)
    : QObject(parent)
{
    // Only the user's own processes may connect (the runtime folder is private too).
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceServer::acceptConnections);
}

InstanceServer::~InstanceServer()
{
    close();
}

bool InstanceServer::listen(const QString &socketPath, const QString &libraryIdentity, QString *error)
{
    close();
    QLocalServer::removeServer(socketPath);
    if (!m_server.listen(socketPath)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    m_library = libraryIdentity;
    return true;
}

void InstanceServer::close()
{
    dropConnections();
    m_server.close();
    m_library.clear();
}

void InstanceServer::dropConnections()
{
    const QList<QLocalSocket *> sockets = m_server.findChildren<QLocalSocket *>();
    for (QLocalSocket *socket : sockets) {
        socket->disconnect();
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        delete socket;
    }
    m_connections = 0;
}

void InstanceServer::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        serve(socket);
    }
}

void InstanceServer::serve(QLocalSocket *socket)
{
    auto received = std::make_shared<QByteArray>();
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        answerAndClose(socket, HandOverMessage::refusal(QStringLiteral("no complete request in time")));
    });
    deadline->start(m_readTimeoutMs);

    const auto read = [this, socket, received] {
        received->append(socket->read(kMaxReceived - received->size()));
        const HandOverMessage::Decoded decoded = HandOverMessage::decode(*received);
        if (decoded.status == HandOverMessage::Status::Incomplete)
            return;
        if (decoded.status == HandOverMessage::Status::Invalid) {
            answerAndClose(socket, HandOverMessage::refusal(decoded.error));
            return;
        }
        if (decoded.request.library != m_library) {
            answerAndClose(socket, HandOverMessage::refusal(QStringLiteral("this window shows another library")));
            return;
        }
        answerAndClose(socket, HandOverMessage::okAnswer());
        emit requestReceived(decoded.request);
    };
    connect(socket, &QLocalSocket::readyRead, this, read);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        read();
}

} // namespace glossa
