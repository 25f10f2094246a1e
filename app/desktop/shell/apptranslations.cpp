#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace glossa {

void AppTranslations::install(QCoreApplication *application)
{
    const QLocale locale;
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
}

} // namespace glossa
