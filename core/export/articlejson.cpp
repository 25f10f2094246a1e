#include "articlejson.h"

#include "model/codepoints.h"

namespace glossa {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue ArticleJson::claim(const std::optional<Claim> &claim)
{
    if (!claim)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {QStringLiteral("kind"), claim->kind},
        {QStringLiteral("verdict"), claim->verdict},
        {QStringLiteral("claimant"), claim->claimant},
        {QStringLiteral("evidence"), claim->evidence},
        {QStringLiteral("summary"), textOrNull(claim->summary)},
        {QStringLiteral("claimant_kind"), textOrNull(claim->claimantKind)},
    };
    object.insert(QStringLiteral("confidence"),
                  claim->confidence ? QJsonValue(*claim->confidence) : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonValue ArticleJson::analyst(const Analyst &analyst)
{
    if (!analyst.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), analyst.uuid},
                       {QStringLiteral("name"), analyst.name},
                       {QStringLiteral("initials"), analyst.displayInitials()}};
}

QJsonObject ArticleJson::annotation(const Annotation &annotation, const QString &text)
{
    return QJsonObject{
        {QStringLiteral("id"), annotation.id},
        {QStringLiteral("uuid"), annotation.uuid},
        {QStringLiteral("analyst"), analyst(annotation.analyst)},
        {QStringLiteral("layer"), Annotation::layerName(annotation.layer)},
        {QStringLiteral("start"), CodePoints::fromUtf16(text, annotation.anchor.start)},
        {QStringLiteral("end"), CodePoints::fromUtf16(text, annotation.anchor.end)},
        {QStringLiteral("exact"), annotation.anchor.exact},
        {QStringLiteral("prefix"), annotation.anchor.prefix},
        {QStringLiteral("suffix"), annotation.anchor.suffix},
        {QStringLiteral("color"), annotation.color},
        {QStringLiteral("note"), annotation.note},
        {QStringLiteral("note_format"), annotation.noteFormat.isEmpty() ? QString(Annotation::kPlainText) : annotation.noteFormat},
        {QStringLiteral("foreign_id"), textOrNull(annotation.foreignId)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(annotation.tags)},
        {QStringLiteral("claim"), claim(annotation.claim)},
        {QStringLiteral("orphaned"), annotation.orphaned},
        {QStringLiteral("created"), annotation.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("modified"), annotation.modified.toString(Qt::ISODateWithMs)},
    };
}

QJsonObject ArticleJson::summary(const ArticleSummary &summary)
{
    QJsonObject object{
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("source"), textOrNull(summary.source)},
        {QStringLiteral("published"), dateOrNull(summary.published)},
        {QStringLiteral("annotations"), summary.annotationCount},
        {QStringLiteral("read"), summary.read},
        {QStringLiteral("starred"), summary.starred},
    };
    if (!summary.snippet.isEmpty()) {
        QString snippet = summary.snippet;
        // Matches are marked with STX/ETX in core; JSON readers get plain brackets.
        snippet.replace(QChar(0x02), QLatin1Char('[')).replace(QChar(0x03), QLatin1Char(']'));
        object.insert(QStringLiteral("snippet"), snippet);
        if (summary.snippetOfNote)
            object.insert(QStringLiteral("snippet_of"), QStringLiteral("note"));
    }
    return object;
}

QJsonObject ArticleJson::article(const Article &article, const QList<Annotation> &annotations)
{
    QJsonArray blocks;
    for (const Block &block : article.blocks) {
        blocks.append(QJsonObject{
            {QStringLiteral("kind"), Block::kindName(block.kind)},
            {QStringLiteral("text"), article.blockText(block)},
            {QStringLiteral("start"), CodePoints::fromUtf16(article.text, block.start)},
            {QStringLiteral("end"), CodePoints::fromUtf16(article.text, block.end)},
        });
    }
    QJsonArray annotationArray;
    for (const Annotation &annotation : annotations)
        annotationArray.append(ArticleJson::annotation(annotation, article.text));
    const Provenance &p = article.provenance;
    return QJsonObject{
        {QStringLiteral("id"), article.id},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("source"), textOrNull(article.source)},
        {QStringLiteral("published"), dateOrNull(article.published)},
        {QStringLiteral("language"), textOrNull(article.language)},
        {QStringLiteral("direction"), article.direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")},
        {QStringLiteral("url"), textOrNull(article.url)},
        {QStringLiteral("content_hash"), article.contentHash},
        {QStringLiteral("read"), article.read},
        {QStringLiteral("starred"), article.starred},
        {QStringLiteral("note"), article.note},
        {QStringLiteral("tags"), QJsonArray::fromStringList(article.tags)},
        {QStringLiteral("text"), article.text},
        {QStringLiteral("blocks"), blocks},
        {QStringLiteral("headlines"), QJsonArray::fromStringList(article.headlines)},
        {QStringLiteral("provenance"),
         QJsonObject{
             {QStringLiteral("file"), textOrNull(p.fileName)},
             {QStringLiteral("sha256"), textOrNull(p.sha256)},
             {QStringLiteral("encoding"), textOrNull(p.encoding)},
             {QStringLiteral("imported_at"), p.importedAt.isValid() ? QJsonValue(p.importedAt.toString(Qt::ISODate))
                                                                    : QJsonValue(QJsonValue::Null)},
         }},
        {QStringLiteral("annotations"), annotationArray},
    };
}

} // namespace glossa
