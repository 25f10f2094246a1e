#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace glossa {

// The chance-corrected agreement coefficients the desk reports when two or more analysts code
// the same articles blind. Pure arithmetic over values the caller has already collected: what
// counts as one unit, one coder or one continuum is decided above, not here.
//
// Every coefficient answers nullopt where it is undefined rather than a number that would read
// as perfect agreement or as none: a figure on the desk's screen must never stand for "this
// data cannot say".
class AgreementMath
{
public:
    // Cohen's kappa for two coders over nominal values: each pair is what coder one and coder
    // two gave the same item. (p_o - p_e) / (1 - p_e), p_e from each coder's own marginals.
    // Every pair counts as given; kappa has no notion of a missing value, so a caller leaves
    // out items one coder did not code (or uses krippendorffAlphaNominal, which handles them).
    // nullopt when there are no pairs, or when p_e is 1: both coders used one and the same
    // single category, so agreement is certain by chance alone and kappa is 0/0.
    static std::optional<double> cohensKappa(const QList<QPair<QString, QString>> &pairs);

    // Krippendorff's alpha, nominal metric, any number of coders, missing values allowed
    // (coincidence matrix method). Each unit is the list of values its coders gave; an empty
    // string is a missing value and is skipped, so a unit may be written either with a
    // placeholder for every coder, in the same order, or with only the values present. A unit
    // left with fewer than two values cannot be paired and does not count, as Krippendorff
    // specifies. nullopt when fewer than two pairable values remain, or when all of them fall
    // in one category (the expected disagreement is 0).
    static std::optional<double> krippendorffAlphaNominal(const QList<QList<QString>> &units);

    // One article as a continuum for unitizing: its length and, per coder, the segments
    // [start, end) that coder highlighted. The same coders in the same order in every
    // continuum; a coder who highlighted nothing in it has an empty list.
    struct UnitizedContinuum
    {
        int length = 0;
        QList<QList<QPair<int, int>>> segmentsByCoder;
    };

    struct UnitizingDisagreement
    {
        double observed = 0;
        double expected = 0;
    };

    // Krippendorff's unitizing alpha, binary form: each coder divides every continuum into
    // highlighted segments (units) and the gaps between them, and alpha_u compares where the
    // units begin and end (Krippendorff 1995, "On the reliability of unitizing continuous
    // data"; Content Analysis, 2nd ed. 2004, section 12.4), computed the way DKPro Statistics'
    // KrippendorffAlphaUnitizingAgreement does for one category. Several continua are one
    // study: their disagreements are summed before the division by the total length, as if
    // the articles were laid end to end, except that a gap never runs from one article into
    // the next (no coder could highlight across that border). For more than two coders this
    // is the 1995/2004 definition, not the revision of Krippendorff, Mathet et al. (2016).
    //
    // Segments are taken as the analysts left them, made fit for the formula: clipped to the
    // continuum, empty ones dropped (a unit without length carries no weight), overlapping
    // ones of one coder merged into their union (alpha_u requires a coder's units to be
    // disjoint). Touching segments stay two units: where one ends and the next begins is part
    // of what alpha_u compares.
    //
    // nullopt when there are fewer than two coders or the continua disagree on how many there
    // are, when no coder marked anything anywhere, or when the expected disagreement is 0.
    static std::optional<double> krippendorffUnitizingAlpha(const QList<UnitizedContinuum> &continua);
    // Both disagreements behind krippendorffUnitizingAlpha, for reports and for checking
    // against published values; nullopt on the same input errors, and when nothing was marked.
    static std::optional<UnitizingDisagreement> unitizingDisagreement(const QList<UnitizedContinuum> &continua);
};

} // namespace glossa
