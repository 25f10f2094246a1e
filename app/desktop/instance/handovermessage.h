#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace glossa {

// What a second `glossa` asks of the window that shows its library: come to the front, and
// import these files and folders (absolute paths; none is fine: just come to the front).
struct HandOverRequest
{
    QString library; // the library's identity (InstanceKey::libraryIdentity), checked by the window
    QStringList paths;
};

// The bytes on the socket. Request: the magic line, a 4-byte big-endian length, then that many
// bytes of UTF-8 JSON {"version": 1, "library": "...", "paths": ["/abs/path", ...]}.
// Answer: one line, "ok" or "refused: <reason>". Anything else is refused, never trusted: the
// socket is the user's own, but whatever connects to it must not crash or steer the window.
class HandOverMessage
{
public:
    static constexpr char kMagic[] = "GLOSSA-HANDOVER\n";
    static constexpr int kVersion = 1;
    static constexpr quint32 kMaxBodyBytes = 4 * 1024 * 1024; // a file manager's large selection
    static constexpr int kMaxPaths = 20000;

    static QByteArray encode(const HandOverRequest &request);

    enum class Status { Incomplete, Complete, Invalid };
    struct Decoded
    {
        Status status = Status::Incomplete;
        HandOverRequest request; // when Complete
        QString error;           // when Invalid: one line saying why
    };
    // Reads one request from the bytes received so far. Incomplete asks for more; bytes after a
    // complete request are Invalid (one request per connection).
    static Decoded decode(const QByteArray &received);

    static QByteArray okAnswer() { return QByteArrayLiteral("ok\n"); }
    static QByteArray refusal(const QString &reason);
};

} // namespace glossa
