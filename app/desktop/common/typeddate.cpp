#include "typeddate.h"

#include <QRegularExpression>

namespace glossa::TypedDate {

namespace {

QDate inNearestCentury(const QDate &date, const QDate &today)
{
    // QLocale reads "25" as 1925; move it by whole centuries to at most 20 years from now.
    QDate moved = date;
    while (moved.addYears(100) <= today.addYears(20))
        moved = moved.addYears(100);
    return moved;
}

} // namespace

QDate parse(const QString &text, const QLocale &locale, const QDate &today)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    if (iso.match(typed).hasMatch()) {
        const QStringList parts = typed.split(QLatin1Char('-'));
        return QDate(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
    }
    // The locale's short form as it is, with a four-digit year, and with a two-digit one: people
    // write "01/03/25" in French too, where the locale's form has four.
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString fourDigits = shortFormat, twoDigits = shortFormat;
    if (shortFormat.contains(QLatin1String("yyyy")))
        twoDigits.replace(QLatin1String("yyyy"), QLatin1String("yy"));
    else
        fourDigits.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    const QDate full = locale.toDate(typed, fourDigits);
    if (full.isValid())
        return full.year() < 100 ? inNearestCentury(full, today) : full;
    const QDate shortYear = locale.toDate(typed, twoDigits);
    if (shortYear.isValid())
        return inNearestCentury(shortYear, today); // QLocale reads "25" as 1925
    // Written out ("1 March 2025", "1 mars 2025").
    return locale.toDate(typed, QLocale::LongFormat);
}

} // namespace glossa::TypedDate
