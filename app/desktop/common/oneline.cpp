#include "oneline.h"

namespace glossa {

QString oneLine(const QString &text, int maxChars)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars || maxChars < 1)
        return simplified;
    return simplified.left(maxChars - 1) + QChar(0x2026);
}

} // namespace glossa
