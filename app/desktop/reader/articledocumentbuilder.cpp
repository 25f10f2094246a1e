#include "articledocumentbuilder.h"

#include "articleparts.h"
#include "model/article.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace glossa {

namespace {

// QTextFormat::FontSizeAdjustment is relative to the document's default font, so headings
// follow the reader's zoom without being rebuilt.
constexpr int kTitleSizeAdjustment = 2;
constexpr int kHeadingSizeAdjustment = 1;
constexpr int kLineHeightPercent = 150;
constexpr int kTitleLineHeightPercent = 118; // large type needs less leading

QColor mutedTextColor(const QPalette &palette)
{
    // Half way between text and background reads as secondary in light and dark palettes alike.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
                  (text.blue() * 3 + base.blue() * 2) / 5);
}

QTextBlockFormat blockFormat(Qt::LayoutDirection direction, qreal topMargin, qreal bottomMargin,
                             int lineHeightPercent = kLineHeightPercent)
{
    QTextBlockFormat format;
    format.setLayoutDirection(direction);
    format.setTopMargin(topMargin);
    format.setBottomMargin(bottomMargin);
    format.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return format;
}

QString metadataLine(const Article &article)
{
    QStringList parts;
    parts << (article.source.isEmpty() ? ArticleDocumentBuilder::tr("Unknown outlet") : article.source);
    parts << (article.published.isValid() ? QLocale().toString(article.published, QLocale::LongFormat)
                                          : ArticleDocumentBuilder::tr("date unknown"));
    return parts.join(QStringLiteral(" · "));
}

QString provenanceLine(const Article &article)
{
    const Provenance &provenance = article.provenance;
    const QString file = provenance.fileName.isEmpty() ? ArticleDocumentBuilder::tr("unknown file") : provenance.fileName;
    if (!provenance.importedAt.isValid())
        return ArticleDocumentBuilder::tr("From %1").arg(file);
    return ArticleDocumentBuilder::tr("From %1, imported %2")
        .arg(file, QLocale().toString(provenance.importedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

QString ArticleDocumentBuilder::displayText(QStringView blockText)
{
    QString text = blockText.toString();
    for (QChar &ch : text) {
        const char16_t u = ch.unicode();
        // Block and frame separators, and the object placeholder, would change the document's
        // structure; a space keeps the length.
        if (u == u'\n' || u == u'\r' || u == 0x2029 || u == 0xfdd0 || u == 0xfdd1 || u == 0xfffc)
            ch = QLatin1Char(' ');
    }
    return text;
}

DocumentPositionMap ArticleDocumentBuilder::build(QTextDocument *document, const Article &article,
                                                  const QPalette &palette, int from, int to)
{
    if (to < 0)
        to = int(article.text.size());
    DocumentPositionMap map;
    // clear() resets the root frame's format, and with it the margins that keep the text to the
    // reader's measure; setting them again afterwards would lay the whole article out twice.
    const QTextFrameFormat rootFormat = document->rootFrame()->frameFormat();
    document->clear();
    document->rootFrame()->setFrameFormat(rootFormat);
    document->setUndoRedoEnabled(false);

    // An RTL article lays every block out right to left; otherwise each paragraph finds its own
    // direction from its first strong character, which suits mixed French/Arabic pages.
    const Qt::LayoutDirection direction =
        article.direction == Qt::RightToLeft ? Qt::RightToLeft : Qt::LayoutDirectionAuto;
    const Qt::LayoutDirection headerDirection =
        article.direction == Qt::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;

    QTextCursor cursor(document);
    cursor.beginEditBlock();

    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setProperty(QTextFormat::FontSizeAdjustment, kTitleSizeAdjustment);
    cursor.setBlockFormat(blockFormat(headerDirection, 0, 10, kTitleLineHeightPercent));
    cursor.insertText(displayText(article.title), titleFormat);

    QTextCharFormat metaFormat;
    metaFormat.setForeground(mutedTextColor(palette));
    cursor.insertBlock(blockFormat(headerDirection, 0, 2), metaFormat);
    cursor.insertText(displayText(metadataLine(article)), metaFormat);

    QTextCharFormat provenanceFormat = metaFormat;
    provenanceFormat.setProperty(QTextFormat::FontSizeAdjustment, -1);
    QTextBlockFormat provenanceBlock = blockFormat(headerDirection, 0, 18);
    // A rule under the header separates the reader's words from the article's.
    provenanceBlock.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                                QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(provenanceBlock, provenanceFormat);
    cursor.insertText(displayText(provenanceLine(article)), provenanceFormat);

    QTextCharFormat paragraphFormat;
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    headingFormat.setProperty(QTextFormat::FontSizeAdjustment, kHeadingSizeAdjustment);
    const QTextBlockFormat paragraphBlock = blockFormat(direction, 0, 12);
    // A piece of a paragraph too long to be one block runs on into the next piece.
    const QTextBlockFormat pieceBlock = blockFormat(direction, 0, 0);
    QTextBlockFormat headingBlock = blockFormat(direction, 14, 6, 130);
    headingBlock.setHeadingLevel(2);

    const QStringView text(article.text);
    for (const Block &block : article.blocks) {
        const int start = std::max(block.start, from);
        const int end = std::min(block.end, to);
        const bool emptyInRange = block.start == block.end && block.start >= from
            && (block.start < to || to == int(article.text.size()));
        if (start >= end && !emptyInRange)
            continue;
        const bool heading = block.kind == Block::Kind::Heading;
        const QStringView blockText = text.mid(start, end - start);
        int piece = 0;
        do {
            const int pieceEnd = ArticleParts::pieceEnd(blockText, piece);
            const bool last = pieceEnd >= blockText.size();
            cursor.insertBlock(heading ? headingBlock : last ? paragraphBlock : pieceBlock,
                               heading ? headingFormat : paragraphFormat);
            const int documentStart = cursor.position();
            const QString shown = displayText(blockText.mid(piece, pieceEnd - piece));
            cursor.insertText(shown);
            map.append(start + piece, documentStart, int(shown.size()));
            piece = pieceEnd;
        } while (piece < blockText.size());
    }
    cursor.endEditBlock();
    return map;
}

} // namespace glossa
