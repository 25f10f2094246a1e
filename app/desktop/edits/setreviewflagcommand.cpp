#include "setreviewflagcommand.h"

#include "storage/blindreviewstore.h"
#include "undotitle.h"
#include "workspace.h"

namespace glossa {

SetReviewFlagCommand::SetReviewFlagCommand(Workspace *workspace, qint64 articleId, const QString &title, Flag flag,
                                           bool on, QUndoCommand *parent)
    : ArticleEditCommand(workspace, articleId, Change::ArticleState, parent), m_flag(flag), m_on(on)
{
    const QString shortTitle = UndoTitle::shortened(title);
    if (flag == Flag::Blind)
        setText((on ? tr("Review “%1” Blind") : tr("End Blind Review of “%1”")).arg(shortTitle));
    else
        setText((on ? tr("Mark “%1” Done") : tr("Mark “%1” Not Done")).arg(shortTitle));
}

void SetReviewFlagCommand::redo()
{
    write(m_on);
}

// One flag, so the state before is the other one (the window pushes this command only when
// the flag changes).
void SetReviewFlagCommand::undo()
{
    write(!m_on);
}

void SetReviewFlagCommand::write(bool on)
{
    BlindReviewStore store(workspace()->library().database());
    const bool ok = m_flag == Flag::Blind ? store.setArticleBlind(articleId(), on) : store.setDone(articleId(), on);
    finish(ok, tr("The article's review state could not be saved: %1").arg(store.lastError()));
}

} // namespace glossa
