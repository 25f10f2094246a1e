#pragma once

#include "articleeditcommand.h"

#include <QCoreApplication>

namespace glossa {

// Blind review of one article: makes it blind (each analyst sees only their own annotations
// until done) or not, or marks it done or not done for the analyst at the desk. Undo puts the
// flag back; the open article shows or hides others' annotations accordingly.
class SetReviewFlagCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetReviewFlagCommand)
public:
    enum class Flag { Blind, Done };

    SetReviewFlagCommand(Workspace *workspace, qint64 articleId, const QString &title, Flag flag, bool on,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(bool on);

    Flag m_flag;
    bool m_on;
};

} // namespace glossa
