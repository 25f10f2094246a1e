#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace glossa {

// The files File ▸ Export… can write. Every one but PdfReport is a core writer's bytes; the PDF
// is the HTML report laid out by Qt (core may not use Gui).
enum class ExportFormat { Markdown, Csv, W3cJson, HtmlReport, PdfReport, ClaimReview };

// What the window says about each format: its name, its file suffix and a default file name.
class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)
public:
    static QList<ExportFormat> all();
    static QString label(ExportFormat format);
    static QString suffix(ExportFormat format); // without the dot
    static QString defaultFileName(ExportFormat format);
    // One QFileDialog name filter, e.g. "Markdown brief (*.md)".
    static QString nameFilter(ExportFormat format);
};

} // namespace glossa
