#include "appearanceunderlines.h"

#include "common/taxonomylabels.h"

#include <QTextCursor>

namespace glossa {

QList<QTextEdit::ExtraSelection> AppearanceUnderlines::selections(QTextDocument *document,
                                                                  const DocumentPositionMap &map,
                                                                  const QList<Appearance> &appearances,
                                                                  int partStart, int partEnd)
{
    QList<QTextEdit::ExtraSelection> result;
    if (map.isEmpty())
        return result;
    QTextCursor batch(document); // see HighlightLayer::selections()
    batch.beginEditBlock();
    for (const Appearance &appearance : appearances) {
        if (appearance.end <= partStart || appearance.start >= partEnd)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(map.toDocument(std::max(appearance.start, partStart)));
        selection.cursor.setPosition(map.toDocument(std::min(appearance.end, partEnd)), QTextCursor::KeepAnchor);
        selection.format.setFontUnderline(true);
        selection.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        selection.format.setUnderlineColor(TaxonomyLabels::verdictColor(appearance.claim.verdict));
        selection.format.setProperty(kAppearanceProperty, appearance.id);
        result.append(selection);
    }
    batch.endEditBlock();
    return result;
}

} // namespace glossa
