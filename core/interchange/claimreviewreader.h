#pragma once

#include "model/claimmemory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace glossa {

class Taxonomy;

// Reads fact-checks published outside the library: schema.org ClaimReview JSON-LD (one object,
// an array of them, a @graph, a DataFeed of items, Glossa's own claimreview export) and the
// shape fact-check aggregators publish (Google Fact Check Tools: {"claims": [{"text",
// "claimant", "claimReview": [{"publisher", "url", "textualRating", …}]}]}). Each rating is
// mapped onto the taxonomy's verdicts (verdictFor). A file that is not one of these, or holds a
// review without the claim it reviews, is refused whole with a one-line reason.
class ClaimReviewReader
{
public:
    // A file larger than this is refused before it is read (a fact-check file is kilobytes to
    // a few megabytes).
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    explicit ClaimReviewReader(const Taxonomy *taxonomy = nullptr);

    std::optional<QList<FactCheck>> read(const QByteArray &json);
    std::optional<QList<FactCheck>> readFile(const QString &path);
    QString lastError() const { return m_error; }

    // The taxonomy verdict a rating stands for. The words first (the taxonomy's own ids and
    // labels, then ratings fact-checkers write in English, French and Arabic: "False", "Faux",
    // "زائف", "Mostly true", "Plutôt vrai", "Trompeur", "مضلل", …); else the number, ratingValue
    // placed between worstRating (false) and bestRating (supported), 1 and 5 when not given;
    // else "unverifiable": the reviewer's own words stay in FactCheck::rating for the analyst.
    QString verdictFor(const QString &rating, double value, double best, double worst) const;

private:
    const Taxonomy *m_taxonomy;
    QString m_error;
};

} // namespace glossa
