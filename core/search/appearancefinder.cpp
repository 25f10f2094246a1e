#include "appearancefinder.h"

#include "whereelse.h"

#include "storage/claimmemorystore.h"

#include <QSet>

namespace glossa {

void AppearanceFinder::fill(QSqlDatabase db, QList<ExportedArticle> *articles)
{
    const WhereElse whereElse(db);
    const ClaimMemoryStore memory(db);
    for (ExportedArticle &exported : *articles) {
        for (const Annotation &annotation : std::as_const(exported.annotations)) {
            if (!annotation.claim || annotation.claim->verdict.isEmpty() || annotation.orphaned)
                continue;
            QList<OtherAppearance> others;
            QSet<QString> named{exported.article.contentHash};
            for (const WhereElseHit &hit : whereElse.find(annotation.anchor.exact, exported.article.id)) {
                others.append({hit.title, hit.source, hit.published, hit.url, hit.contentHash});
                named.insert(hit.contentHash);
            }
            // Where analysts accepted the claim's repeats (reworded ones too, which where-else
            // does not see).
            for (const OtherAppearance &accepted : memory.acceptedArticles(annotation.id)) {
                if (!named.contains(accepted.contentHash)) {
                    others.append(accepted);
                    named.insert(accepted.contentHash);
                }
            }
            if (!others.isEmpty())
                exported.otherAppearances.insert(annotation.id, others);
        }
    }
}

} // namespace glossa
