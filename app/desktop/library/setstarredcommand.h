#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace glossa {

class Workspace;

// Marks one article starred or not; undo puts back the state it had before.
class SetStarredCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(glossa::SetStarredCommand)
public:
    SetStarredCommand(Workspace *workspace, qint64 articleId, const QString &title, bool starred, bool wasBefore,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(bool starred, bool showArticle);

    Workspace *m_workspace;
    qint64 m_articleId;
    bool m_starred;
    bool m_before;
    bool m_firstRedo = true;
};

} // namespace glossa
