#include "fuzzymatch.h"

#include "normalizedtext.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace glossa::fuzzy {

namespace {

// About a millisecond of work; beyond it similarity() switches to word overlap.
constexpr qint64 kCellBudget = 1'000'000;

double wordDice(QStringView a, QStringView b)
{
    const auto wa = NormalizedText::words(a);
    const auto wb = NormalizedText::words(b);
    if (wa.isEmpty() && wb.isEmpty())
        return a == b ? 1.0 : 0.0;
    QHash<QString, int> counts;
    for (const auto &w : wa)
        ++counts[w.key];
    int common = 0;
    for (const auto &w : wb) {
        auto it = counts.find(w.key);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    return 2.0 * common / double(wa.size() + wb.size());
}

inline int min3(int a, int b, int c)
{
    const int ab = a < b ? a : b;
    return ab < c ? ab : c;
}

// Shared DP for bestEnd/bestStart. The pattern and text are copied in the direction of the
// search so the inner loop runs over plain arrays (it is the hot loop of the fuzzy path).
// With anchored set the match must start at the text's first unit (plain edit distance
// against each prefix of the text) instead of anywhere.
Hit sellers(const std::vector<char16_t> &p, const std::vector<char16_t> &t, int preferred,
            bool anchored)
{
    const int m = int(p.size());
    const int n = int(t.size());
    std::vector<int> column(m + 1);
    int *col = column.data();
    const char16_t *pat = p.data();
    const char16_t *txt = t.data();
    for (int i = 0; i <= m; ++i)
        col[i] = i;
    Hit best{0, m};
    for (int j = 1; j <= n; ++j) {
        const char16_t tc = txt[j - 1];
        int diag = col[0]; // D[i-1][j-1]
        col[0] = anchored ? j : 0;
        for (int i = 1; i <= m; ++i) {
            const int up = col[i];
            const int sub = diag + (pat[i - 1] == tc ? 0 : 1);
            col[i] = min3(sub, up + 1, col[i - 1] + 1);
            diag = up;
        }
        const int d = col[m];
        if (d < best.distance
            || (d == best.distance && std::abs(j - preferred) < std::abs(best.pos - preferred))) {
            best = Hit{j, d};
        }
    }
    return best;
}

std::vector<char16_t> units(QStringView s, bool reversed)
{
    std::vector<char16_t> out(s.utf16(), s.utf16() + s.size());
    if (reversed)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace

int levenshtein(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b); // keep the row on the shorter string
    const int n = int(b.size());
    if (n == 0)
        return int(a.size());
    std::vector<int> buffer(n + 1);
    int *row = buffer.data();
    const QChar *bs = b.data();
    for (int j = 0; j <= n; ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        const QChar ac = a[i - 1];
        for (int j = 1; j <= n; ++j) {
            const int up = row[j];
            row[j] = min3(diag + (ac == bs[j - 1] ? 0 : 1), up + 1, row[j - 1] + 1);
            diag = up;
        }
    }
    return row[n];
}

double similarity(QStringView a, QStringView b, double atLeast)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 && lb == 0)
        return 1.0;
    const qsizetype longest = std::max(la, lb);
    // The distance is at least the length difference, which bounds the similarity from above.
    if (double(std::min(la, lb)) / double(longest) < atLeast)
        return 0.0;
    if (qint64(la) * qint64(lb) > kCellBudget)
        return wordDice(a, b);
    return 1.0 - double(levenshtein(a, b)) / double(longest);
}

Hit bestEnd(QStringView pattern, QStringView text, int preferredEnd)
{
    return sellers(units(pattern, false), units(text, false), preferredEnd, false);
}

Hit bestStart(QStringView pattern, QStringView text, int preferredStart, bool endAtTextEnd)
{
    // Run backwards: the start becomes the end of a match in the reversed text.
    const int n = int(text.size());
    Hit h = sellers(units(pattern, true), units(text, true), n - preferredStart, endAtTextEnd);
    h.pos = n - h.pos;
    return h;
}

} // namespace glossa::fuzzy
