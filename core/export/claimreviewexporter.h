#pragma once

#include "model/exportdata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace glossa {

class Taxonomy;

// Who publishes the fact-checks, and where: fact-check search (Google's) takes a ClaimReview only
// with the url of the page that publishes it, and shows the organisation's name, site and logo.
struct ClaimReviewPublisher
{
    static constexpr QLatin1String kIdPlaceholder{"{id}"};
    static constexpr QLatin1String kDefaultName{"Glossa user"};

    QString name;              // the organisation; empty: kDefaultName
    QString url;               // its site
    QString logo;              // its logo's URL
    QString reviewUrlTemplate; // the page of one check, {id} standing for the annotation's UUID

    // Why these cannot be published (an address that is not an http(s) URL, a template without
    // {id}); empty when they can.
    QString problem() const;
    // The page of the review of the annotation with this UUID; empty without a template.
    QString reviewUrl(const QString &uuid) const;
    bool operator==(const ClaimReviewPublisher &o) const
    {
        return name == o.name && url == o.url && logo == o.logo && reviewUrlTemplate == o.reviewUrlTemplate;
    }
};

// schema.org ClaimReview JSON-LD ({"@context": "https://schema.org", "@graph": [...]}), one
// review per claim whose verdict is anything but "unverified": an unverified claim has not been
// reviewed yet, whereas "unverifiable" is a finding and is published with its label (name and
// alternateName) and no ratingValue: it is no point on the false (1) to supported (5) scale, and
// a number would rank it there. Orphaned annotations are included: the passage is still what was
// reviewed. Each review has its url (the publisher's template), claimReviewed is the analyst's
// summary when there is one (else the quote), the claim's appearances carry their articles' own
// URLs, and the claimant is the Person or Organization the analyst said, else an Organization
// when the name is one of the library's outlets, else a Person.
class ClaimReviewExporter
{
public:
    explicit ClaimReviewExporter(const Taxonomy *taxonomy = nullptr); // nullptr: Taxonomy::builtIn()

    // The organisation named as the review's author, and where its reviews are published.
    void setPublisher(const ClaimReviewPublisher &publisher) { m_publisher = publisher; }
    ClaimReviewPublisher publisher() const { return m_publisher; }
    // The library's outlets: a claimant of no stated kind named as one is an Organization.
    void setOutlets(const QStringList &outlets);

    QByteArray write(const QList<ExportedArticle> &articles) const;
    QJsonObject graph(const QList<ExportedArticle> &articles) const;

    static bool isReviewed(const Annotation &annotation);

private:
    QJsonObject review(const Article &article, const Annotation &annotation,
                       const QList<OtherAppearance> &others = {}) const;

    const Taxonomy *m_taxonomy;
    // The organisation (m_authorName), and for a final-layer decision the analyst who made it.
    QJsonValue author(const Annotation &annotation) const;

    QJsonObject claimant(const Claim &claim, const Article &article) const;

    ClaimReviewPublisher m_publisher;
    QSet<QString> m_outlets; // case-folded
};

} // namespace glossa
