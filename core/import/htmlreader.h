#pragma once

#include "layoutprofileset.h"
#include "model/parsedpage.h"

#include <QString>
#include <QStringView>

namespace glossa {

// Extracts one article from a simple saved HTML page with a small, tolerant tag
// scanner (glossa-core may not use QtGui, so no QTextDocument). Nothing referenced by
// the page — images, frames, scripts — is fetched or kept: their content is dropped.
class HtmlReader
{
public:
    static ParsedDocument read(const QString &html, const LayoutProfileSet &profiles = LayoutProfileSet::builtIn());

    // Named (common set) and numeric character references; unknown or unterminated
    // references are left as written. Decodes once: "&amp;lt;" gives "&lt;".
    static QString decodeEntities(QStringView text);
};

} // namespace glossa
