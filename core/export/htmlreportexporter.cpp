#include "htmlreportexporter.h"

#include "briefbuilder.h"
#include "model/articlecontext.h"
#include "model/taxonomy.h"

namespace glossa {

namespace {

const char *const kStyle =
    "body{font-family:Georgia,'Noto Serif','Noto Naskh Arabic',serif;max-width:48em;margin:2em auto;"
    "padding:0 1em;color:#222;line-height:1.5}"
    "h1{font-size:1.6em;border-bottom:2px solid #444}"
    ".scope dt{font-weight:normal;color:#555}"
    ".summary{border-collapse:collapse;margin:1em 0;font-size:.92em}"
    ".summary th,.summary td{border-bottom:1px solid #ddd;padding:.2em .8em;text-align:start}"
    ".summary td.count{text-align:end}"
    ".annotation{margin:.6em 0 0 0}"
    ".chips .badge{margin-inline-end:.5em}"
    "article{margin:2em 0;page-break-inside:avoid}"
    "h2{font-size:1.3em;margin-bottom:.2em}"
    ".meta{color:#555;font-size:.9em;margin-top:0}"
    ".note{background:#f5f5f5;padding:.5em 1em;border-left:3px solid #999}"
    ".passage{margin:1em 0;padding:.5em 1em;border:1px solid #ddd;border-radius:4px;page-break-inside:avoid}"
    ".context{margin:.2em 0}"
    "mark{padding:0 .1em;color:inherit}"
    ".badge{display:inline-block;padding:0 .5em;border-radius:.8em;color:#fff;font-size:.85em;"
    "font-family:sans-serif;margin-right:.3em}"
    ".kind{background:#455a64}"
    ".orphan{background:#b71c1c}"
    "dl{margin:.3em 0;font-size:.92em}dt{font-weight:bold;float:left;clear:left;margin-right:.5em}"
    "dd{margin:0 0 .2em 0}"
    "@media print{body{margin:0;max-width:none}.passage{border-color:#999}}";

QString labelOf(const Taxonomy::Entry *entry, const QString &id)
{
    return entry ? entry->label : id;
}

// A user value: escaped and isolated for bidi.
QString user(const QString &text)
{
    return QStringLiteral("<bdi>") + HtmlReportExporter::escape(text) + QStringLiteral("</bdi>");
}

void field(QString &out, const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    out += QStringLiteral("<dt>") + label + QStringLiteral("</dt><dd>") + user(value) + QStringLiteral("</dd>");
}

} // namespace

HtmlReportExporter::HtmlReportExporter(const Taxonomy *taxonomy)
    : m_taxonomy(taxonomy ? taxonomy : &Taxonomy::builtIn())
{
}

QString HtmlReportExporter::escape(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    escaped.replace(QChar(0), QChar(0xFFFD));
    return escaped;
}

QByteArray HtmlReportExporter::write(const QList<ExportedArticle> &articles) const
{
    return write(BriefBuilder::build(articles, BriefHeader(), m_taxonomy));
}

QByteArray HtmlReportExporter::write(const Brief &brief) const
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        + escape(brief.title()) + QStringLiteral("</title>\n<style>") + QLatin1String(kStyle)
        + QStringLiteral("</style>\n</head>\n<body>\n");
    writeHeader(out, brief);
    for (const BriefArticle &article : brief.articles)
        writeArticle(out, article);
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

void HtmlReportExporter::writeHeader(QString &out, const Brief &brief) const
{
    const BriefHeader &header = brief.header;
    out += QStringLiteral("<header>\n<h1>") + user(brief.title()) + QStringLiteral("</h1>\n<dl class=\"scope\">");
    field(out, QStringLiteral("Scope"), header.scope.isEmpty() ? QStringLiteral("Whole library") : header.scope);
    field(out, QStringLiteral("Filters"), header.filters);
    field(out, QStringLiteral("Articles published"), header.dateRange);
    if (header.made.isValid())
        field(out, QStringLiteral("Made"),
              header.made.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                  + (header.madeBy.isEmpty() ? QString() : QStringLiteral(" by ") + header.madeBy));
    field(out, QStringLiteral("Contents"),
          QStringLiteral("%1 article(s), %2 annotation(s)").arg(brief.articles.size()).arg(brief.annotations));
    out += QStringLiteral("</dl>\n");
    if (!brief.summary.isEmpty() || brief.highlights > 0) {
        out += QStringLiteral("<table class=\"summary\">\n<thead><tr><th>Verdict</th><th>Kind</th><th>Annotations</th>"
                              "</tr></thead>\n<tbody>\n");
        for (const BriefSummaryRow &row : brief.summary)
            out += QStringLiteral("<tr><td><span class=\"badge\" style=\"background:%1\">").arg(row.verdictColor)
                + escape(row.verdict) + QStringLiteral("</span></td><td>") + escape(row.kind)
                + QStringLiteral("</td><td class=\"count\">%1</td></tr>\n").arg(row.count);
        if (brief.highlights > 0)
            out += QStringLiteral("<tr><td>(no claim)</td><td>highlight</td><td class=\"count\">%1</td></tr>\n")
                       .arg(brief.highlights);
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    out += QStringLiteral("</header>\n");
}

void HtmlReportExporter::writeArticle(QString &out, const BriefArticle &exported) const
{
    const Article &article = exported.article;
    out += QStringLiteral("<article dir=\"%1\"").arg(article.direction == Qt::RightToLeft ? QLatin1String("rtl") : QLatin1String("ltr"));
    if (!article.language.isEmpty())
        out += QStringLiteral(" lang=\"%1\"").arg(escape(article.language));
    out += QStringLiteral(">\n<h2>") + user(article.title) + QStringLiteral("</h2>\n<p class=\"meta\">");
    out += article.source.isEmpty() ? QStringLiteral("Outlet unknown") : user(article.source);
    out += QStringLiteral(" · ")
        + (article.published.isValid() ? ArticleContext::dateText(article.published) : QStringLiteral("date unknown"));
    if (!article.url.isEmpty())
        out += QStringLiteral(" · ") + user(article.url);
    else if (!article.provenance.fileName.isEmpty())
        out += QStringLiteral(" · from ") + user(article.provenance.fileName);
    if (!article.tags.isEmpty())
        out += QStringLiteral(" · tags: ") + user(article.tags.join(QStringLiteral(", ")));
    out += QStringLiteral("</p>\n");
    if (!article.note.trimmed().isEmpty())
        out += QStringLiteral("<div class=\"note\">") + user(article.note) + QStringLiteral("</div>\n");
    for (const BriefContext &context : exported.contexts)
        writeContext(out, context);
    out += QStringLiteral("</article>\n");
}

void HtmlReportExporter::writeContext(QString &out, const BriefContext &context) const
{
    out += QStringLiteral("<section class=\"passage\">\n");
    if (!context.heading.isEmpty())
        out += QStringLiteral("<p class=\"meta\">Under ") + user(context.heading) + QStringLiteral("</p>\n");
    out += QStringLiteral("<p class=\"context\" dir=\"auto\">");
    int at = 0;
    for (const BriefContext::Mark &mark : context.marks) {
        out += escape(context.text.mid(at, mark.start - at))
            + QStringLiteral("<mark style=\"background:%1\">").arg(mark.color)
            + escape(context.text.mid(mark.start, mark.end - mark.start)) + QStringLiteral("</mark>");
        at = mark.end;
    }
    out += escape(context.text.mid(at)) + QStringLiteral("</p>\n");
    const bool several = context.annotations.size() > 1;
    for (const Annotation &annotation : context.annotations)
        writeAnnotation(out, annotation, several);
    out += QStringLiteral("</section>\n");
}

void HtmlReportExporter::writeAnnotation(QString &out, const Annotation &annotation, bool withQuote) const
{
    out += QStringLiteral("<div class=\"annotation\">\n<p class=\"chips\">");
    // Badges are also separated by a space: text copied from the page would run them together.
    if (annotation.orphaned)
        out += QStringLiteral("<span class=\"badge orphan\">Orphaned: no longer found in the text</span>")
            + QLatin1String(annotation.claim ? " " : "");
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        const Taxonomy::Entry *verdict = m_taxonomy->verdict(claim.verdict);
        const QString verdictColor = ArticleContext::safeColor(verdict ? verdict->color : QString(), QStringLiteral("#616161"));
        out += QStringLiteral("<span class=\"badge kind\">") + escape(labelOf(m_taxonomy->kind(claim.kind), claim.kind))
            + QStringLiteral("</span> <span class=\"badge\" style=\"background:%1\">").arg(verdictColor)
            + escape(labelOf(verdict, claim.verdict)) + QStringLiteral("</span>");
        if (claim.confidence)
            out += QStringLiteral(" <span class=\"badge kind\">%1 % confident</span>").arg(qRound(*claim.confidence * 100));
    }
    out += QStringLiteral("</p>\n<dl>");
    if (withQuote)
        field(out, QStringLiteral("Quote"), annotation.anchor.exact);
    field(out, QStringLiteral("Tags"), annotation.tags.join(QStringLiteral(", ")));
    field(out, QStringLiteral("Analyst"), annotation.analyst.name);
    if (annotation.claim) {
        field(out, QStringLiteral("Claimant"), annotation.claim->claimant);
        field(out, QStringLiteral("Evidence"), annotation.claim->evidence);
    }
    field(out, QStringLiteral("Note"), annotation.note);
    out += QStringLiteral("</dl>\n</div>\n");
}

} // namespace glossa
