#include "pdfreportwriter.h"

#include "briefpages.h"
#include "storage/outputguard.h"

#include <QSaveFile>

#include <cairo-pdf.h>
#include <cairo.h>

namespace glossa {

namespace {

struct Sink
{
    QSaveFile *file;
    bool failed = false;
};

cairo_status_t writeTo(void *closure, const unsigned char *data, unsigned int length)
{
    auto *sink = static_cast<Sink *>(closure);
    if (sink->file->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
        sink->failed = true;
        return CAIRO_STATUS_WRITE_ERROR;
    }
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
    Sink sink{&file};
    cairo_surface_t *surface =
        cairo_pdf_surface_create_for_stream(writeTo, &sink, BriefPages::kPageWidth, BriefPages::kPageHeight);
    const QByteArray title = brief.title().toUtf8();
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Glossa");
    cairo_t *cr = cairo_create(surface);
    {
        const BriefPages pages(cr, brief);
        pages.paint(cr);
    }
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (drawn != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS || sink.failed) {
        if (error)
            *error = sink.failed ? file.errorString()
                                 : tr("The PDF could not be made: %1")
                                       .arg(QString::fromUtf8(cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished)));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace glossa
