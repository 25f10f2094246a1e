#include "isodate.h"

#include <QRegularExpression>

namespace glossa {

QDate IsoDate::parse(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:\\s*$|[T ])"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return date.isValid() ? date : QDate();
}

} // namespace glossa
