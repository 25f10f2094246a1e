#pragma once

#include <QString>

namespace glossa {

// Passages, notes and titles can be paragraphs long; a table cell or a label shows them as one
// line of at most \a maxChars characters, whitespace runs folded, an ellipsis where cut.
QString oneLine(const QString &text, int maxChars);

} // namespace glossa
