#include "claimsboarddock.h"

#include "claimsboard.h"

#include <QAction>

namespace glossa {

ClaimsBoardDock::ClaimsBoardDock(Workspace *workspace, QWidget *parent) : QDockWidget(tr("Claims Board"), parent)
{
    // The object name lets QMainWindow::saveState remember where the analyst put the dock.
    setObjectName(QStringLiteral("claimsBoardDock"));
    m_board = new ClaimsBoard(workspace, this);
    setWidget(m_board);
    toggleViewAction()->setObjectName(QStringLiteral("viewClaimsBoardAction"));
    toggleViewAction()->setText(tr("&Claims Board"));
}

} // namespace glossa
