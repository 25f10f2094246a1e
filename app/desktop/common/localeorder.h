#pragma once

#include <QStringList>

namespace glossa::LocaleOrder {

// Names (tags, analysts) in the order of the analyst's language, as a dictionary has them:
// "à vérifier" among the a's, not after z; case and accents second, numbers by value.
QStringList sorted(QStringList names);
bool less(const QString &a, const QString &b);

} // namespace glossa::LocaleOrder
