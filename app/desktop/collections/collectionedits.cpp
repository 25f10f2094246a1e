#include "collectionedits.h"

#include "edits/changemembershipcommand.h"
#include "edits/createcollectioncommand.h"
#include "edits/deletecollectioncommand.h"
#include "edits/renamecollectioncommand.h"
#include "workspace.h"

#include <QSet>

namespace glossa {

CollectionEdits::CollectionEdits(Workspace *workspace) : m_workspace(workspace) {}

bool CollectionEdits::checkName(const QString &name, qint64 renaming)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        m_error = tr("A collection needs a name.");
        return false;
    }
    const qint64 existing = m_workspace->collections().idOf(simplified);
    if (existing != 0 && existing != renaming) {
        m_error = tr("There is already a collection named “%1”.").arg(simplified);
        return false;
    }
    return true;
}

bool CollectionEdits::push(QUndoCommand *command)
{
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    stack->push(command);
    // A refused write made the command obsolete, and the stack dropped it instead of adding it.
    if (stack->index() > before)
        return true;
    m_error = tr("The library refused the change.");
    return false;
}

qint64 CollectionEdits::create(const QString &name, const QList<qint64> &articleIds)
{
    m_error.clear();
    if (!m_workspace->isOpen() || !checkName(name, 0))
        return 0;
    auto *command = new CreateCollectionCommand(m_workspace, name, articleIds);
    // The stack deletes a refused command; read its id only once it is known to be kept.
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    stack->push(command);
    if (stack->index() == before) {
        m_error = tr("The library refused the change.");
        return 0;
    }
    return command->collectionId();
}

bool CollectionEdits::rename(qint64 collectionId, const QString &name)
{
    m_error.clear();
    if (!m_workspace->isOpen())
        return false;
    const std::optional<Collection> collection = m_workspace->collections().collection(collectionId);
    if (!collection) {
        m_error = tr("That collection no longer exists.");
        return false;
    }
    if (!checkName(name, collectionId) || collection->name == name.simplified())
        return false;
    return push(new RenameCollectionCommand(m_workspace, collectionId, collection->name, name));
}

bool CollectionEdits::remove(qint64 collectionId)
{
    m_error.clear();
    if (!m_workspace->isOpen())
        return false;
    const CollectionStore store = m_workspace->collections();
    const std::optional<Collection> collection = store.collection(collectionId);
    if (!collection) {
        m_error = tr("That collection no longer exists.");
        return false;
    }
    return push(new DeleteCollectionCommand(m_workspace, *collection, store.articleIds(collectionId)));
}

int CollectionEdits::addArticles(qint64 collectionId, const QList<qint64> &articleIds)
{
    return changeMembership(collectionId, articleIds, ChangeMembershipCommand::Change::Add);
}

int CollectionEdits::removeArticles(qint64 collectionId, const QList<qint64> &articleIds)
{
    return changeMembership(collectionId, articleIds, ChangeMembershipCommand::Change::Remove);
}

int CollectionEdits::changeMembership(qint64 collectionId, const QList<qint64> &articleIds,
                                      ChangeMembershipCommand::Change change)
{
    m_error.clear();
    if (!m_workspace->isOpen())
        return 0;
    const CollectionStore store = m_workspace->collections();
    const std::optional<Collection> collection = store.collection(collectionId);
    if (!collection)
        return 0;
    const QList<qint64> memberList = store.articleIds(collectionId);
    const QSet<qint64> members(memberList.cbegin(), memberList.cend());
    // Only the articles the edit really changes, each once, in the order given: a selection of
    // thousands of rows must not turn into a quadratic scan.
    const bool adding = change == ChangeMembershipCommand::Change::Add;
    QList<qint64> changing;
    QSet<qint64> seen;
    for (qint64 id : articleIds) {
        if (id > 0 && members.contains(id) != adding && !seen.contains(id)) {
            seen.insert(id);
            changing << id;
        }
    }
    if (changing.isEmpty())
        return 0;
    return push(new ChangeMembershipCommand(m_workspace, change, collectionId, collection->name, changing))
        ? int(changing.size())
        : 0;
}

} // namespace glossa
