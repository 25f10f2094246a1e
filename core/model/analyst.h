#pragma once

#include <QString>

namespace glossa {

// Who made an annotation, a claim or a note. An analyst is known by a UUID, made once, never by
// a name: two libraries merging each other's work match people by it, and a name can change.
struct Analyst
{
    QString uuid; // without braces, lower case
    QString name;
    QString initials; // up to three letters; derived from the name when empty
    QString color;    // "#rrggbb", or empty for the app's choice

    bool isValid() const { return !uuid.isEmpty(); }

    // The analyst a name stands for when there is nothing but a name (glossa-cli --analyst, a
    // file that names a person without an id): a UUID derived from the name, the same on every
    // machine, so that scripted runs under one name stay one analyst.
    static Analyst named(const QString &name);
    // "Amina El Idrissi" → "AE"; one word → its first two letters; empty → "?".
    static QString initialsOf(const QString &name);
    // initials, or initialsOf(name) when none were chosen.
    QString displayInitials() const;
    // color, or one of a few distinct colours picked by the UUID when none was chosen, so that
    // two analysts who never chose one still look different, the same on every desk.
    QString displayColor() const;
    // The colours given to analysts who chose none: the library hands them out in turn
    // (AnalystStore::ensure), so that the analysts of one desk differ.
    static QString paletteColor(int index);

    friend bool operator==(const Analyst &a, const Analyst &b)
    {
        return a.uuid == b.uuid && a.name == b.name && a.initials == b.initials && a.color == b.color;
    }
    friend bool operator!=(const Analyst &a, const Analyst &b) { return !(a == b); }
};

} // namespace glossa
