#pragma once

#include <QSplitter>
#include <functional>

namespace glossa {

// The three panes side by side (the headline list, the reader, the sidebar), sharing the width
// the reader first. The list and the sidebar keep the widths the analyst gave them while the
// reader has at least its floor; when the window, or a dock opened beside them, leaves less,
// they narrow to their own least widths, then the sidebar folds away, then the list. None of
// them asks the window for more width than that least: nothing forces the window wider.
class PaneSplitter : public QSplitter
{
    Q_OBJECT
public:
    // \a readerFloor: the reader's least width in pixels (a measure of its font, which zooms).
    PaneSplitter(QWidget *list, QWidget *reader, QWidget *sidebar, std::function<int()> readerFloor,
                 QWidget *parent = nullptr);

    // The widths the panes have now, and the ones the analyst chose (kept across a narrow spell).
    QByteArray saveChoice() const;
    void restoreChoice(const QByteArray &state);
    // Shares the width again (after the reader's font changed).
    void share();

    static constexpr int kListLeast = 240;
    static constexpr int kSidebarLeast = 220;

protected:
    void resizeEvent(QResizeEvent *event) override;
    // The first resize arrives before the splitter is visible, where share() waits.
    void showEvent(QShowEvent *event) override;

private:
    void remember(int pos, int index);

    std::function<int()> m_readerFloor;
    // What the analyst chose by dragging a handle (0: dragged shut); -1 until then, for a share
    // of the width.
    int m_listChoice = -1;
    int m_sidebarChoice = -1;
    bool m_sharing = false;
};

} // namespace glossa
