#include "documentsearch.h"

#include "search/ftsquery.h"

#include <QTextDocument>
#include <algorithm>

namespace glossa {

const FoldedText &DocumentSearch::folded(const QTextDocument *document)
{
    // toPlainText() has one character per document position (a block's end is one '\n').
    if (!m_folded || m_document != document || m_revision != document->revision()) {
        m_folded.emplace(document->toPlainText());
        m_document = document;
        m_revision = document->revision();
    }
    return *m_folded;
}

QList<std::pair<int, int>> DocumentSearch::find(const QTextDocument *document, const QString &text)
{
    if (!document || text.isEmpty())
        return {};
    return folded(document).find(text);
}

QList<std::pair<int, int>> DocumentSearch::findSearchTerms(const QTextDocument *document, const QString &search)
{
    const QString match = FtsQuery::toMatchExpression(search);
    if (!document || match.isEmpty())
        return {};
    QList<std::pair<int, int>> spans;
    for (const FtsQuery::Literal &literal : FtsQuery::literals(match)) {
        if (!literal.excluded)
            spans += folded(document).find(literal.text, true, literal.prefix);
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

} // namespace glossa
