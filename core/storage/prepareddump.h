#pragma once

#include "model/article.h"
#include "model/parsedpage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace glossa {

// One page made ready to store: its canonical text, block ranges and content hash.
struct PreparedPage
{
    int page = 0; // index in the document
    QByteArray hash;  // contentHash(), hex
    QByteArray body;  // the canonical text in UTF-8, as stored
    QList<Block> blocks; // UTF-16 ranges of the canonical text
    QByteArray headlines; // the page's ticker headlines as a JSON array (UTF-8); empty when none
};

// Everything ArticleWriter stores for one file that can be computed without the library:
// hashes, canonical texts, the compressed raw bytes. Pure CPU work, so the importer does it
// on a worker thread while the thread that owns the connection writes the previous files.
struct PreparedDump
{
    QString fileName;
    QString sha256;          // of the raw bytes
    qint64 byteSize = 0;     // of the raw bytes
    QByteArray compressed;   // the raw bytes, RawDumpCodec::compress'ed
    ParsedDocument document; // what the reader made of the bytes, pages without blocks or ticker
    QList<PreparedPage> pages; // one per document page, in order

    static PreparedDump prepare(const QString &fileName, const QByteArray &raw, const ParsedDocument &document);
};

} // namespace glossa
