#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace glossa {

// The numbers a claim rests on, read so that two ways of writing one value compare equal and two
// values never do: "31,5" and "31.5"; "12 000" and "12000"; Arabic-Indic "٣١" and "31"; "31 %",
// "31%", "31 pour cent" and "٣١٪"; "12 millions" and "12 000 000". Spelled-out numbers are not read.
class ClaimNumbers
{
public:
    struct Number
    {
        QString value;        // canonical decimal: "31.5", "12000000"
        bool percent = false;
        int start = 0;        // UTF-16 range in the text read
        int end = 0;

        // "31.5 %" or "12000000": how the number is named in a reason.
        QString display() const { return percent ? value + QStringLiteral(" %") : value; }
        bool operator==(const Number &other) const { return value == other.value && percent == other.percent; }
    };

    // \a language decides the ambiguous separators: "1,500" is 1500 in English and 1.5 in French
    // and Arabic; "1.500" is 1500 in French and 1.5 elsewhere.
    static QList<Number> read(QStringView text, const QString &language = {});

    // Every number of \a claim is found, with the same value (and as a percentage when the claim's
    // is one), among \a text's.
    static bool agree(const QList<Number> &claim, const QList<Number> &text);
};

} // namespace glossa
