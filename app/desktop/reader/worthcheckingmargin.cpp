#include "worthcheckingmargin.h"

#include "articletextview.h"
#include "worthcheckingmarks.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

namespace glossa {

namespace {

constexpr int kBarWidth = 4;
constexpr int kGapToText = 8;  // between the bar and the text column
constexpr int kHitSlop = 5;    // the pointer need not be exactly on a 4-pixel bar

} // namespace

WorthCheckingMargin::WorthCheckingMargin(ArticleTextView *text, WorthCheckingMarks *marks)
    : QWidget(text), m_text(text), m_marks(marks)
{
    setObjectName(QStringLiteral("worthCheckingMargin"));
    setAttribute(Qt::WA_TranslucentBackground);
    setMouseTracking(true);
    text->installEventFilter(this);
    text->viewport()->installEventFilter(this);
    connect(text->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    hide();
}

void WorthCheckingMargin::place()
{
    // The text column's side margin (ArticleTextView::updateMeasure), on the side lines start.
    const QRect viewport = m_text->viewport()->geometry();
    const int side = std::max(kBarWidth + kGapToText, int(m_text->document()->rootFrame()->frameFormat().leftMargin()));
    const bool rightToLeft = m_text->layoutDirection() == Qt::RightToLeft;
    setGeometry(rightToLeft ? viewport.right() + 1 - side : viewport.left(), viewport.top(), side, viewport.height());
    raise();
    update();
}

QRect WorthCheckingMargin::markRect(int index) const
{
    const QList<WorthCheckingMarks::Mark> marks = m_marks->marks();
    if (index < 0 || index >= marks.size())
        return QRect();
    const WorthCheckingMarks::Mark &mark = marks.at(index);
    QTextCursor start(m_text->document());
    start.setPosition(std::clamp(mark.documentStart, 0, m_text->document()->characterCount() - 1));
    QTextCursor end(m_text->document());
    end.setPosition(std::clamp(mark.documentEnd, 0, m_text->document()->characterCount() - 1));
    const int top = m_text->cursorRect(start).top();
    const int bottom = m_text->cursorRect(end).bottom();
    const bool rightToLeft = m_text->layoutDirection() == Qt::RightToLeft;
    const int x = rightToLeft ? kGapToText : width() - kGapToText - kBarWidth;
    const QRect rect(x, top + 2, kBarWidth, std::max(bottom - top - 4, 6));
    return rect.intersects(this->rect()) ? rect : QRect();
}

int WorthCheckingMargin::markAt(const QPoint &point) const
{
    const int count = int(m_marks->marks().size());
    for (int i = 0; i < count; ++i) {
        const QRect rect = markRect(i);
        if (!rect.isEmpty() && rect.adjusted(-kHitSlop, -2, kHitSlop, 2).contains(point))
            return i;
    }
    return -1;
}

bool WorthCheckingMargin::eventFilter(QObject *watched, QEvent *event)
{
    // The text view resized or turned: the margin follows; the document laid out again
    // (font, zoom, width): the bars move with its lines.
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::LayoutDirectionChange:
        if (isVisible())
            place();
        break;
    case QEvent::Paint:
        if (watched == m_text->viewport() && isVisible())
            update();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool WorthCheckingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = markAt(help->pos());
        if (index < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), m_marks->toolTip(m_marks->marks().at(index)), this, markRect(index));
        return true;
    }
    return QWidget::event(event);
}

void WorthCheckingMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The link colour, as the search marks: visible in either theme, never taken for a highlight.
    const QColor accent = m_text->palette().color(QPalette::Link);
    const QList<WorthCheckingMarks::Mark> marks = m_marks->marks();
    for (int i = 0; i < marks.size(); ++i) {
        const QRect rect = markRect(i);
        if (rect.isEmpty())
            continue;
        QColor color = accent;
        // Proposed: faint and thinner the lower the score; accepted: full.
        const bool accepted = marks.at(i).answer == CheckWorthyFeedback::Decision::Accepted;
        color.setAlphaF(accepted ? 1.0 : 0.35 + 0.4 * std::clamp(marks.at(i).sentence.score, 0.0, 1.0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(rect, kBarWidth / 2.0, kBarWidth / 2.0);
    }
}

void WorthCheckingMargin::contextMenuEvent(QContextMenuEvent *event)
{
    const int index = markAt(event->pos());
    if (index < 0) {
        event->ignore();
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_marks->acceptAction()->text(), this,
                    [this, index] { m_marks->answer(index, CheckWorthyFeedback::Decision::Accepted); });
    menu->addAction(m_marks->dismissAction()->text(), this,
                    [this, index] { m_marks->answer(index, CheckWorthyFeedback::Decision::Dismissed); });
    menu->popup(event->globalPos());
}

} // namespace glossa
