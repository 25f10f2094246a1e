#pragma once

#include <QWidget>

namespace glossa {

class ArticleTextView;
class WorthCheckingMarks;

// The strip of the reader's side margin where Worth Checking marks are drawn: on the side where
// lines start in the interface's direction (left, or right in Arabic), beside the text column.
// A mark is a thin bar along its sentence's lines, faint until accepted; hovering it names the
// features, its context menu accepts or dismisses it. Laid over the text view, not its viewport,
// so that scrolling the text does not carry it away.
class WorthCheckingMargin : public QWidget
{
    Q_OBJECT
public:
    WorthCheckingMargin(ArticleTextView *text, WorthCheckingMarks *marks);

    // Follows the text view's size, direction and text column; repaints.
    void place();
    // The bar of the mark at \a index of WorthCheckingMarks::marks(), in this widget's
    // coordinates; empty when off screen.
    QRect markRect(int index) const;
    // The mark under a point of this widget, or -1.
    int markAt(const QPoint &point) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    ArticleTextView *m_text;
    WorthCheckingMarks *m_marks;
};

} // namespace glossa
