#pragma once

#include "editcommand.h"
#include "model/annotation.h"

#include <QCoreApplication>
#include <QList>

namespace glossa {

class Workspace;

// One edit of many annotations at once (a verdict or a tag given to a selection on the claims
// board): every annotation before and after is kept, and undo / redo write one list or the
// other in a single transaction. It is not an ArticleEditCommand because that base is bound to
// one article; this one spans the library and notifies each article it touched.
class BulkEditClaimsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkEditClaimsCommand)
public:
    BulkEditClaimsCommand(Workspace *workspace, const QList<Annotation> &before, const QList<Annotation> &after,
                          const QString &text, QUndoCommand *parent = nullptr);

    // The annotations after \a change, for those it changes; the rest are left out.
    template<typename Change>
    static QList<Annotation> changed(const QList<Annotation> &before, Change change, QList<Annotation> *unchanged)
    {
        QList<Annotation> after;
        for (const Annotation &annotation : before) {
            Annotation edited = annotation;
            change(edited);
            if (edited.sameContent(annotation))
                continue;
            after << edited;
            if (unchanged)
                unchanged->append(annotation);
        }
        return after;
    }

    void redo() override;
    void undo() override;

    int count() const { return int(m_after.size()); }

protected:
    void announce(bool ok) override;

private:
    void write(const QList<Annotation> &annotations);

    QList<Annotation> m_written; // what the write in progress stored, for announce()
    QList<Annotation> m_before;
    QList<Annotation> m_after;
    QList<int> m_versions; // each row's version the next write is based on
};

} // namespace glossa
