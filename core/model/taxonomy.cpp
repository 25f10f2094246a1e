#include "taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace glossa {

namespace {

QList<Taxonomy::Entry> readEntries(const QJsonArray &array)
{
    QList<Taxonomy::Entry> entries;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Taxonomy::Entry entry;
        entry.id = object.value(QLatin1String("id")).toString();
        if (entry.id.isEmpty())
            continue;
        entry.label = object.value(QLatin1String("label")).toString(entry.id);
        entry.description = object.value(QLatin1String("description")).toString();
        entry.color = object.value(QLatin1String("color")).toString();
        entry.rating = object.value(QLatin1String("rating")).toInt();
        entries.append(entry);
    }
    return entries;
}

const Taxonomy::Entry *find(const QList<Taxonomy::Entry> &entries, const QString &id)
{
    for (const Taxonomy::Entry &entry : entries) {
        if (entry.id.compare(id, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace

Taxonomy Taxonomy::fromJson(const QByteArray &json, QString *error)
{
    Taxonomy taxonomy;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
        return taxonomy;
    }
    const QJsonObject root = document.object();
    taxonomy.m_kinds = readEntries(root.value(QLatin1String("kinds")).toArray());
    taxonomy.m_verdicts = readEntries(root.value(QLatin1String("verdicts")).toArray());
    taxonomy.m_colors = readEntries(root.value(QLatin1String("colors")).toArray());
    return taxonomy;
}

const Taxonomy &Taxonomy::builtIn()
{
    static const Taxonomy taxonomy = [] {
        QFile file(QStringLiteral(":/taxonomy/default.json"));
        file.open(QIODevice::ReadOnly);
        return fromJson(file.readAll());
    }();
    return taxonomy;
}

const Taxonomy::Entry *Taxonomy::kind(const QString &id) const
{
    return find(m_kinds, id);
}

const Taxonomy::Entry *Taxonomy::verdict(const QString &id) const
{
    return find(m_verdicts, id);
}

QString Taxonomy::resolveColor(const QString &nameOrHex) const
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (hex.match(nameOrHex).hasMatch())
        return nameOrHex.toLower();
    if (const Entry *entry = find(m_colors, nameOrHex))
        return entry->color;
    return QString();
}

} // namespace glossa
