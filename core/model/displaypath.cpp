#include "displaypath.h"

#include <QFile>

namespace glossa {

namespace {

QString hexByte(uchar byte)
{
    return QLatin1String("\\x") + QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

} // namespace

bool DisplayPath::isRepresentable(const QByteArray &native)
{
    return QFile::encodeName(QFile::decodeName(native)) == native;
}

QString DisplayPath::oneLine(const QByteArray &native)
{
    bool plain = isRepresentable(native);
    for (const char c : native) {
        const uchar byte = uchar(c);
        if (byte < 0x20 || byte == 0x7f || c == '"' || c == '\\')
            plain = false;
    }
    if (plain)
        return QFile::decodeName(native);
    // Escape byte by byte; runs of valid UTF-8 (non-ASCII included) are kept as text.
    QString quoted = QStringLiteral("\"");
    qsizetype i = 0;
    while (i < native.size()) {
        const uchar byte = uchar(native.at(i));
        if (byte >= 0x80) {
            // The longest valid UTF-8 sequence starting here (2 to 4 bytes), else one raw byte.
            const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
            const QByteArray sequence = native.mid(i, length);
            if (length > 1 && sequence.size() == length && isRepresentable(sequence)) {
                quoted += QString::fromUtf8(sequence);
                i += length;
                continue;
            }
            quoted += hexByte(byte);
            ++i;
            continue;
        }
        switch (byte) {
        case '\n': quoted += QLatin1String("\\n"); break;
        case '\r': quoted += QLatin1String("\\r"); break;
        case '\t': quoted += QLatin1String("\\t"); break;
        case '"': quoted += QLatin1String("\\\""); break;
        case '\\': quoted += QLatin1String("\\\\"); break;
        default:
            if (byte < 0x20 || byte == 0x7f)
                quoted += hexByte(byte);
            else
                quoted += QLatin1Char(char(byte));
        }
        ++i;
    }
    return quoted + QLatin1Char('"');
}

QString DisplayPath::oneLine(const QString &path)
{
    return oneLine(QFile::encodeName(path));
}

} // namespace glossa
