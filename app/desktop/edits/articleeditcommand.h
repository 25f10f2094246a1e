#pragma once

#include "editcommand.h"
#include "workspace.h"

namespace glossa {

// An edit of one article: its annotations, or its own state (read, starred, note, tags). Besides
// telling the views, it brings the article into view when history is replayed: undoing an edit
// made in another article opens that article on the edited annotation.
class ArticleEditCommand : public EditCommand
{
public:
    enum class Change { Annotations, ArticleState };

protected:
    ArticleEditCommand(Workspace *workspace, qint64 articleId, Change change, QUndoCommand *parent);

    // finish() for a command that added, edited or removed one annotation: the views update
    // that one instead of reloading the article's annotations. A removed one is not brought
    // into view when history is replayed.
    bool finishAnnotation(bool ok, const QString &error, qint64 annotationId, Workspace::AnnotationChange change);

    void announce(bool ok) override;

    qint64 articleId() const { return m_articleId; }

private:
    qint64 m_articleId;
    Change m_change;
    // What the write in progress did, for announce(); Many (reload all) unless finishAnnotation said.
    qint64 m_annotationId = 0;
    Workspace::AnnotationChange m_annotationChange = Workspace::AnnotationChange::Many;
};

} // namespace glossa
