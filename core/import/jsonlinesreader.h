#pragma once

#include "layoutprofileset.h"
#include "model/parsedpage.h"

#include <QString>

namespace glossa {

// One JSON object per line: {"title", "source", "published", "url", "text", "language"}.
// A malformed line refuses the whole file ("line N: <reason>") rather than skipping it:
// a half-imported file would look complete to the analyst and re-importing the fixed
// file would then mix old and new articles.
class JsonLinesReader
{
public:
    static ParsedDocument read(const QString &text, const LayoutProfileSet &profiles = LayoutProfileSet::builtIn());
};

} // namespace glossa
