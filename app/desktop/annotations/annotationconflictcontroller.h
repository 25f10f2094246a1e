#pragma once

#include "model/annotation.h"

#include <QObject>

class QWidget;

namespace glossa {

class Workspace;

// Settles an edit refused because someone else changed the annotation meanwhile (another
// window, glossa-cli, a colleague on the team library): shows both versions and lets the
// analyst keep theirs (already on screen) or save their own over it, as an edit of its own
// that undo takes back.
class AnnotationConflictController : public QObject
{
    Q_OBJECT
public:
    AnnotationConflictController(Workspace *workspace, QWidget *dialogParent);

private:
    void offer(const Annotation &mine, const Annotation &theirs);

    Workspace *m_workspace;
    QWidget *m_dialogParent;
};

} // namespace glossa
