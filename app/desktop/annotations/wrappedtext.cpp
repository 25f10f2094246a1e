#include "wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

namespace glossa {

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width, int maxLines)
    : m_font(font), m_width(std::max<qreal>(width, 1)),
      m_direction(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight)
{
    if (text.isEmpty() || maxLines <= 0)
        return;
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(m_direction);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(m_width);
        QString lineText = text.mid(line.textStart(), line.textLength());
        if (m_lines.size() + 1 == maxLines && line.textStart() + line.textLength() < text.size()) {
            // The last line shown takes the rest of the text, cut with an ellipsis.
            lineText = metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, m_width);
            m_lines.append(Line{lineText, y});
            y += metrics.lineSpacing();
            break;
        }
        m_lines.append(Line{lineText.trimmed(), y});
        y += metrics.lineSpacing();
    }
    layout.endLayout();
    m_height = y;
}

void WrappedText::draw(QPainter *painter, const QPointF &topLeft) const
{
    painter->save();
    painter->setFont(m_font);
    QTextOption option;
    option.setTextDirection(m_direction);
    option.setAlignment(Qt::AlignLeading | Qt::AlignTop);
    option.setWrapMode(QTextOption::NoWrap);
    const qreal lineSpacing = QFontMetricsF(m_font).lineSpacing();
    for (const Line &line : m_lines)
        painter->drawText(QRectF(topLeft.x(), topLeft.y() + line.y, m_width, lineSpacing), line.text, option);
    painter->restore();
}

} // namespace glossa
