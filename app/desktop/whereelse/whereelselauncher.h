#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace glossa {

class AnnotationSidebar;
class WhereElseDialog;
class Workspace;

// "Where Else?…" in the annotation cards' context menu: opens a WhereElseDialog for the
// highlight selected in the sidebar.
class WhereElseLauncher : public QObject
{
    Q_OBJECT
public:
    WhereElseLauncher(Workspace *workspace, AnnotationSidebar *sidebar, QWidget *dialogParent);

    QAction *action() const { return m_action; }
    // Opens the dialog for one annotation; nullptr when it no longer exists.
    WhereElseDialog *open(qint64 annotationId);

private:
    void updateEnabled();

    Workspace *m_workspace;
    AnnotationSidebar *m_sidebar;
    QPointer<QWidget> m_dialogParent;
    QAction *m_action;
};

} // namespace glossa
