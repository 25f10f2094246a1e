#include "textdecoder.h"

#include <QStringDecoder>

#include <optional>
#include <utility>

namespace glossa {

namespace {

// Above this share of control characters the "text" is really binary data that
// happened to decode; a real dump has none besides tab/newline/form feed.
constexpr double kMaxControlRatio = 0.01;

// A file is decoded as UTF-8 despite invalid sequences when at least this share of
// its non-ASCII sequences is valid UTF-8. Genuine windows-1252 text practically never
// forms valid multi-byte sequences (an accented letter is followed by an ASCII
// letter, not by a 0x80-0xBF byte), so a high share means "UTF-8 with a few damaged
// bytes": the analyst then sees U+FFFD at the damaged spots instead of the whole file
// turned into mojibake by a windows-1252 fallback. 90% rather than 99% because a short
// article has only a few dozen accented letters and one stray byte would already
// cross a 1% threshold.
constexpr double kMinValidUtf8Share = 0.9;

struct Utf8Stats
{
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
};

// Counts well-formed multi-byte sequences and invalid ones (a maximal invalid subpart
// counts once), following the Unicode table of well-formed UTF-8 byte sequences.
Utf8Stats scanUtf8(const QByteArray &bytes)
{
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        }
        if (length == 0) {
            ++stats.invalid;
            ++i;
            continue;
        }
        qsizetype j = 1;
        bool good = true;
        for (; j < length; ++j) {
            if (i + j >= n) { good = false; break; }
            const unsigned char c = p[i + j];
            const unsigned char min = j == 1 ? lo : 0x80;
            const unsigned char max = j == 1 ? hi : 0xBF;
            if (c < min || c > max) { good = false; break; }
        }
        if (good) {
            ++stats.validMultiByte;
            i += length;
        } else {
            ++stats.invalid;
            i += j; // skip the maximal subpart, like the decoder does
        }
    }
    return stats;
}

struct Signature
{
    const char *magic;
    int length;
    const char *name;
};

// Common non-text formats that end up in dump folders; naming them makes the refusal
// clearer than a generic "binary file".
constexpr Signature kSignatures[] = {
    {"\x89PNG\r\n\x1a\n", 8, "PNG image"},
    {"\xff\xd8\xff", 3, "JPEG image"},
    {"GIF87a", 6, "GIF image"},
    {"GIF89a", 6, "GIF image"},
    {"%PDF-", 5, "PDF document"},
    {"PK\x03\x04", 4, "ZIP archive"},
    {"\x1f\x8b", 2, "gzip archive"},
    {"\x7f" "ELF", 4, "executable"},
    {"SQLite format 3", 15, "SQLite database"},
};

QString sniffBinarySignature(const QByteArray &bytes)
{
    for (const Signature &s : kSignatures) {
        if (bytes.startsWith(QByteArray::fromRawData(s.magic, s.length)))
            return QStringLiteral("binary file (%1)").arg(QLatin1String(s.name));
    }
    return {};
}

bool isAllowedControl(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// C0 controls besides the layout ones, DEL, and C1 controls (which is what the bytes
// windows-1252 leaves undefined decode to).
bool isSuspectControl(char16_t c)
{
    return (c < 0x20 && !isAllowedControl(c)) || (c >= 0x7f && c <= 0x9f);
}

// UTF-16 without a BOM shows as NUL bytes in every other position; Windows tools
// occasionally write it. Returns the encoding or Utf8 when the pattern is absent.
std::optional<QStringConverter::Encoding> sniffBomlessUtf16(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    if (n < 4 || n % 2 != 0)
        return std::nullopt;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        if (bytes.at(i) == '\0') ++evenNul;
        if (bytes.at(i + 1) == '\0') ++oddNul;
    }
    const qsizetype units = n / 2;
    // Mostly-Latin UTF-16 has a NUL high byte in most units and never a NUL low byte.
    if (evenNul == 0 && oddNul * 10 >= units * 3)
        return QStringConverter::Utf16LE;
    if (oddNul == 0 && evenNul * 10 >= units * 3)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

QString normaliseLineEndings(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

DecodedText finish(QString text, const QString &encoding)
{
    DecodedText result;
    // A BOM may survive when a file was concatenated from BOM-carrying parts, or
    // when it came through a BOM-less path (windows-1252 never has one, but
    // "\xEF\xBB\xBF" seen as UTF-8 does). Every U+FEFF is dropped: as a zero-width
    // no-break space it carries nothing an analyst would annotate.
    text.remove(QChar(0xFEFF));

    qsizetype controls = 0;
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if (u == 0)
            return {{}, {}, QStringLiteral("binary file (contains NUL bytes)")};
        if (isSuspectControl(u))
            ++controls;
    }
    // A couple of stray controls (a DOS end-of-file ^Z, a vertical tab) do not make a
    // file binary; they are dropped because they would be invisible in the reader.
    if (controls > 2 && controls > text.size() * kMaxControlRatio)
        return {{}, {}, QStringLiteral("binary file (contains control characters)")};
    if (controls > 0) {
        text.removeIf([](QChar c) { return isSuspectControl(c.unicode()); });
    }

    text = normaliseLineEndings(std::move(text));
    if (text.trimmed().isEmpty())
        return {{}, {}, QStringLiteral("empty file")};
    result.text = std::move(text);
    result.encoding = encoding;
    return result;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {{}, {}, QStringLiteral("empty file")};

    // UTF-32LE's BOM starts with UTF-16LE's, so it is tested first.
    if (bytes.startsWith(QByteArrayLiteral("\xff\xfe\x00\x00")))
        return finish(decodeWith(QStringConverter::Utf32LE, bytes.mid(4)), QStringLiteral("UTF-32LE"));
    if (bytes.startsWith(QByteArrayLiteral("\x00\x00\xfe\xff")))
        return finish(decodeWith(QStringConverter::Utf32BE, bytes.mid(4)), QStringLiteral("UTF-32BE"));
    if (bytes.startsWith("\xef\xbb\xbf")) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes.mid(3));
        return finish(std::move(text), decoder.hasError() ? QStringLiteral("UTF-8 (repaired)")
                                                          : QStringLiteral("UTF-8-BOM"));
    }
    if (bytes.startsWith("\xff\xfe"))
        return finish(decodeWith(QStringConverter::Utf16LE, bytes.mid(2)), QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xfe\xff"))
        return finish(decodeWith(QStringConverter::Utf16BE, bytes.mid(2)), QStringLiteral("UTF-16BE"));

    const QString signature = sniffBinarySignature(bytes);
    if (!signature.isEmpty())
        return {{}, {}, signature};

    if (bytes.contains('\0')) {
        if (const auto utf16 = sniffBomlessUtf16(bytes)) {
            const bool le = *utf16 == QStringConverter::Utf16LE;
            DecodedText result = finish(decodeWith(*utf16, bytes), le ? QStringLiteral("UTF-16LE")
                                                                       : QStringLiteral("UTF-16BE"));
            if (result.ok())
                return result;
        }
        return {{}, {}, QStringLiteral("binary file (contains NUL bytes)")};
    }

    {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return finish(std::move(text), QStringLiteral("UTF-8"));
        const Utf8Stats stats = scanUtf8(bytes);
        const double total = double(stats.validMultiByte + stats.invalid);
        if (stats.validMultiByte > 0 && stats.validMultiByte >= total * kMinValidUtf8Share)
            return finish(std::move(text), QStringLiteral("UTF-8 (repaired)"));
    }

    // Not UTF-8: the dumps come from Windows machines, where the 8-bit code page is
    // windows-1252 (a superset of Latin-1 for printable characters: ’ € œ …).
    QStringDecoder cp1252("windows-1252", QStringConverter::Flag::Stateless);
    if (cp1252.isValid())
        return finish(cp1252.decode(bytes), QStringLiteral("windows-1252"));
    // Qt built without ICU only knows Latin-1; still better than refusing the file.
    return finish(decodeWith(QStringConverter::Latin1, bytes), QStringLiteral("ISO-8859-1"));
}

} // namespace glossa
