#pragma once

#include "edits/changemembershipcommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QUndoCommand;

namespace glossa {

class Workspace;

// Every change to collections the desktop app makes, each as one command on the workspace's undo
// stack. The checks a command cannot undo its way out of (a blank or taken name, nothing that
// would change) happen here, before anything is pushed; errorText() then says why.
class CollectionEdits
{
    Q_DECLARE_TR_FUNCTIONS(CollectionEdits)
public:
    explicit CollectionEdits(Workspace *workspace);

    // The new collection's id (with \a articleIds in it already); 0 when refused.
    qint64 create(const QString &name, const QList<qint64> &articleIds = {});
    bool rename(qint64 collectionId, const QString &name);
    bool remove(qint64 collectionId);
    // How many articles went in (or out); 0 when none would.
    int addArticles(qint64 collectionId, const QList<qint64> &articleIds);
    int removeArticles(qint64 collectionId, const QList<qint64> &articleIds);

    QString errorText() const { return m_error; }

private:
    bool checkName(const QString &name, qint64 renaming);
    bool push(QUndoCommand *command);
    int changeMembership(qint64 collectionId, const QList<qint64> &articleIds, ChangeMembershipCommand::Change change);

    Workspace *m_workspace;
    QString m_error;
};

} // namespace glossa
