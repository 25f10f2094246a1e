#pragma once

// The labelled claim-matching fixture (tests/data/claimmemory, see its README) and the figures
// matching reaches on it, shared by tst_claimmatch_fixture and glossa-claimmatch-eval.

#include "memory/claimmemoryindex.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace glossa::testing {

struct FixtureSentence
{
    QString id;
    QString language;
    QString label;   // repeat, reworded, trap, unrelated-but-similar, unrelated
    int claim = -1;  // index into the claims, or -1
    QString text;
};

struct ClaimMatchFixture
{
    QList<RememberedClaim> claims;
    QStringList claimIds;
    QList<FixtureSentence> sentences;
    QString error;

    static ClaimMatchFixture load(const QString &folder)
    {
        ClaimMatchFixture fixture;
        auto read = [&](const QString &name) {
            QFile file(folder + QLatin1Char('/') + name);
            if (!file.open(QIODevice::ReadOnly)) {
                fixture.error = QStringLiteral("cannot read %1").arg(file.fileName());
                return QJsonArray();
            }
            return QJsonDocument::fromJson(file.readAll()).array();
        };
        const QJsonArray claims = read(QStringLiteral("claims.json"));
        for (const QJsonValue &value : claims) {
            const QJsonObject o = value.toObject();
            RememberedClaim claim;
            claim.id = fixture.claims.size() + 1;
            claim.text = o.value(QLatin1String("text")).toString();
            claim.language = o.value(QLatin1String("language")).toString();
            claim.kind = o.value(QLatin1String("kind")).toString();
            claim.verdict = o.value(QLatin1String("verdict")).toString();
            claim.claimant = o.value(QLatin1String("claimant")).toString();
            fixture.claimIds.append(o.value(QLatin1String("id")).toString());
            fixture.claims.append(claim);
        }
        const QJsonArray sentences = read(QStringLiteral("sentences.json"));
        for (const QJsonValue &value : sentences) {
            const QJsonObject o = value.toObject();
            FixtureSentence s;
            s.id = o.value(QLatin1String("id")).toString();
            s.language = o.value(QLatin1String("language")).toString();
            s.label = o.value(QLatin1String("label")).toString();
            s.claim = fixture.claimIds.indexOf(o.value(QLatin1String("claim")).toString());
            s.text = o.value(QLatin1String("text")).toString();
            fixture.sentences.append(s);
        }
        return fixture;
    }
};

struct ClaimMatchFigures
{
    int copyHits = 0, copyRight = 0;       // hits called copies, and those on the right claim
    int rewordHits = 0, rewordRight = 0;   // hits called rewordings, and those on the right claim
    int repeats = 0, repeatsFound = 0;     // repeat sentences, and those matched to their claim
    int reworded = 0, rewordedFound = 0;
    int traps = 0, trapsMatched = 0;       // number-swapped sentences matched to their claim
    int similarMatched = 0, unrelatedMatched = 0; // sentences with any hit
    QStringList mistakes;                  // one line each, for the evaluation program

    double copyPrecision() const { return copyHits ? double(copyRight) / copyHits : 1.0; }
    double rewordPrecision() const { return rewordHits ? double(rewordRight) / rewordHits : 1.0; }
    double repeatRecall() const { return repeats ? double(repeatsFound) / repeats : 0.0; }
    double rewordRecall() const { return reworded ? double(rewordedFound) / reworded : 0.0; }

    static ClaimMatchFigures of(const ClaimMatchFixture &fixture)
    {
        ClaimMatchFigures f;
        const ClaimMemoryIndex index(fixture.claims);
        for (const FixtureSentence &s : fixture.sentences) {
            const QList<ClaimMemoryIndex::Hit> hits = index.match(s.text, s.language);
            const bool sameClaim = s.label == QLatin1String("repeat") || s.label == QLatin1String("reworded");
            bool found = false;
            for (const ClaimMemoryIndex::Hit &hit : hits) {
                const bool right = sameClaim && hit.claimIndex == s.claim;
                found = found || hit.claimIndex == s.claim;
                if (hit.match == Appearance::Match::Copy) {
                    ++f.copyHits;
                    f.copyRight += right;
                } else {
                    ++f.rewordHits;
                    f.rewordRight += right;
                }
                if (!right) {
                    f.mistakes.append(QStringLiteral("%1 (%2) matched %3 as %4 [%5]: %6")
                                          .arg(s.id, s.label, fixture.claimIds.value(hit.claimIndex),
                                               Appearance::matchName(hit.match), hit.reason, s.text));
                }
            }
            if (s.label == QLatin1String("repeat")) {
                ++f.repeats;
                f.repeatsFound += found;
            } else if (s.label == QLatin1String("reworded")) {
                ++f.reworded;
                f.rewordedFound += found;
            } else if (s.label == QLatin1String("trap")) {
                ++f.traps;
                f.trapsMatched += found;
            } else if (s.label == QLatin1String("unrelated-but-similar")) {
                f.similarMatched += !hits.isEmpty();
            } else {
                f.unrelatedMatched += !hits.isEmpty();
            }
            if (sameClaim && !found)
                f.mistakes.append(QStringLiteral("%1 (%2) missed %3: %4").arg(s.id, s.label, fixture.claimIds.value(s.claim), s.text));
        }
        return f;
    }
};

} // namespace glossa::testing
