#pragma once

#include <QStringView>

namespace glossa {

// Whether a text can be set in italics. Arabic and other scripts have no true italic: a slanted
// face either does not exist (the fallback then shows empty boxes) or is typographically wrong,
// so quotes in those scripts are shown upright.
inline bool readsWellInItalic(QStringView text)
{
    for (const QChar ch : text) {
        switch (ch.script()) {
        case QChar::Script_Common:
        case QChar::Script_Inherited:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
            break;
        default:
            if (!ch.isSurrogate()) // emoji and other astral characters are set upright anyway
                return false;
        }
    }
    return true;
}

} // namespace glossa
