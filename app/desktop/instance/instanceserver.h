#pragma once

#include "handovermessage.h"

#include <QLocalServer>
#include <QObject>

class QLocalSocket;

namespace glossa {

// The window's end of the hand-over: listens on the library's socket (InstanceKey), reads one
// request per connection and answers it. Whatever arrives is checked (HandOverMessage): garbage,
// a request for another library, a client that sends too much, too little or nothing at all
// gets a refusal or is dropped, and the window carries on.
class InstanceServer : public QObject
{
    Q_OBJECT
public:
    explicit InstanceServer(QObject *parent = nullptr);
    ~InstanceServer() override;

    static constexpr int kMaxConnections = 8;

    // Listens at \a socketPath for requests about \a libraryIdentity. A socket file already there
    // is replaced: the caller has made sure no window answers on it (SingleInstance).
    bool listen(const QString &socketPath, const QString &libraryIdentity, QString *error = nullptr);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QString socketPath() const { return m_server.fullServerName(); }
    QString libraryIdentity() const { return m_library; }
    int openConnections() const { return m_connections; }

    // How long a client may take to send its request (tests shorten it).
    void setReadTimeout(int milliseconds) { m_readTimeoutMs = milliseconds; }

signals:
    void requestReceived(const glossa::HandOverRequest &request);

private:
    void acceptConnections();
    void serve(QLocalSocket *socket);
    void dropConnections();

    QLocalServer m_server;
    QString m_library;
    int m_readTimeoutMs = 3000;
    int m_connections = 0;
};

} // namespace glossa
