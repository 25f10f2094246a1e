#pragma once

#include <QDateTime>
#include <QString>

namespace glossa::timestamps {

// Timestamps are stored as ISO 8601 UTC text with milliseconds: sortable as text, readable in
// any SQLite shell.
inline QString toText(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromText(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

inline QString now()
{
    return toText(QDateTime::currentDateTimeUtc());
}

} // namespace glossa::timestamps
