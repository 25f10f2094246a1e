#pragma once

#include "articleeditcommand.h"
#include "model/annotation.h"

#include <QCoreApplication>

namespace glossa {

// Decisions of an article's final layer (Adjudicator): every agreed claim accepted, or one
// side of a claim taken, with the editor's own verdict if given. The first redo decides;
// undo takes the decisions back out and puts back the ones they replaced; redo again puts
// the same decisions back (same rows, same UUIDs).
class DecideClaimsCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecideClaimsCommand)
public:
    // Every agreed claim of the article.
    static DecideClaimsCommand *acceptAgreed(Workspace *workspace, qint64 articleId);
    // One side (an analyst's claim, by UUID); \a verdict replaces its verdict when not empty.
    static DecideClaimsCommand *accept(Workspace *workspace, qint64 articleId, const QString &sideUuid,
                                       const QString &verdict = QString());

    void redo() override;
    void undo() override;
    // How many decisions the first redo made (0: nothing to accept).
    int decisionCount() const { return int(m_added.size()); }

private:
    DecideClaimsCommand(Workspace *workspace, qint64 articleId, const QString &sideUuid, const QString &verdict);

    QString m_sideUuid; // empty: every agreed claim
    QString m_verdict;
    QList<Annotation> m_added;   // the decisions made
    QList<Annotation> m_removed; // the decisions they replaced
};

} // namespace glossa
