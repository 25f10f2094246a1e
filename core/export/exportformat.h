#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace glossa {

// The one list of export formats, for File ▸ Export… and glossa-cli export alike. Every one but
// PdfReport is a core writer's bytes; the PDF is the Brief laid out on pages, which needs fonts
// and a layout engine, so ExportJob takes that step from the caller (ExportJob::PageWriter).
enum class ExportFormat { Markdown, Csv, W3cJson, HtmlReport, PdfReport, ClaimReview, RefiQdaProject, RefiQdaCodebook };

// What is said about each format: its name in the window, its name on the command line, its file
// suffix and a default file name.
class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)
public:
    static QList<ExportFormat> all();
    // glossa-cli's --format names: markdown, csv, json, html, pdf, claimreview, qdpx, qdc.
    static QString id(ExportFormat format);
    static std::optional<ExportFormat> fromId(const QString &id); // case-insensitive
    // Laid out on pages by the caller's PageWriter (the PDF report).
    static bool needsPageLayout(ExportFormat format) { return format == ExportFormat::PdfReport; }
    static QString label(ExportFormat format);
    static QString suffix(ExportFormat format); // without the dot
    static QString defaultFileName(ExportFormat format);
    // One QFileDialog name filter, e.g. "Markdown brief (*.md)".
    static QString nameFilter(ExportFormat format);
};

} // namespace glossa
