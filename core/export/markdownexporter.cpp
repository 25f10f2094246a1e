#include "markdownexporter.h"

#include "briefbuilder.h"
#include "model/articlecontext.h"
#include "model/taxonomy.h"

namespace glossa {

namespace {

// Characters that mean something wherever they stand (emphasis, code, links, raw HTML, GFM
// tables and strikethrough, backslash itself).
bool alwaysEscaped(QChar c)
{
    switch (c.unicode()) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

bool endsWithWww(const QString &line, int at)
{
    return at >= 3 && line.mid(at - 3, 3).compare(QLatin1String("www"), Qt::CaseInsensitive) == 0;
}

// One line prepared for escaping: where its text starts (leading blanks are dropped) and where
// an ordered-list marker would be.
struct LineShape
{
    int bodyStart = 0;
    int listMarker = -1;
};

LineShape shapeOf(const QString &line)
{
    LineShape shape;
    int i = 0;
    while (i < line.size() && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    shape.bodyStart = i;
    // An ordered list starts with up to nine digits and '.' or ')'.
    int digitsEnd = i;
    while (digitsEnd < line.size() && digitsEnd - i < 10 && line.at(digitsEnd).isDigit()
           && line.at(digitsEnd).unicode() < 128)
        ++digitsEnd;
    if (digitsEnd > i && digitsEnd < line.size()
        && (line.at(digitsEnd) == QLatin1Char('.') || line.at(digitsEnd) == QLatin1Char(')'))
        && (digitsEnd + 1 == line.size() || line.at(digitsEnd + 1).isSpace()))
        shape.listMarker = digitsEnd;
    return shape;
}

// Character i of the line as Markdown that renders it as itself.
void appendEscaped(QString &out, const QString &line, int i, const LineShape &shape)
{
    const QChar c = line.at(i);
    const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
    if (i == shape.bodyStart
        && (c == QLatin1Char('#') || c == QLatin1Char('>') || c == QLatin1Char('-') || c == QLatin1Char('+')
            || c == QLatin1Char('=')))
        out += QLatin1Char('\\'); // ATX heading, blockquote, bullet list or thematic break, setext underline
    else if (alwaysEscaped(c) || i == shape.listMarker)
        out += QLatin1Char('\\');
    else if (c == QLatin1Char('&') && (next.isLetter() || next == QLatin1Char('#')))
        out += QLatin1Char('\\'); // would start an entity reference such as &amp;
    else if (c == QLatin1Char('#') && i > shape.bodyStart)
        out += QLatin1Char('\\'); // a closing sequence of an ATX heading
    // GFM's autolinks: "scheme://" and "www." are found as the inline parser reads, so an escaped
    // ':' or '.' stops them (and the escape is never swallowed into the link, as it was in
    // "http://x\<img …>"). An e-mail address is found after escapes are resolved, so its '@' is
    // set apart as code, which no autolink reaches into.
    else if (c == QLatin1Char(':') && line.mid(i + 1, 2) == QLatin1String("//"))
        out += QLatin1Char('\\');
    else if (c == QLatin1Char('.') && endsWithWww(line, i))
        out += QLatin1Char('\\');
    else if (c == QLatin1Char('@') && i > 0 && (isAsciiAlnum(line.at(i - 1)) || QStringLiteral(".+-_").contains(line.at(i - 1)))
             && isAsciiAlnum(next)) {
        out += QStringLiteral("`@`");
        return;
    }
    out += c == QChar(0) ? QChar(0xFFFD) : c;
}

QString normalizedBreaks(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0), QChar(0xFFFD));
    return text;
}

// Punctuation as CommonMark's emphasis rules read it; other symbols (emoji, currency) count as
// punctuation for one renderer and not another, so a highlight next to one is left unbolded.
enum class CharClass { Space, Punct, Other, Uncertain };

CharClass classOf(const QString &line, int i)
{
    if (i < 0 || i >= line.size() || line.at(i).isSpace())
        return CharClass::Space;
    const QChar c = line.at(i);
    if (c.unicode() < 128)
        return c.isLetterOrNumber() ? CharClass::Other : CharClass::Punct;
    if (c.isSurrogate() || c.isSymbol() || c.isMark())
        return CharClass::Uncertain;
    return c.isPunct() ? CharClass::Punct : CharClass::Other;
}

// Whether "**" around line[from, to) opens and closes as strong emphasis.
bool canBold(const QString &line, int from, int to)
{
    const CharClass first = classOf(line, from), last = classOf(line, to - 1);
    const CharClass before = classOf(line, from - 1), after = classOf(line, to);
    if (first == CharClass::Uncertain || last == CharClass::Uncertain || before == CharClass::Uncertain
        || after == CharClass::Uncertain)
        return false;
    const bool opens = first == CharClass::Other || before != CharClass::Other;
    const bool closes = last == CharClass::Other || after != CharClass::Other;
    return opens && closes;
}

// A context's text as quoted lines, its highlights in bold where CommonMark allows it.
QStringList markedLines(const BriefContext &context)
{
    const QString text = normalizedBreaks(context.text);
    QStringList lines;
    int lineStart = 0;
    while (lineStart <= text.size()) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = int(text.size());
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        if (!line.trimmed().isEmpty()) {
            const LineShape shape = shapeOf(line);
            QList<QPair<int, int>> bold;
            for (const BriefContext::Mark &mark : context.marks) {
                int from = std::max(mark.start - lineStart, shape.bodyStart);
                int to = std::min(mark.end - lineStart, int(line.size()));
                while (from < to && line.at(from).isSpace())
                    ++from;
                while (to > from && line.at(to - 1).isSpace())
                    --to;
                if (from < to && canBold(line, from, to)) {
                    if (!bold.isEmpty() && bold.last().second == from)
                        bold.last().second = to; // two colours side by side: one bold run
                    else
                        bold.append({from, to});
                }
            }
            QString out;
            int next = 0;
            for (int i = shape.bodyStart; i < line.size(); ++i) {
                if (next < bold.size() && bold.at(next).first == i)
                    out += QStringLiteral("**");
                appendEscaped(out, line, i, shape);
                if (next < bold.size() && bold.at(next).second == i + 1) {
                    out += QStringLiteral("**");
                    ++next;
                }
            }
            lines << out;
        }
        lineStart = lineEnd + 1;
    }
    return lines;
}

// A bullet whose value may span lines: continuation lines are indented under the bullet and
// joined by hard breaks (a trailing backslash) so the analyst's line breaks survive.
void bullet(QString &out, const QString &label, const QString &value)
{
    const QStringList lines = MarkdownExporter::escapeLines(value);
    out += QStringLiteral("- **") + label + QStringLiteral(":** ");
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += lines.at(i).isEmpty() ? QString() : QStringLiteral("  ");
        out += lines.at(i);
        const bool breakAfter = i + 1 < lines.size() && !lines.at(i).isEmpty() && !lines.at(i + 1).isEmpty();
        out += breakAfter ? QStringLiteral("\\\n") : QStringLiteral("\n");
    }
}

QString labelOf(const Taxonomy::Entry *entry, const QString &id)
{
    return entry ? entry->label : id;
}

QString cell(const QString &text)
{
    return MarkdownExporter::escapeLine(normalizedBreaks(text).simplified());
}

} // namespace

MarkdownExporter::MarkdownExporter(const Taxonomy *taxonomy)
    : m_taxonomy(taxonomy ? taxonomy : &Taxonomy::builtIn())
{
}

QString MarkdownExporter::escapeLine(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    const LineShape shape = shapeOf(line);
    for (int i = shape.bodyStart; i < line.size(); ++i)
        appendEscaped(out, line, i, shape);
    return out;
}

QString MarkdownExporter::escapeInline(const QString &text)
{
    QString out;
    const LineShape shape{-1, -1};
    for (int i = 0; i < text.size(); ++i)
        appendEscaped(out, text, i, shape);
    return out;
}

QStringList MarkdownExporter::escapeLines(const QString &text)
{
    QStringList lines = normalizedBreaks(text).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QString() : escapeLine(line);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    return lines;
}

QByteArray MarkdownExporter::write(const QList<ExportedArticle> &articles) const
{
    return write(BriefBuilder::build(articles, BriefHeader(), m_taxonomy));
}

QByteArray MarkdownExporter::write(const Brief &brief) const
{
    QString out;
    out.reserve(2048 + brief.annotations * 640);
    writeHeader(out, brief);
    int number = 0;
    for (const BriefArticle &article : brief.articles)
        writeArticle(out, article, &number, brief.annotations);
    return out.toUtf8();
}

void MarkdownExporter::writeHeader(QString &out, const Brief &brief) const
{
    const BriefHeader &header = brief.header;
    out += QStringLiteral("# ") + escapeLine(brief.title()) + QStringLiteral("\n\n");
    bullet(out, QStringLiteral("Scope"), header.scope.isEmpty() ? QStringLiteral("Whole library") : header.scope);
    if (!header.filters.isEmpty())
        bullet(out, QStringLiteral("Filters"), header.filters);
    if (!header.dateRange.isEmpty())
        bullet(out, QStringLiteral("Articles published"), header.dateRange);
    if (header.made.isValid())
        bullet(out, QStringLiteral("Made"),
               header.made.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                   + (header.madeBy.isEmpty() ? QString() : QStringLiteral(" by ") + header.madeBy));
    bullet(out, QStringLiteral("Contents"),
           QStringLiteral("%1 article(s), %2 annotation(s)").arg(brief.articles.size()).arg(brief.annotations));

    out += QStringLiteral("\n## Summary\n\n");
    if (brief.summary.isEmpty() && brief.highlights == 0) {
        out += QStringLiteral("No annotation in this scope.\n");
        return;
    }
    out += QStringLiteral("| Verdict | Kind | Annotations |\n| --- | --- | ---: |\n");
    for (const BriefSummaryRow &row : brief.summary)
        out += QStringLiteral("| %1 | %2 | %3 |\n").arg(cell(row.verdict), cell(row.kind)).arg(row.count);
    if (brief.highlights > 0)
        out += QStringLiteral("| (no claim) | highlight | %1 |\n").arg(brief.highlights);
}

void MarkdownExporter::writeArticle(QString &out, const BriefArticle &exported, int *number, int total) const
{
    const Article &article = exported.article;
    QString title = normalizedBreaks(article.title).simplified();
    out += QStringLiteral("\n## ")
        + (title.isEmpty() ? QStringLiteral("(untitled)") : escapeLine(title)) + QStringLiteral("\n\n");
    bullet(out, QStringLiteral("Outlet"), article.source.isEmpty() ? QStringLiteral("unknown") : article.source);
    bullet(out, QStringLiteral("Published"),
           article.published.isValid() ? ArticleContext::dateText(article.published) : QStringLiteral("unknown"));
    if (!article.language.isEmpty())
        bullet(out, QStringLiteral("Language"), article.language);
    if (!article.url.isEmpty())
        bullet(out, QStringLiteral("URL"), article.url);
    else if (!article.provenance.fileName.isEmpty())
        bullet(out, QStringLiteral("Source file"), article.provenance.fileName);
    if (!article.tags.isEmpty())
        bullet(out, QStringLiteral("Article tags"), article.tags.join(QStringLiteral(", ")));

    const QStringList note = escapeLines(article.note);
    if (!note.isEmpty()) {
        out += QStringLiteral("\n**Article note:**\n\n");
        for (const QString &line : note)
            out += line + QLatin1Char('\n');
    }
    for (const BriefContext &context : exported.contexts)
        writeContext(out, context, number, total);
}

void MarkdownExporter::writeContext(QString &out, const BriefContext &context, int *number, int total) const
{
    const int first = *number + 1;
    *number += int(context.annotations.size());
    if (first == *number)
        out += QStringLiteral("\n### Passage %1 of %2").arg(first).arg(total);
    else
        out += QStringLiteral("\n### Passages %1–%2 of %3").arg(first).arg(*number).arg(total);
    if (context.orphaned)
        out += QStringLiteral(" (orphaned: no longer found in the article)");
    out += QStringLiteral("\n\n");
    if (!context.heading.isEmpty()) {
        bullet(out, QStringLiteral("Under"), context.heading);
        out += QLatin1Char('\n');
    }
    // Each line of the context is a paragraph of one blockquote; a blank quoted line keeps them
    // in the same quote.
    const QStringList quote = markedLines(context);
    for (int i = 0; i < quote.size(); ++i) {
        if (i > 0)
            out += QStringLiteral(">\n");
        out += QStringLiteral("> ") + quote.at(i) + QLatin1Char('\n');
    }
    if (quote.isEmpty())
        out += QStringLiteral("> (empty passage)\n");
    const bool several = context.annotations.size() > 1;
    for (const Annotation &annotation : context.annotations)
        writeAnnotation(out, annotation, several);
}

void MarkdownExporter::writeAnnotation(QString &out, const Annotation &annotation, bool withQuote) const
{
    out += QLatin1Char('\n');
    QStringList chips;
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        chips << QStringLiteral("**") + escapeLine(labelOf(m_taxonomy->kind(claim.kind), claim.kind)) + QStringLiteral("**")
              << QStringLiteral("**") + escapeLine(labelOf(m_taxonomy->verdict(claim.verdict), claim.verdict))
                + QStringLiteral("**");
        if (claim.confidence)
            chips << QStringLiteral("%1 % confident").arg(qRound(*claim.confidence * 100));
    } else {
        chips << QStringLiteral("**Highlight**"); // each annotation opens with a line of its own
    }
    out += chips.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    if (withQuote)
        bullet(out, QStringLiteral("Quote"), normalizedBreaks(annotation.anchor.exact).simplified());
    if (!annotation.tags.isEmpty())
        bullet(out, QStringLiteral("Tags"), annotation.tags.join(QStringLiteral(", ")));
    if (annotation.analyst.isValid())
        bullet(out, QStringLiteral("Analyst"), annotation.analyst.name);
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        if (!claim.claimant.isEmpty())
            bullet(out, QStringLiteral("Claimant"), claim.claimant);
        const QStringList evidence = escapeLines(claim.evidence);
        if (!evidence.isEmpty()) {
            out += QStringLiteral("- **Evidence:**\n");
            for (const QString &line : evidence) {
                if (!line.isEmpty())
                    out += QStringLiteral("  - ") + line + QLatin1Char('\n');
            }
        }
    }
    if (!annotation.note.trimmed().isEmpty())
        bullet(out, QStringLiteral("Note"), annotation.note);
}

} // namespace glossa
