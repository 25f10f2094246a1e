#pragma once

#include "layoutprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

// The layout profiles the readers try, in name order, plus the "generic" profile used
// when none matches. A broken profile file is reported in errors() and skipped.
class LayoutProfileSet
{
public:
    LayoutProfileSet(); // no site profiles; generic() is the built-in fallback

    // The profiles shipped in resources/profiles (Qt resource ":/profiles").
    static const LayoutProfileSet &builtIn();
    // Every *.json file in path (not recursive), e.g. tests or a user's own profiles.
    static LayoutProfileSet fromDirectory(const QString &path);

    // Adds every *.json file of a directory; a profile with an existing name replaces it.
    void addDirectory(const QString &path);
    // Returns false (and records an error "<file>: <reason>") when the file is unusable.
    bool addFile(const QString &path);
    bool addJson(const QByteArray &json, const QString &origin);
    void add(const LayoutProfile &profile);

    // Site profiles, i.e. everything but "generic", sorted by name.
    const QList<LayoutProfile> &profiles() const { return m_profiles; }
    const LayoutProfile *find(const QString &name) const;
    const LayoutProfile &generic() const { return m_generic; }
    QStringList errors() const { return m_errors; }

    // First site profile whose provenance pattern matches the trimmed line.
    const LayoutProfile *matchProvenance(const QString &line, ProvenanceMatch *match) const;
    // Boilerplate and footers of all profiles apply to every page: a file from one
    // aggregator mixes pages whose provenance names different profiles.
    bool isBoilerplate(const QString &line) const { return isBoilerplateKey(LayoutProfile::matchKey(line)); }
    bool isFooter(const QString &line) const { return isFooterKey(LayoutProfile::matchKey(line)); }
    // Same with a precomputed LayoutProfile::matchKey(), to key each line only once.
    bool isBoilerplateKey(const QString &key) const { return m_boilerplateKeys.contains(key); }
    bool isFooterKey(const QString &key) const { return m_footerKeys.contains(key); }
    // False when the line is too long to be any profile's boilerplate or footer.
    bool mayBeBoilerplateOrFooter(QStringView line) const { return !LayoutProfile::keyLongerThan(line, m_maxKeyLength); }
    const LayoutProfile *tickerProfile(const QString &rawLine) const;

private:
    void rebuildKeys();

    QList<LayoutProfile> m_profiles;
    QSet<QString> m_boilerplateKeys; // union over all profiles
    QSet<QString> m_footerKeys;
    int m_maxKeyLength = 0;
    LayoutProfile m_generic;
    QStringList m_errors;
};

} // namespace glossa
