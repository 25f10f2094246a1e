#pragma once

#include "model/exportdata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace glossa {

class Taxonomy;

// schema.org ClaimReview JSON-LD ({"@context": "https://schema.org", "@graph": [...]}), one
// review per claim whose verdict is anything but "unverified": an unverified claim has not been
// reviewed yet, whereas "unverifiable" is a finding and is published (with its label only, as
// the taxonomy gives it no 1..5 rating). Orphaned annotations are included: the passage is still
// what was reviewed.
class ClaimReviewExporter
{
public:
    explicit ClaimReviewExporter(const Taxonomy *taxonomy = nullptr); // nullptr: Taxonomy::builtIn()

    // The organisation named as the review's author.
    void setAuthorName(const QString &name) { m_authorName = name; }
    QString authorName() const { return m_authorName; }

    QByteArray write(const QList<ExportedArticle> &articles) const;
    QJsonObject graph(const QList<ExportedArticle> &articles) const;

    static bool isReviewed(const Annotation &annotation);

private:
    QJsonObject review(const Article &article, const Annotation &annotation,
                       const QList<OtherAppearance> &others = {}) const;

    const Taxonomy *m_taxonomy;
    // The organisation (m_authorName), and for a final-layer decision the analyst who made it.
    QJsonValue author(const Annotation &annotation) const;

    QString m_authorName = QStringLiteral("Glossa user");
};

} // namespace glossa
