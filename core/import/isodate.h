#pragma once

#include <QDate>
#include <QString>

namespace glossa {

// Publication dates found in JSON Lines records and HTML meta tags.
class IsoDate
{
public:
    // "YYYY-MM-DD" or an ISO 8601 date-time ("2025-02-12T23:30:00-05:00"). The day is
    // taken as written — the publisher's local day — not converted to UTC, which could
    // move an evening article to the next day. Anything else gives a null QDate.
    static QDate parse(const QString &value);
};

} // namespace glossa
