#pragma once

#include "articleeditcommand.h"

#include <QCoreApplication>

namespace glossa {

// Marks one article starred or not starred; undo puts back the state it had before.
class SetStarredCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStarredCommand)
public:
    SetStarredCommand(Workspace *workspace, qint64 articleId, const QString &title, bool starred,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(bool starred);

    bool m_starred;
};

} // namespace glossa
