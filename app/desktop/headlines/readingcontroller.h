#pragma once

#include <QObject>
#include <QTimer>

namespace glossa {

class HeadlineView;
class Workspace;

// Which article is open and its reading state: opening from the list (marking it read when the
// analyst wants that), the M and S toggles as undoable commands, and requests to show an article
// that come from elsewhere (undo of an edit made in another article).
class ReadingController : public QObject
{
    Q_OBJECT
public:
    ReadingController(Workspace *workspace, HeadlineView *view, QObject *parent = nullptr);

    qint64 currentArticleId() const { return m_currentId; }

    // Whether opening marks read (at once or after the Preferences' delay); on by default, like
    // most feed readers. Kept by Preferences.
    static bool markReadOnOpen();
    static void setMarkReadOnOpen(bool enabled);

public slots:
    void toggleRead();
    void toggleStarred();
    // Shows an article without marking it read: the analyst did not choose to open it.
    void showArticle(qint64 articleId, qint64 annotationId = 0);
    // Another library: nothing is open.
    void reset();

signals:
    // The reader and sidebar should show this article (0: nothing) and, when given, annotation.
    void articleShown(qint64 articleId, qint64 annotationId);
    void currentArticleChanged(qint64 articleId);

private:
    void onArticleChosen(qint64 articleId);
    void setCurrent(qint64 articleId, qint64 annotationId);
    void markRead(qint64 articleId);

    Workspace *m_workspace;
    HeadlineView *m_view;
    qint64 m_currentId = 0;
    QTimer m_markReadTimer;
    qint64 m_pendingReadId = 0;
};

} // namespace glossa
