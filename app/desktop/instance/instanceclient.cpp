#include "instanceclient.h"

#include <QDeadlineTimer>
#include <QLocalSocket>

namespace glossa {

InstanceClient::Result InstanceClient::handOver(const QString &socketPath, const HandOverRequest &request,
                                                int timeoutMs, QString *why)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(qMin(timeoutMs, 1000)))
        return Result::NoWindow;

    const QDeadlineTimer deadline(timeoutMs);
    socket.write(HandOverMessage::encode(request));
    while (socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            break;
    }
    QByteArray answer;
    while (!answer.contains('\n') && !deadline.hasExpired() && socket.state() == QLocalSocket::ConnectedState) {
        if (socket.waitForReadyRead(int(deadline.remainingTime())))
            answer += socket.read(1024);
    }
    answer += socket.readAll();
    const QByteArray line = answer.left(answer.indexOf('\n')).trimmed();
    if (line == HandOverMessage::okAnswer().trimmed())
        return Result::Delivered;
    if (why)
        *why = line.isEmpty() ? QStringLiteral("the window did not answer") : QString::fromUtf8(line);
    return Result::Failed;
}

bool InstanceClient::isAnswered(const QString &socketPath)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    const bool connected = socket.waitForConnected(1000);
    socket.abort();
    return connected;
}

} // namespace glossa
