#include "jsonlinesreader.h"

#include "dumpparser.h"
#include "isodate.h"
#include "languageguesser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace glossa {

namespace {

// Returns false when key holds something other than a string (null counts as absent).
bool stringField(const QJsonObject &object, const char *key, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

} // namespace

ParsedDocument JsonLinesReader::read(const QString &text, const LayoutProfileSet &profiles)
{
    ParsedDocument document;
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        auto refuse = [&](const QString &reason) {
            ParsedDocument refused;
            refused.error = QStringLiteral("line %1: %2").arg(lineNumber).arg(reason);
            return refused;
        };
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return refuse(QStringLiteral("invalid JSON (%1)").arg(parseError.errorString()));
        if (!json.isObject())
            return refuse(QStringLiteral("not a JSON object"));
        const QJsonObject object = json.object();

        QString title, source, published, url, body, language;
        struct Field { const char *key; QString *out; };
        const Field fields[] = {{"title", &title}, {"source", &source}, {"published", &published},
                                {"url", &url}, {"text", &body}, {"language", &language}};
        for (const Field &field : fields) {
            if (!stringField(object, field.key, field.out))
                return refuse(QStringLiteral("\"%1\" is not a string").arg(QLatin1String(field.key)));
            // JSON's \u0000 is the NUL byte that makes a text file binary (TextDecoder refuses
            // those files): the same data refused the same way, whichever way it is written.
            if (field.out->contains(QChar(0)))
                return refuse(QStringLiteral("binary data (\"%1\" contains NUL)").arg(QLatin1String(field.key)));
        }

        title = LayoutProfile::trimLine(title).simplified();
        const QList<ParsedBlock> blocks = DumpParser::toBlocks(body.split(u'\n'), profiles.generic());
        if (title.isEmpty() && blocks.isEmpty())
            continue; // e.g. an index record of the scraper: nothing to read

        ParsedPage page;
        page.title = title;
        page.source = LayoutProfile::trimLine(source);
        page.published = IsoDate::parse(published);
        page.url = url.trimmed();
        page.blocks = blocks;
        page.profile = profiles.generic().name();
        QString sample = title;
        for (const ParsedBlock &block : blocks) {
            if (sample.size() > 4000)
                break;
            sample += u'\n' + block.text;
        }
        // Only the primary subtag is kept ("fr-FR" → "fr"), like the profiles' codes.
        language = language.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        page.language = language.isEmpty() ? LanguageGuesser::guessLanguage(sample) : language;
        page.direction = LanguageGuesser::directionFor(page.language, sample);
        document.pages.append(std::move(page));
    }
    if (document.pages.isEmpty())
        document.error = QStringLiteral("no article found");
    return document;
}

} // namespace glossa
