#include "setreadcommand.h"

#include "workspace.h"

namespace glossa {

namespace {
// Long titles would make Edit ▸ Undo as wide as the screen.
QString shortTitle(const QString &title)
{
    return title.size() > 40 ? title.left(39) + QChar(0x2026) : title;
}
} // namespace

SetReadCommand::SetReadCommand(Workspace *workspace, qint64 articleId, const QString &title, bool read,
                             bool wasBefore, QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_articleId(articleId), m_read(read), m_before(wasBefore)
{
    setText((read ? tr("Mark “%1” read") : tr("Mark “%1” unread")).arg(shortTitle(title)));
}

void SetReadCommand::redo()
{
    // The first redo is the user's own action on the article in front of them; later ones
    // (and every undo) may concern an article they have since left, so bring it back.
    apply(m_read, !m_firstRedo);
    m_firstRedo = false;
}

void SetReadCommand::undo()
{
    apply(m_before, true);
}

void SetReadCommand::apply(bool read, bool showArticle)
{
    ArticleStore store = m_workspace->articles();
    if (!store.setRead(m_articleId, read)) {
        m_workspace->reportStorageError(tr("Could not save the article's state: %1").arg(store.lastError()));
        return;
    }
    m_workspace->notifyArticleStateChanged(m_articleId);
    if (showArticle)
        m_workspace->requestArticle(m_articleId);
}

} // namespace glossa
