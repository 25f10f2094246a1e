#include "handovermessage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace glossa {

namespace {

constexpr int kMagicLength = int(sizeof(HandOverMessage::kMagic)) - 1;
constexpr int kHeaderLength = kMagicLength + 4;

HandOverMessage::Decoded invalid(const QString &error)
{
    HandOverMessage::Decoded decoded;
    decoded.status = HandOverMessage::Status::Invalid;
    decoded.error = error;
    return decoded;
}

// A path the window may import: absolute, clean of control characters that no file manager
// passes (a NUL would cut it short further down).
bool acceptablePath(const QString &path)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20)
            return false;
    }
    return true;
}

} // namespace

QByteArray HandOverMessage::encode(const HandOverRequest &request)
{
    const QJsonObject object{{QStringLiteral("version"), kVersion},
                             {QStringLiteral("library"), request.library},
                             {QStringLiteral("paths"), QJsonArray::fromStringList(request.paths)}};
    const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray frame(kMagic, kMagicLength);
    char length[4];
    qToBigEndian(quint32(body.size()), length);
    frame.append(length, 4);
    frame.append(body);
    return frame;
}

HandOverMessage::Decoded HandOverMessage::decode(const QByteArray &received)
{
    // The magic first, byte by byte as it arrives, so that garbage is refused at once.
    const int magicSeen = int(qMin(received.size(), qsizetype(kMagicLength)));
    if (received.left(magicSeen) != QByteArray(kMagic, magicSeen))
        return invalid(QStringLiteral("not a Glossa hand-over request"));
    if (received.size() < kHeaderLength)
        return {};
    const quint32 length = qFromBigEndian<quint32>(received.constData() + kMagicLength);
    if (length == 0 || length > kMaxBodyBytes)
        return invalid(QStringLiteral("request of %1 bytes (at most %2)").arg(length).arg(kMaxBodyBytes));
    if (received.size() < kHeaderLength + qsizetype(length))
        return {};
    if (received.size() > kHeaderLength + qsizetype(length))
        return invalid(QStringLiteral("bytes after the request"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(received.mid(kHeaderLength), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("request is not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QStringLiteral("request is not a JSON object"));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return invalid(QStringLiteral("unknown request version"));
    const QJsonValue library = object.value(QStringLiteral("library"));
    if (!library.isString() || library.toString().isEmpty())
        return invalid(QStringLiteral("request names no library"));
    const QJsonValue paths = object.value(QStringLiteral("paths"));
    if (!paths.isArray())
        return invalid(QStringLiteral("request has no list of paths"));
    const QJsonArray array = paths.toArray();
    if (array.size() > kMaxPaths)
        return invalid(QStringLiteral("request names %1 paths (at most %2)").arg(array.size()).arg(kMaxPaths));

    Decoded decoded;
    decoded.status = Status::Complete;
    decoded.request.library = library.toString();
    for (const QJsonValue &value : array) {
        if (!value.isString() || !acceptablePath(value.toString()))
            return invalid(QStringLiteral("request holds a path that is not an absolute file name"));
        decoded.request.paths.append(value.toString());
    }
    return decoded;
}

QByteArray HandOverMessage::refusal(const QString &reason)
{
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return "refused: " + line.toUtf8() + '\n';
}

} // namespace glossa
