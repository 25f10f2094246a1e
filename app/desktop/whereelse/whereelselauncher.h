#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace glossa {

class AnnotationSidebar;
class WhereElseDock;
class WhereElsePanel;
class Workspace;

// "Where Else?…" in the annotation cards' context menu: searches for the highlight selected in
// the sidebar in the Where Else dock (made on first use, docked under the reader, tabbed with a
// dock already there), so that the list never covers the article it leads to.
class WhereElseLauncher : public QObject
{
    Q_OBJECT
public:
    WhereElseLauncher(Workspace *workspace, AnnotationSidebar *sidebar, QWidget *dialogParent);

    QAction *action() const { return m_action; }
    // Shows the dock searching for one annotation; nullptr when it no longer exists.
    WhereElsePanel *open(qint64 annotationId);

private:
    void updateEnabled();

    Workspace *m_workspace;
    AnnotationSidebar *m_sidebar;
    QPointer<QWidget> m_dialogParent;
    WhereElseDock *m_dock = nullptr;
    QAction *m_action;
};

} // namespace glossa
