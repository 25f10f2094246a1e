#include "codepoints.h"

#include <algorithm>

namespace glossa {

int CodePoints::fromUtf16(const QString &text, int utf16Offset)
{
    const int limit = std::clamp(utf16Offset, 0, int(text.size()));
    int points = 0;
    for (int i = 0; i < limit; ++i) {
        // A lone surrogate counts as one code point, as in every other tool that meets one.
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++points;
    }
    return points;
}

int CodePoints::toUtf16(const QString &text, int codePointOffset)
{
    if (codePointOffset < 0)
        return -1;
    int i = 0;
    for (int points = 0; points < codePointOffset; ++points) {
        if (i >= text.size())
            return -1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    return i;
}

} // namespace glossa
