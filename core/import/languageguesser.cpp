#include "languageguesser.h"

#include <QStringList>

namespace glossa {

namespace {

struct ScriptCounts
{
    qsizetype arabic = 0;
    qsizetype hebrew = 0;
    qsizetype latin = 0;
};

ScriptCounts countScripts(QStringView text)
{
    ScriptCounts counts;
    // Counting stops early on long texts: a few thousand letters settle the majority
    // and keep the guess linear in a bounded prefix.
    constexpr qsizetype kEnough = 4000;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        switch (c.script()) {
        case QChar::Script_Arabic: ++counts.arabic; break;
        case QChar::Script_Hebrew: ++counts.hebrew; break;
        case QChar::Script_Latin: ++counts.latin; break;
        default: break;
        }
        if (counts.arabic + counts.latin + counts.hebrew >= kEnough)
            break;
    }
    return counts;
}

} // namespace

QString LanguageGuesser::guessLanguage(QStringView text)
{
    const ScriptCounts counts = countScripts(text);
    if (counts.arabic > counts.latin && counts.arabic >= counts.hebrew)
        return QStringLiteral("ar");
    return {};
}

bool LanguageGuesser::isRightToLeftLanguage(const QString &language)
{
    const QString primary = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    static const QStringList rtl = {QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("he"),
                                    QStringLiteral("ur"), QStringLiteral("ps"), QStringLiteral("yi"),
                                    QStringLiteral("ckb"), QStringLiteral("dv")};
    return rtl.contains(primary);
}

Qt::LayoutDirection LanguageGuesser::directionFor(const QString &language, QStringView text)
{
    if (!language.isEmpty())
        return isRightToLeftLanguage(language) ? Qt::RightToLeft : Qt::LeftToRight;
    const ScriptCounts counts = countScripts(text);
    return counts.arabic + counts.hebrew > counts.latin ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace glossa
