#include "prepareddump.h"

#include "articlewriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace glossa {

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
            page.headlines = QJsonDocument(QJsonArray::fromStringList(headlines)).toJson(QJsonDocument::Compact);
        dump.pages.append(page);
    }
    return dump;
}

} // namespace glossa
