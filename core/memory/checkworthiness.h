#pragma once

#include "model/claimmemory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

// Ranks an article's sentences by how worth checking they are, from local features an analyst
// can read back (numbers, percentages, money, dates; names; comparatives and superlatives;
// attribution; hedges) in French, Arabic and English. No network, no model.
class CheckWorthiness
{
public:
    // \a knownNames: outlets and claimants the library knows, matched as names.
    explicit CheckWorthiness(const QStringList &knownNames = {});

    // Every sentence (ICU sentence boundaries), best first.
    QList<CheckWorthySentence> rank(const QString &text, const QString &language = {}) const;
};

} // namespace glossa
