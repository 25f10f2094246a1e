#include "exportformat.h"

namespace glossa {

QList<ExportFormat> ExportFormats::all()
{
    return {ExportFormat::Markdown,   ExportFormat::Csv,       ExportFormat::W3cJson,
            ExportFormat::HtmlReport, ExportFormat::PdfReport, ExportFormat::ClaimReview,
            ExportFormat::RefiQdaProject, ExportFormat::RefiQdaCodebook};
}

QString ExportFormats::id(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("markdown");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::W3cJson:
        return QStringLiteral("json");
    case ExportFormat::HtmlReport:
        return QStringLiteral("html");
    case ExportFormat::PdfReport:
        return QStringLiteral("pdf");
    case ExportFormat::ClaimReview:
        return QStringLiteral("claimreview");
    case ExportFormat::RefiQdaProject:
        return QStringLiteral("qdpx");
    case ExportFormat::RefiQdaCodebook:
        return QStringLiteral("qdc");
    }
    return QString();
}

std::optional<ExportFormat> ExportFormats::fromId(const QString &id)
{
    for (ExportFormat format : all()) {
        if (ExportFormats::id(format).compare(id, Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString ExportFormats::label(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return tr("Markdown brief");
    case ExportFormat::Csv:
        return tr("CSV spreadsheet (one row per annotation)");
    case ExportFormat::W3cJson:
        return tr("W3C Web Annotations (JSON-LD)");
    case ExportFormat::HtmlReport:
        return tr("HTML report");
    case ExportFormat::PdfReport:
        return tr("PDF report");
    case ExportFormat::ClaimReview:
        return tr("ClaimReview (schema.org JSON-LD)");
    case ExportFormat::RefiQdaProject:
        return tr("REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)");
    case ExportFormat::RefiQdaCodebook:
        return tr("REFI-QDA codebook");
    }
    return QString();
}

QString ExportFormats::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::W3cJson:
    case ExportFormat::ClaimReview:
        return QStringLiteral("json");
    case ExportFormat::HtmlReport:
        return QStringLiteral("html");
    case ExportFormat::PdfReport:
        return QStringLiteral("pdf");
    case ExportFormat::RefiQdaProject:
        return QStringLiteral("qdpx");
    case ExportFormat::RefiQdaCodebook:
        return QStringLiteral("qdc");
    }
    return QString();
}

QString ExportFormats::defaultFileName(ExportFormat format)
{
    // Not translated: file names travel between colleagues whatever their interface language.
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("glossa-brief.md");
    case ExportFormat::Csv:
        return QStringLiteral("glossa-annotations.csv");
    case ExportFormat::W3cJson:
        return QStringLiteral("glossa-annotations.json");
    case ExportFormat::HtmlReport:
        return QStringLiteral("glossa-report.html");
    case ExportFormat::PdfReport:
        return QStringLiteral("glossa-report.pdf");
    case ExportFormat::ClaimReview:
        return QStringLiteral("glossa-claimreview.json");
    case ExportFormat::RefiQdaProject:
        return QStringLiteral("glossa-project.qdpx");
    case ExportFormat::RefiQdaCodebook:
        return QStringLiteral("glossa-codebook.qdc");
    }
    return QString();
}

QString ExportFormats::nameFilter(ExportFormat format)
{
    return tr("%1 (*.%2)").arg(label(format), suffix(format));
}

} // namespace glossa
