#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace glossa {

// One claim the desk's memory holds: a verdict given in this library (any verdict but
// "unverified"), or a fact-check imported from outside (a schema.org ClaimReview).
struct RememberedClaim
{
    enum class Source { Library, Imported };

    Source source = Source::Library;
    // Library: the claim's annotation id. Imported: the fact_checks row.
    qint64 id = 0;
    QString text;      // library: the passage the claim quotes; imported: claimReviewed
    QString kind;      // a taxonomy kind id; empty for an imported fact-check
    QString verdict;   // a taxonomy verdict id (an imported rating mapped onto the taxonomy)
    QString claimant;
    // Who settled it: the analyst's display name (library) or the reviewing organisation (imported).
    QString reviewer;
    QString url;       // imported: the fact-check's own page (ClaimReview url); library: empty
    QString rating;    // imported: the rating as the reviewer wrote it (alternateName); library: empty
    QDateTime settled; // when the verdict was given (library: the claim's last change; imported: datePublished)
    qint64 articleId = 0; // library: the article the claim was made on; 0 for imported
    QString language;  // the claim's language when known ("fr", "ar", "en"), else empty

    static QString sourceName(Source s) { return s == Source::Imported ? QStringLiteral("imported") : QStringLiteral("library"); }
    // "library:12" / "imported:3": how a claim is named across the memory.
    QString key() const { return sourceName(source) + QLatin1Char(':') + QString::number(id); }
};

// A place in an article where a remembered claim reappears: proposed by matching, then
// accepted by the analyst (it became an annotation carrying that claim) or dismissed (never
// proposed again for that span and claim).
struct Appearance
{
    enum class Status { Proposed, Accepted, Dismissed };
    enum class Match { Copy, Reworded }; // word for word (or nearly), or the same claim in other words

    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0; // UTF-16 range in the article's text
    int end = 0;
    QString exact; // the text of that range
    RememberedClaim claim;
    double score = 0;  // 0..1
    Match match = Match::Copy;
    QString reason;    // why it matched, for the analyst: words shared, numbers that agree
    Status status = Status::Proposed;
    qint64 acceptedAnnotationId = 0; // the annotation an accepted appearance became
    QDateTime created;

    static QString statusName(Status s)
    {
        switch (s) {
        case Status::Accepted: return QStringLiteral("accepted");
        case Status::Dismissed: return QStringLiteral("dismissed");
        case Status::Proposed: break;
        }
        return QStringLiteral("proposed");
    }
    static QString matchName(Match m) { return m == Match::Reworded ? QStringLiteral("reworded") : QStringLiteral("copy"); }
};

// A fact-check published outside the library: one schema.org ClaimReview as read from a file.
struct FactCheck
{
    qint64 id = 0;          // the library's row once stored
    QString claimReviewed;  // the claim's text
    QString url;            // the fact-check's page
    QString reviewer;       // author: the organisation (or person) that reviewed it
    QString rating;         // reviewRating.alternateName (or name), as written
    double ratingValue = -1; // reviewRating.ratingValue, with bestRating/worstRating; -1 when absent
    double bestRating = -1;
    double worstRating = -1;
    QString verdict;        // the rating mapped onto the taxonomy's verdicts
    QString claimant;       // itemReviewed.author.name
    QString appearanceUrl;  // itemReviewed.appearance (first), where the claim was seen
    QDateTime published;    // datePublished
    QString language;       // inLanguage when given
};

// A sentence of an article, scored for how worth checking it is, with the features that gave
// the score (stable ids: "number", "percentage", "money", "date", "entity", "known-name",
// "comparative", "superlative", "attribution", "hedge").
struct CheckWorthySentence
{
    int start = 0; // UTF-16 range in the article's text
    int end = 0;
    QString text;
    double score = 0;
    QStringList features;
};

} // namespace glossa
