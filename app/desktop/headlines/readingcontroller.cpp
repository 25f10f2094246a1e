#include "readingcontroller.h"

#include "headlineview.h"
#include "preferences/preferences.h"
#include "edits/setreadcommand.h"
#include "edits/setstarredcommand.h"
#include "workspace.h"

#include <QSignalBlocker>

namespace glossa {

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
    m_markReadTimer.setSingleShot(true);
    connect(&m_markReadTimer, &QTimer::timeout, this, [this] {
        if (m_pendingReadId == m_currentId)
            markRead(m_pendingReadId);
    });
}

bool ReadingController::markReadOnOpen()
{
    return Preferences::markRead() != Preferences::MarkRead::Manually;
}

void ReadingController::setMarkReadOnOpen(bool enabled)
{
    // "When opened" switched on again keeps the delay the Preferences dialog chose.
    Preferences::setMarkRead(enabled ? (Preferences::markReadDelaySeconds() > 0 ? Preferences::MarkRead::AfterDelay
                                                                                : Preferences::MarkRead::OnOpen)
                                     : Preferences::MarkRead::Manually,
                             Preferences::markReadDelaySeconds());
}

void ReadingController::onArticleChosen(qint64 articleId)
{
    if (articleId == 0)
        return; // the list lost its selection (a new filter); keep reading what is open
    setCurrent(articleId, 0);
    m_markReadTimer.stop();
    switch (Preferences::markRead()) {
    case Preferences::MarkRead::Manually:
        return;
    case Preferences::MarkRead::AfterDelay:
        // Read when it stayed open that long: passing through with J/K marks nothing.
        m_pendingReadId = articleId;
        m_markReadTimer.start(Preferences::markReadDelaySeconds() * 1000);
        return;
    case Preferences::MarkRead::OnOpen:
        markRead(articleId);
        return;
    }
}

void ReadingController::markRead(qint64 articleId)
{
    if (m_workspace->isReadOnly() || !m_workspace->isOpen())
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
    m_markReadTimer.stop();
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
