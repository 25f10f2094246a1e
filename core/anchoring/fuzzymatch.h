#pragma once

#include <QStringView>

// Edit-distance primitives for re-anchoring. Free functions rather than a class: they hold no
// state, and keeping them apart lets the tests reach them directly.
namespace glossa::fuzzy {

// Levenshtein distance over UTF-16 units; O(|a|*|b|) time, O(min) memory.
int levenshtein(QStringView a, QStringView b);

// 1 - levenshtein / max length, in [0, 1]. Returns 0 early when the length ratio alone cannot
// reach atLeast. Above a fixed cell budget it falls back to a multiset word overlap (Dice), so
// a very long quote never costs quadratic time.
double similarity(QStringView a, QStringView b, double atLeast = 0.0);

struct Hit
{
    int pos = -1;      // end (bestEnd) or start (bestStart) in the searched text
    int distance = 0;  // edit distance of the best approximate occurrence
};

// Sellers' approximate search: the occurrence of pattern in text with the smallest edit
// distance, its start left free; returns where it ends. Ties go to the end nearest preferredEnd.
Hit bestEnd(QStringView pattern, QStringView text, int preferredEnd);
// The mirror image: where the best occurrence starts. With endAtTextEnd the occurrence must
// end exactly at the end of text (so distance is that of the whole span), otherwise its end is
// free as well.
Hit bestStart(QStringView pattern, QStringView text, int preferredStart, bool endAtTextEnd);

} // namespace glossa::fuzzy
