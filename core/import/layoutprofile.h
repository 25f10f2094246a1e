#pragma once

#include <QByteArray>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace glossa {

// What a provenance line ("Publié dans <Source> le DD - MM - YYYY") told us.
struct ProvenanceMatch
{
    bool matched = false;
    QString source;
    QDate published; // invalid when the line's date does not exist (31 - 02 - 2025)
};

// Everything that is specific to one site's page layout, loaded from a JSON file so
// that a new site is a new file rather than new code. See resources/profiles/README.md.
class LayoutProfile
{
public:
    // Parses one profile file; on failure returns an invalid profile and sets *error
    // to a one-line reason (never throws, never asserts).
    static LayoutProfile fromJson(const QByteArray &json, QString *error = nullptr);
    // Heuristics only: no provenance, no boilerplate; language guessed from the script.
    static LayoutProfile fallbackGeneric();

    bool isValid() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    QString language() const { return m_language; }          // empty: guess from the script
    Qt::LayoutDirection direction() const { return m_direction; } // LayoutDirectionAuto: guess
    QString tickerSeparator() const { return m_tickerSeparator; }
    int headingMaxLength() const { return m_headingMaxLength; }
    QStringList finalPunctuation() const { return m_finalPunctuation; }
    bool hasProvenance() const { return m_provenance.isValid() && !m_provenance.pattern().isEmpty(); }

    // line must already be trimmed (see trimLine).
    ProvenanceMatch matchProvenance(const QString &line) const;
    bool isBoilerplate(const QString &line) const;
    bool isFooter(const QString &line) const;
    const QSet<QString> &boilerplateKeys() const { return m_boilerplate; } // matchKey() of each line
    const QSet<QString> &footerKeys() const { return m_footers; }
    // A ticker line ends with the separator or holds at least three headlines; a
    // single separator run inside a paragraph is not enough.
    bool isTicker(const QString &rawLine) const;
    QStringList splitTicker(const QString &rawLine) const;
    // Short line without final punctuation and with at least one letter.
    bool looksLikeHeading(const QString &line) const;

    // Trims Unicode spaces (U+00A0 included), bidi marks and zero-width characters.
    static QString trimLine(QStringView line);
    // Key used to compare boilerplate/footer lines: whitespace collapsed, typographic
    // apostrophes folded to ', case folded.
    static QString matchKey(QStringView line);
    // True when matchKey(line) is certainly longer than maxKey, found without building the key:
    // it keeps the parser from case-folding every body paragraph.
    static bool keyLongerThan(QStringView line, int maxKey);

private:
    QString m_name;
    QString m_language;
    Qt::LayoutDirection m_direction = Qt::LayoutDirectionAuto;
    QRegularExpression m_provenance;
    QSet<QString> m_boilerplate;
    QSet<QString> m_footers;
    int m_boilerplateMaxKey = 0; // longest key: a longer line cannot match
    int m_footerMaxKey = 0;
    QString m_tickerSeparator;
    int m_headingMaxLength = 80;
    QStringList m_finalPunctuation;
};

} // namespace glossa
