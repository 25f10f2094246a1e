#include "annotationdescription.h"

#include "common/oneline.h"
#include "common/taxonomylabels.h"
#include "model/annotation.h"

#include <QStringList>

namespace glossa {

QString AnnotationDescription::of(const Annotation &annotation)
{
    QStringList parts;
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        parts << tr("%1 highlight, claim: %2, verdict: %3.")
                     .arg(TaxonomyLabels::color(annotation.color), TaxonomyLabels::kind(claim.kind),
                          TaxonomyLabels::verdict(claim.verdict));
        if (!claim.claimant.isEmpty())
            parts << tr("Claimant: %1.").arg(oneLine(claim.claimant, 80));
    } else {
        parts << tr("%1 highlight.").arg(TaxonomyLabels::color(annotation.color));
    }
    if (!annotation.tags.isEmpty())
        parts << tr("Tags: %1.").arg(annotation.tags.join(QStringLiteral(", ")));
    if (!annotation.note.isEmpty())
        parts << tr("Note: %1").arg(oneLine(annotation.note, 160));
    if (annotation.analyst.isValid())
        parts << tr("By %1.").arg(annotation.analyst.name);
    if (annotation.layer == Annotation::Layer::Final)
        parts << tr("The editor's decision.");
    if (annotation.conflicted)
        parts << tr("In conflict with another edit.");
    return parts.join(QLatin1Char(' '));
}

} // namespace glossa
