#include "claimnumbers.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace glossa {

namespace {

// Arabic-Indic and Extended Arabic-Indic digits and the Arabic separators, one character for
// one, so that ranges found in the ASCII copy are ranges in the text.
QString asciiDigits(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (int i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x0660 && u <= 0x0669)
            out[i] = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            out[i] = QChar(u'0' + (u - 0x06F0));
        else if (u == 0x066B) // Arabic decimal separator
            out[i] = QLatin1Char(',');
        else if (u == 0x066C) // Arabic thousands separator
            out[i] = QChar(0x202F);
        else if (u == 0x066A) // Arabic percent sign
            out[i] = QLatin1Char('%');
        else
            out[i] = text.at(i);
    }
    return out;
}

const QRegularExpression &numberPattern()
{
    // 1: digits in groups of three after a space (12 000, 1 234 567) or plain digits;
    // 2: a separator and 3: what follows it; 4: percent; 5: a scale word.
    static const QRegularExpression pattern(
        QStringLiteral(
            "(?<![\\d.,\\p{L}])(\\d{1,3}(?:[ \\x{00A0}\\x{202F}\\x{2009}]\\d{3})+(?!\\d)|\\d+)"
            "(?:([.,])(\\d+))?"
            "(?:\\s?(%|pour\\s?cent|percent|per\\s?cent|بالمئة|بالمائة|في\\s?المئة|في\\s?المائة))?"
            "(?:\\s(millions?|milliards?|billions?|mille|thousands?|مليون|ملايين|مليار|مليارات|ألف|آلاف))?"
            "(?![\\p{L}\\d])"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

double scaleOf(const QString &word)
{
    const QString w = word.toLower();
    if (w.startsWith(QLatin1String("milliard")) || w.startsWith(QLatin1String("billion")) || w.startsWith(u"مليار"))
        return 1e9;
    if (w.startsWith(QLatin1String("million")) || w == u"مليون" || w == u"ملايين")
        return 1e6;
    if (w.startsWith(QLatin1String("mille")) || w.startsWith(QLatin1String("thousand")) || w == u"ألف" || w == u"آلاف")
        return 1e3;
    return 1;
}

QString canonical(QString integer, QString fraction, double scale)
{
    integer.removeIf([](QChar c) { return !c.isDigit(); });
    while (integer.size() > 1 && integer.startsWith(QLatin1Char('0')))
        integer.remove(0, 1);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (scale == 1)
        return fraction.isEmpty() ? integer : integer + QLatin1Char('.') + fraction;
    // Scaled values ("12,5 millions") are whole or nearly: compute, then print without a tail.
    const double value = (integer + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction)).toDouble() * scale;
    QString printed = QString::number(value, 'f', 3);
    while (printed.endsWith(QLatin1Char('0')))
        printed.chop(1);
    if (printed.endsWith(QLatin1Char('.')))
        printed.chop(1);
    return printed;
}

} // namespace

QList<ClaimNumbers::Number> ClaimNumbers::read(QStringView text, const QString &language)
{
    QList<Number> out;
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return out;
    const QString ascii = asciiDigits(text);
    auto it = numberPattern().globalMatch(ascii);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString integer = m.captured(1);
        const QString separator = m.captured(2);
        QString fraction = m.captured(3);
        if (!separator.isEmpty()) {
            // A separator before exactly three digits groups thousands where the language says so.
            const bool grouping = fraction.size() == 3 && std::all_of(integer.cbegin(), integer.cend(), [](QChar c) { return c.isDigit(); })
                && ((separator == QLatin1String(",") && language == QLatin1String("en"))
                    || (separator == QLatin1String(".") && language == QLatin1String("fr")));
            if (grouping) {
                integer += fraction;
                fraction.clear();
            }
        }
        Number n;
        n.percent = !m.captured(4).isEmpty();
        n.value = canonical(integer, fraction, scaleOf(m.captured(5)));
        n.start = int(m.capturedStart(0));
        n.end = int(m.capturedEnd(0));
        out.append(n);
    }
    return out;
}

bool ClaimNumbers::agree(const QList<Number> &claim, const QList<Number> &text)
{
    for (const Number &wanted : claim) {
        bool found = false;
        for (const Number &n : text) {
            if (n.value == wanted.value && (n.percent || !wanted.percent)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace glossa
