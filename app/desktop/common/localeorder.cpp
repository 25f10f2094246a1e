#include "localeorder.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace glossa::LocaleOrder {

namespace {

QCollator collator()
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

QStringList sorted(QStringList names)
{
    const QCollator order = collator();
    // Equal for the collator ("Urgent", "urgent"): still one order, whatever the input's.
    std::sort(names.begin(), names.end(), [&order](const QString &a, const QString &b) {
        const int compared = order.compare(a, b);
        return compared != 0 ? compared < 0 : a < b;
    });
    return names;
}

bool less(const QString &a, const QString &b)
{
    const int compared = collator().compare(a, b);
    return compared != 0 ? compared < 0 : a < b;
}

} // namespace glossa::LocaleOrder
