#include "articleurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace glossa {

bool ArticleUrl::isTrackingParameter(const QString &name)
{
    static const QStringList kNames{
        QStringLiteral("fbclid"),  QStringLiteral("gclid"),  QStringLiteral("dclid"),   QStringLiteral("gclsrc"),
        QStringLiteral("msclkid"), QStringLiteral("yclid"),  QStringLiteral("igshid"),  QStringLiteral("twclid"),
        QStringLiteral("mc_cid"),  QStringLiteral("mc_eid"), QStringLiteral("_ga"),     QStringLiteral("_gl"),
        QStringLiteral("mkt_tok"), QStringLiteral("oly_anon_id"), QStringLiteral("oly_enc_id"), QStringLiteral("wt_mc"),
    };
    const QString folded = name.toLower();
    return folded.startsWith(QLatin1String("utm_")) || kNames.contains(folded);
}

QString ArticleUrl::matchKey(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return QString();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);

    QUrlQuery query(url);
    QList<QPair<QString, QString>> kept;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (!isTrackingParameter(QUrl::fromPercentEncoding(item.first.toUtf8())))
            kept << item;
    }
    QUrlQuery keptQuery;
    keptQuery.setQueryItems(kept);

    const QUrl path = QUrl(QStringLiteral("http://h")
                           + (url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::FullyEncoded)))
                          .adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    QString key = QStringLiteral("//") + url.host(QUrl::FullyEncoded).toLower();
    if (port != defaultPort)
        key += QLatin1Char(':') + QString::number(port);
    // http and https name the same page: the key has no scheme.
    key += path.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : path.path(QUrl::FullyEncoded);
    if (!kept.isEmpty())
        key += QLatin1Char('?') + keptQuery.query(QUrl::FullyEncoded);
    return key;
}

} // namespace glossa
