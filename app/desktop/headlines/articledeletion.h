#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace glossa {

class HeadlineView;
class Workspace;

// Article ▸ Delete Article…: deletes the articles selected in the list (Delete while the list has
// the focus), as one undoable edit. Asks first when they carry annotations, which go with them.
class ArticleDeletion : public QObject
{
    Q_OBJECT
public:
    ArticleDeletion(Workspace *workspace, HeadlineView *view, QWidget *window);

    QAction *deleteAction() const { return m_delete; }
    // Deletes \a articleIds; false when the analyst said no or the library refused.
    bool deleteArticles(const QList<qint64> &articleIds);

private:
    bool confirm(const QList<qint64> &articleIds, const QString &firstTitle, int annotations);

    Workspace *m_workspace;
    HeadlineView *m_view;
    QWidget *m_window;
    QAction *m_delete;
};

} // namespace glossa
