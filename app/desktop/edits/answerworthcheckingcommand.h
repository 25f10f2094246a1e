#pragma once

#include "articleeditcommand.h"
#include "model/checkworthyfeedback.h"

#include <QCoreApplication>
#include <optional>

namespace glossa {

// The analyst's answer to a "Worth Checking" mark in the reader: accepted (the sentence is worth
// checking) or dismissed (it is not), kept to tune the features later. Undo takes the answer back
// and puts back the one it replaced, if any.
class AnswerWorthCheckingCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnswerWorthCheckingCommand)
public:
    AnswerWorthCheckingCommand(Workspace *workspace, const CheckWorthyFeedback &answer, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CheckWorthyFeedback m_answer;
    std::optional<CheckWorthyFeedback> m_replaced; // the analyst's earlier answer, read at the first redo
    bool m_readReplaced = false;
    qint64 m_written = 0; // the row redo() wrote
};

} // namespace glossa
