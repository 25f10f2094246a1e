#pragma once

#include <QString>
#include <QStringList>

namespace glossa {

// The one rule for tags a person types, in the window's tag fields as in glossa-cli's --tag: a
// comma separates tags; each is trimmed and its inner runs of spaces made one; blanks are
// dropped, and so is a tag repeating an earlier one in any case. "a, b ,, A" is {"a", "b"}.
namespace TagNames {

QStringList split(const QString &text);
// Each text split by the same rule, as one list (--tag repeated, some holding commas).
QStringList split(const QStringList &texts);

} // namespace TagNames

} // namespace glossa
