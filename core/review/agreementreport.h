#pragma once

#include "model/analyst.h"
#include "storage/annotationstore.h"

#include <QHash>
#include <QList>
#include <optional>

namespace glossa {

// How far two analysts agree over some articles. Claims are paired by span (ClaimMatcher);
// kinds and verdicts are compared on the pairs, spans over every highlight of both.
struct AgreementFigures
{
    int articles = 0;      // articles both analysts annotated
    int claimsA = 0;       // their claims there, anchored in the text
    int claimsB = 0;
    int matchedClaims = 0; // pairs of claims, one of each analyst, on the same passage
    std::optional<double> verdictKappa; // Cohen's kappa on the verdicts of the pairs
    std::optional<double> verdictAlpha; // Krippendorff's alpha (nominal) on the same
    std::optional<double> kindAlpha;    // Krippendorff's alpha (nominal) on the kinds of the pairs
    std::optional<double> spanAlphaU;   // Krippendorff's unitizing alpha on all highlighted spans
    // Left out of the verdict and kind figures, and why.
    int unmatchedClaims = 0; // a claim with no partner claim of the other analyst
    int orphanedClaims = 0;  // a claim whose passage is no longer in the text

    int excluded() const { return unmatchedClaims + orphanedClaims; }
};

struct AgreementPair
{
    Analyst a;
    Analyst b;
    AgreementFigures overall;
    QList<QPair<qint64, AgreementFigures>> perArticle; // by article id, ascending
};

// The figures for every pair of analysts over the articles whose codings are given. Articles
// one analyst of a pair did not annotate at all are not theirs to compare and count nowhere.
class AgreementReport
{
public:
    // \a codings as AnnotationStore::codings gives them, \a lengths each article's text length
    // (AnnotationStore::textLengths). \a analysts limits and orders the analysts (empty: every
    // analyst in the codings, by name); each pair once, in that order.
    static QList<AgreementPair> compute(const QList<Coding> &codings, const QHash<qint64, int> &lengths,
                                        const QList<Analyst> &analysts = {});
};

} // namespace glossa
