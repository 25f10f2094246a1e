#pragma once

#include "documentpositionmap.h"

#include <QCoreApplication>
#include <QPalette>

class QTextDocument;

namespace glossa {

struct Article;

// Fills a QTextDocument with an article through QTextCursor inserts — never HTML made from
// article text, so nothing in a page can become markup or a resource to load. Returns the
// table between canonical offsets and document positions.
class ArticleDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDocumentBuilder)

public:
    // Only the article's text in [from, to) (a part of a long article, ArticleParts) is
    // inserted; to < 0 means to the end. A block longer than ArticleParts::kMaxPieceLength is
    // inserted as several blocks, the position map keeping one segment for each.
    static DocumentPositionMap build(QTextDocument *document, const Article &article, const QPalette &palette,
                                     int from = 0, int to = -1);

    // Block text as inserted: characters QTextCursor would turn into block or frame boundaries
    // are replaced one-for-one, so offsets inside a block stay those of the canonical text.
    static QString displayText(QStringView blockText);
};

} // namespace glossa
