#pragma once

#include "model/annotation.h"

#include <QList>
#include <QString>

namespace glossa {

// Where an annotation is shown: in the text, or among the orphaned ones. Shared by the reader's
// highlights and the sidebar's list so the two never disagree.
namespace AnnotationPlacement {

// True when the annotation can be drawn at its stored span: not marked orphaned, and the span
// still holds the quoted text (a re-parsed article may have moved it).
inline bool isInText(const Annotation &annotation, const QString &text)
{
    const TextAnchor &anchor = annotation.anchor;
    return !annotation.orphaned && anchor.start >= 0 && anchor.start < anchor.end && anchor.end <= text.size()
        && QStringView(text).mid(anchor.start, anchor.end - anchor.start) == anchor.exact;
}

} // namespace AnnotationPlacement

} // namespace glossa
