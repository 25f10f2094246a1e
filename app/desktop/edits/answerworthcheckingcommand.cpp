#include "answerworthcheckingcommand.h"

#include "storage/checkworthyfeedbackstore.h"
#include "undotitle.h"
#include "workspace.h"

namespace glossa {

AnswerWorthCheckingCommand::AnswerWorthCheckingCommand(Workspace *workspace, const CheckWorthyFeedback &answer,
                                                       QUndoCommand *parent)
    : ArticleEditCommand(workspace, answer.articleId, Change::ArticleState, parent), m_answer(answer)
{
    const QString sentence = UndoTitle::shortened(answer.sentence);
    setText(answer.decision == CheckWorthyFeedback::Decision::Accepted ? tr("Accept “%1” as Worth Checking").arg(sentence)
                                                                       : tr("Dismiss “%1” as Not Worth Checking").arg(sentence));
}

void AnswerWorthCheckingCommand::redo()
{
    CheckWorthyFeedbackStore store(workspace()->library().database());
    if (!m_readReplaced) {
        m_replaced = store.answer(m_answer.articleId, m_answer.start, m_answer.end);
        m_readReplaced = true;
    }
    m_written = store.record(m_answer);
    finish(m_written > 0, tr("The answer to the mark could not be saved: %1").arg(store.lastError()));
}

void AnswerWorthCheckingCommand::undo()
{
    CheckWorthyFeedbackStore store(workspace()->library().database());
    bool ok = store.forget(m_written);
    if (ok && m_replaced)
        ok = store.record(*m_replaced) > 0;
    finish(ok, tr("The answer to the mark could not be taken back: %1").arg(store.lastError()));
}

} // namespace glossa
