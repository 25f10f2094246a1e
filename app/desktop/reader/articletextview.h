#pragma once

#include <QList>
#include <QPointer>
#include <QTextEdit>

class QAction;

namespace glossa {

// The read-only text surface of the reader. It keeps the text to a comfortable measure
// (about 70 characters, centred), never loads a resource, and reports where the pointer is so
// the reader can answer hovers and clicks on highlights. When the highlights come from several
// analysts, each is outlined in its analyst's colour.
class ArticleTextView : public QTextEdit
{
    Q_OBJECT
public:
    explicit ArticleTextView(QWidget *parent = nullptr);

    // Actions added under the standard Copy / Select All entries of the context menu.
    void setContextActions(const QList<QAction *> &actions);
    // The document position of the character under a viewport point, or -1 off the text.
    int documentPositionAt(const QPoint &viewportPoint) const;
    // Re-centres the text column; called on resize and after the document or font changes.
    void updateMeasure();

signals:
    // A left click that did not select anything, at this document position.
    void clickedAt(int documentPosition);
    // A selection made with the mouse (a drag, or Shift+click) ended; exact when Alt was held
    // as it started (the reader snaps the others to whole words).
    void mouseSelectionMade(bool exact);
    // The viewport asks for a tooltip at this document position.
    void toolTipRequested(int documentPosition, const QPoint &globalPos);
    void paletteChanged();

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointer<QAction>> m_contextActions;
    QPoint m_pressPos;
    bool m_exactSelection = false;
    bool m_extending = false;
};

} // namespace glossa
