#include "claimreviewexporter.h"

#include "interchange/w3cannotationexporter.h"
#include "model/articlecontext.h"
#include "model/taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace glossa {

namespace {

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

QString folded(const QString &name) { return name.simplified().toCaseFolded(); }

} // namespace

QString ClaimReviewPublisher::problem() const
{
    if (!url.isEmpty() && !isWebAddress(url))
        return QStringLiteral("the organisation's URL '%1' is not an http(s) address").arg(url);
    if (!logo.isEmpty() && !isWebAddress(logo))
        return QStringLiteral("the logo's URL '%1' is not an http(s) address").arg(logo);
    if (reviewUrlTemplate.isEmpty())
        return QString();
    if (!reviewUrlTemplate.contains(kIdPlaceholder))
        return QStringLiteral("the review URL template '%1' has no %2 for each review's id").arg(reviewUrlTemplate, kIdPlaceholder);
    if (!isWebAddress(reviewUrl(QStringLiteral("00000000-0000-0000-0000-000000000000"))))
        return QStringLiteral("the review URL template '%1' does not make an http(s) address").arg(reviewUrlTemplate);
    return QString();
}

QString ClaimReviewPublisher::reviewUrl(const QString &uuid) const
{
    if (reviewUrlTemplate.isEmpty())
        return QString();
    QString url = reviewUrlTemplate;
    return url.replace(kIdPlaceholder, uuid);
}

void ClaimReviewExporter::setOutlets(const QStringList &outlets)
{
    m_outlets.clear();
    for (const QString &outlet : outlets)
        m_outlets.insert(folded(outlet));
}

ClaimReviewExporter::ClaimReviewExporter(const Taxonomy *taxonomy)
    : m_taxonomy(taxonomy ? taxonomy : &Taxonomy::builtIn())
{
}

bool ClaimReviewExporter::isReviewed(const Annotation &annotation)
{
    return annotation.claim && !annotation.claim->verdict.isEmpty()
        && annotation.claim->verdict != QLatin1String("unverified");
}

namespace {

QJsonObject newsArticle(const QString &iri, const QString &title, const QString &source, const QDate &published,
                        const QString &url, const QString &language)
{
    QJsonObject appearance{{QStringLiteral("@type"), QStringLiteral("NewsArticle")},
                           {QStringLiteral("@id"), iri},
                           {QStringLiteral("headline"), title}};
    if (!source.isEmpty())
        appearance.insert(QStringLiteral("publisher"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                                                   {QStringLiteral("name"), source}});
    if (published.isValid())
        appearance.insert(QStringLiteral("datePublished"), ArticleContext::dateText(published));
    if (!url.isEmpty())
        appearance.insert(QStringLiteral("url"), url);
    if (!language.isEmpty())
        appearance.insert(QStringLiteral("inLanguage"), language);
    return appearance;
}

} // namespace

QJsonObject ClaimReviewExporter::review(const Article &article, const Annotation &annotation,
                                        const QList<OtherAppearance> &others) const
{
    const Claim &claim = *annotation.claim;
    const Taxonomy::Entry *verdict = m_taxonomy->verdict(claim.verdict);
    const QString label = verdict ? verdict->label : claim.verdict;
    QJsonObject rating{{QStringLiteral("@type"), QStringLiteral("Rating")},
                       {QStringLiteral("name"), label},
                       {QStringLiteral("alternateName"), label}};
    if (verdict && verdict->rating >= 1 && verdict->rating <= 5) {
        rating.insert(QStringLiteral("ratingValue"), verdict->rating);
        rating.insert(QStringLiteral("bestRating"), 5);
        rating.insert(QStringLiteral("worstRating"), 1);
    }

    const QJsonObject appearance = newsArticle(ArticleContext::articleIri(article), article.title, article.source,
                                               article.published, article.url, article.language);
    QJsonObject claimed{{QStringLiteral("@type"), QStringLiteral("Claim")}};
    if (others.isEmpty()) {
        claimed.insert(QStringLiteral("appearance"), appearance);
        claimed.insert(QStringLiteral("firstAppearance"), appearance);
    } else {
        // Every article of the library that carries the passage; the first appearance is the
        // earliest dated one (an undated copy cannot be shown to come first).
        QJsonArray appearances{appearance};
        QJsonObject first = appearance;
        QDate firstDate = article.published;
        for (const OtherAppearance &other : others) {
            const QJsonObject item = newsArticle(QStringLiteral("urn:glossa:article:") + other.contentHash, other.title,
                                                 other.source, other.published, other.url, QString());
            appearances.append(item);
            if (other.published.isValid() && (!firstDate.isValid() || other.published < firstDate)) {
                first = item;
                firstDate = other.published;
            }
        }
        claimed.insert(QStringLiteral("appearance"), appearances);
        claimed.insert(QStringLiteral("firstAppearance"), first);
    }
    if (!claim.claimant.isEmpty())
        claimed.insert(QStringLiteral("author"), claimant(claim, article));
    if (article.published.isValid())
        claimed.insert(QStringLiteral("datePublished"), ArticleContext::dateText(article.published));

    const QString id = W3cAnnotationExporter::annotationId(article, annotation);
    QJsonObject object{{QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                       {QStringLiteral("@id"), id},
                       {QStringLiteral("claimReviewed"), claim.summary.isEmpty() ? annotation.anchor.exact : claim.summary},
                       {QStringLiteral("reviewRating"), rating},
                       {QStringLiteral("itemReviewed"), claimed},
                       {QStringLiteral("author"), author(annotation)}};
    const QDateTime reviewed = annotation.modified.isValid() ? annotation.modified : annotation.created;
    if (reviewed.isValid())
        object.insert(QStringLiteral("datePublished"), reviewed.toUTC().date().toString(Qt::ISODate));
    if (!annotation.note.isEmpty())
        object.insert(QStringLiteral("reviewBody"), annotation.note);
    const QString url = m_publisher.reviewUrl(id.section(QLatin1Char(':'), -1));
    if (!url.isEmpty())
        object.insert(QStringLiteral("url"), url);
    return object;
}

QJsonObject ClaimReviewExporter::claimant(const Claim &claim, const Article &article) const
{
    QString kind = claim.claimantKind;
    if (kind.isEmpty()) {
        // Not said: an outlet of the library (or this article's) is an organisation, anyone else
        // is taken to be a person.
        const QString name = folded(claim.claimant);
        kind = m_outlets.contains(name) || name == folded(article.source) ? QStringLiteral("Organization")
                                                                          : QStringLiteral("Person");
    }
    return QJsonObject{{QStringLiteral("@type"), kind}, {QStringLiteral("name"), claim.claimant}};
}

QJsonValue ClaimReviewExporter::author(const Annotation &annotation) const
{
    QJsonObject organisation{{QStringLiteral("@type"), QStringLiteral("Organization")},
                             {QStringLiteral("name"), m_publisher.name.trimmed().isEmpty() ? QString(ClaimReviewPublisher::kDefaultName)
                                                                                            : m_publisher.name.trimmed()}};
    if (!m_publisher.url.isEmpty())
        organisation.insert(QStringLiteral("url"), m_publisher.url);
    if (!m_publisher.logo.isEmpty())
        organisation.insert(QStringLiteral("logo"), m_publisher.logo);
    // A decision of the final layer names who settled it, beside the desk that publishes it.
    if (annotation.layer != Annotation::Layer::Final || !annotation.analyst.isValid())
        return organisation;
    return QJsonArray{organisation, QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                {QStringLiteral("name"), annotation.analyst.name}}};
}

QJsonObject ClaimReviewExporter::graph(const QList<ExportedArticle> &articles) const
{
    QJsonArray reviews;
    for (const ExportedArticle &exported : articles) {
        for (const Annotation &annotation : ArticleContext::inTextOrder(exported.annotations)) {
            if (isReviewed(annotation))
                reviews.append(review(exported.article, annotation, exported.otherAppearances.value(annotation.id)));
        }
    }
    return QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                       {QStringLiteral("@graph"), reviews}};
}

QByteArray ClaimReviewExporter::write(const QList<ExportedArticle> &articles) const
{
    QByteArray json = QJsonDocument(graph(articles)).toJson(QJsonDocument::Indented);
    // ClaimReview is meant to be pasted into a page's <script type="application/ld+json">: a '<'
    // (only ever inside a string here) written as \u003c keeps "</script>" in a quote from
    // closing that element.
    json.replace('<', QByteArrayLiteral("\\u003c"));
    return json;
}

} // namespace glossa
