#pragma once

#include "exportrequest.h"

#include <QCoreApplication>

namespace glossa {

class Workspace;

// Carries out one export: resolves the scope to articles, has the right writer render them and
// saves the file atomically (QSaveFile), so that a failure leaves no half-written file behind.
// Exporting is not an edit of the library: nothing here touches the undo stack.
class ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)
public:
    explicit ExportRunner(Workspace *workspace) : m_workspace(workspace) {}

    // False with a sentence for the analyst in *error when nothing (or nothing complete) was written.
    bool run(const ExportRequest &request, ExportOutcome *outcome, QString *error) const;

private:
    bool resolveScope(const ExportRequest &request, QList<qint64> *articleIds, QString *error) const;

    Workspace *m_workspace;
};

} // namespace glossa
