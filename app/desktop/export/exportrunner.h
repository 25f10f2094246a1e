#pragma once

#include "exportrequest.h"

#include <QCoreApplication>

namespace glossa {

class Workspace;

// The window's side of an export: the open library's ExportJob, with app/print laying out the
// PDF brief. Exporting is not an edit of the library: nothing here touches the undo stack.
class ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)
public:
    explicit ExportRunner(Workspace *workspace) : m_workspace(workspace) {}

    // False with a sentence for the analyst in *error when nothing (or nothing complete) was written.
    bool run(const ExportRequest &request, ExportOutcome *outcome, QString *error) const;

private:
    Workspace *m_workspace;
};

} // namespace glossa
