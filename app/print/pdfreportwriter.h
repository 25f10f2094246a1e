#pragma once

#include <QCoreApplication>
#include <QString>

namespace glossa {

// The HTML report as a paginated A4 PDF: laid out by QTextDocument (which loads no resource:
// the report is self-contained and an article must never make Glossa fetch anything), painted
// page by page with a page number in the footer, and written through QSaveFile so a failure
// leaves no partial PDF.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    static bool save(const QString &path, const QString &html, QString *error = nullptr);
};

} // namespace glossa
