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

void HighlightLayer::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    std::stable_sort(m_annotations.begin(), m_annotations.end(), [](const Annotation &a, const Annotation &b) {
        return a.anchor.start != b.anchor.start ? a.anchor.start < b.anchor.start : a.anchor.end > b.anchor.end;
    });
}

const Annotation *HighlightLayer::annotation(qint64 id) const
{
    for (const Annotation &annotation : m_annotations) {
        if (annotation.id == id)
            return &annotation;
    }
    return nullptr;
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
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    for (const Annotation &annotation : m_annotations) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(document, map, annotation.anchor);
        selection.format.setBackground(highlightColor(annotation.color, palette));
        if (annotation.claim) {
            const Taxonomy::Entry *verdict = taxonomy.verdict(annotation.claim->verdict);
            selection.format.setFontUnderline(true);
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(verdict ? QColor(verdict->color) : palette.color(QPalette::Text));
        }
        selection.format.setProperty(QTextFormat::UserProperty, annotation.id);
        result.append(selection);
    }
    return result;
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
