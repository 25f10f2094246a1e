#include "appearancefinder.h"

#include "whereelse.h"

namespace glossa {

void AppearanceFinder::fill(QSqlDatabase db, QList<ExportedArticle> *articles)
{
    const WhereElse whereElse(db);
    for (ExportedArticle &exported : *articles) {
        for (const Annotation &annotation : std::as_const(exported.annotations)) {
            if (!annotation.claim || annotation.claim->verdict.isEmpty() || annotation.orphaned)
                continue;
            QList<OtherAppearance> others;
            for (const WhereElseHit &hit : whereElse.find(annotation.anchor.exact, exported.article.id))
                others.append({hit.title, hit.source, hit.published, hit.url, hit.contentHash});
            if (!others.isEmpty())
                exported.otherAppearances.insert(annotation.id, others);
        }
    }
}

} // namespace glossa
