#include "whereelselauncher.h"

#include "annotations/annotationsidebar.h"
#include "whereelsepanel.h"
#include "workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QListView>
#include <QMainWindow>

namespace glossa {

WhereElseLauncher::WhereElseLauncher(Workspace *workspace, AnnotationSidebar *sidebar, QWidget *dialogParent)
    : QObject(sidebar), m_workspace(workspace), m_sidebar(sidebar), m_dialogParent(dialogParent)
{
    m_action = new QAction(tr("&Where Else?…"), this);
    m_action->setObjectName(QStringLiteral("whereElseAction"));
    m_action->setToolTip(tr("Find the other articles that carry this passage"));
    sidebar->addContextAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { open(m_sidebar->selectedAnnotation()); });
    connect(sidebar->listView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WhereElseLauncher::updateEnabled);
    connect(sidebar->listView()->model(), &QAbstractItemModel::modelReset, this, &WhereElseLauncher::updateEnabled);
    updateEnabled();
}

WhereElsePanel *WhereElseLauncher::open(qint64 annotationId)
{
    if (!m_dock) {
        auto *window = qobject_cast<QMainWindow *>(m_dialogParent.data());
        m_dock = new WhereElseDock(m_workspace, m_dialogParent);
        if (window) {
            QDockWidget *neighbour = nullptr;
            for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
                if (dock != m_dock && dock->isVisible() && !dock->isFloating()
                    && window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
                    neighbour = dock;
            }
            window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
            if (neighbour)
                window->tabifyDockWidget(neighbour, m_dock);
            else // a strip under the reader: the reader keeps most of the height
                window->resizeDocks({m_dock}, {qMax(160, window->height() / 4)}, Qt::Vertical);
        }
    }
    if (!m_dock->panel()->searchFor(annotationId))
        return nullptr;
    m_dock->show();
    m_dock->raise();
    return m_dock->panel();
}

void WhereElseLauncher::updateEnabled()
{
    m_action->setEnabled(m_sidebar->selectedAnnotation() != 0);
}

} // namespace glossa
