#pragma once

#include <QList>
#include <QString>

namespace glossa {

// The claim kinds, verdicts and highlight colours offered to analysts. Data, not code: the
// default lives in resources/taxonomy/default.json.
class Taxonomy
{
public:
    struct Entry
    {
        QString id;
        QString label;
        QString description;
        QString color;  // "#rrggbb" for verdicts and highlight colours
        int rating = 0; // verdicts: 1 (false) .. 5 (supported), 0 = not rated
    };

    static const Taxonomy &builtIn();
    static Taxonomy fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<Entry> &kinds() const { return m_kinds; }
    const QList<Entry> &verdicts() const { return m_verdicts; }
    const QList<Entry> &colors() const { return m_colors; }

    const Entry *kind(const QString &id) const;
    const Entry *verdict(const QString &id) const;
    // A highlight colour by name ("yellow") or as "#rrggbb"; empty when it is neither.
    QString resolveColor(const QString &nameOrHex) const;

private:
    QList<Entry> m_kinds;
    QList<Entry> m_verdicts;
    QList<Entry> m_colors;
};

} // namespace glossa
