#pragma once

#include <QByteArray>
#include <QString>

namespace glossa {

// Result of turning a dump's raw bytes into text.
struct DecodedText
{
    QString text;     // BOM stripped, line endings normalised to '\n'
    QString encoding; // "UTF-8", "UTF-8-BOM", "UTF-8 (repaired)", "UTF-16LE", "UTF-16BE",
                      // "UTF-32LE", "UTF-32BE", "windows-1252" (or "ISO-8859-1" without ICU)
    QString error;    // one-line refusal ("empty file", "binary file (...)"); text is then empty
    bool ok() const { return error.isEmpty(); }
};

// Detects the encoding of a dump (it is never declared) and refuses what is not text.
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
};

} // namespace glossa
