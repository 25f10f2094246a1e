#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QPoint;

namespace glossa {

class FilterBar;
class HeadlineView;
class Workspace;

// Collections from the headline list: "Add to Collection ▸" (each collection, then "New
// Collection…") and "Remove from Collection" for the selected articles, in the list's context
// menu and the Article menu. Each edit is one undoable step.
class CollectionActions : public QObject
{
    Q_OBJECT
public:
    CollectionActions(Workspace *workspace, HeadlineView *headlines, FilterBar *filterBar, QMainWindow *window);

    QMenu *addToCollectionMenu() const { return m_addMenu; }
    QAction *removeFromCollectionAction() const { return m_removeAction; }

public slots:
    // Each works on the headline list's selection and returns how many articles it changed.
    int addSelectionTo(qint64 collectionId);
    int removeSelectionFromShownCollection();
    // A new collection holding the selection, in one step; its id, 0 when refused (a message says why).
    qint64 newCollectionFromSelection(const QString &name);
    // Asks for the name, then makes the collection.
    void chooseNewCollectionForSelection();
    void showContextMenu(const QPoint &position);

private:
    void fillAddMenu();
    void updateActions();
    void tell(const QString &message);
    void complain(const QString &message);

    Workspace *m_workspace;
    HeadlineView *m_headlines;
    FilterBar *m_filterBar;
    QMainWindow *m_window;
    QMenu *m_addMenu;
    QAction *m_removeAction;
};

} // namespace glossa
