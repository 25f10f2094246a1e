#pragma once

#include "editcommand.h"
#include "storage/articleremoval.h"

#include <QCoreApplication>
#include <QList>

namespace glossa {

// Deletes articles with everything on them (annotations, claims, tags, memberships). Undo puts
// them back exactly, with the same ids, so the rest of the history still applies to them.
class DeleteArticlesCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteArticlesCommand)
public:
    DeleteArticlesCommand(Workspace *workspace, const QList<qint64> &articleIds, const QString &firstTitle,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

protected:
    void announce(bool ok) override;

private:
    QList<qint64> m_articleIds;
    QList<RemovedArticle> m_removed; // what undo puts back; empty while the articles are in
};

} // namespace glossa
