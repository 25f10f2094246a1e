#include "exportrunner.h"

#include "pdfreportwriter.h"
#include "workspace.h"

namespace glossa {

bool ExportRunner::run(const ExportRequest &request, ExportOutcome *outcome, QString *error) const
{
    if (!m_workspace->isOpen()) {
        *error = tr("No library is open.");
        return false;
    }
    const ExportJob job(m_workspace->library().database(), &PdfReportWriter::save);
    return job.run(request, outcome, error);
}

} // namespace glossa
