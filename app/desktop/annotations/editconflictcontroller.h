#pragma once

#include "model/annotation.h"
#include "storage/articlestore.h"

#include <QObject>

#include <functional>

class QWidget;

namespace glossa {

class Workspace;

// Settles an edit refused because someone else changed the annotation or the article note
// meanwhile (another window, glossa-cli, a colleague on the team library): shows both versions
// and lets the analyst keep theirs or save their own over it, as an edit of its own that undo
// takes back.
class EditConflictController : public QObject
{
    Q_OBJECT
public:
    EditConflictController(Workspace *workspace, QWidget *dialogParent);

private:
    void offer(const Annotation &mine, const Annotation &theirs);
    void offerNote(qint64 articleId, const QString &mine, const ArticleNoteVersion &theirs);
    // The box both offers share: \a saveMine runs when the analyst keeps their own version,
    // \a keepTheirs when they keep the other.
    void ask(const QString &objectName, const QString &title, const QString &text, const QString &versions,
             std::function<void()> saveMine, std::function<void()> keepTheirs);

    Workspace *m_workspace;
    QWidget *m_dialogParent;
};

} // namespace glossa
