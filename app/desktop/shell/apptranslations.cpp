#include "apptranslations.h"

#include "preferences/preferences.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace glossa {

void AppTranslations::install(QCoreApplication *application)
{
    // The language chosen in Preferences, else the system's. A chosen one also formats dates and
    // numbers, as the analyst reading the interface expects.
    const QString chosen = Preferences::language();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    // ":/i18n" is where qt_add_translations puts the .qm files it compiles.
    // English is the source language; its .ts only holds plural forms ("1 article", "2 articles")
    // and serves any locale Glossa has no translation for.
    auto *glossa = new QTranslator(application);
    if (glossa->load(locale, QStringLiteral("glossa"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || glossa->load(QStringLiteral("glossa_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(glossa);
    else
        delete glossa;

    auto *qtBase = new QTranslator(application);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;

    // Mirrored for an Arabic interface even where Qt's own Arabic translation, which would say
    // so, is not installed; English chosen on an Arabic desktop stays left to right.
    if (qobject_cast<QGuiApplication *>(application))
        QGuiApplication::setLayoutDirection(locale.language() == QLocale::Arabic ? Qt::RightToLeft
                                                                                 : Qt::LeftToRight);
}

} // namespace glossa
