#pragma once

#include <QTextDocument>

namespace glossa {

// A text document that loads no resource at all. QTextDocument's own loadResource() falls back
// to reading local files (and a QTextEdit's override only covers the first step), so the
// reader's document refuses here: an article never makes Glossa read a file or a URL.
class OfflineTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return QVariant(); }
};

} // namespace glossa
