#include "textanchoring.h"

#include "fuzzymatch.h"
#include "normalizedtext.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace glossa {

namespace {

// Thresholds from the re-anchoring design: a span framed by the stored context may differ
// more from the quote than one found by the quote alone.
constexpr double kContextSimilarity = 0.5;
constexpr double kApproximateSimilarity = 0.75;
// Work caps that keep a pathological anchor (a one-letter quote, a 30-character prefix that
// occurs everywhere) from costing more than a few milliseconds.
constexpr int kMaxFullContextScores = 256; // more occurrences are ranked by the cheap measure
constexpr int kMaxContextHits = 64;
constexpr int kMaxSeedWords = 8;
constexpr int kMaxLookedUpWords = 16;
constexpr int kMaxWordFrequency = 512;
constexpr int kMaxSeeds = 4;
// Quotes longer than this are aligned by their head and tail only.
constexpr int kLongQuote = 256;
constexpr int kEdge = 128;
constexpr int kMaxSlack = 2048;
constexpr int kMaxWordGrowth = 32;
// First radius of the search for a moved quote around its old position.
constexpr int kFirstRadius = 512;

bool splitsPair(QStringView t, qsizetype pos)
{
    return pos > 0 && pos < t.size() && t[pos - 1].isHighSurrogate() && t[pos].isLowSurrogate();
}

int snapStart(QStringView t, int pos) { return splitsPair(t, pos) ? pos - 1 : pos; }
int snapEnd(QStringView t, int pos) { return splitsPair(t, pos) ? pos + 1 : pos; }

qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype k = 0;
    while (k < a.size() && k < b.size() && a[a.size() - 1 - k] == b[b.size() - 1 - k])
        ++k;
    return k;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype k = 0;
    while (k < a.size() && k < b.size() && a[k] == b[k])
        ++k;
    return k;
}

// How well the text around [start, end) agrees with the stored prefix and suffix, in [0, 1].
// The full measure tolerates small edits in the context; the cheap one only counts the units
// that agree next to the span, for quotes with hundreds of occurrences.
double contextScore(QStringView text, int start, int end, QStringView prefix, QStringView suffix,
                    bool cheap)
{
    // An empty stored context means the quote touched that end of the text.
    auto side = [&](QStringView stored, QStringView actual, bool before) {
        if (stored.isEmpty())
            return actual.isEmpty() ? 1.0 : 0.0;
        if (cheap) {
            const qsizetype k =
                before ? commonSuffix(stored, actual) : commonPrefix(stored, actual);
            return double(k) / double(stored.size());
        }
        return fuzzy::similarity(stored, actual);
    };
    const QStringView before = text.left(start).right(prefix.isEmpty() ? 1 : prefix.size());
    const QStringView after = text.mid(end).left(suffix.isEmpty() ? 1 : suffix.size());
    return (side(prefix, before, true) + side(suffix, after, false)) / 2.0;
}

struct Candidate
{
    int start = 0;
    int end = 0;
    double similarity = 0.0;
    double context = 0.0;

    // The quote's own similarity dominates; the context separates look-alikes.
    double rank() const { return 0.7 * similarity + 0.3 * context; }
};

const Candidate *pickBest(const QList<Candidate> &candidates, int hint)
{
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if (!best || c.rank() > best->rank() + 1e-9
            || (c.rank() > best->rank() - 1e-9
                && std::abs(c.start - hint) < std::abs(best->start - hint))) {
            best = &c;
        }
    }
    return best;
}

// Result for the source span [start, end), made safe: clamped, surrogate pairs whole.
AnchorResult finish(const TextAnchor &stored, const QString &text, int start, int end,
                    double score)
{
    start = snapStart(text, std::clamp(start, 0, int(text.size())));
    end = snapEnd(text, std::clamp(end, start, int(text.size())));
    AnchorResult r;
    r.anchor = stored;
    r.anchor.start = start;
    r.anchor.end = end;
    const QStringView found = QStringView(text).mid(start, end - start);
    if (found == stored.exact) {
        r.status = start == stored.start && end == stored.end ? AnchorResult::Status::Exact
                                                             : AnchorResult::Status::Moved;
        r.score = 1.0;
    } else {
        r.anchor.exact = found.toString();
        r.status = AnchorResult::Status::Fuzzy;
        r.score = score;
    }
    return r;
}

// Step 3b: spans framed by an occurrence of the prefix and, soon after, the suffix.
void contextCandidates(QStringView text, QStringView quote, QStringView prefix,
                       QStringView suffix, QStringView fullPrefix, QStringView fullSuffix,
                       QList<Candidate> *out)
{
    const int tolerance = int(quote.size() * 1.5) + 16;
    auto consider = [&](int start, int end) {
        if (end <= start)
            return; // the quote was deleted between its context
        const double sim =
            fuzzy::similarity(quote, text.mid(start, end - start), kContextSimilarity);
        if (sim >= kContextSimilarity)
            out->append({start, end, sim,
                         contextScore(text, start, end, fullPrefix, fullSuffix, false)});
    };
    if (!prefix.isEmpty() && !suffix.isEmpty()) {
        int hits = 0;
        for (qsizetype p = text.indexOf(prefix); p >= 0 && hits < kMaxContextHits;
             p = text.indexOf(prefix, p + 1), ++hits) {
            const qsizetype from = p + prefix.size();
            const qsizetype q = text.mid(from).left(tolerance + suffix.size()).indexOf(suffix);
            if (q >= 0)
                consider(int(from), int(from + q));
        }
    } else if (prefix.isEmpty() && !suffix.isEmpty()) {
        // The quote began the text.
        const qsizetype q = text.left(tolerance + suffix.size()).indexOf(suffix);
        if (q >= 0)
            consider(0, int(q));
    } else if (!prefix.isEmpty() && suffix.isEmpty()) {
        // The quote ended the text.
        const qsizetype p = text.lastIndexOf(prefix);
        if (p >= 0 && text.size() - (p + prefix.size()) <= tolerance)
            consider(int(p + prefix.size()), int(text.size()));
    }
}

// Aligns the quote around a seed position and returns the best span, or none.
bool alignAt(QStringView text, QStringView quote, int seed, Candidate *c)
{
    const int n = int(text.size());
    const int m = int(quote.size());
    const int slack = std::min(m / 4 + 16, kMaxSlack);
    int start = 0;
    int end = 0;
    if (m <= kLongQuote) {
        const int lo = std::clamp(seed - slack, 0, n);
        const int hi = std::clamp(seed + m + slack, lo, n);
        const fuzzy::Hit e = fuzzy::bestEnd(quote, text.mid(lo, hi - lo), seed + m - lo);
        end = lo + e.pos;
        const fuzzy::Hit b = fuzzy::bestStart(quote, text.mid(lo, end - lo), seed - lo, true);
        start = lo + b.pos;
        if (end <= start)
            return false;
        c->similarity = 1.0 - double(b.distance) / double(std::max(m, end - start));
    } else {
        // Aligning all of a long quote would be quadratic in its length; its edges fix the span
        // and the (budgeted) similarity judges it.
        const QStringView head = quote.left(kEdge);
        const QStringView tail = quote.right(kEdge);
        const int lo = std::clamp(seed - slack, 0, n);
        const int hi = std::clamp(seed + kEdge + slack, lo, n);
        start = lo + fuzzy::bestStart(head, text.mid(lo, hi - lo), seed - lo, false).pos;
        const int lo2 = std::clamp(seed + m - kEdge - slack, start, n);
        const int hi2 = std::clamp(seed + m + slack, lo2, n);
        end = lo2 + fuzzy::bestEnd(tail, text.mid(lo2, hi2 - lo2), seed + m - lo2).pos;
        if (end <= start)
            return false;
        c->similarity =
            fuzzy::similarity(quote, text.mid(start, end - start), kApproximateSimilarity);
    }
    c->start = start;
    c->end = end;
    return true;
}

// Step 3c: bounded approximate search. Seeds are the old position and the places where the
// quote's rarest words line up; only those windows get an edit-distance alignment.
void approximateCandidates(const NormalizedText &nt, QStringView quote, QStringView prefix,
                           QStringView suffix, int hint, QList<Candidate> *out)
{
    const QStringView text = nt.text();
    const int m = int(quote.size());
    const int window = std::max(16, m / 4);

    QList<int> seeds{hint};
    struct SeedWord
    {
        QList<int> positions;
        int offset;
    };
    // Longer words are usually rarer: only the longest few are looked up at all.
    QList<NormalizedText::Word> words = NormalizedText::words(quote);
    std::stable_sort(words.begin(), words.end(), [](const auto &a, const auto &b) {
        return a.key.size() > b.key.size();
    });
    QList<SeedWord> rare;
    QSet<QString> seen;
    for (const auto &w : words) {
        if (seen.size() >= kMaxLookedUpWords)
            break;
        if (seen.contains(w.key))
            continue;
        seen.insert(w.key);
        QList<int> positions = nt.wordPositions(w.key, kMaxWordFrequency + 1);
        if (!positions.isEmpty() && positions.size() <= kMaxWordFrequency)
            rare.append({positions, w.offset});
    }
    std::sort(rare.begin(), rare.end(), [](const SeedWord &a, const SeedWord &b) {
        return a.positions.size() < b.positions.size();
    });
    if (rare.size() > kMaxSeedWords)
        rare.resize(kMaxSeedWords);

    QList<int> starts;
    for (const SeedWord &w : rare)
        for (int pos : w.positions)
            starts.append(pos - w.offset);
    std::sort(starts.begin(), starts.end());
    // Votes per window of implied start positions: a real occurrence gathers several words.
    QList<std::pair<int, int>> clusters; // (votes, index of the window's first start)
    for (qsizetype i = 0, j = 0; i < starts.size(); ++i) {
        j = std::max(j, i);
        while (j < starts.size() && starts[j] <= starts[i] + window)
            ++j;
        clusters.append({int(j - i), int(i)});
    }
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const int minVotes = rare.size() >= 2 ? 2 : 1;
    for (const auto &[votes, i] : clusters) {
        if (votes < minVotes || seeds.size() > kMaxSeeds)
            break;
        const int seed = starts[i] + window / 2;
        const bool near = std::any_of(seeds.cbegin(), seeds.cend(),
                                      [&](int s) { return std::abs(s - seed) <= window; });
        if (!near)
            seeds.append(seed);
    }

    // Whole words selected stay whole words: an edit distance alone would rather drop the
    // last letter of a changed word than include it.
    const bool wholeStart = NormalizedText::isWordUnit(quote.front())
        && (prefix.isEmpty() || !NormalizedText::isWordUnit(prefix.back()));
    const bool wholeEnd = NormalizedText::isWordUnit(quote.back())
        && (suffix.isEmpty() || !NormalizedText::isWordUnit(suffix.front()));
    for (int seed : seeds) {
        Candidate c;
        if (!alignAt(text, quote, seed, &c))
            continue;
        if (wholeStart || wholeEnd) {
            const Candidate aligned = c;
            for (int k = 0; wholeStart && k < kMaxWordGrowth && c.start > 0
                 && NormalizedText::isWordUnit(text[c.start - 1]);
                 ++k)
                --c.start;
            for (int k = 0; wholeEnd && k < kMaxWordGrowth && c.end < text.size()
                 && NormalizedText::isWordUnit(text[c.end]);
                 ++k)
                ++c.end;
            if (c.start != aligned.start || c.end != aligned.end)
                c.similarity = fuzzy::similarity(quote, text.mid(c.start, c.end - c.start));
        }
        if (c.similarity >= kApproximateSimilarity) {
            c.context = contextScore(text, c.start, c.end, prefix, suffix, false);
            out->append(c);
        }
    }
}

// Trims whitespace the alignment picked up at the edges unless the quote has it there too.
void trimToQuote(QStringView text, QStringView quote, Candidate *c)
{
    if (quote.isEmpty())
        return;
    if (!quote.front().isSpace())
        while (c->start < c->end && text[c->start].isSpace())
            ++c->start;
    if (!quote.back().isSpace())
        while (c->end > c->start && text[c->end - 1].isSpace())
            --c->end;
}

AnchorResult reanchorIn(const TextAnchor &anchor, const NormalizedText &nt)
{
    const QString &text = nt.source();
    const QStringView view(text);
    const int n = int(text.size());
    AnchorResult orphan;
    orphan.anchor = anchor;
    const QString &exact = anchor.exact;
    const int m = int(exact.size());
    if (exact.isEmpty() || text.isEmpty())
        return orphan;

    // 1. Still there, context and all: the common case, answered without scanning the text.
    const bool stillThere = anchor.start >= 0 && anchor.end <= n && anchor.end - anchor.start == m
        && view.mid(anchor.start, m) == exact;
    if (stillThere
        && view.left(anchor.start).endsWith(anchor.prefix)
        && view.mid(anchor.end).startsWith(anchor.suffix)) {
        return finish(anchor, text, anchor.start, anchor.end, 1.0);
    }

    // 2. Every occurrence of the quote, ranked by context, nearest the old start on ties.
    // Occurrences are searched in rings of growing radius around the old start: once one with
    // a perfect context lies within the searched radius, nothing farther can beat it, so a
    // moved quote usually costs a few kilobytes of search instead of the whole text.
    const int hint = std::clamp(anchor.start, 0, n);
    int best = -1;
    double bestScore = -1.0;
    int scored = 0;
    auto scan = [&](int from, int to) { // occurrences starting in [from, to)
        if (to <= from)
            return;
        const QStringView window = view.mid(from, to - from + m - 1);
        for (qsizetype q = window.indexOf(exact); q >= 0; q = window.indexOf(exact, q + 1)) {
            const int p = from + int(q);
            // Past a few hundred occurrences (a one-word quote) the cheap measure takes over.
            const bool cheap = ++scored > kMaxFullContextScores;
            const double s = contextScore(view, p, p + m, anchor.prefix, anchor.suffix, cheap);
            if (s > bestScore + 1e-9
                || (s > bestScore - 1e-9 && std::abs(p - hint) < std::abs(best - hint))) {
                best = p;
                bestScore = s;
            }
        }
    };
    const int lastStart = n - m + 1; // exclusive bound of possible starts
    if (lastStart > 0) {
        int lo = std::min(hint, lastStart);
        int hi = lo;
        for (qint64 radius = kFirstRadius;; radius *= 4) {
            const int newLo = int(std::max<qint64>(0, hint - radius));
            const int newHi = int(std::min<qint64>(lastStart, hint + radius));
            scan(newLo, lo);
            scan(std::max(hi, newLo), newHi);
            lo = std::min(lo, newLo);
            hi = std::max(hi, newHi);
            if (best >= 0 && bestScore >= 1.0 - 1e-9 && std::abs(best - hint) < radius)
                break;
            if (lo == 0 && hi == lastStart)
                break;
        }
    }
    if (best >= 0)
        return finish(anchor, text, best, best + m, 1.0);

    // 3. Whitespace-insensitive and approximate matching on the normalised text.
    const QString quote = NormalizedText::normalize(exact);
    if (quote.trimmed().isEmpty())
        return orphan; // a whitespace-only quote has nothing left to look for
    const QString prefix = NormalizedText::normalize(anchor.prefix);
    const QString suffix = NormalizedText::normalize(anchor.suffix);
    const QStringView ntext = nt.text();
    const int nhint = nt.fromSource(hint);
    const int qm = int(quote.size());

    QList<Candidate> candidates;
    // 3a. The same quote up to whitespace and invisible characters.
    {
        QList<int> nhits;
        for (qsizetype p = ntext.indexOf(quote); p >= 0; p = ntext.indexOf(quote, p + 1))
            nhits.append(int(p));
        const bool cheap = nhits.size() > kMaxFullContextScores;
        for (int p : nhits)
            candidates.append(
                {p, p + qm, 1.0, contextScore(ntext, p, p + qm, prefix, suffix, cheap)});
    }
    if (candidates.isEmpty()) {
        // 3b. Framed by the context; retry with shorter context when the context itself was
        // edited (the parts next to the quote are the most telling).
        contextCandidates(ntext, quote, prefix, suffix, prefix, suffix, &candidates);
        constexpr int kShortContext = 12;
        if (candidates.isEmpty()
            && (prefix.size() > kShortContext || suffix.size() > kShortContext))
            contextCandidates(ntext, quote, QStringView(prefix).right(kShortContext),
                              QStringView(suffix).left(kShortContext), prefix, suffix,
                              &candidates);
        // 3c. The quote alone, approximately; not needed when its context framed a span that
        // would pass the approximate threshold anyway.
        const bool framed =
            std::any_of(candidates.cbegin(), candidates.cend(), [](const Candidate &c) {
                return c.similarity >= kApproximateSimilarity;
            });
        if (!framed)
            approximateCandidates(nt, quote, prefix, suffix, nhint, &candidates);
    }
    const Candidate *chosen = pickBest(candidates, nhint);
    if (!chosen)
        return orphan;
    Candidate c = *chosen;
    trimToQuote(ntext, quote, &c);
    if (c.end <= c.start)
        return orphan;
    return finish(anchor, text, nt.sourceStart(c.start), nt.sourceEnd(c.end), c.similarity);
}

} // namespace

TextAnchor TextAnchoring::makeAnchor(const QString &text, int start, int end, int contextLength)
{
    const int n = int(text.size());
    start = std::clamp(start, 0, n);
    end = std::clamp(end, 0, n);
    if (start > end)
        std::swap(start, end);
    // A selection edge inside a character takes the whole character.
    start = snapStart(text, start);
    end = snapEnd(text, end);
    contextLength = std::max(0, contextLength);
    int prefixStart = std::max(0, start - contextLength);
    if (splitsPair(text, prefixStart))
        ++prefixStart; // context is a hint: shorten it rather than cut a character
    int suffixEnd = std::min(n, end + contextLength);
    if (splitsPair(text, suffixEnd))
        --suffixEnd;

    TextAnchor a;
    a.start = start;
    a.end = end;
    a.exact = text.mid(start, end - start);
    a.prefix = text.mid(prefixStart, start - prefixStart);
    a.suffix = text.mid(end, suffixEnd - end);
    return a;
}

AnchorResult TextAnchoring::reanchor(const TextAnchor &anchor, const QString &text)
{
    const NormalizedText nt(text);
    return reanchorIn(anchor, nt);
}

QList<AnchorResult> TextAnchoring::reanchor(const QList<TextAnchor> &anchors, const QString &text)
{
    const NormalizedText nt(text);
    QList<AnchorResult> results;
    results.reserve(anchors.size());
    for (const TextAnchor &a : anchors)
        results.append(reanchorIn(a, nt));
    return results;
}

} // namespace glossa
