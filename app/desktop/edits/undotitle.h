#pragma once

#include <QString>

namespace glossa {

// An article title short enough for Edit ▸ Undo "…" without making the menu screen-wide.
struct UndoTitle
{
    static QString shortened(const QString &title, int maxLength = 40)
    {
        return title.size() > maxLength ? title.left(maxLength - 1) + QChar(0x2026) : title;
    }
};

} // namespace glossa
