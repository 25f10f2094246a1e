#include "readingcontroller.h"

#include "headlineview.h"
#include "edits/setreadcommand.h"
#include "edits/setstarredcommand.h"
#include "workspace.h"

#include <QSettings>
#include <QSignalBlocker>

namespace glossa {

namespace {
const char kMarkReadKey[] = "reading/markReadOnOpen";
} // namespace

ReadingController::ReadingController(Workspace *workspace, HeadlineView *view, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_view(view)
{
    connect(view, &HeadlineView::currentArticleChanged, this, &ReadingController::onArticleChosen);
    connect(workspace, &Workspace::articleRequested, this, &ReadingController::showArticle);
    connect(workspace, &Workspace::libraryOpened, this, &ReadingController::reset);
    // The article being read was deleted (here, by undo of its import, or by another desk).
    connect(workspace, &Workspace::contentChanged, this, [this] {
        if (m_currentId != 0 && !m_workspace->articles().summary(m_currentId))
            reset();
    });
}

bool ReadingController::markReadOnOpen()
{
    return QSettings().value(kMarkReadKey, true).toBool();
}

void ReadingController::setMarkReadOnOpen(bool enabled)
{
    QSettings().setValue(kMarkReadKey, enabled);
}

void ReadingController::onArticleChosen(qint64 articleId)
{
    if (articleId == 0)
        return; // the list lost its selection (a new filter); keep reading what is open
    setCurrent(articleId, 0);
    if (!markReadOnOpen() || m_workspace->isReadOnly())
        return;
    // Opening is navigation, not an edit: it is written directly and kept off the undo stack,
    // or Ctrl+Z after a few J presses would unread articles instead of undoing the last edit.
    ArticleStore store = m_workspace->articles();
    const std::optional<ArticleSummary> summary = store.summary(articleId);
    if (!summary || summary->read)
        return;
    if (store.setRead(articleId, true))
        m_workspace->notifyArticleStateChanged(articleId);
    else
        m_workspace->reportStorageError(tr("The article could not be marked read: %1").arg(store.lastError()));
}

void ReadingController::showArticle(qint64 articleId, qint64 annotationId)
{
    if (articleId == 0)
        return;
    // Selecting the row would count as opening it (and mark it read): select it silently.
    {
        const QSignalBlocker blocker(m_view);
        if (!m_view->selectArticle(articleId))
            m_view->clearSelection();
    }
    setCurrent(articleId, annotationId);
}

void ReadingController::reset()
{
    m_currentId = 0;
    m_view->forgetCurrentArticle();
    emit articleShown(0, 0);
    emit currentArticleChanged(0);
}

void ReadingController::setCurrent(qint64 articleId, qint64 annotationId)
{
    const bool changed = articleId != m_currentId;
    m_currentId = articleId;
    emit articleShown(articleId, annotationId);
    if (changed)
        emit currentArticleChanged(articleId);
}

void ReadingController::toggleRead()
{
    const std::optional<ArticleSummary> summary = m_workspace->articles().summary(m_currentId);
    if (!summary)
        return;
    m_workspace->undoStack()->push(new SetReadCommand(m_workspace, m_currentId, summary->title, !summary->read));
}

void ReadingController::toggleStarred()
{
    const std::optional<ArticleSummary> summary = m_workspace->articles().summary(m_currentId);
    if (!summary)
        return;
    m_workspace->undoStack()->push(
        new SetStarredCommand(m_workspace, m_currentId, summary->title, !summary->starred));
}

} // namespace glossa
