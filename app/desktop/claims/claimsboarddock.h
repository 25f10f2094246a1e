#pragma once

#include <QDockWidget>

namespace glossa {

class ClaimsBoard;
class Workspace;

// The claims board as a dock of the main window (View ▸ Claims Board toggles it).
class ClaimsBoardDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ClaimsBoardDock(Workspace *workspace, QWidget *parent = nullptr);

    ClaimsBoard *board() const { return m_board; }

private:
    ClaimsBoard *m_board;
};

} // namespace glossa
