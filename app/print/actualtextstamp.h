#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace glossa {

// The finished PDF again, each marked-content span TextLayer opened given its line's text as
// /ActualText: Cairo 1.16 writes `/Span <</MCID n>> BDC` and has no way to add ActualText, so
// qpdf reads each page's content stream token by token and rewrites those operators (the
// structure tree, which points at the MCIDs, stays as Cairo wrote it). The ActualText spans
// Cairo put inside a line for its multi-glyph clusters go: poppler does not nest ActualText, and
// an inner one would cut the line's short.
class ActualTextStamp
{
    Q_DECLARE_TR_FUNCTIONS(ActualTextStamp)
public:
    // texts[page][mcid]; an empty QByteArray and *error when the PDF cannot be read or a page's
    // spans do not match its lines.
    static QByteArray apply(const QByteArray &pdf, const std::vector<QStringList> &texts, QString *error);
};

} // namespace glossa
