#include "setstarredcommand.h"

#include "workspace.h"

namespace glossa {

namespace {
// Long titles would make Edit ▸ Undo as wide as the screen.
QString shortTitle(const QString &title)
{
    return title.size() > 40 ? title.left(39) + QChar(0x2026) : title;
}
} // namespace

SetStarredCommand::SetStarredCommand(Workspace *workspace, qint64 articleId, const QString &title, bool starred,
                             bool wasBefore, QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_articleId(articleId), m_starred(starred), m_before(wasBefore)
{
    setText((starred ? tr("Star “%1”") : tr("Unstar “%1”")).arg(shortTitle(title)));
}

void SetStarredCommand::redo()
{
    // The first redo is the user's own action on the article in front of them; later ones
    // (and every undo) may concern an article they have since left, so bring it back.
    apply(m_starred, !m_firstRedo);
    m_firstRedo = false;
}

void SetStarredCommand::undo()
{
    apply(m_before, true);
}

void SetStarredCommand::apply(bool starred, bool showArticle)
{
    ArticleStore store = m_workspace->articles();
    if (!store.setStarred(m_articleId, starred)) {
        m_workspace->reportStorageError(tr("Could not save the article's state: %1").arg(store.lastError()));
        return;
    }
    m_workspace->notifyArticleStateChanged(m_articleId);
    if (showArticle)
        m_workspace->requestArticle(m_articleId);
}

} // namespace glossa
