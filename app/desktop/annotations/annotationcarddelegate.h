#pragma once

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

namespace glossa {

// Paints an annotation as a card, mirrored in a right-to-left interface: a colour stripe, the claim's kind and verdict as a badge in
// the verdict's colour, the quote, tags as chips and the note. Above the first orphaned card it
// paints the "Orphaned" section heading. Card heights are cached per annotation and width, keyed
// by what the card shows, because QListView asks for every row's size hint on each layout.
class AnnotationCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AnnotationCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card of this annotation is drawn emphasised (after "scroll to and flash").
    void setFlashedAnnotation(qint64 annotationId) { m_flashed = annotationId; }
    // The library's tag colours, by case-folded name: a chip is tinted with its tag's colour.
    void setTagColors(const QHash<QString, QColor> &colors) { m_tagColors = colors; }

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static void mirror(Layout *layout, const QRect &row);

    qint64 m_flashed = 0;
    QHash<QString, QColor> m_tagColors;
    struct CachedHeight
    {
        int width = 0;
        size_t fingerprint = 0;
        int height = 0;
    };
    mutable QHash<qint64, CachedHeight> m_heights;
};

} // namespace glossa
