#include "bulkeditclaimscommand.h"

#include "workspace.h"

#include <QSet>

namespace glossa {

BulkEditClaimsCommand::BulkEditClaimsCommand(Workspace *workspace, const QList<Annotation> &before,
                                             const QList<Annotation> &after, const QString &text,
                                             QUndoCommand *parent)
    : EditCommand(workspace, parent), m_before(before), m_after(after)
{
    setText(text);
    Q_ASSERT(before.size() == after.size());
    for (const Annotation &annotation : before)
        m_versions << annotation.version;
}

void BulkEditClaimsCommand::redo()
{
    write(m_after);
}

void BulkEditClaimsCommand::undo()
{
    write(m_before);
}

void BulkEditClaimsCommand::write(const QList<Annotation> &annotations)
{
    QList<Annotation> stored = annotations;
    // Each based on the row as the previous write left it (see EditAnnotationCommand).
    for (qsizetype i = 0; i < stored.size(); ++i)
        stored[i].version = m_versions.value(i);
    AnnotationStore store = workspace()->annotations();
    const bool ok = store.updateAll(stored);
    if (ok) {
        for (qsizetype i = 0; i < stored.size(); ++i)
            m_versions[i] = stored.at(i).version;
    }
    m_written = stored;
    finish(ok, tr("The claims could not be saved: %1").arg(store.lastError()));
    m_written.clear();
}

void BulkEditClaimsCommand::announce(bool ok)
{
    // A refused bulk write changed nothing (one transaction): there is nothing to reload.
    if (!ok)
        return;
    QSet<qint64> notified;
    for (const Annotation &annotation : std::as_const(m_written)) {
        if (!notified.contains(annotation.articleId)) {
            notified.insert(annotation.articleId);
            workspace()->notifyAnnotationsChanged(annotation.articleId);
        }
    }
}

} // namespace glossa
