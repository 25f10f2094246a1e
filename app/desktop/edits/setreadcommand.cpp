#include "setreadcommand.h"

#include "undotitle.h"
#include "workspace.h"

namespace glossa {

SetReadCommand::SetReadCommand(Workspace *workspace, qint64 articleId, const QString &title, bool read,
                                   QUndoCommand *parent)
    : ArticleEditCommand(workspace, articleId, Change::ArticleState, parent), m_read(read)
{
    setText((read ? tr("Mark “%1” Read") : tr("Mark “%1” Unread")).arg(UndoTitle::shortened(title)));
}

void SetReadCommand::redo()
{
    write(m_read);
}

// The state is a single flag, so the state before is simply the other one (the window only
// pushes this command when the flag actually changes).
void SetReadCommand::undo()
{
    write(!m_read);
}

void SetReadCommand::write(bool read)
{
    ArticleStore store = workspace()->articles();
    const bool ok = store.setRead(articleId(), read);
    const QString reason = store.lastError().isEmpty() ? tr("the article is no longer in the library") : store.lastError();
    finish(ok, tr("The article's state could not be saved: %1").arg(reason));
}

} // namespace glossa
