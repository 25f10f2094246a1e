#include "workspacecommand.h"

#include "workspace.h"

namespace glossa {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, qint64 articleId, Change change, QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_articleId(articleId), m_change(change)
{
}

void WorkspaceCommand::finish(bool ok, const QString &error, qint64 annotationId)
{
    complete(ok, error, annotationId, Workspace::AnnotationChange::Many);
}

void WorkspaceCommand::finishAnnotation(bool ok, const QString &error, qint64 annotationId,
                                        Workspace::AnnotationChange change)
{
    Q_ASSERT(m_change == Change::Annotations);
    complete(ok, error, annotationId, change);
}

void WorkspaceCommand::complete(bool ok, const QString &error, qint64 annotationId, Workspace::AnnotationChange change)
{
    if (!ok) {
        m_workspace->reportStorageError(error);
        setObsolete(true);
        // What the file holds after a failed write is not what the command meant: reload all.
        change = Workspace::AnnotationChange::Many;
    }
    const bool replay = !m_firstRun;
    m_firstRun = false;
    if (m_change == Change::Annotations && change != Workspace::AnnotationChange::Many && annotationId > 0)
        m_workspace->notifyAnnotationChanged(m_articleId, annotationId, change);
    else if (m_change == Change::Annotations)
        m_workspace->notifyAnnotationsChanged(m_articleId);
    else
        m_workspace->notifyArticleStateChanged(m_articleId);
    const bool removed = change == Workspace::AnnotationChange::Removed;
    if (replay && ok)
        m_workspace->requestArticle(m_articleId, removed ? 0 : annotationId);
}

} // namespace glossa
