#pragma once

// The screenshots a UI test takes for review: each in English, French and Arabic (right to
// left), light and dark, saved only when GLOSSA_SCREENSHOT_DIR names a folder.

#include "shell/apptheme.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

namespace glossa::testsupport {

// The rows of a screenshots test's _data(): "en-light", "en-dark", ... "ar-dark".
inline void addScreenshotRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    for (const char *language : {"en", "fr", "ar"}) {
        QTest::addRow("%s-light", language) << QString::fromLatin1(language) << false;
        QTest::addRow("%s-dark", language) << QString::fromLatin1(language) << true;
    }
}

// The application in one language and theme while it lives: the app's translation and Qt's own
// (where Debian has it), the layout direction, the theme. Widgets made after it come in that
// language; those already made are sent LanguageChange.
class ScreenshotLook
{
public:
    ScreenshotLook(const QString &language, bool dark) : m_language(language), m_dark(dark)
    {
        m_loaded = m_translator.load(QStringLiteral("glossa_") + language, QStringLiteral(":/i18n"));
        QCoreApplication::installTranslator(&m_translator);
        if (m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QGuiApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        QLocale::setDefault(QLocale(language)); // dates and numbers, as AppTranslations sets them
        AppTheme::apply(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
    }
    ~ScreenshotLook()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(m_previousLocale);
        AppTheme::apply(AppTheme::Choice::Light);
    }
    ScreenshotLook(const ScreenshotLook &) = delete;
    ScreenshotLook &operator=(const ScreenshotLook &) = delete;

    // False when the app's translation is not embedded: the pictures would be in English.
    bool isLoaded() const { return m_loaded; }
    // GLOSSA_SCREENSHOT_DIR; empty when no screenshot is wanted.
    static QString folder() { return qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR"); }
    // "<folder>/<stem>-<language>-<light|dark>.png"
    QString path(const QString &stem) const
    {
        return QStringLiteral("%1/%2-%3-%4.png")
            .arg(folder(), stem, m_language, m_dark ? QStringLiteral("dark") : QStringLiteral("light"));
    }

private:
    QString m_language;
    bool m_dark;
    bool m_loaded = false;
    QLocale m_previousLocale;
    QTranslator m_translator;
    QTranslator m_qt;
};

} // namespace glossa::testsupport
