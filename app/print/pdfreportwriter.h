#pragma once

#include "export/brief.h"

#include <QCoreApplication>
#include <QString>

namespace glossa {

// The brief as a paginated A4 PDF whose text can be searched and copied: laid out with Pango
// and written by Cairo's PDF surface (see BriefPages and app/print/README.md for why not
// QPdfWriter), through QSaveFile so a failure leaves no partial PDF. The one place that writes
// PDFs, for the desktop app and glossa-cli alike. Nothing is loaded from outside: the brief is
// the whole input.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    static bool save(const QString &path, const Brief &brief, QString *error = nullptr);
};

} // namespace glossa
