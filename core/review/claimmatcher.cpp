#include "claimmatcher.h"

#include <algorithm>
#include <tuple>

namespace glossa {

namespace {

struct Candidate
{
    qint64 overlap = 0;
    int startA = 0;
    int startB = 0;
    int indexA = 0;
    int indexB = 0;
};

qint64 lengthOf(const CodedSpan &span)
{
    return qint64(span.end) - span.start;
}

} // namespace

QList<QPair<int, int>> ClaimMatcher::match(const QList<CodedSpan> &a, const QList<CodedSpan> &b)
{
    QList<Candidate> candidates;
    for (int i = 0; i < a.size(); ++i) {
        const CodedSpan &spanA = a.at(i);
        const qint64 lengthA = lengthOf(spanA);
        if (lengthA <= 0)
            continue;
        for (int j = 0; j < b.size(); ++j) {
            const CodedSpan &spanB = b.at(j);
            const qint64 lengthB = lengthOf(spanB);
            if (lengthB <= 0)
                continue;
            const qint64 overlap = qint64(std::min(spanA.end, spanB.end)) - std::max(spanA.start, spanB.start);
            if (overlap > 0 && overlap * 2 >= std::min(lengthA, lengthB))
                candidates.append({overlap, spanA.start, spanB.start, i, j});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return std::tie(y.overlap, x.startA, x.startB, x.indexA, x.indexB)
               < std::tie(x.overlap, y.startA, y.startB, y.indexA, y.indexB);
    });

    QList<bool> takenA(a.size(), false);
    QList<bool> takenB(b.size(), false);
    QList<QPair<int, int>> pairs;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (takenA.at(candidate.indexA) || takenB.at(candidate.indexB))
            continue;
        takenA[candidate.indexA] = true;
        takenB[candidate.indexB] = true;
        pairs.append({candidate.indexA, candidate.indexB});
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace glossa
