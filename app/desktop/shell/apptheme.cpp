#include "apptheme.h"

#include <optional>

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace glossa {

namespace {
const char kKey[] = "appearance/theme";
QPalette g_systemPalette;
bool g_captured = false;

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

namespace {
std::optional<AppTheme::Choice> g_applied;
} // namespace

void AppTheme::captureSystemPalette()
{
    g_systemPalette = QApplication::palette();
    g_captured = true;
}

AppTheme::Choice AppTheme::savedChoice()
{
    return fromName(QSettings().value(kKey).toString(), Choice::System);
}

void AppTheme::save(Choice choice)
{
    static const char *const names[] = {"system", "light", "dark"};
    QSettings().setValue(kKey, QString::fromLatin1(names[int(choice)]));
}

AppTheme::Choice AppTheme::fromName(const QString &name, Choice fallback)
{
    if (name == QLatin1String("system"))
        return Choice::System;
    if (name == QLatin1String("light"))
        return Choice::Light;
    if (name == QLatin1String("dark"))
        return Choice::Dark;
    return fallback;
}

void AppTheme::apply(Choice choice)
{
    if (!g_captured)
        captureSystemPalette();
    g_applied = choice;
    const bool dark = choice == Choice::Dark || (choice == Choice::System && paletteIsDark(g_systemPalette));
    // Fusion draws every control from the palette, so both schemes look deliberate on any desktop.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    if (dark)
        QApplication::setPalette(darkPalette());
    else if (choice == Choice::System)
        QApplication::setPalette(g_systemPalette);
    else
        QApplication::setPalette(QApplication::style()->standardPalette());
}

AppTheme::Choice AppTheme::current()
{
    return g_applied.value_or(savedChoice());
}

bool AppTheme::isDark()
{
    return paletteIsDark(QApplication::palette());
}

QPalette AppTheme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor alternate(0x27, 0x29, 0x2c);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7a, 0xd6);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9a, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

} // namespace glossa
