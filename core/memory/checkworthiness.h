#pragma once

#include "model/claimmemory.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

// Ranks an article's sentences by how worth checking they are, from local features an analyst
// can read back (numbers, percentages, money, dates; names; comparatives and superlatives;
// attribution; hedges) in French, Arabic and English. No network, no model. The cues are data
// (core/memory/cues/<language>.txt); the weights are in checkworthiness.cpp, in one table.
class CheckWorthiness
{
public:
    // The feature ids CheckWorthySentence::features holds, in this order.
    enum class Feature {
        Number,
        Percentage,
        Money,
        Date,
        Entity,
        KnownName,
        Comparative,
        Superlative,
        Attribution,
        Hedge,
    };
    static constexpr int kFeatureCount = 10;
    static QString featureId(Feature feature);
    // What a feature adds to a sentence's raw score (a hedge takes away).
    static double weight(Feature feature);
    // The score from which a sentence is worth a mark in the reader (see the weights).
    static constexpr double kMarkScore = 0.5;

    // \a knownNames: outlets and claimants the library knows, matched as names.
    explicit CheckWorthiness(const QStringList &knownNames = {});

    // Every sentence (ICU sentence boundaries), best first; sentences with the same score keep
    // the article's order. \a language: "fr", "ar", "en", or empty to guess (Arabic script per
    // sentence, French or English from their common words).
    QList<CheckWorthySentence> rank(const QString &text, const QString &language = {}) const;
    // One sentence alone (as rank() scores each), for tests and tools.
    CheckWorthySentence score(const QString &sentence, const QString &language) const;

private:
    // Known names as folded word sequences, by their first word.
    QHash<QString, QList<QStringList>> m_knownNames;
};

} // namespace glossa
