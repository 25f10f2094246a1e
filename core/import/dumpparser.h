#pragma once

#include "layoutprofileset.h"
#include "model/parsedpage.h"

#include <QString>

namespace glossa {

// Turns the decoded text of a scraped dump into pages. A file may hold several pages
// (ticker … footer, ticker … footer, or title + provenance … without footers); the
// site-specific strings come from the layout profiles, never from this code.
class DumpParser
{
public:
    explicit DumpParser(const LayoutProfileSet &profiles = LayoutProfileSet::builtIn());

    // text: decoded, '\n' line endings (TextDecoder's output). encoding is left empty.
    // Refuses with "no article found" when no page has a title or a body.
    ParsedDocument parse(const QString &text) const;

    // Paragraph/heading split shared by every reader: a line the profile takes for a
    // heading is one only if a paragraph follows it (a trailing short line is a
    // signature or a credit, not a subheading).
    static QList<ParsedBlock> toBlocks(const QStringList &lines, const LayoutProfile &profile);

private:
    const LayoutProfileSet &m_profiles;
};

} // namespace glossa
