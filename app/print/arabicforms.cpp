#include "arabicforms.h"

#include <fribidi.h>

#include <QList>

namespace glossa {

namespace {

bool hasArabic(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0x08A0 && u <= 0x08FF))
            return true;
    }
    return false;
}

QString shapeLine(const QString &line)
{
    QList<uint> chars = line.toUcs4();
    const FriBidiStrIndex length = FriBidiStrIndex(chars.size());
    if (length == 0)
        return line;
    QList<FriBidiCharType> types(length);
    QList<FriBidiBracketType> brackets(length);
    QList<FriBidiLevel> levels(length);
    QList<FriBidiArabicProp> joining(length);
    auto *str = reinterpret_cast<FriBidiChar *>(chars.data());
    fribidi_get_bidi_types(str, length, types.data());
    fribidi_get_bracket_types(str, length, types.data(), brackets.data());
    FriBidiParType direction = FRIBIDI_PAR_ON;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &direction, levels.data()))
        return line;
    fribidi_get_joining_types(str, length, joining.data());
    fribidi_join_arabic(types.data(), length, levels.data(), joining.data());
    fribidi_shape_arabic(FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA, levels.data(), length,
                         joining.data(), str);
    // Not QString::fromUcs4: it would drop a leading U+FEFF, the fill of a leading lam-alef.
    QString shaped;
    shaped.reserve(line.size());
    for (const uint c : std::as_const(chars))
        shaped += QChar::fromUcs4(char32_t(c));
    return shaped;
}

} // namespace

QString ArabicForms::shape(const QString &text)
{
    if (!hasArabic(text))
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QString shaped = shapeLine(line);
        // Every letter shaped is in the BMP, as are its forms: the UTF-16 length is kept.
        if (shaped.size() == line.size())
            line = shaped;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ArabicForms::stripFill(QString text)
{
    text.remove(QChar(FRIBIDI_CHAR_FILL));
    return text;
}

} // namespace glossa
