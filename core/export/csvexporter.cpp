#include "csvexporter.h"

#include "model/articlecontext.h"

namespace glossa {

namespace {

const QLatin1String kRecordEnd("\r\n");

void appendRow(QString &out, const QStringList &cells)
{
    out += CsvExporter::record(cells);
}

} // namespace

QStringList CsvExporter::header()
{
    return {QStringLiteral("article_id"), QStringLiteral("title"),    QStringLiteral("outlet"),
            QStringLiteral("published"),  QStringLiteral("quote"),    QStringLiteral("prefix"),
            QStringLiteral("suffix"),     QStringLiteral("color"),    QStringLiteral("tags"),
            QStringLiteral("claim_kind"), QStringLiteral("verdict"),  QStringLiteral("claimant"),
            QStringLiteral("evidence"),   QStringLiteral("note"),     QStringLiteral("created"),
            QStringLiteral("modified"),   QStringLiteral("analyst"),  QStringLiteral("confidence"),
            QStringLiteral("url")};
}

QString CsvExporter::record(const QStringList &cells)
{
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += cell(cells.at(i));
    }
    return out + kRecordEnd;
}

QString CsvExporter::cell(const QString &value)
{
    QString text = value;
    // OWASP's advice for CSV injection: a leading quote makes the spreadsheet show the text
    // instead of evaluating it.
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvExporter::write(const QList<ExportedArticle> &articles) const
{
    QString out;
    out += QChar(0xFEFF);
    appendRow(out, header());
    for (const ExportedArticle &exported : articles) {
        const Article &article = exported.article;
        const QString id = QString::number(article.id);
        const QString published = ArticleContext::dateText(article.published);
        for (const Annotation &annotation : ArticleContext::inTextOrder(exported.annotations)) {
            const Claim *claim = annotation.claim ? &*annotation.claim : nullptr;
            appendRow(out, {id, article.title, article.source, published, annotation.anchor.exact,
                            annotation.anchor.prefix, annotation.anchor.suffix, annotation.color,
                            joinList(annotation.tags), claim ? claim->kind : QString(),
                            claim ? claim->verdict : QString(), claim ? claim->claimant : QString(),
                            claim ? claim->evidence : QString(), annotation.note,
                            ArticleContext::timeText(annotation.created),
                            ArticleContext::timeText(annotation.modified), annotation.analyst.name,
                            claim && claim->confidence ? QString::number(qRound(*claim->confidence * 100)) : QString(),
                            article.url});
        }
    }
    return out.toUtf8();
}

} // namespace glossa
