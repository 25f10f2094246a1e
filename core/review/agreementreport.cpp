#include "agreementreport.h"

#include "agreementmath.h"
#include "claimmatcher.h"

#include <QMap>
#include <algorithm>

namespace glossa {

namespace {

// One article as one analyst coded it.
struct Reading
{
    QList<CodedSpan> claims; // anchored ones
    QList<QPair<int, int>> spans; // every anchored highlight, claims included
    int orphanedClaims = 0;
};

// What one pair shares on the articles being summed: the matched values and the continua.
struct Tally
{
    AgreementFigures figures;
    QList<QPair<QString, QString>> verdicts;
    QList<QPair<QString, QString>> kinds;
    QList<AgreementMath::UnitizedContinuum> continua;

    void add(const Reading &a, const Reading &b, int length)
    {
        ++figures.articles;
        figures.claimsA += int(a.claims.size());
        figures.claimsB += int(b.claims.size());
        figures.orphanedClaims += a.orphanedClaims + b.orphanedClaims;
        const QList<QPair<int, int>> pairs = ClaimMatcher::match(a.claims, b.claims);
        figures.matchedClaims += int(pairs.size());
        figures.unmatchedClaims += int(a.claims.size() + b.claims.size() - 2 * pairs.size());
        for (const auto &[i, j] : pairs) {
            verdicts.append({a.claims.at(i).verdict, b.claims.at(j).verdict});
            kinds.append({a.claims.at(i).kind, b.claims.at(j).kind});
        }
        continua.append({length, {a.spans, b.spans}});
    }

    AgreementFigures finish()
    {
        const auto units = [](const QList<QPair<QString, QString>> &pairs) {
            QList<QList<QString>> result;
            result.reserve(pairs.size());
            for (const auto &[first, second] : pairs)
                result.append({first, second});
            return result;
        };
        figures.verdictKappa = AgreementMath::cohensKappa(verdicts);
        figures.verdictAlpha = AgreementMath::krippendorffAlphaNominal(units(verdicts));
        figures.kindAlpha = AgreementMath::krippendorffAlphaNominal(units(kinds));
        figures.spanAlphaU = AgreementMath::krippendorffUnitizingAlpha(continua);
        return figures;
    }
};

} // namespace

QList<AgreementPair> AgreementReport::compute(const QList<Coding> &codings, const QHash<qint64, int> &lengths,
                                              const QList<Analyst> &analysts)
{
    // Readings by article, then by analyst.
    QMap<qint64, QHash<QString, Reading>> readings;
    QHash<QString, Analyst> seen;
    for (const Coding &coding : codings) {
        seen.insert(coding.analyst.uuid, coding.analyst);
        Reading &reading = readings[coding.articleId][coding.analyst.uuid];
        if (coding.orphaned) {
            reading.orphanedClaims += coding.isClaim ? 1 : 0;
            continue;
        }
        reading.spans.append({coding.start, coding.end});
        if (coding.isClaim)
            reading.claims.append({coding.uuid, coding.start, coding.end, coding.kind, coding.verdict});
    }
    QList<Analyst> who = analysts;
    if (who.isEmpty()) {
        who = seen.values();
        std::sort(who.begin(), who.end(), [](const Analyst &x, const Analyst &y) {
            const int byName = QString::compare(x.name, y.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : x.uuid < y.uuid;
        });
    }
    QList<AgreementPair> pairs;
    for (qsizetype i = 0; i < who.size(); ++i) {
        for (qsizetype j = i + 1; j < who.size(); ++j) {
            AgreementPair pair{who.at(i), who.at(j), {}, {}};
            Tally overall;
            for (auto article = readings.cbegin(); article != readings.cend(); ++article) {
                const auto a = article->constFind(pair.a.uuid);
                const auto b = article->constFind(pair.b.uuid);
                if (a == article->cend() || b == article->cend())
                    continue;
                const int length = lengths.value(article.key());
                overall.add(*a, *b, length);
                Tally one;
                one.add(*a, *b, length);
                pair.perArticle.append({article.key(), one.finish()});
            }
            pair.overall = overall.finish();
            pairs.append(pair);
        }
    }
    return pairs;
}

} // namespace glossa
