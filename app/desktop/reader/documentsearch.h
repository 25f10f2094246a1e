#pragma once

#include "model/foldedtext.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

class QTextDocument;

namespace glossa {

// Finds text in the reader's document the way the library's search reads text (FoldedText:
// no case, accents or Arabic short vowels), as spans of document positions. The folded copy of
// the document is made once per document revision, not once per keystroke.
class DocumentSearch
{
public:
    // Every occurrence of \a text, as typed in Find in Article.
    QList<std::pair<int, int>> find(const QTextDocument *document, const QString &text);
    // The words and phrases of a library search (what the headline list was filtered by) that
    // the document holds, each at word starts as the index matches them; excluded terms
    // ("-word") are not shown.
    QList<std::pair<int, int>> findSearchTerms(const QTextDocument *document, const QString &search);

private:
    const FoldedText &folded(const QTextDocument *document);

    const QTextDocument *m_document = nullptr;
    int m_revision = -1;
    std::optional<FoldedText> m_folded;
};

} // namespace glossa
