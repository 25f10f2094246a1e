#include "markdownexporter.h"

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

QString normalizedBreaks(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0), QChar(0xFFFD));
    return text;
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

} // namespace

MarkdownExporter::MarkdownExporter(const Taxonomy *taxonomy)
    : m_taxonomy(taxonomy ? taxonomy : &Taxonomy::builtIn())
{
}

QString MarkdownExporter::escapeLine(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    // Leading blanks would make an indented code block; a rendered paragraph would not show
    // them anyway (and Qt's reader drops even &#32;), so they are left out.
    int i = 0;
    while (i < line.size() && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    const int bodyStart = i;
    // Block starts: ATX heading, blockquote, bullet list or thematic break, setext underline.
    if (i < line.size()) {
        const QChar first = line.at(i);
        if (first == QLatin1Char('#') || first == QLatin1Char('>') || first == QLatin1Char('-')
            || first == QLatin1Char('+') || first == QLatin1Char('='))
            out += QLatin1Char('\\');
    }
    // An ordered list starts with up to nine digits and '.' or ')'.
    int digitsEnd = bodyStart;
    while (digitsEnd < line.size() && digitsEnd - bodyStart < 10 && line.at(digitsEnd).isDigit()
           && line.at(digitsEnd).unicode() < 128)
        ++digitsEnd;
    const int listMarker = (digitsEnd > bodyStart && digitsEnd < line.size()
                            && (line.at(digitsEnd) == QLatin1Char('.') || line.at(digitsEnd) == QLatin1Char(')'))
                            && (digitsEnd + 1 == line.size() || line.at(digitsEnd + 1).isSpace()))
        ? digitsEnd
        : -1;
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (alwaysEscaped(c) || i == listMarker)
            out += QLatin1Char('\\');
        else if (c == QLatin1Char('&') && i + 1 < line.size()
                 && (line.at(i + 1).isLetter() || line.at(i + 1) == QLatin1Char('#')))
            out += QLatin1Char('\\'); // would start an entity reference such as &amp;
        else if (c == QLatin1Char('#') && i > bodyStart)
            out += QLatin1Char('\\'); // a closing sequence of an ATX heading
        out += c == QChar(0) ? QChar(0xFFFD) : c;
    }
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
    int annotations = 0;
    for (const ExportedArticle &exported : articles)
        annotations += int(exported.annotations.size());
    QString out;
    out.reserve(1024 + annotations * 512);
    out += QStringLiteral("# Glossa brief\n\n");
    out += QStringLiteral("%1 article(s), %2 annotation(s).\n").arg(articles.size()).arg(annotations);
    for (const ExportedArticle &exported : articles)
        writeArticle(out, exported);
    return out.toUtf8();
}

void MarkdownExporter::writeArticle(QString &out, const ExportedArticle &exported) const
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
    QStringList provenance;
    if (!article.provenance.fileName.isEmpty())
        provenance << article.provenance.fileName;
    if (!article.provenance.encoding.isEmpty())
        provenance << article.provenance.encoding;
    if (article.provenance.importedAt.isValid())
        provenance << QStringLiteral("imported ") + ArticleContext::timeText(article.provenance.importedAt);
    if (!article.provenance.sha256.isEmpty())
        provenance << QStringLiteral("SHA-256 ") + article.provenance.sha256;
    if (!provenance.isEmpty())
        bullet(out, QStringLiteral("Provenance"), provenance.join(QStringLiteral(", ")));
    if (!article.url.isEmpty())
        bullet(out, QStringLiteral("URL"), article.url);
    bullet(out, QStringLiteral("Article id"), ArticleContext::articleIri(article));
    if (!article.tags.isEmpty())
        bullet(out, QStringLiteral("Article tags"), article.tags.join(QStringLiteral(", ")));

    const QStringList note = escapeLines(article.note);
    if (!note.isEmpty()) {
        out += QStringLiteral("\n**Article note:**\n\n");
        for (const QString &line : note)
            out += line + QLatin1Char('\n');
    }
    const QList<Annotation> annotations = ArticleContext::inTextOrder(exported.annotations);
    for (int i = 0; i < annotations.size(); ++i)
        writeAnnotation(out, article, annotations.at(i), i + 1, int(annotations.size()));
}

void MarkdownExporter::writeAnnotation(QString &out, const Article &article, const Annotation &annotation,
                                       int number, int total) const
{
    out += QStringLiteral("\n### Passage %1 of %2").arg(number).arg(total);
    if (annotation.orphaned)
        out += QStringLiteral(" (orphaned: no longer found in the article)");
    out += QStringLiteral("\n\n");
    // Each line of the passage is a paragraph of one blockquote; a blank quoted line keeps them
    // in the same quote.
    const QStringList quote = escapeLines(annotation.anchor.exact);
    for (int i = 0; i < quote.size(); ++i) {
        if (quote.at(i).isEmpty())
            continue;
        if (i > 0)
            out += QStringLiteral(">\n");
        out += QStringLiteral("> ") + quote.at(i) + QLatin1Char('\n');
    }
    if (quote.isEmpty())
        out += QStringLiteral("> (empty passage)\n");
    out += QLatin1Char('\n');

    const QString heading = ArticleContext::headingAbove(article, annotation);
    if (!heading.isEmpty())
        bullet(out, QStringLiteral("Under"), heading);
    if (!annotation.tags.isEmpty())
        bullet(out, QStringLiteral("Tags"), annotation.tags.join(QStringLiteral(", ")));
    if (annotation.analyst.isValid())
        bullet(out, QStringLiteral("Analyst"), annotation.analyst.name);
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        bullet(out, QStringLiteral("Claim"), labelOf(m_taxonomy->kind(claim.kind), claim.kind));
        bullet(out, QStringLiteral("Verdict"), labelOf(m_taxonomy->verdict(claim.verdict), claim.verdict));
        if (claim.confidence)
            bullet(out, QStringLiteral("Confidence"),
                   QStringLiteral("%1 %").arg(qRound(*claim.confidence * 100)));
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
