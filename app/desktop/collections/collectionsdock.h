#pragma once

#include <QDockWidget>

namespace glossa {

class CollectionsPanel;
class Workspace;

// The collections panel as a dock of the main window (View ▸ Collections toggles it).
class CollectionsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CollectionsDock(Workspace *workspace, QWidget *parent = nullptr);

    CollectionsPanel *panel() const { return m_panel; }

private:
    CollectionsPanel *m_panel;
};

} // namespace glossa
