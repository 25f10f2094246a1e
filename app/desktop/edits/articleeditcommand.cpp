#include "articleeditcommand.h"

namespace glossa {

ArticleEditCommand::ArticleEditCommand(Workspace *workspace, qint64 articleId, Change change, QUndoCommand *parent)
    : EditCommand(workspace, parent), m_articleId(articleId), m_change(change)
{
}

bool ArticleEditCommand::finishAnnotation(bool ok, const QString &error, qint64 annotationId,
                                          Workspace::AnnotationChange change)
{
    Q_ASSERT(m_change == Change::Annotations);
    m_annotationId = annotationId;
    m_annotationChange = change;
    const bool held = finish(ok, error);
    m_annotationId = 0;
    m_annotationChange = Workspace::AnnotationChange::Many;
    return held;
}

void ArticleEditCommand::announce(bool ok)
{
    // What the file holds after a failed write is not what the command meant: reload all.
    const Workspace::AnnotationChange change = ok ? m_annotationChange : Workspace::AnnotationChange::Many;
    if (m_change == Change::Annotations && change != Workspace::AnnotationChange::Many && m_annotationId > 0)
        workspace()->notifyAnnotationChanged(m_articleId, m_annotationId, change);
    else if (m_change == Change::Annotations)
        workspace()->notifyAnnotationsChanged(m_articleId);
    else
        workspace()->notifyArticleStateChanged(m_articleId);
    const bool removed = change == Workspace::AnnotationChange::Removed;
    if (!isFirstRun() && ok)
        workspace()->requestArticle(m_articleId, removed ? 0 : m_annotationId);
}

} // namespace glossa
