#include "pdfreportwriter.h"

#include "actualtextstamp.h"
#include "briefpages.h"
#include "textlayer.h"
#include "storage/outputguard.h"

#include <QSaveFile>

#include <cairo-pdf.h>
#include <cairo.h>

namespace glossa {

namespace {

// Cairo's PDF, kept in memory: its text layer is finished (ActualTextStamp) before it is saved.
cairo_status_t writeTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

bool PdfReportWriter::save(const QString &path, const Brief &brief, QString *error)
{
    const OutputGuard guard(path);
    if (!guard.ok()) {
        if (error)
            *error = guard.refusal();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray drawnPdf;
    cairo_surface_t *surface =
        cairo_pdf_surface_create_for_stream(writeTo, &drawnPdf, BriefPages::kPageWidth, BriefPages::kPageHeight);
    const QByteArray title = brief.title().toUtf8();
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Glossa");
    cairo_t *cr = cairo_create(surface);
    TextLayer layer;
    TextLayer::attach(cr, &layer);
    {
        const BriefPages pages(cr, brief);
        pages.paint(cr);
    }
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (drawn != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS) {
        if (error)
            *error = tr("The PDF could not be made: %1")
                         .arg(QString::fromUtf8(cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished)));
        file.cancelWriting();
        return false;
    }
    const QByteArray pdf = ActualTextStamp::apply(drawnPdf, layer.actualTexts(), error);
    if (pdf.isEmpty()) {
        file.cancelWriting();
        return false;
    }
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace glossa
