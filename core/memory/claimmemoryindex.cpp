#include "claimmemoryindex.h"

#include "claimtext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace glossa {

namespace {

constexpr int kShingleWords = 3;

quint64 shingleOf(const QString &a, const QString &b, const QString &c)
{
    // Two independent 32-bit hashes side by side: collisions between claims stay negligible.
    const quint64 high = qHash(a, 0x9e37u) ^ (qHash(b, 0x85ebu) * 31u) ^ (qHash(c, 0xc2b2u) * 131u);
    const quint64 low = qHash(a + QChar(0x1F) + b + QChar(0x1F) + c, 0x27d4u);
    return (high << 32) ^ low;
}

// The words of a run of sentences, as one sequence.
struct Window
{
    int start = 0;
    int end = 0;
    QStringList folded;
    QSet<int> stems;        // stem ids the index knows
    QSet<QString> words;    // folded words and names, for names to agree
    QList<ClaimNumbers::Number> numbers;
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

bool containsSequence(const QStringList &haystack, const QStringList &needle)
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
        QStringList folded;            // every word, in order
        QList<quint64> shingles;       // distinct
        QList<int> stems;              // distinct content stems, by id
        QStringList names;             // folded, distinct
        QList<ClaimNumbers::Number> numbers;
        double weight = 0;             // sum of its stems' IDF
        double frequentWeight = 0;     // of those too common to find candidates by
    };

    QList<RememberedClaim> claims;
    QList<Claim> read;
    QHash<quint64, QList<int>> byShingle;
    QHash<QString, int> stemIds;
    QList<QList<int>> byStem;
    QList<double> idf;
    int frequentPostings = 0;

    Window window(const ClaimText &text, int first, int last, QHash<QString, int> *stemCache) const;
    void matchWindow(const Window &w, const QSet<int> &skip, QList<Hit> *hits) const;
};

ClaimMemoryIndex::ClaimMemoryIndex(const QList<RememberedClaim> &claims)
{
    auto data = std::make_shared<Data>();
    data->claims = claims;
    data->read.reserve(claims.size());
    for (int c = 0; c < claims.size(); ++c) {
        const ClaimText text = ClaimText::read(claims.at(c).text, claims.at(c).language);
        Data::Claim claim;
        QSet<int> stems;
        for (const ClaimText::Sentence &s : text.sentences) {
            for (const ClaimText::Word &w : s.words) {
                claim.folded.append(w.folded);
                if (!w.stem.isEmpty()) {
                    auto it = data->stemIds.constFind(w.stem);
                    int id;
                    if (it == data->stemIds.cend()) {
                        id = int(data->byStem.size());
                        data->stemIds.insert(w.stem, id);
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
                if (!w.name.isEmpty() && !claim.names.contains(w.name))
                    claim.names.append(w.name);
            }
            claim.numbers += s.numbers;
        }
        QSet<quint64> seen;
        for (int i = 0; i + kShingleWords <= claim.folded.size(); ++i) {
            const quint64 h = shingleOf(claim.folded.at(i), claim.folded.at(i + 1), claim.folded.at(i + 2));
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
    // A stem a tenth of the memory shares finds no useful candidate; it still counts in the score.
    data->frequentPostings = qMax(64, int(n / 10));
    for (Data::Claim &claim : data->read) {
        for (int id : std::as_const(claim.stems)) {
            claim.weight += data->idf.at(id);
            if (data->byStem.at(id).size() > data->frequentPostings)
                claim.frequentWeight += data->idf.at(id);
        }
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

Window ClaimMemoryIndex::Data::window(const ClaimText &text, int first, int last, QHash<QString, int> *stemCache) const
{
    Window w;
    w.start = text.sentences.at(first).start;
    w.end = text.sentences.at(last).end;
    for (int s = first; s <= last; ++s) {
        const ClaimText::Sentence &sentence = text.sentences.at(s);
        for (const ClaimText::Word &word : sentence.words) {
            w.folded.append(word.folded);
            w.words.insert(word.folded);
            if (!word.name.isEmpty())
                w.words.insert(word.name);
            if (word.stem.isEmpty())
                continue;
            auto cached = stemCache->constFind(word.stem);
            int id;
            if (cached == stemCache->cend()) {
                id = stemIds.value(word.stem, -1);
                stemCache->insert(word.stem, id);
            } else {
                id = cached.value();
            }
            if (id >= 0)
                w.stems.insert(id);
        }
        w.numbers += sentence.numbers;
    }
    return w;
}

void ClaimMemoryIndex::Data::matchWindow(const Window &w, const QSet<int> &skip, QList<Hit> *hits) const
{
    // Copies: the claim's three-word sequences found in the window.
    QHash<int, int> sharedShingles;
    QSet<quint64> windowShingles;
    for (int i = 0; i + kShingleWords <= w.folded.size(); ++i) {
        const quint64 h = shingleOf(w.folded.at(i), w.folded.at(i + 1), w.folded.at(i + 2));
        if (windowShingles.contains(h))
            continue;
        windowShingles.insert(h);
        auto it = byShingle.constFind(h);
        if (it == byShingle.cend())
            continue;
        for (int c : it.value())
            ++sharedShingles[c];
    }
    QSet<int> copied;
    for (auto it = sharedShingles.cbegin(); it != sharedShingles.cend(); ++it) {
        const int c = it.key();
        if (skip.contains(c))
            continue;
        const Claim &claim = read.at(c);
        const double share = double(it.value()) / double(claim.shingles.size());
        if (share < kCopyShare || !ClaimNumbers::agree(claim.numbers, w.numbers))
            continue;
        Hit hit;
        hit.claimIndex = c;
        hit.start = w.start;
        hit.end = w.end;
        hit.match = Appearance::Match::Copy;
        hit.score = share;
        if (containsSequence(w.folded, claim.folded)) {
            hit.score = 1.0;
            hit.reason = QStringLiteral("word for word");
        } else {
            hit.reason = QStringLiteral("%1 % of the claim's word sequences").arg(qRound(share * 100));
        }
        if (!claim.numbers.isEmpty())
            hit.reason += QStringLiteral(", numbers %1 agree").arg(joinedNumbers(claim.numbers));
        hits->append(hit);
        copied.insert(c);
    }

    // Rewordings: candidates from the content words' postings, then the exact share.
    QHash<int, double> coarse;
    for (int id : w.stems) {
        const QList<int> &postings = byStem.at(id);
        if (postings.size() > frequentPostings)
            continue;
        const double weight = idf.at(id);
        for (int c : postings)
            coarse[c] += weight;
    }
    for (auto it = coarse.cbegin(); it != coarse.cend(); ++it) {
        const int c = it.key();
        if (copied.contains(c) || skip.contains(c))
            continue;
        const Claim &claim = read.at(c);
        if (claim.weight <= 0 || it.value() + claim.frequentWeight < kRewordedShare * claim.weight)
            continue;
        double shared = 0;
        int sharedWords = 0;
        for (int id : claim.stems) {
            if (w.stems.contains(id)) {
                shared += idf.at(id);
                ++sharedWords;
            }
        }
        const double share = shared / claim.weight;
        if (share < kRewordedShare || sharedWords < qMin(kMinSharedWords, int(claim.stems.size())))
            continue;
        if (!ClaimNumbers::agree(claim.numbers, w.numbers))
            continue;
        bool namesAgree = true;
        for (const QString &name : claim.names) {
            if (!w.words.contains(name)) {
                namesAgree = false;
                break;
            }
        }
        if (!namesAgree)
            continue;
        Hit hit;
        hit.claimIndex = c;
        hit.start = w.start;
        hit.end = w.end;
        hit.match = Appearance::Match::Reworded;
        hit.score = share;
        hit.reason = QStringLiteral("reworded: %1 of %2 content words").arg(sharedWords).arg(claim.stems.size());
        if (!claim.numbers.isEmpty())
            hit.reason += QStringLiteral(", numbers %1 agree").arg(joinedNumbers(claim.numbers));
        if (!claim.names.isEmpty())
            hit.reason += QStringLiteral(", names agree");
        hits->append(hit);
    }
}

QList<ClaimMemoryIndex::Hit> ClaimMemoryIndex::match(const QString &text, const QString &language) const
{
    QList<Hit> hits;
    if (d->claims.isEmpty() || text.isEmpty())
        return hits;
    const ClaimText read = ClaimText::read(text, language);
    QHash<QString, int> stemCache;
    const int count = int(read.sentences.size());
    QList<QSet<int>> hitIn(count);
    for (int s = 0; s < count; ++s) {
        const int before = int(hits.size());
        d->matchWindow(d->window(read, s, s, &stemCache), {}, &hits);
        for (int i = before; i < hits.size(); ++i)
            hitIn[s].insert(hits.at(i).claimIndex);
    }
    // A claim may run over two sentences, or a rewording split it in two: pairs of neighbours,
    // for the claims neither sentence matched alone.
    for (int s = 0; s + 1 < count; ++s)
        d->matchWindow(d->window(read, s, s + 1, &stemCache), hitIn.at(s) + hitIn.at(s + 1), &hits);

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
