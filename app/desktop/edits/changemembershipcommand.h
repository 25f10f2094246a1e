#pragma once

#include "collectionedit.h"

#include <QCoreApplication>
#include <QList>

namespace glossa {

// Puts articles into a collection, or takes them out. The command holds only the articles the
// edit really changes (those not yet in, or those that were in), so undo never removes an
// article that was already in the collection before, nor adds one that was not.
class ChangeMembershipCommand : public CollectionEdit
{
    Q_DECLARE_TR_FUNCTIONS(ChangeMembershipCommand)
public:
    enum class Change { Add, Remove };

    ChangeMembershipCommand(Workspace *workspace, Change change, qint64 collectionId, const QString &collectionName,
                            const QList<qint64> &articleIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(bool add);

    Change m_change;
    qint64 m_collectionId;
    QList<qint64> m_articleIds;
};

} // namespace glossa
