#include "taxonomylabels.h"

#include "model/taxonomy.h"

#include <QCoreApplication>

namespace glossa {

namespace {

// Listed so that lupdate collects the built-in labels of resources/taxonomy/default.json.
[[maybe_unused]] const char *const kBuiltInLabels[] = {
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Factual"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Statistic"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Quote"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Attribution"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Allegation"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Opinion"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Prediction"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Unverified"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Supported"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Partly supported"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Disputed"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Misleading"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "False"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Unverifiable"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Yellow"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Green"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Blue"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Pink"),
    QT_TRANSLATE_NOOP("glossa::TaxonomyLabels", "Orange"),
};

QString translated(const Taxonomy::Entry *entry, const QString &id)
{
    if (!entry)
        return id;
    return QCoreApplication::translate("glossa::TaxonomyLabels", entry->label.toUtf8().constData());
}

} // namespace

namespace TaxonomyLabels {

QString kind(const QString &id)
{
    return translated(Taxonomy::builtIn().kind(id), id);
}

QString verdict(const QString &id)
{
    return translated(Taxonomy::builtIn().verdict(id), id);
}

QString color(const QString &id)
{
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().colors()) {
        if (entry.id == id || entry.color.compare(id, Qt::CaseInsensitive) == 0)
            return translated(&entry, id);
    }
    return id;
}

QColor verdictColor(const QString &id)
{
    const Taxonomy::Entry *entry = Taxonomy::builtIn().verdict(id);
    const QColor color = entry ? QColor(entry->color) : QColor();
    return color.isValid() ? color : QColor(0x9e, 0x9e, 0x9e);
}

} // namespace TaxonomyLabels

} // namespace glossa
