#include "agreementmath.h"

#include <QHash>

#include <algorithm>

namespace glossa {

std::optional<double> AgreementMath::cohensKappa(const QList<QPair<QString, QString>> &pairs)
{
    if (pairs.isEmpty())
        return std::nullopt;
    QHash<QString, qint64> firstCoder;
    QHash<QString, qint64> secondCoder;
    qint64 agreed = 0;
    for (const auto &[first, second] : pairs) {
        ++firstCoder[first];
        ++secondCoder[second];
        if (first == second)
            ++agreed;
    }
    // In counts rather than proportions, so that "p_e is 1" is an exact integer test:
    // kappa = (n * agreed - sum a_c b_c) / (n^2 - sum a_c b_c).
    const qint64 n = pairs.size();
    qint64 chanceAgreed = 0;
    for (auto it = firstCoder.cbegin(); it != firstCoder.cend(); ++it)
        chanceAgreed += it.value() * secondCoder.value(it.key());
    if (chanceAgreed == n * n)
        return std::nullopt;
    return double(n * agreed - chanceAgreed) / double(n * n - chanceAgreed);
}

std::optional<double> AgreementMath::krippendorffAlphaNominal(const QList<QList<QString>> &units)
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: o_cc are
    // the coincidences within a category, each unit's pairs weighted 1 / (m_u - 1) so that a
    // unit contributes m_u pairable values in all; n_c are the pairable values per category.
    qint64 pairable = 0;
    QHash<QString, qint64> pairableByValue;
    double coincidencesWithin = 0;
    for (const QList<QString> &unit : units) {
        QHash<QString, qint64> counts;
        qint64 present = 0;
        for (const QString &value : unit) {
            if (value.isEmpty())
                continue;
            ++counts[value];
            ++present;
        }
        if (present < 2)
            continue;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            coincidencesWithin += double(it.value() * (it.value() - 1)) / double(present - 1);
            pairableByValue[it.key()] += it.value();
        }
        pairable += present;
    }
    qint64 samePairsByChance = 0; // sum n_c (n_c - 1)
    for (const qint64 count : std::as_const(pairableByValue))
        samePairsByChance += count * (count - 1);
    const qint64 allPairs = pairable * (pairable - 1);
    // One category only (or nothing pairable): every pair agrees by chance, D_e is 0.
    if (pairable < 2 || samePairsByChance == allPairs)
        return std::nullopt;
    return (double(pairable - 1) * coincidencesWithin - double(samePairsByChance))
           / double(allPairs - samePairsByChance);
}

namespace {

// A stretch of one coder's continuum: a unit (marked) or the gap between two.
struct Section
{
    qint64 start = 0;
    qint64 end = 0;
    bool marked = false;
    qint64 length() const { return end - start; }
};

// The segments as alpha_u needs them: within the continuum, not empty, sorted, disjoint.
QList<QPair<int, int>> fitSegments(const QList<QPair<int, int>> &segments, int length)
{
    QList<QPair<int, int>> clipped;
    for (const auto &[start, end] : segments) {
        const int from = std::max(start, 0);
        const int to = std::min(end, length);
        if (from < to)
            clipped.append({from, to});
    }
    std::sort(clipped.begin(), clipped.end());
    QList<QPair<int, int>> fit;
    for (const auto &segment : std::as_const(clipped)) {
        if (!fit.isEmpty() && segment.first < fit.last().second)
            fit.last().second = std::max(fit.last().second, segment.second);
        else
            fit.append(segment);
    }
    return fit;
}

// The whole continuum [0, length) as alternating gaps and units.
QList<Section> sectionsOf(const QList<QPair<int, int>> &units, int length)
{
    QList<Section> sections;
    qint64 position = 0;
    for (const auto &[start, end] : units) {
        if (start > position)
            sections.append({position, start, false});
        sections.append({start, end, true});
        position = end;
    }
    if (position < length)
        sections.append({position, length, false});
    return sections;
}

double squared(qint64 value)
{
    return double(value) * double(value);
}

// Krippendorff's distance between two overlapping sections of two coders: two units differ by
// how far apart their beginnings and their ends are; a unit inside the other coder's gap is
// missed whole; anything else (two gaps, a unit that sticks out of the gap) costs nothing here,
// its disagreement being counted against the sections it does overlap.
double distanceOfOverlapping(const Section &a, const Section &b)
{
    if (a.marked && b.marked)
        return squared(a.start - b.start) + squared(a.end - b.end);
    if (a.marked && !b.marked && b.start <= a.start && a.end <= b.end)
        return squared(a.length());
    if (b.marked && !a.marked && a.start <= b.start && b.end <= a.end)
        return squared(b.length());
    return 0;
}

// Sum of the distances between every overlapping pair of sections of two coders. Both lists
// cover the continuum in order, so a merge-like walk meets each overlapping pair once.
double observedBetween(const QList<Section> &first, const QList<Section> &second)
{
    double sum = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < first.size() && j < second.size()) {
        sum += distanceOfOverlapping(first.at(i), second.at(j));
        const qint64 firstEnd = first.at(i).end;
        const qint64 secondEnd = second.at(j).end;
        if (firstEnd <= secondEnd)
            ++i;
        if (secondEnd <= firstEnd)
            ++j;
    }
    return sum;
}

} // namespace

std::optional<AgreementMath::UnitizingDisagreement>
AgreementMath::unitizingDisagreement(const QList<UnitizedContinuum> &continua)
{
    if (continua.isEmpty())
        return std::nullopt;
    const qsizetype coders = continua.first().segmentsByCoder.size();
    if (coders < 2)
        return std::nullopt;

    double observedSum = 0; // over ordered pairs of coders
    qint64 totalLength = 0;
    QList<qint64> unitLengths;
    QList<qint64> gapLengths;
    for (const UnitizedContinuum &continuum : continua) {
        if (continuum.segmentsByCoder.size() != coders)
            return std::nullopt;
        const int length = std::max(continuum.length, 0);
        totalLength += length;
        QList<QList<Section>> sectionsByCoder;
        for (const auto &segments : continuum.segmentsByCoder) {
            sectionsByCoder.append(sectionsOf(fitSegments(segments, length), length));
            for (const Section &section : std::as_const(sectionsByCoder.last()))
                (section.marked ? unitLengths : gapLengths).append(section.length());
        }
        for (qsizetype i = 0; i < coders; ++i) {
            for (qsizetype j = i + 1; j < coders; ++j)
                observedSum += 2 * observedBetween(sectionsByCoder.at(i), sectionsByCoder.at(j));
        }
    }
    if (unitLengths.isEmpty())
        return std::nullopt;

    // Krippendorff (2004), section 12.4, for one category c, with m coders, L the total length,
    // N the number of units of all coders, l a unit's length and g a gap's:
    //   D_o = sum over ordered pairs of coders of the distances above / (m (m-1) L^2)
    //   D_e = 2/L * sum over units of [ (N-1) (2l^3 - 3l^2 + l) / 3
    //                                   + l^2 * sum over gaps g >= l of (g - l + 1) ]
    //         / ( mL (mL - 1) - sum over units of l (l-1) )
    // the first term being the unit set against the other units, the second the unit placed
    // anywhere it fits inside a gap. The inner sum over gaps is read off suffix sums of the
    // sorted gap lengths, so a study of thousands of articles stays n log n.
    const double m = double(coders);
    const double L = double(totalLength);
    std::sort(gapLengths.begin(), gapLengths.end());
    QList<double> gapSumFrom(gapLengths.size() + 1, 0.0);
    for (qsizetype i = gapLengths.size() - 1; i >= 0; --i)
        gapSumFrom[i] = gapSumFrom.at(i + 1) + double(gapLengths.at(i));

    const double otherUnits = double(unitLengths.size() - 1);
    double expectedSum = 0;
    double unitSelfPairs = 0;
    for (const qint64 unitLength : std::as_const(unitLengths)) {
        const double l = double(unitLength);
        const auto fitting = std::lower_bound(gapLengths.cbegin(), gapLengths.cend(), unitLength);
        const qsizetype firstFitting = fitting - gapLengths.cbegin();
        const double fittingGaps = double(gapLengths.size() - firstFitting);
        const double placements = gapSumFrom.at(firstFitting) - (l - 1) * fittingGaps;
        expectedSum += otherUnits * l * (l - 1) * (2 * l - 1) / 3 + l * l * placements;
        unitSelfPairs += l * (l - 1);
    }

    UnitizingDisagreement disagreement;
    disagreement.observed = observedSum / (m * (m - 1) * L * L);
    disagreement.expected = (2 / L) * expectedSum / (m * L * (m * L - 1) - unitSelfPairs);
    return disagreement;
}

std::optional<double> AgreementMath::krippendorffUnitizingAlpha(const QList<UnitizedContinuum> &continua)
{
    const auto disagreement = unitizingDisagreement(continua);
    if (!disagreement || disagreement->expected <= 0)
        return std::nullopt;
    return 1 - disagreement->observed / disagreement->expected;
}

} // namespace glossa
