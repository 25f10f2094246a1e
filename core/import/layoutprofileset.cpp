#include "layoutprofileset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace glossa {

LayoutProfileSet::LayoutProfileSet()
    : m_generic(LayoutProfile::fallbackGeneric())
{
}

const LayoutProfileSet &LayoutProfileSet::builtIn()
{
    static const LayoutProfileSet set = fromDirectory(QStringLiteral(":/profiles"));
    return set;
}

LayoutProfileSet LayoutProfileSet::fromDirectory(const QString &path)
{
    LayoutProfileSet set;
    set.addDirectory(path);
    return set;
}

void LayoutProfileSet::addDirectory(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists()) {
        m_errors.append(QStringLiteral("%1: no such profile directory").arg(path));
        return;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        addFile(dir.filePath(name));
}

bool LayoutProfileSet::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    // Profiles are a few KB; anything bigger is not a profile and is not read whole.
    constexpr qint64 kMaxProfileSize = 1024 * 1024;
    if (file.size() > kMaxProfileSize) {
        m_errors.append(QStringLiteral("%1: file too large for a profile").arg(QFileInfo(path).fileName()));
        return false;
    }
    return addJson(file.readAll(), QFileInfo(path).fileName());
}

bool LayoutProfileSet::addJson(const QByteArray &json, const QString &origin)
{
    QString error;
    const LayoutProfile profile = LayoutProfile::fromJson(json, &error);
    if (!profile.isValid()) {
        m_errors.append(QStringLiteral("%1: %2").arg(origin, error));
        return false;
    }
    add(profile);
    return true;
}

void LayoutProfileSet::add(const LayoutProfile &profile)
{
    if (!profile.isValid())
        return;
    if (profile.name() == QLatin1String("generic")) {
        m_generic = profile;
    } else {
        auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                               [&](const LayoutProfile &p) { return p.name() == profile.name(); });
        if (it != m_profiles.end()) {
            *it = profile;
        } else {
            // Sorted so that matching order does not depend on directory listing order.
            it = std::lower_bound(m_profiles.begin(), m_profiles.end(), profile,
                                  [](const LayoutProfile &a, const LayoutProfile &b) { return a.name() < b.name(); });
            m_profiles.insert(it, profile);
        }
    }
    rebuildKeys();
}

const LayoutProfile *LayoutProfileSet::find(const QString &name) const
{
    if (name == QLatin1String("generic"))
        return &m_generic;
    for (const LayoutProfile &profile : m_profiles) {
        if (profile.name() == name)
            return &profile;
    }
    return nullptr;
}

const LayoutProfile *LayoutProfileSet::matchProvenance(const QString &line, ProvenanceMatch *match) const
{
    for (const LayoutProfile &profile : m_profiles) {
        ProvenanceMatch m = profile.matchProvenance(line);
        if (m.matched) {
            if (match)
                *match = std::move(m);
            return &profile;
        }
    }
    return nullptr;
}

void LayoutProfileSet::rebuildKeys()
{
    m_boilerplateKeys = m_generic.boilerplateKeys();
    m_footerKeys = m_generic.footerKeys();
    for (const LayoutProfile &profile : std::as_const(m_profiles)) {
        m_boilerplateKeys.unite(profile.boilerplateKeys());
        m_footerKeys.unite(profile.footerKeys());
    }
    m_maxKeyLength = 0;
    for (const QSet<QString> *keys : {&m_boilerplateKeys, &m_footerKeys}) {
        for (const QString &key : *keys)
            m_maxKeyLength = qMax(m_maxKeyLength, int(key.size()));
    }
}

const LayoutProfile *LayoutProfileSet::tickerProfile(const QString &rawLine) const
{
    for (const LayoutProfile &profile : m_profiles) {
        if (profile.isTicker(rawLine))
            return &profile;
    }
    return m_generic.isTicker(rawLine) ? &m_generic : nullptr;
}

} // namespace glossa
