#include "workspacecommand.h"

#include "workspace.h"

namespace glossa {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, qint64 articleId, Change change, QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_articleId(articleId), m_change(change)
{
}

void WorkspaceCommand::finish(bool ok, const QString &error, qint64 annotationId)
{
    if (!ok) {
        m_workspace->reportStorageError(error);
        setObsolete(true);
    }
    const bool replay = !m_firstRun;
    m_firstRun = false;
    if (m_change == Change::Annotations)
        m_workspace->notifyAnnotationsChanged(m_articleId);
    else
        m_workspace->notifyArticleStateChanged(m_articleId);
    if (replay && ok)
        m_workspace->requestArticle(m_articleId, annotationId);
}

} // namespace glossa
