#include "setcollectionblindcommand.h"

#include "storage/blindreviewstore.h"
#include "workspace.h"

namespace glossa {

SetCollectionBlindCommand::SetCollectionBlindCommand(Workspace *workspace, qint64 collectionId, const QString &name,
                                                     bool blind, QUndoCommand *parent)
    : CollectionEdit(workspace, parent), m_id(collectionId), m_blind(blind)
{
    setText((blind ? tr("Review Collection “%1” Blind") : tr("End Blind Review of Collection “%1”")).arg(name));
}

void SetCollectionBlindCommand::redo()
{
    write(m_blind);
}

void SetCollectionBlindCommand::undo()
{
    write(!m_blind);
}

void SetCollectionBlindCommand::write(bool blind)
{
    BlindReviewStore store(workspace()->library().database());
    const bool ok = store.setCollectionBlind(m_id, blind);
    finish(ok, tr("The collection's review state could not be saved: %1").arg(store.lastError()));
}

} // namespace glossa
