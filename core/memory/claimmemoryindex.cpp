#include "claimmemoryindex.h"

#include "claimtext.h"

#include <QHash>
#include <QSet>
#include <QtAlgorithms>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace glossa {

namespace {

constexpr int kShingleWords = 3;

quint64 shingleOf(quint64 a, quint64 b, quint64 c)
{
    // The three words' hashes mixed in order (a 64-bit finaliser between them).
    quint64 h = 0x9e3779b97f4a7c15ull;
    for (quint64 w : {a, b, c}) {
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 33;
    }
    return h;
}

// The words of a run of sentences, as one sequence.
struct Window
{
    int start = 0;
    int end = 0;
    QList<quint64> hashes;             // of the folded words, in order
    QList<quint64> nameHashes;         // of the names among them not spelled as the word is
    QList<int> stems;                  // distinct stem ids the index knows, sorted
    QList<quint64> shingles;           // distinct
    QList<ClaimNumbers::Number> numbers;

    bool hasWord(quint64 hash) const { return hashes.contains(hash) || nameHashes.contains(hash); }
};

// Per-claim counters for one match() call, reset after each window through the touched lists,
// so a window costs what its postings hold, not the size of the memory.
struct Scratch
{
    // A claim's shingles found and rare stems' weight, side by side: one cache line per touch.
    struct Counter
    {
        double weight = 0;
        int shingles = 0;
    };
    std::vector<Counter> counters;
    QList<int> touched;
    // The stems of the window being looked at: stemMark[id] == mark.
    QList<int> stemMark;
    int mark = 0;
    // One bit a claim, all clear between calls: sorts a list of distinct claims in the time of a
    // pass over the bits (a sentence touches hundreds of the claims; std::sort showed in profiles).
    std::vector<quint64> bits;

    Scratch(int claims, int stems) : counters(size_t(claims)), stemMark(stems, 0), bits((size_t(claims) + 63) / 64) {}
    // Sorts \a claims, distinct claim indexes.
    void sortClaims(QList<int> *claims)
    {
        if (claims->size() < 2)
            return;
        for (int c : std::as_const(*claims))
            bits[size_t(c) >> 6] |= quint64(1) << (c & 63);
        claims->clear();
        for (size_t word = 0; word < bits.size(); ++word) {
            for (quint64 set = bits[word]; set != 0; set &= set - 1)
                claims->append(int(word * 64 + qCountTrailingZeroBits(set)));
            bits[word] = 0;
        }
    }
    void markStems(const Window &w)
    {
        ++mark;
        for (int id : w.stems)
            stemMark[id] = mark;
    }
    bool hasStem(int id) const { return stemMark.at(id) == mark; }
    void touch(int c)
    {
        const Counter &counter = counters[size_t(c)];
        if (counter.shingles == 0 && counter.weight == 0)
            touched.append(c);
    }
    void reset()
    {
        for (int c : std::as_const(touched)) {
            counters[size_t(c)] = Counter();
        }
        touched.clear();
    }
};

QString joinedNumbers(const QList<ClaimNumbers::Number> &numbers)
{
    QStringList shown;
    for (const ClaimNumbers::Number &n : numbers) {
        if (!shown.contains(n.display()))
            shown.append(n.display());
    }
    if (shown.size() <= 1)
        return shown.join(QString());
    const QString last = shown.takeLast();
    return shown.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

bool containsSequence(const QList<quint64> &haystack, const QList<quint64> &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (int i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (std::equal(needle.begin(), needle.end(), haystack.begin() + i))
            return true;
    }
    return false;
}

} // namespace

struct ClaimMemoryIndex::Data
{
    struct Claim
    {
        QList<quint64> hashes;         // of every word, in order
        QList<quint64> shingles;       // distinct
        QList<int> stems;              // distinct content stems, by id
        QList<quint64> names;          // hashes of its names, distinct
        QList<ClaimNumbers::Number> numbers;
        double weight = 0;             // sum of its stems' IDF
        double frequentWeight = 0;     // of those too common to find candidates by
    };

    QList<RememberedClaim> claims;
    QList<Claim> read;
    QHash<quint64, QList<int>> byShingle;
    // By the stem's 64-bit hash: an article's words find their stem's id without hashing a string.
    QHash<quint64, int> stemIds;
    QList<QList<int>> byStem;
    QList<double> idf;
    int frequentPostings = 0;
    // What the candidate loop reads of every claim it touches, kept apart and dense: tens of
    // thousands of claims are touched per article, and a Claim each would miss the cache.
    // One line of the cache holds a claim's: its frequent stems (ids, and their IDF beside them)
    // run from frequentStart to frequentEnd, so a candidate's reworded share is known exactly
    // from them and its rare stems' weight before the claim itself is read.
    struct Candidate
    {
        double weight = 0;
        double frequentWeight = 0;
        int shingleCount = 0;
        int frequentStart = 0;
        int frequentEnd = 0;
    };
    std::vector<Candidate> candidates;
    QList<int> frequentIds;
    QList<double> frequentIdf;

    // Fills \a w (its lists keep their capacity from one sentence to the next).
    void window(const ClaimText &text, int first, int last, Window *w) const;
    // A hit of claim \a c on \a w, from the claim's shingles found there; nullopt when none.
    // The window's stems are those marked in \a scratch.
    std::optional<Hit> evaluate(int c, int sharedShingles, const Window &w, const Scratch &scratch) const;
    // Claims sharing enough with \a w to be tried on it; those that nearly match go to *partial.
    // *partial: claims the window holds much of; *touched: any of (both sorted).
    void matchSentence(const Window &w, Scratch &scratch, QList<Hit> *hits, QList<int> *partial, QList<int> *touched) const;
};

ClaimMemoryIndex::ClaimMemoryIndex(const QList<RememberedClaim> &claims)
{
    auto data = std::make_shared<Data>();
    data->claims = claims;
    data->read.reserve(claims.size());
    // Reading the claims (words, stems, numbers) is most of the building: on the thread pool.
    const QList<ClaimText> texts = QtConcurrent::blockingMapped(
        claims, [](const RememberedClaim &claim) { return ClaimText::read(claim.text, claim.language); });
    for (int c = 0; c < claims.size(); ++c) {
        const ClaimText &text = texts.at(c);
        Data::Claim claim;
        QSet<int> stems;
        for (const ClaimText::Sentence &s : text.sentences) {
            for (const ClaimText::Word &w : s.words) {
                claim.hashes.append(w.hash);
                if (!w.stem.isEmpty()) {
                    auto it = data->stemIds.constFind(w.stemHash);
                    int id;
                    if (it == data->stemIds.cend()) {
                        id = int(data->byStem.size());
                        data->stemIds.insert(w.stemHash, id);
                        data->byStem.append(QList<int>());
                    } else {
                        id = it.value();
                    }
                    if (!stems.contains(id)) {
                        stems.insert(id);
                        claim.stems.append(id);
                        data->byStem[id].append(c);
                    }
                }
                if (!w.name.isEmpty()) {
                    const quint64 name = ClaimText::hashOf(w.name);
                    if (!claim.names.contains(name))
                        claim.names.append(name);
                }
            }
            claim.numbers += s.numbers;
        }
        QSet<quint64> seen;
        for (int i = 0; i + kShingleWords <= claim.hashes.size(); ++i) {
            const quint64 h = shingleOf(claim.hashes.at(i), claim.hashes.at(i + 1), claim.hashes.at(i + 2));
            if (!seen.contains(h)) {
                seen.insert(h);
                claim.shingles.append(h);
                data->byShingle[h].append(c);
            }
        }
        data->read.append(claim);
    }
    const double n = qMax(1, int(claims.size()));
    data->idf.reserve(data->byStem.size());
    for (const QList<int> &postings : std::as_const(data->byStem))
        data->idf.append(std::log(1.0 + n / double(postings.size())));
    // A stem one claim in fifty shares finds no useful candidate; it still counts in the score.
    data->frequentPostings = qMax(64, int(n / 50));
    for (Data::Claim &claim : data->read) {
        Data::Candidate candidate;
        candidate.frequentStart = int(data->frequentIds.size());
        for (int id : std::as_const(claim.stems)) {
            claim.weight += data->idf.at(id);
            if (data->byStem.at(id).size() > data->frequentPostings) {
                claim.frequentWeight += data->idf.at(id);
                data->frequentIds.append(id);
                data->frequentIdf.append(data->idf.at(id));
            }
        }
        candidate.frequentEnd = int(data->frequentIds.size());
        candidate.shingleCount = int(claim.shingles.size());
        candidate.weight = claim.weight;
        candidate.frequentWeight = claim.frequentWeight;
        data->candidates.push_back(candidate);
    }
    d = data;
}

int ClaimMemoryIndex::size() const
{
    return int(d->claims.size());
}

const RememberedClaim &ClaimMemoryIndex::claim(int index) const
{
    return d->claims.at(index);
}

void ClaimMemoryIndex::Data::window(const ClaimText &text, int first, int last, Window *out) const
{
    Window &w = *out;
    w.hashes.clear();
    w.nameHashes.clear();
    w.stems.clear();
    w.shingles.clear();
    w.numbers.clear();
    w.start = text.sentences.at(first).start;
    w.end = text.sentences.at(last).end;
    for (int s = first; s <= last; ++s) {
        const ClaimText::Sentence &sentence = text.sentences.at(s);
        for (const ClaimText::Word &word : sentence.words) {
            w.hashes.append(word.hash);
            if (!word.name.isEmpty() && word.name != word.folded)
                w.nameHashes.append(ClaimText::hashOf(word.name));
            if (word.stem.isEmpty())
                continue;
            const int id = stemIds.value(word.stemHash, -1);
            if (id >= 0)
                w.stems.append(id);
        }
        w.numbers += sentence.numbers;
    }
    std::sort(w.stems.begin(), w.stems.end());
    w.stems.erase(std::unique(w.stems.begin(), w.stems.end()), w.stems.end());
    for (int i = 0; i + kShingleWords <= w.hashes.size(); ++i)
        w.shingles.append(shingleOf(w.hashes.at(i), w.hashes.at(i + 1), w.hashes.at(i + 2)));
    std::sort(w.shingles.begin(), w.shingles.end());
    w.shingles.erase(std::unique(w.shingles.begin(), w.shingles.end()), w.shingles.end());
}

std::optional<ClaimMemoryIndex::Hit> ClaimMemoryIndex::Data::evaluate(int c, int sharedShingles, const Window &w,
                                                                      const Scratch &scratch) const
{
    const Claim &claim = read.at(c);
    Hit hit;
    hit.claimIndex = c;
    hit.start = w.start;
    hit.end = w.end;
    // Copies: the claim's three-word sequences found in the window.
    const double copyShare = claim.shingles.isEmpty() ? 0.0 : double(sharedShingles) / double(claim.shingles.size());
    if (copyShare >= kCopyShare) {
        if (!ClaimNumbers::agree(claim.numbers, w.numbers))
            return std::nullopt;
        hit.match = Appearance::Match::Copy;
        if (containsSequence(w.hashes, claim.hashes)) {
            hit.score = 1.0;
            hit.reason = QStringLiteral("word for word");
        } else {
            hit.score = copyShare;
            hit.reason = QStringLiteral("%1 % of the claim's word sequences").arg(qRound(copyShare * 100));
        }
        if (!claim.numbers.isEmpty())
            hit.reason += QStringLiteral(", numbers %1 agree").arg(joinedNumbers(claim.numbers));
        return hit;
    }
    // Rewordings: the IDF-weighted share of the claim's content words, numbers and names agreeing.
    if (claim.weight <= 0)
        return std::nullopt;
    double shared = 0;
    int sharedWords = 0;
    for (int id : claim.stems) {
        if (scratch.hasStem(id)) {
            shared += idf.at(id);
            ++sharedWords;
        }
    }
    const double share = shared / claim.weight;
    if (share < kRewordedShare || sharedWords < qMin(kMinSharedWords, int(claim.stems.size())))
        return std::nullopt;
    if (!ClaimNumbers::agree(claim.numbers, w.numbers))
        return std::nullopt;
    for (quint64 name : claim.names) {
        if (!w.hasWord(name))
            return std::nullopt;
    }
    hit.match = Appearance::Match::Reworded;
    hit.score = share;
    hit.reason = QStringLiteral("reworded: %1 of %2 content words").arg(sharedWords).arg(claim.stems.size());
    if (!claim.numbers.isEmpty())
        hit.reason += QStringLiteral(", numbers %1 agree").arg(joinedNumbers(claim.numbers));
    if (!claim.names.isEmpty())
        hit.reason += QStringLiteral(", names agree");
    return hit;
}

void ClaimMemoryIndex::Data::matchSentence(const Window &w, Scratch &scratch, QList<Hit> *hits, QList<int> *partial,
                                           QList<int> *touched) const
{
    scratch.markStems(w);
    for (quint64 h : w.shingles) {
        auto it = byShingle.constFind(h);
        if (it == byShingle.cend())
            continue;
        for (int c : it.value()) {
            scratch.touch(c);
            ++scratch.counters[size_t(c)].shingles;
        }
    }
    for (int id : w.stems) {
        const QList<int> &postings = byStem.at(id);
        if (postings.size() > frequentPostings)
            continue;
        const double weight = idf.at(id);
        for (int c : postings) {
            scratch.touch(c);
            scratch.counters[size_t(c)].weight += weight;
        }
    }
    for (int c : std::as_const(scratch.touched)) {
        const Scratch::Counter &counter = scratch.counters[size_t(c)];
        const Candidate &candidate = candidates[size_t(c)];
        const int shingles = counter.shingles;
        const int claimShingles = candidate.shingleCount;
        const double claimWeight = candidate.weight;
        const double copyShare = claimShingles == 0 ? 0.0 : double(shingles) / double(claimShingles);
        // An upper bound of the reworded share: the frequent stems may all be there.
        const double wordShare = claimWeight > 0 ? (counter.weight + candidate.frequentWeight) / claimWeight : 0.0;
        bool worthTrying = copyShare >= kCopyShare;
        if (!worthTrying && wordShare >= kRewordedShare) {
            // The frequent stems the window really holds; evaluate() decides, this only spares
            // it the claims that cannot reach the share (with a margin for the summing order).
            double present = counter.weight;
            for (int k = candidate.frequentStart; k < candidate.frequentEnd; ++k) {
                if (scratch.hasStem(frequentIds.at(k)))
                    present += frequentIdf.at(k);
            }
            worthTrying = present >= (kRewordedShare - 1e-9) * claimWeight;
        }
        if (worthTrying) {
            if (const std::optional<Hit> hit = evaluate(c, shingles, w, scratch)) {
                hits->append(*hit);
                continue;
            }
        }
        // Half a claim here may be the other half of it in the next sentence.
        // (Judged on the rare words alone: frequent ones say little about where a claim is.)
        const double rareShare = claimWeight > 0 ? counter.weight / claimWeight : 0.0;
        if (copyShare >= kCopyShare / 3 || rareShare >= kRewordedShare / 2)
            partial->append(c);
        if (shingles > 0 || rareShare >= kRewordedShare / 6)
            touched->append(c);
    }
    scratch.sortClaims(partial);
    scratch.sortClaims(touched);
    scratch.reset();
}

QList<ClaimMemoryIndex::Hit> ClaimMemoryIndex::match(const QString &text, const QString &language) const
{
    QList<Hit> hits;
    if (d->claims.isEmpty() || text.isEmpty())
        return hits;
    const ClaimText read = ClaimText::read(text, language);
    Scratch scratch(int(d->claims.size()), int(d->byStem.size()));
    const int count = int(read.sentences.size());
    QList<QList<int>> hitIn(count);
    QList<QList<int>> partial(count);
    QList<QList<int>> touched(count);
    Window sentence;
    for (int s = 0; s < count; ++s) {
        const int before = int(hits.size());
        d->window(read, s, s, &sentence);
        d->matchSentence(sentence, scratch, &hits, &partial[s], &touched[s]);
        for (int i = before; i < hits.size(); ++i)
            hitIn[s].append(hits.at(i).claimIndex);
    }
    // A claim may run over two sentences, or a rewording split it in two: pairs of neighbours,
    // for the claims one sentence held much of and the other some, and neither matched alone.
    auto holds = [](const QList<int> &sorted, int c) { return std::binary_search(sorted.cbegin(), sorted.cend(), c); };
    for (int s = 0; s + 1 < count; ++s) {
        QList<int> candidates;
        for (int c : partial.at(s)) {
            if (holds(touched.at(s + 1), c))
                candidates.append(c);
        }
        for (int c : partial.at(s + 1)) {
            if (holds(touched.at(s), c) && !holds(partial.at(s), c))
                candidates.append(c);
        }
        candidates.removeIf([&](int c) { return hitIn.at(s).contains(c) || hitIn.at(s + 1).contains(c); });
        if (candidates.isEmpty())
            continue;
        Window &pair = sentence;
        d->window(read, s, s + 1, &pair);
        scratch.markStems(pair);
        for (int c : std::as_const(candidates)) {
            int shared = 0;
            for (quint64 h : d->read.at(c).shingles)
                shared += std::binary_search(pair.shingles.cbegin(), pair.shingles.cend(), h) ? 1 : 0;
            if (const std::optional<Hit> hit = d->evaluate(c, shared, pair, scratch))
                hits.append(*hit);
        }
    }

    // One hit per place: the best first, overlapping ones of the same claim dropped.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.claimIndex != b.claimIndex)
            return a.claimIndex < b.claimIndex;
        if (a.match != b.match)
            return a.match == Appearance::Match::Copy;
        return a.score > b.score;
    });
    QList<Hit> kept;
    for (const Hit &hit : std::as_const(hits)) {
        bool overlaps = false;
        for (int k = int(kept.size()) - 1; k >= 0 && kept.at(k).claimIndex == hit.claimIndex; --k) {
            if (kept.at(k).start < hit.end && hit.start < kept.at(k).end) {
                overlaps = true;
                break;
            }
        }
        if (!overlaps)
            kept.append(hit);
    }
    std::sort(kept.begin(), kept.end(), [](const Hit &a, const Hit &b) {
        return a.start != b.start ? a.start < b.start : a.claimIndex < b.claimIndex;
    });
    return kept;
}

} // namespace glossa
