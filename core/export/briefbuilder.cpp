#include "briefbuilder.h"

#include "model/articlecontext.h"
#include "model/taxonomy.h"

#include <QHash>
#include <algorithm>

namespace glossa {

namespace {

constexpr auto kDefaultMark = "#ffd54f";

bool newerFirst(const ExportedArticle &a, const ExportedArticle &b)
{
    if (a.article.published.isValid() != b.article.published.isValid())
        return a.article.published.isValid();
    if (a.article.published != b.article.published)
        return a.article.published > b.article.published;
    return a.article.title.localeAwareCompare(b.article.title) < 0;
}

// Cuts the marks of one context so they never overlap: each position shows the colour of the
// last annotation (in text order) that covers it, as the reader paints them.
QList<BriefContext::Mark> flatMarks(const QList<BriefContext::Mark> &layered, int size)
{
    QList<int> cuts{0, size};
    for (const BriefContext::Mark &mark : layered)
        cuts << mark.start << mark.end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<BriefContext::Mark> flat;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts.at(i), to = cuts.at(i + 1);
        QString color;
        for (const BriefContext::Mark &mark : layered) {
            if (mark.start <= from && to <= mark.end)
                color = mark.color;
        }
        if (color.isEmpty())
            continue;
        if (!flat.isEmpty() && flat.last().end == from && flat.last().color == color)
            flat.last().end = to;
        else
            flat.append({from, to, color});
    }
    return flat;
}

QString dateRangeOf(const QList<ExportedArticle> &articles)
{
    QDate first, last;
    for (const ExportedArticle &exported : articles) {
        const QDate date = exported.article.published;
        if (!date.isValid())
            continue;
        if (!first.isValid() || date < first)
            first = date;
        if (!last.isValid() || date > last)
            last = date;
    }
    if (!first.isValid())
        return QString();
    if (first == last)
        return ArticleContext::dateText(first);
    return ArticleContext::dateText(first) + QStringLiteral(" – ") + ArticleContext::dateText(last);
}

} // namespace

QString Brief::title() const
{
    return header.title.trimmed().isEmpty() ? QStringLiteral("Glossa brief") : header.title.simplified();
}

QList<BriefContext> BriefBuilder::contexts(const Article &article, const QList<Annotation> &annotations)
{
    QList<BriefContext> contexts;
    QList<BriefContext> orphans;
    int contextStart = 0, contextEnd = -1;
    QList<BriefContext::Mark> layered;
    const auto close = [&] {
        if (contexts.isEmpty() || contextEnd < 0)
            return;
        BriefContext &context = contexts.last();
        context.text = article.text.mid(contextStart, contextEnd - contextStart);
        for (BriefContext::Mark &mark : layered) {
            mark.start = std::clamp(mark.start - contextStart, 0, int(context.text.size()));
            mark.end = std::clamp(mark.end - contextStart, mark.start, int(context.text.size()));
        }
        context.marks = flatMarks(layered, int(context.text.size()));
        layered.clear();
    };
    for (const Annotation &annotation : ArticleContext::inTextOrder(annotations)) {
        const QString color = ArticleContext::safeColor(annotation.color, QLatin1String(kDefaultMark));
        if (annotation.orphaned) {
            BriefContext orphan;
            orphan.orphaned = true;
            orphan.text = annotation.anchor.exact;
            orphan.marks.append({0, int(orphan.text.size()), color});
            orphan.annotations.append(annotation);
            orphans.append(orphan);
            continue;
        }
        int start = 0, end = 0;
        ArticleContext::paragraphRange(article, annotation, &start, &end);
        if (contexts.isEmpty() || start >= contextEnd) {
            close();
            contexts.append(BriefContext());
            contexts.last().heading = ArticleContext::headingAbove(article, annotation);
            contextStart = start;
            contextEnd = end;
        } else {
            contextEnd = std::max(contextEnd, end);
        }
        contexts.last().annotations.append(annotation);
        layered.append({annotation.anchor.start, annotation.anchor.end, color});
    }
    close();
    return contexts + orphans;
}

Brief BriefBuilder::build(const QList<ExportedArticle> &articles, const BriefHeader &header, const Taxonomy *taxonomy)
{
    const Taxonomy &kinds = taxonomy ? *taxonomy : Taxonomy::builtIn();
    Brief brief;
    brief.header = header;
    if (brief.header.dateRange.isEmpty())
        brief.header.dateRange = dateRangeOf(articles);

    QList<ExportedArticle> ordered = articles;
    std::stable_sort(ordered.begin(), ordered.end(), newerFirst);
    QHash<QString, int> counts; // "verdict\nkind"
    for (const ExportedArticle &exported : std::as_const(ordered)) {
        BriefArticle article;
        article.article = exported.article;
        article.contexts = contexts(exported.article, exported.annotations);
        article.annotations = int(exported.annotations.size());
        brief.annotations += article.annotations;
        for (const Annotation &annotation : exported.annotations) {
            if (annotation.claim)
                ++counts[annotation.claim->verdict + QLatin1Char('\n') + annotation.claim->kind];
            else
                ++brief.highlights;
        }
        brief.articles.append(article);
    }

    // The taxonomy's order first, then ids it does not know (another library's), by name.
    QStringList verdictOrder, kindOrder;
    for (const Taxonomy::Entry &entry : kinds.verdicts())
        verdictOrder << entry.id;
    for (const Taxonomy::Entry &entry : kinds.kinds())
        kindOrder << entry.id;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QStringList key = it.key().split(QLatin1Char('\n'));
        const Taxonomy::Entry *verdict = kinds.verdict(key.at(0));
        const Taxonomy::Entry *kind = kinds.kind(key.at(1));
        brief.summary.append({key.at(0), verdict ? verdict->label : key.at(0),
                              ArticleContext::safeColor(verdict ? verdict->color : QString(), QStringLiteral("#616161")),
                              key.at(1), kind ? kind->label : key.at(1), it.value()});
    }
    const auto rank = [](const QStringList &order, const QString &id) {
        const qsizetype at = order.indexOf(id);
        return at < 0 ? order.size() : at;
    };
    std::sort(brief.summary.begin(), brief.summary.end(), [&](const BriefSummaryRow &a, const BriefSummaryRow &b) {
        const auto ka = std::make_tuple(rank(verdictOrder, a.verdictId), a.verdictId, rank(kindOrder, a.kindId), a.kindId);
        const auto kb = std::make_tuple(rank(verdictOrder, b.verdictId), b.verdictId, rank(kindOrder, b.kindId), b.kindId);
        return ka < kb;
    });
    return brief;
}

} // namespace glossa
