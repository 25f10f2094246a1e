#include "articlecontext.h"

#include <QRegularExpression>
#include <algorithm>

namespace glossa {

namespace {

const QLatin1String kArticlePrefix("urn:glossa:article:");

} // namespace

QString ArticleContext::articleIri(const Article &article)
{
    return kArticlePrefix + article.contentHash;
}

QString ArticleContext::contentHashFromIri(const QString &iri)
{
    if (!iri.startsWith(kArticlePrefix))
        return QString();
    return iri.mid(kArticlePrefix.size());
}

QList<Annotation> ArticleContext::inTextOrder(QList<Annotation> annotations)
{
    std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation &a, const Annotation &b) {
        if (a.orphaned != b.orphaned)
            return !a.orphaned;
        if (a.anchor.start != b.anchor.start)
            return a.anchor.start < b.anchor.start;
        if (a.anchor.end != b.anchor.end)
            return a.anchor.end < b.anchor.end;
        return a.id < b.id;
    });
    return annotations;
}

QString ArticleContext::headingAbove(const Article &article, const Annotation &annotation)
{
    if (annotation.orphaned)
        return QString();
    QString heading;
    for (const Block &block : article.blocks) {
        if (block.start > annotation.anchor.start)
            break;
        if (block.kind == Block::Kind::Heading)
            heading = article.blockText(block);
    }
    return heading;
}

void ArticleContext::paragraphRange(const Article &article, const Annotation &annotation, int *start, int *end)
{
    const int size = int(article.text.size());
    *start = std::clamp(annotation.anchor.start, 0, size);
    *end = std::clamp(annotation.anchor.end, *start, size);
    const int first = *start;
    const int last = std::max(first, *end - 1);
    for (const Block &block : article.blocks) {
        if (block.start <= first && first < block.end)
            *start = std::min(*start, block.start);
        if (block.start <= last && last < block.end)
            *end = std::max(*end, std::min(block.end, size));
    }
}

QString ArticleContext::safeColor(const QString &color, const QString &fallback)
{
    static const QRegularExpression hex(QStringLiteral("^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"));
    return hex.match(color).hasMatch() ? color : fallback;
}

QString ArticleContext::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace glossa
