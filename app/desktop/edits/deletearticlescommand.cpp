#include "deletearticlescommand.h"

#include "undotitle.h"
#include "workspace.h"

namespace glossa {

DeleteArticlesCommand::DeleteArticlesCommand(Workspace *workspace, const QList<qint64> &articleIds,
                                             const QString &firstTitle, QUndoCommand *parent)
    : EditCommand(workspace, parent), m_articleIds(articleIds)
{
    if (articleIds.size() == 1)
        setText(tr("Delete Article “%1”").arg(UndoTitle::shortened(firstTitle)));
    else
        setText(tr("Delete %n Article(s)", nullptr, int(articleIds.size())));
}

void DeleteArticlesCommand::redo()
{
    ArticleRemoval removal = workspace()->articleRemoval();
    const std::optional<QList<RemovedArticle>> removed = removal.remove(m_articleIds);
    if (removed)
        m_removed = *removed;
    finish(bool(removed), tr("The article could not be deleted: %1").arg(removal.lastError()));
}

void DeleteArticlesCommand::undo()
{
    ArticleRemoval removal = workspace()->articleRemoval();
    const bool ok = removal.restore(m_removed);
    if (ok)
        m_removed.clear();
    finish(ok, tr("The deleted article could not be put back: %1").arg(removal.lastError()));
}

void DeleteArticlesCommand::announce(bool)
{
    // Every view that lists articles, annotations, claims, tags or collections reloads.
    workspace()->notifyContentChanged();
    workspace()->notifyCollectionsChanged();
}

} // namespace glossa
