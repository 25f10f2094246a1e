#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace glossa {

// A date as an analyst types it in a filter: ISO (2025-03-01) or the locale's short form
// (3/1/25 in English, 01/03/2025 in French), with its year written in two digits or four.
// A two-digit year is read in the century that puts the date nearest to \a today (no more than
// 20 years ahead), as people mean it, not in the 1900s as QLocale reads it.
namespace TypedDate {

// Invalid when the text is not a date (empty text included).
QDate parse(const QString &text, const QLocale &locale = QLocale(), const QDate &today = QDate::currentDate());

} // namespace TypedDate

} // namespace glossa
