#include "setstarredcommand.h"

#include "undotitle.h"
#include "workspace.h"

namespace glossa {

SetStarredCommand::SetStarredCommand(Workspace *workspace, qint64 articleId, const QString &title, bool starred,
                                   QUndoCommand *parent)
    : ArticleEditCommand(workspace, articleId, Change::ArticleState, parent), m_starred(starred)
{
    setText((starred ? tr("Star “%1”") : tr("Unstar “%1”")).arg(UndoTitle::shortened(title)));
}

void SetStarredCommand::redo()
{
    write(m_starred);
}

// The state is a single flag, so the state before is simply the other one (the window only
// pushes this command when the flag actually changes).
void SetStarredCommand::undo()
{
    write(!m_starred);
}

void SetStarredCommand::write(bool starred)
{
    ArticleStore store = workspace()->articles();
    const bool ok = store.setStarred(articleId(), starred);
    const QString reason = store.lastError().isEmpty() ? tr("the article is no longer in the library") : store.lastError();
    finish(ok, tr("The article's state could not be saved: %1").arg(reason));
}

} // namespace glossa
