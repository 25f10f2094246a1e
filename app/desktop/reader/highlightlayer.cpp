#include "highlightlayer.h"

#include "model/taxonomy.h"

#include <QTextCursor>
#include <algorithm>

namespace glossa {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QTextCursor cursorFor(QTextDocument *document, const DocumentPositionMap &map, const TextAnchor &anchor)
{
    QTextCursor cursor(document);
    cursor.setPosition(map.toDocument(anchor.start));
    cursor.setPosition(map.toDocument(anchor.end), QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace

// By start, the longer first where two start together (annotationsAt() relies on the start
// order), then by id, so one annotation put back after an edit lands where a reload puts it.
bool HighlightLayer::drawnBefore(const Annotation &a, const Annotation &b)
{
    if (a.anchor.start != b.anchor.start)
        return a.anchor.start < b.anchor.start;
    if (a.anchor.end != b.anchor.end)
        return a.anchor.end > b.anchor.end;
    return a.id < b.id;
}

void HighlightLayer::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    std::stable_sort(m_annotations.begin(), m_annotations.end(), &HighlightLayer::drawnBefore);
}

HighlightLayer::Placement HighlightLayer::upsert(const Annotation &annotation)
{
    Placement placement;
    placement.from = indexOf(annotation.id);
    if (placement.from >= 0) {
        const int i = placement.from;
        const bool stillInOrder = (i == 0 || !drawnBefore(annotation, m_annotations.at(i - 1)))
            && (i + 1 == m_annotations.size() || !drawnBefore(m_annotations.at(i + 1), annotation));
        if (stillInOrder) {
            m_annotations[i] = annotation;
            placement.to = i;
            return placement;
        }
        m_annotations.removeAt(i);
    }
    placement.to = int(std::upper_bound(m_annotations.cbegin(), m_annotations.cend(), annotation,
                                        &HighlightLayer::drawnBefore)
                       - m_annotations.cbegin());
    m_annotations.insert(placement.to, annotation);
    return placement;
}

int HighlightLayer::remove(qint64 id)
{
    const int index = indexOf(id);
    if (index >= 0)
        m_annotations.removeAt(index);
    return index;
}

int HighlightLayer::indexOf(qint64 id) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations.at(i).id == id)
            return i;
    }
    return -1;
}

const Annotation *HighlightLayer::annotation(qint64 id) const
{
    const int index = indexOf(id);
    return index >= 0 ? &m_annotations.at(index) : nullptr;
}

QColor HighlightLayer::highlightColor(const QString &color, const QPalette &palette)
{
    QColor result(color);
    if (!result.isValid())
        result = QColor(Taxonomy::builtIn().colors().value(0).color);
    if (!result.isValid())
        result = QColor(0xff, 0xd5, 0x4f);
    // Translucent so overlaps blend; a touch stronger on dark backgrounds where pale colours fade.
    result.setAlphaF(isDark(palette) ? 0.42f : 0.5f);
    return result;
}

QList<QTextEdit::ExtraSelection> HighlightLayer::selections(QTextDocument *document, const DocumentPositionMap &map,
                                                            const QPalette &palette) const
{
    QList<QTextEdit::ExtraSelection> result;
    if (map.isEmpty())
        return result;
    result.reserve(m_annotations.size());
    // Outside an edit block, every QTextCursor::setPosition lays out the block it lands in to
    // remember the cursor's x; inside one it does not, and 500 highlights cost 500 lookups
    // instead of two block layouts each. Nothing is edited.
    QTextCursor batch(document);
    batch.beginEditBlock();
    for (const Annotation &annotation : m_annotations)
        result.append(selection(document, map, annotation, palette));
    batch.endEditBlock();
    return result;
}

QTextEdit::ExtraSelection HighlightLayer::selection(QTextDocument *document, const DocumentPositionMap &map,
                                                    const Annotation &annotation, const QPalette &palette)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursorFor(document, map, annotation.anchor);
    selection.format.setBackground(highlightColor(annotation.color, palette));
    if (annotation.claim) {
        const Taxonomy::Entry *verdict = Taxonomy::builtIn().verdict(annotation.claim->verdict);
        selection.format.setFontUnderline(true);
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(verdict ? QColor(verdict->color) : palette.color(QPalette::Text));
    }
    selection.format.setProperty(QTextFormat::UserProperty, annotation.id);
    if (annotation.analyst.isValid())
        selection.format.setProperty(kAnalystColorProperty, QColor(annotation.analyst.displayColor()));
    return selection;
}

QTextEdit::ExtraSelection HighlightLayer::flashSelection(QTextDocument *document, const DocumentPositionMap &map,
                                                         const Annotation &annotation, const QPalette &palette)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursorFor(document, map, annotation.anchor);
    QColor color = highlightColor(annotation.color, palette);
    color.setAlphaF(1.0f);
    selection.format.setBackground(color);
    selection.format.setForeground(QColor(Qt::black));
    return selection;
}

QList<const Annotation *> HighlightLayer::annotationsAt(int canonicalOffset) const
{
    QList<const Annotation *> result;
    for (const Annotation &annotation : m_annotations) {
        if (annotation.anchor.start > canonicalOffset)
            break; // sorted by start
        if (canonicalOffset <= annotation.anchor.end)
            result.append(&annotation);
    }
    std::stable_sort(result.begin(), result.end(), [](const Annotation *a, const Annotation *b) {
        return a->anchor.end - a->anchor.start < b->anchor.end - b->anchor.start;
    });
    return result;
}

} // namespace glossa
