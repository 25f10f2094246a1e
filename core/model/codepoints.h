#pragma once

#include <QString>

namespace glossa {

// W3C TextPositionSelector offsets count Unicode code points; QString (and Glossa's stored
// anchors) count UTF-16 units. An emoji is one code point but two units, so the two diverge
// after the first character outside the Basic Multilingual Plane.
class CodePoints
{
public:
    // Code points in text[0, utf16Offset). The offset is clamped to the text; an offset in the
    // middle of a surrogate pair counts that pair as one code point already passed.
    static int fromUtf16(const QString &text, int utf16Offset);
    // The UTF-16 offset of code point number codePointOffset; -1 when the text has fewer code
    // points (codePointOffset == count() gives text.size()).
    static int toUtf16(const QString &text, int codePointOffset);
    static int count(const QString &text) { return fromUtf16(text, int(text.size())); }
};

} // namespace glossa
