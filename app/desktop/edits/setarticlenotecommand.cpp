#include "setarticlenotecommand.h"

#include "workspace.h"

namespace glossa {

SetArticleNoteCommand::SetArticleNoteCommand(Workspace *workspace, qint64 articleId, const QString &before,
                                             const QString &after, bool continuesBurst, QUndoCommand *parent)
    : ArticleEditCommand(workspace, articleId, Change::ArticleState, parent), m_before(before), m_after(after),
      m_continuesBurst(continuesBurst)
{
    setText(tr("Edit Article Note"));
}

void SetArticleNoteCommand::redo()
{
    write(m_after, m_before);
}

void SetArticleNoteCommand::undo()
{
    write(m_before, m_after);
}

bool SetArticleNoteCommand::mergeWith(const QUndoCommand *other)
{
    auto *next = dynamic_cast<const SetArticleNoteCommand *>(other);
    if (!next || !next->m_continuesBurst || next->articleId() != articleId() || next->isObsolete())
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typing back to where it started leaves nothing to undo
    return true;
}

void SetArticleNoteCommand::write(const QString &note, const QString &basedOn)
{
    ArticleStore store = workspace()->articles();
    // Over the note this edit started from only: a note changed meanwhile is offered, not lost.
    const bool ok = store.setNote(articleId(), note, basedOn);
    if (const std::optional<ArticleNoteVersion> theirs = store.lastNoteConflict()) {
        workspace()->reportArticleNoteConflict(articleId(), note, *theirs);
        finish(false, QString());
        return;
    }
    const QString reason = store.lastError().isEmpty() ? tr("the article is no longer in the library") : store.lastError();
    finish(ok, tr("The article note could not be saved: %1").arg(reason));
}

} // namespace glossa
