#include "agreementexporter.h"

#include "csvexporter.h"
#include "htmlreportexporter.h"

#include <QDateTime>
#include <QStringList>

namespace glossa {

namespace {

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QString();
}

QStringList figureCells(const AgreementFigures &f)
{
    return {QString::number(f.articles),  QString::number(f.matchedClaims), number(f.verdictKappa),
            number(f.verdictAlpha),       number(f.kindAlpha),              number(f.spanAlphaU),
            QString::number(f.excluded()), QString::number(f.unmatchedClaims), QString::number(f.orphanedClaims)};
}

} // namespace

QByteArray AgreementExporter::csv(const QList<AgreementPair> &pairs, const QHash<qint64, QString> &titles)
{
    QString out(QChar(0xFEFF));
    out += CsvExporter::record({QStringLiteral("analyst_a"), QStringLiteral("analyst_b"), QStringLiteral("article_id"),
                    QStringLiteral("article_title"), QStringLiteral("articles"), QStringLiteral("matched_claims"),
                    QStringLiteral("verdict_kappa"), QStringLiteral("verdict_alpha"), QStringLiteral("kind_alpha"),
                    QStringLiteral("span_alpha_u"), QStringLiteral("excluded"), QStringLiteral("excluded_unmatched"),
                    QStringLiteral("excluded_orphaned")});
    // The pair's overall figures first (no article), then its articles.
    for (const AgreementPair &pair : pairs) {
        out += CsvExporter::record(QStringList{pair.a.name, pair.b.name, QString(), QString()} + figureCells(pair.overall));
        for (const auto &[articleId, figures] : pair.perArticle)
            out += CsvExporter::record(QStringList{pair.a.name, pair.b.name, QString::number(articleId), titles.value(articleId)}
                               + figureCells(figures));
    }
    return out.toUtf8();
}

QByteArray AgreementExporter::html(const QList<AgreementPair> &pairs, const QHash<qint64, QString> &titles,
                                   const QString &scope)
{
    const auto e = [](const QString &text) { return HtmlReportExporter::escape(text); };
    const auto shown = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 3) : QStringLiteral("—");
    };
    const auto row = [&](const QString &label, const AgreementFigures &f) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                              "<td>%8 (%9 unmatched, %10 orphaned)</td></tr>\n")
            .arg(label)
            .arg(f.articles)
            .arg(f.matchedClaims)
            .arg(shown(f.verdictKappa), shown(f.verdictAlpha), shown(f.kindAlpha), shown(f.spanAlphaU))
            .arg(f.excluded())
            .arg(f.unmatchedClaims)
            .arg(f.orphanedClaims);
    };
    const QString head = QStringLiteral(
        "<tr><th></th><th>Articles</th><th>Matched claims</th><th>Verdict κ</th><th>Verdict α</th><th>Kind α</th>"
        "<th>Span α<sub>u</sub></th><th>Left out</th></tr>\n");
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Agreement between analysts</title>\n"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
        "td,th{border:1px solid #bbb;padding:4px 8px;text-align:end}td:first-child{text-align:start}"
        "h2{margin-top:1.5em}</style></head><body>\n");
    out += QStringLiteral("<h1>Agreement between analysts</h1>\n<p>%1 · %2</p>\n")
               .arg(e(scope), e(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    out += QStringLiteral("<p>Claims are paired when their passages share at least half of the shorter one; "
                          "verdicts and kinds are compared on the pairs, spans over every highlight. "
                          "“—”: not defined for these claims.</p>\n");
    for (const AgreementPair &pair : pairs) {
        out += QStringLiteral("<h2><bdi>%1</bdi> / <bdi>%2</bdi></h2>\n<table>\n").arg(e(pair.a.name), e(pair.b.name));
        out += head + row(QStringLiteral("<b>All</b>"), pair.overall);
        for (const auto &[articleId, figures] : pair.perArticle)
            out += row(QStringLiteral("<bdi>%1</bdi>").arg(e(titles.value(articleId, QString::number(articleId)))),
                       figures);
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace glossa
