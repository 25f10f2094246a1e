#include "articletextview.h"

#include "highlightlayer.h"
#include "offlinetextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextLayout>
#include <QScrollBar>
#include <QSet>
#include <QTextFrame>
#include <QTextFrameFormat>

namespace glossa {

namespace {

constexpr int kMeasureCharacters = 70;
constexpr int kMinimumSideMargin = 24;
constexpr int kDragThreshold = 4;

} // namespace

ArticleTextView::ArticleTextView(QWidget *parent) : QTextEdit(parent)
{
    setDocument(new OfflineTextDocument(this));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
}

void ArticleTextView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions.clear();
    for (QAction *action : actions)
        m_contextActions.append(action);
}

QVariant ArticleTextView::loadResource(int, const QUrl &)
{
    // The reader never loads anything, from the network or from disk: article text is inserted
    // as plain text, and this closes the door should a resource ever be referenced.
    return QVariant();
}

bool ArticleTextView::event(QEvent *event)
{
    // A read-only QTextEdit still claims Ctrl+Z / Ctrl+Shift+Z for its own (empty) undo history;
    // let them through to the application's undo stack, which holds the annotation edits.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QTextEdit::event(event);
}

void ArticleTextView::updateMeasure()
{
    const QFontMetricsF metrics(document()->defaultFont());
    const qreal measure = metrics.horizontalAdvance(QLatin1Char('0')) * kMeasureCharacters;
    const qreal available = viewport()->width();
    const qreal side = std::max<qreal>(kMinimumSideMargin, (available - measure) / 2);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), side) && qFuzzyCompare(format.rightMargin(), side))
        return; // re-laying out a long article for nothing is what makes resizing sluggish
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(28);
    format.setBottomMargin(48);
    root->setFrameFormat(format);
}

int ArticleTextView::documentPositionAt(const QPoint &viewportPoint) const
{
    const QPointF documentPoint = viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(documentPoint, Qt::ExactHit);
}

void ArticleTextView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateMeasure();
}

bool ArticleTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        emit toolTipRequested(documentPositionAt(help->pos()), help->globalPos());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ArticleTextView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_exactSelection = event->modifiers().testFlag(Qt::AltModifier);
    m_extending = event->modifiers().testFlag(Qt::ShiftModifier);
    QTextEdit::mousePressEvent(event);
}

void ArticleTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    const bool click = (event->position().toPoint() - m_pressPos).manhattanLength() < kDragThreshold;
    if (event->button() == Qt::LeftButton && textCursor().hasSelection() && (!click || m_extending))
        emit mouseSelectionMade(m_exactSelection);
    if (event->button() == Qt::LeftButton && click && !textCursor().hasSelection()) {
        const int position = documentPositionAt(event->position().toPoint());
        if (position >= 0)
            emit clickedAt(position);
    }
}

void ArticleTextView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    bool separated = false;
    for (const QPointer<QAction> &action : std::as_const(m_contextActions)) {
        if (!action)
            continue;
        if (!separated) {
            menu->addSeparator();
            separated = true;
        }
        menu->addAction(action);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ArticleTextView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        emit paletteChanged();
    else if (event->type() == QEvent::FontChange)
        updateMeasure();
}

void ArticleTextView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    const QList<ExtraSelection> selections = extraSelections();
    QSet<QRgb> analysts;
    for (const ExtraSelection &selection : selections) {
        const QVariant color = selection.format.property(HighlightLayer::kAnalystColorProperty);
        if (color.isValid())
            analysts.insert(color.value<QColor>().rgb());
    }
    // One analyst's reading needs no telling apart.
    if (analysts.size() < 2)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (const ExtraSelection &selection : selections) {
        const QVariant color = selection.format.property(HighlightLayer::kAnalystColorProperty);
        if (!color.isValid() || !selection.cursor.hasSelection())
            continue;
        const int start = selection.cursor.selectionStart();
        const int end = selection.cursor.selectionEnd();
        QPainterPath outline;
        for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
             block = block.next()) {
            const QRectF blockRect = layout->blockBoundingRect(block).translated(offset);
            if (!blockRect.intersects(event->rect()))
                continue;
            const QTextLayout *lines = block.layout();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                const int lineStart = block.position() + line.textStart();
                const int lineEnd = lineStart + line.textLength();
                if (lineEnd <= start || lineStart >= end)
                    continue;
                const qreal x1 = line.cursorToX(qMax(start, lineStart) - block.position());
                const qreal x2 = line.cursorToX(qMin(end, lineEnd) - block.position());
                const QRectF rect(blockRect.left() + qMin(x1, x2), blockRect.top() + line.y(), qAbs(x2 - x1), line.height());
                outline.addRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3);
            }
        }
        painter.setPen(QPen(color.value<QColor>(), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(outline.simplified());
    }
}

} // namespace glossa
