#include "documentreader.h"

#include "dumpparser.h"
#include "htmlreader.h"
#include "jsonlinesreader.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace glossa {

namespace {

bool firstLineIsArticleObject(QStringView text)
{
    const qsizetype newline = text.indexOf(u'\n');
    const QStringView first = (newline < 0 ? text : text.left(newline)).trimmed();
    if (!first.startsWith(u'{') || !first.endsWith(u'}'))
        return false;
    const QJsonDocument json = QJsonDocument::fromJson(first.toUtf8());
    return json.isObject()
           && (json.object().contains(QLatin1String("title")) || json.object().contains(QLatin1String("text")));
}

} // namespace

DocumentReader::Format DocumentReader::detectFormat(const QString &text, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;

    // Saved pages are not always named .html; content decides for everything else.
    QStringView head = QStringView(text).left(4096).trimmed();
    while (head.startsWith(u"<!--")) {
        const qsizetype end = head.indexOf(u"-->");
        if (end < 0)
            break;
        head = head.mid(end + 3).trimmed();
    }
    if (head.startsWith(u"<!doctype html", Qt::CaseInsensitive) || head.startsWith(u"<html", Qt::CaseInsensitive))
        return Format::Html;
    if (head.startsWith(u"<?xml", Qt::CaseInsensitive) && head.contains(u"<html", Qt::CaseInsensitive))
        return Format::Html;

    // Checked last and only on the first line, so a dump whose first line happens to
    // start with '{' is still a dump unless that line really is an article record.
    if (suffix == QLatin1String("json") || head.startsWith(u'{')) {
        if (firstLineIsArticleObject(text))
            return Format::JsonLines;
    }
    return Format::Text;
}

ParsedDocument DocumentReader::read(const QByteArray &bytes, const QString &fileName,
                                    const LayoutProfileSet &profiles)
{
    const DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        ParsedDocument refused;
        refused.error = decoded.error;
        return refused;
    }

    ParsedDocument document;
    switch (detectFormat(decoded.text, fileName)) {
    case Format::JsonLines:
        document = JsonLinesReader::read(decoded.text, profiles);
        break;
    case Format::Html:
        document = HtmlReader::read(decoded.text, profiles);
        break;
    case Format::Text:
        document = DumpParser(profiles).parse(decoded.text);
        break;
    }
    document.encoding = decoded.encoding;
    if (!document.ok())
        document.pages.clear(); // a refusal never carries half a result
    return document;
}

} // namespace glossa
