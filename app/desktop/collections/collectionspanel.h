#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace glossa {

class CollectionListModel;
class Workspace;

// The collections (case files) as a list: click one to show its articles in the headline list,
// drop articles from the list onto one to add them, and create, rename or delete collections
// (each an undoable step). "All articles" at the top shows the whole library again.
class CollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsPanel(Workspace *workspace, QWidget *parent = nullptr);

    CollectionListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // The collection whose row is current; 0 for "All articles" or none.
    qint64 currentCollectionId() const;

public slots:
    // Follows the headline list's filter (without asking to filter again).
    void setCurrentCollection(qint64 collectionId);
    // Without dialogs, for the buttons' dialogs and for scripts; false or 0 when refused (a
    // message says why).
    qint64 createCollection(const QString &name);
    bool renameCollection(qint64 collectionId, const QString &name);
    bool deleteCollection(qint64 collectionId);
    int addArticles(qint64 collectionId, const QList<qint64> &articleIds);
    // With dialogs: ask for a name.
    void chooseNew();
    void chooseRename();
    void deleteCurrent();
    // Blind review for every article of a collection (an undoable edit).
    void setBlind(qint64 collectionId, bool blind);

signals:
    // The analyst picked a collection (0: all articles) to show in the headline list.
    void collectionChosen(qint64 collectionId);

private:
    void reload();
    void updateButtons();
    void showContextMenu(const QPoint &position);
    void complain(const QString &message);

    Workspace *m_workspace;
    CollectionListModel *m_model;
    QListView *m_view;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    bool m_following = false;
};

} // namespace glossa
