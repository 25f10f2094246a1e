#pragma once

#include <QDockWidget>

class QAction;

namespace glossa {

class AnnotationSearchPanel;
class Workspace;

// Annotation search as a dock of the main window. Its search action (Ctrl+Shift+F) shows the
// dock and puts the cursor in its field; View ▸ Annotation Search toggles it.
class AnnotationSearchDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AnnotationSearchDock(Workspace *workspace, QWidget *window);

    AnnotationSearchPanel *panel() const { return m_panel; }
    QAction *searchAction() const { return m_searchAction; }

public slots:
    void showAndFocus();

private:
    AnnotationSearchPanel *m_panel;
    QAction *m_searchAction;
};

} // namespace glossa
