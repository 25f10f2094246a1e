#include "setarticletagscommand.h"

#include "workspace.h"

namespace glossa {

SetArticleTagsCommand::SetArticleTagsCommand(Workspace *workspace, qint64 articleId, const QStringList &before,
                                             const QStringList &after, bool continuesBurst, QUndoCommand *parent)
    : ArticleEditCommand(workspace, articleId, Change::ArticleState, parent), m_before(before), m_after(after),
      m_continuesBurst(continuesBurst)
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

bool SetArticleTagsCommand::mergeWith(const QUndoCommand *other)
{
    auto *next = dynamic_cast<const SetArticleTagsCommand *>(other);
    if (!next || !next->m_continuesBurst || next->articleId() != articleId() || next->isObsolete())
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void SetArticleTagsCommand::write(const QStringList &tags)
{
    ArticleStore store = workspace()->articles();
    const bool ok = store.setTags(articleId(), tags);
    finish(ok, tr("The article tags could not be saved: %1").arg(store.lastError()));
}

} // namespace glossa
