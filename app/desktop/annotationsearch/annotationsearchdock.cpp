#include "annotationsearchdock.h"

#include "annotationsearchpanel.h"

#include <QAction>
#include <QLineEdit>

namespace glossa {

AnnotationSearchDock::AnnotationSearchDock(Workspace *workspace, QWidget *window)
    : QDockWidget(tr("Annotation Search"), window)
{
    // The object name lets QMainWindow::saveState remember where the analyst put the dock.
    setObjectName(QStringLiteral("annotationSearchDock"));
    m_panel = new AnnotationSearchPanel(workspace, this);
    setWidget(m_panel);
    toggleViewAction()->setObjectName(QStringLiteral("viewAnnotationSearchAction"));
    toggleViewAction()->setText(tr("A&nnotation Search"));

    m_searchAction = new QAction(tr("Search &Annotations"), window);
    m_searchAction->setObjectName(QStringLiteral("searchAnnotationsAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAction->setToolTip(tr("Search the quotes, notes and tags of every annotation"));
    // On the window, like the other main actions, so the shortcut works wherever the focus is.
    window->addAction(m_searchAction);
    connect(m_searchAction, &QAction::triggered, this, &AnnotationSearchDock::showAndFocus);
}

void AnnotationSearchDock::showAndFocus()
{
    show();
    raise();
    m_panel->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_panel->searchField()->selectAll();
}

} // namespace glossa
