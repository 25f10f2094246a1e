#pragma once

#include <QColor>
#include <QString>

namespace glossa {

// The taxonomy's labels as shown to the analyst. The taxonomy file stores English labels
// (its ids are what libraries and exports keep); the built-in ones are translated here.
namespace TaxonomyLabels {

QString kind(const QString &id);
QString verdict(const QString &id);
QString color(const QString &id);
// The verdict's colour from the taxonomy; grey for an unknown verdict.
QColor verdictColor(const QString &id);

} // namespace TaxonomyLabels

} // namespace glossa
