#include "setarticletagscommand.h"

#include "workspace.h"

namespace glossa {

SetArticleTagsCommand::SetArticleTagsCommand(Workspace *workspace, qint64 articleId, const QStringList &before,
                                             const QStringList &after, QUndoCommand *parent)
    : ArticleEditCommand(workspace, articleId, Change::ArticleState, parent), m_before(before), m_after(after)
{
    setText(tr("Edit Article Tags"));
}

void SetArticleTagsCommand::redo()
{
    write(m_after);
}

void SetArticleTagsCommand::undo()
{
    write(m_before);
}

void SetArticleTagsCommand::write(const QStringList &tags)
{
    ArticleStore store = workspace()->articles();
    const bool ok = store.setTags(articleId(), tags);
    finish(ok, tr("The article tags could not be saved: %1").arg(store.lastError()));
}

} // namespace glossa
