#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace glossa {

// One analyst's coded claim on an article: the span it highlights, [start, end) in the
// article's text, and how it was coded.
struct CodedSpan
{
    QString id;
    int start = 0;
    int end = 0;
    QString kind;
    QString verdict;
};

// Pairs two analysts' claims on one article by where they sit in the text, so that their kinds
// and verdicts can be compared claim by claim. Blind coders rarely select the same characters:
// a claim is taken to be the same one when the two spans share at least half of the shorter.
class ClaimMatcher
{
public:
    // Index pairs (into a, into b), ordered by the index into a. Two spans can match when they
    // overlap and the overlap is at least half the shorter span; an empty span never matches.
    // Each claim matches at most once. Candidates are taken greatest overlap first, ties going
    // to the earlier start in a, then the earlier start in b, then the lower index in a and in
    // b, so the same input always gives the same pairs. Greedy on purpose: a claim goes to the
    // partner it shares most text with, even where another choice would pair more claims.
    static QList<QPair<int, int>> match(const QList<CodedSpan> &a, const QList<CodedSpan> &b);
};

} // namespace glossa
