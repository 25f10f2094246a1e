#pragma once

#include "workspace.h"

#include <QUndoCommand>

namespace glossa {

// What every annotation-related undo command does after touching the library: tell the views,
// report a failed write, and when history is replayed bring the article into view (undoing an
// edit made in another article opens that article on the edited annotation).
class WorkspaceCommand : public QUndoCommand
{
public:
    enum class Change { Annotations, ArticleState };

protected:
    WorkspaceCommand(Workspace *workspace, qint64 articleId, Change change, QUndoCommand *parent);

    // Call at the end of redo() and undo(). On failure the error is reported and the command
    // marks itself obsolete, so QUndoStack drops it and the history never claims a state the
    // file does not have.
    void finish(bool ok, const QString &error, qint64 annotationId);
    // finish() for a command that added, edited or removed one annotation: the views update
    // that one instead of reloading the article's annotations. A removed one is not brought
    // into view when history is replayed.
    void finishAnnotation(bool ok, const QString &error, qint64 annotationId, Workspace::AnnotationChange change);

    Workspace *workspace() const { return m_workspace; }
    qint64 articleId() const { return m_articleId; }
    // True while the first redo() runs, i.e. when the command is pushed.
    bool isFirstRun() const { return m_firstRun; }

private:
    void complete(bool ok, const QString &error, qint64 annotationId, Workspace::AnnotationChange change);

    Workspace *m_workspace;
    qint64 m_articleId;
    Change m_change;
    bool m_firstRun = true;
};

} // namespace glossa
