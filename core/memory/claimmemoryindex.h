#pragma once

#include "model/claimmemory.h"

#include <QList>
#include <QString>
#include <memory>

namespace glossa {

// The claim memory, indexed for matching: finds in an article's text the passages that repeat a
// remembered claim, word for word or nearly (shingles), or reworded (shared stemmed content words,
// with every number, percentage and name in the claim agreeing, so "31 %" never matches "13 %").
// Built once per run; match() is const and reentrant, so articles can be matched in parallel.
class ClaimMemoryIndex
{
public:
    explicit ClaimMemoryIndex(const QList<RememberedClaim> &claims);

    struct Hit
    {
        int claimIndex = -1; // into the list the index was built from
        int start = 0;       // UTF-16 range in the text
        int end = 0;
        double score = 0;    // 0..1
        Appearance::Match match = Appearance::Match::Copy;
        QString reason;      // why, in English, for the analyst and the CLI
    };

    // \a language: the article's language ("fr", "ar", "en", or empty to guess per sentence).
    QList<Hit> match(const QString &text, const QString &language = {}) const;

    int size() const;
    const RememberedClaim &claim(int index) const;

    // What decides a hit, exposed for the evaluation and the tests.
    static constexpr double kCopyShare = 0.7;      // share of the claim's three-word sequences
    static constexpr double kRewordedShare = 0.6;  // IDF-weighted share of its content words
    static constexpr int kMinSharedWords = 3;      // content words shared, at the least

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace glossa
