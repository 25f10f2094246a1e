#pragma once

#include "layoutprofileset.h"
#include "model/parsedpage.h"

#include <QByteArray>
#include <QString>

namespace glossa {

// Entry point of the parsing side of the importer: one file's bytes in, pages or a
// one-line refusal out. Pure function of its inputs (no file system, no network), so
// a stored raw dump can be re-parsed later with the same result.
class DocumentReader
{
public:
    enum class Format { Text, JsonLines, Html };

    // fileName is used for its extension only. Sets ParsedDocument::encoding whenever
    // the bytes could be decoded, also when the file is then refused.
    static ParsedDocument read(const QByteArray &bytes, const QString &fileName,
                               const LayoutProfileSet &profiles = LayoutProfileSet::builtIn());

    // .jsonl/.ndjson → JSON Lines; .html/.htm/.xhtml or text starting with
    // "<!doctype html" / "<html" → HTML; a .json file or text whose first line is a
    // JSON object with a "title" or "text" field → JSON Lines; anything else → text dump.
    static Format detectFormat(const QString &text, const QString &fileName);
};

} // namespace glossa
