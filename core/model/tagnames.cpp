#include "tagnames.h"

#include <QSet>

namespace glossa::TagNames {

QStringList split(const QStringList &texts)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &text : texts) {
        for (const QString &part : text.split(QLatin1Char(','))) {
            const QString tag = part.simplified();
            if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
                continue;
            seen.insert(tag.toCaseFolded());
            result << tag;
        }
    }
    return result;
}

QStringList split(const QString &text)
{
    return split(QStringList{text});
}

} // namespace glossa::TagNames
