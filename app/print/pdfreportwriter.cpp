#include "pdfreportwriter.h"

#include "offlinetextdocument.h"
#include "storage/outputguard.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace glossa {

namespace {

// Millimetres: room for binding and notes in the margin, as on a printed brief.
const QMarginsF kMargins(20, 18, 20, 16);
constexpr int kResolution = 300;

// QTextDocument renders a subset of CSS: block margins in px only (the report's em margins are
// dropped), no borders or padding on blocks, no box for unknown elements such as <section>, no
// floats. These rules give the printed report its rhythm within that subset; they come after the
// report's own style, so they win where both apply. (px are scaled to the PDF's resolution.)
const char kPrintStyle[] = "<style>h1{margin-bottom:14px}h2{margin-top:26px;margin-bottom:2px}"
                           ".meta{margin-top:0;margin-bottom:6px}"
                           ".context{margin-top:24px;margin-bottom:4px}"
                           "dl{margin-top:2px;margin-bottom:2px}dt{margin-top:3px}dd{margin-left:18px}"
                           ".note{margin-left:12px;font-style:italic}</style>";

QString withPrintStyle(const QString &html)
{
    QString printable = html;
    const qsizetype head = printable.indexOf(QLatin1String("</head>"), 0, Qt::CaseInsensitive);
    printable.insert(head < 0 ? 0 : head, QLatin1String(kPrintStyle));
    return printable;
}

} // namespace

bool PdfReportWriter::save(const QString &path, const QString &html, QString *error)
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
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMargins,
                                      QPageLayout::Millimeter));
        pdf.setResolution(kResolution);
        pdf.setCreator(QStringLiteral("Glossa"));

        OfflineTextDocument document;
        // Laid out for the PDF's resolution, so point sizes and line breaks are the printed ones.
        document.documentLayout()->setPaintDevice(&pdf);
        document.setHtml(withPrintStyle(html));
        pdf.setTitle(document.metaInformation(QTextDocument::DocumentTitle));

        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error)
                *error = tr("The PDF could not be started.");
            file.cancelWriting();
            return false;
        }
        const QRectF paintRect(QPointF(0, 0), pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
        QFont footerFont = document.defaultFont();
        footerFont.setPointSizeF(8);
        const QFontMetricsF footerMetrics(footerFont, &pdf);
        const qreal footerHeight = footerMetrics.height() * 2;
        const QSizeF pageSize(paintRect.width(), paintRect.height() - footerHeight);
        document.setPageSize(pageSize);

        const int pageCount = document.pageCount();
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                pdf.newPage();
            const QRectF visible(0, page * pageSize.height(), pageSize.width(), pageSize.height());
            painter.save();
            painter.setClipRect(QRectF(QPointF(0, 0), pageSize));
            painter.translate(0, -visible.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible;
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, pageSize.height(), pageSize.width(), footerHeight),
                             Qt::AlignRight | Qt::AlignBottom, tr("%1 / %2").arg(page + 1).arg(pageCount));
        }
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace glossa
