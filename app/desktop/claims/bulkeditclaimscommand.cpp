#include "bulkeditclaimscommand.h"

#include "workspace.h"

#include <QSet>

namespace glossa {

BulkEditClaimsCommand::BulkEditClaimsCommand(Workspace *workspace, const QList<Annotation> &before,
                                             const QList<Annotation> &after, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_before(before), m_after(after)
{
    Q_ASSERT(before.size() == after.size());
}

void BulkEditClaimsCommand::redo()
{
    write(m_after);
}

void BulkEditClaimsCommand::undo()
{
    write(m_before);
}

void BulkEditClaimsCommand::write(QList<Annotation> annotations)
{
    AnnotationStore store = m_workspace->annotations();
    if (!store.updateAll(annotations)) {
        m_workspace->reportStorageError(tr("The claims could not be saved: %1").arg(store.lastError()));
        // Dropped from the history, so it never claims a state the file does not have.
        setObsolete(true);
        return;
    }
    QSet<qint64> notified;
    for (const Annotation &annotation : annotations) {
        if (!notified.contains(annotation.articleId)) {
            notified.insert(annotation.articleId);
            m_workspace->notifyAnnotationsChanged(annotation.articleId);
        }
    }
}

} // namespace glossa
