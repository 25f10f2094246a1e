#include "collectionsdock.h"

#include "collectionspanel.h"

#include <QAction>

namespace glossa {

CollectionsDock::CollectionsDock(Workspace *workspace, QWidget *parent) : QDockWidget(tr("Collections"), parent)
{
    // The object name lets QMainWindow::saveState remember where the analyst put the dock.
    setObjectName(QStringLiteral("collectionsDock"));
    m_panel = new CollectionsPanel(workspace, this);
    setWidget(m_panel);
    toggleViewAction()->setObjectName(QStringLiteral("viewCollectionsAction"));
    toggleViewAction()->setText(tr("Co&llections"));
}

} // namespace glossa
