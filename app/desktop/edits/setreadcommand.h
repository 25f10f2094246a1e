#pragma once

#include "articleeditcommand.h"

#include <QCoreApplication>

namespace glossa {

// Marks one article read or not read; undo puts back the state it had before.
class SetReadCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetReadCommand)
public:
    SetReadCommand(Workspace *workspace, qint64 articleId, const QString &title, bool read,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(bool read);

    bool m_read;
};

} // namespace glossa
