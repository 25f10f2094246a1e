#pragma once

#include "documentpositionmap.h"
#include "model/annotation.h"

#include <QList>
#include <QPalette>
#include <QTextEdit>

namespace glossa {

// The annotations drawn over the reader's text. Highlights are QTextEdit extra selections, not
// character formats: the document is built once per article and an edit only re-lists
// selections. Colours are translucent so that where two highlights overlap the colours blend
// and the overlap reads darker; claims get an underline in their verdict's colour.
class HighlightLayer
{
public:
    // The text format property that carries a highlight's analyst colour (a QColor), which the
    // text view outlines it in when the article holds several analysts' readings.
    static constexpr int kAnalystColorProperty = QTextFormat::UserProperty + 1;

    // Only annotations that are in the text; kept sorted by start for hit tests.
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    const Annotation *annotation(qint64 id) const;

    // One annotation added or changed, kept in order: returns the index it left (-1 when new)
    // and the index it now has, so a parallel list of selections can be patched in place.
    struct Placement
    {
        int from = -1;
        int to = -1;
    };
    Placement upsert(const Annotation &annotation);
    // Returns the index the annotation had, or -1 when it was not drawn.
    int remove(qint64 id);

    QList<QTextEdit::ExtraSelection> selections(QTextDocument *document, const DocumentPositionMap &map,
                                                const QPalette &palette) const;
    // The highlight of one annotation, as selections() draws it. Lays out the block it lands
    // in unless called inside an edit block.
    static QTextEdit::ExtraSelection selection(QTextDocument *document, const DocumentPositionMap &map,
                                               const Annotation &annotation, const QPalette &palette);
    // One selection over an annotation, stronger than a highlight, to show where it is.
    static QTextEdit::ExtraSelection flashSelection(QTextDocument *document, const DocumentPositionMap &map,
                                                    const Annotation &annotation, const QPalette &palette);

    // Annotations touching the character before or after a canonical cursor offset, the
    // innermost (shortest) first.
    QList<const Annotation *> annotationsAt(int canonicalOffset) const;

    static QColor highlightColor(const QString &color, const QPalette &palette);

private:
    static bool drawnBefore(const Annotation &a, const Annotation &b);
    int indexOf(qint64 id) const;

    QList<Annotation> m_annotations;
};

} // namespace glossa
