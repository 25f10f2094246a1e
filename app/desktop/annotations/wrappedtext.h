#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace glossa {

// Word-wrapped text limited to a number of lines, the last one elided, laid out in the text's
// own direction (an Arabic quote is right-aligned and reads right to left). Measuring and
// drawing share one layout, so a card's painted height is the height it asked for.
class WrappedText
{
public:
    WrappedText(const QString &text, const QFont &font, qreal width, int maxLines);

    qreal height() const { return m_height; }
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    struct Line
    {
        QString text;
        qreal y = 0;
    };
    QList<Line> m_lines;
    QFont m_font;
    qreal m_width;
    qreal m_height = 0;
    Qt::LayoutDirection m_direction;
};

} // namespace glossa
