#pragma once

#include <QCoreApplication>
#include <QString>

namespace glossa {

struct Annotation;

// An annotation said in words, for a screen reader and for whoever cannot tell the colours
// apart: its highlight colour by name, the claim's kind and verdict, the claimant, the tags, the
// note and whose reading it is. One sentence per part, plain text.
class AnnotationDescription
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationDescription)
public:
    static QString of(const Annotation &annotation);
};

} // namespace glossa
