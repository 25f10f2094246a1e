#pragma once

#include <QString>
#include <QVariant>

namespace glossa {

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL take '' instead.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace glossa
