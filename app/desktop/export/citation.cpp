#include "citation.h"

#include <QUrl>

namespace glossa {

QString Citation::dateText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    // Short formats often have a two-digit year ("dd/MM/yy"); a citation outlives the century.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString Citation::join(const QString &quote, const QString &outlet, const QString &date)
{
    if (!outlet.isEmpty() && !date.isEmpty())
        return tr("« %1 » — %2, %3").arg(quote, outlet, date);
    if (!outlet.isEmpty() || !date.isEmpty())
        return tr("« %1 » — %2").arg(quote, outlet.isEmpty() ? date : outlet);
    return tr("« %1 »").arg(quote);
}

QString Citation::plainText(const Article &article, const Annotation &annotation, const QLocale &locale)
{
    return join(quote(annotation), article.source.trimmed(), dateText(article.published, locale));
}

QString Citation::html(const Article &article, const Annotation &annotation, const QLocale &locale)
{
    QString outlet = article.source.trimmed().toHtmlEscaped();
    if (!outlet.isEmpty()) {
        const QUrl url(article.url, QUrl::StrictMode);
        // Only a web address becomes a link: a javascript: or file: URL from a dump must not.
        const bool webLink = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        outlet = webLink ? QStringLiteral("<cite><a href=\"%1\">%2</a></cite>")
                               .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), outlet)
                         : QStringLiteral("<cite>%1</cite>").arg(outlet);
    }
    // The same sentence as the plain text, so the translation decides the punctuation of both.
    // No <q>: browsers and mail clients would add their own quotation marks inside the guillemets.
    return QStringLiteral("<p>")
        + join(quote(annotation).toHtmlEscaped(), outlet, dateText(article.published, locale).toHtmlEscaped())
        + QStringLiteral("</p>");
}

} // namespace glossa
