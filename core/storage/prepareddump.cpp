#include "prepareddump.h"

#include "articlewriter.h"

#include <QCryptographicHash>

namespace glossa {

namespace {

// The headlines as a JSON array in UTF-8, the form page_headlines stores. Written by hand:
// QJsonDocument builds a tree of values first, work the import does not need.
// JSON needs only the quote, the backslash and control characters escaped.
QByteArray jsonArray(const QStringList &texts)
{
    QByteArray json;
    json.reserve(texts.size() * 80);
    json += '[';
    for (const QString &text : texts) {
        if (json.size() > 1)
            json += ',';
        json += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            if (c == '"' || c == '\\') {
                json += '\\';
                json += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                json += "\\u00";
                json += hex[(c >> 4) & 0xf];
                json += hex[c & 0xf];
            } else {
                json += c;
            }
        }
        json += '"';
    }
    json += ']';
    return json;
}

} // namespace

PreparedDump PreparedDump::prepare(const QString &fileName, const QByteArray &raw, const ParsedDocument &document)
{
    PreparedDump dump;
    dump.fileName = fileName;
    dump.sha256 = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    dump.byteSize = raw.size();
    dump.compressed = qCompress(raw, kCompressionLevel);
    dump.document = document;
    dump.pages.reserve(document.pages.size());
    for (int i = 0; i < document.pages.size(); ++i) {
        PreparedPage page;
        page.page = i;
        const QString text = ArticleWriter::canonicalText(document.pages.at(i), &page.blocks);
        page.hash = ArticleWriter::contentHash(document.pages.at(i), text).toLatin1();
        page.body = text.toUtf8();
        const QStringList &headlines = document.pages.at(i).headlines;
        if (!headlines.isEmpty())
            page.headlines = jsonArray(headlines);
        dump.pages.append(page);
    }
    return dump;
}

} // namespace glossa
