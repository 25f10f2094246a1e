#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace glossa {

class Workspace;

// Marks one article read or not; undo puts back the state it had before.
class SetReadCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(glossa::SetReadCommand)
public:
    SetReadCommand(Workspace *workspace, qint64 articleId, const QString &title, bool read, bool wasBefore,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(bool read, bool showArticle);

    Workspace *m_workspace;
    qint64 m_articleId;
    bool m_read;
    bool m_before;
    bool m_firstRedo = true;
};

} // namespace glossa
