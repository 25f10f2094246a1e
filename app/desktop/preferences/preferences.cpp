#include "preferences.h"

#include "mainwindow/recentlibraries.h"
#include "storage/libraryaddress.h"
#include "storage/librarylocation.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace glossa {

namespace {
const char kLanguageKey[] = "interface/language";
const char kReaderFamilyKey[] = "reader/fontFamily";
const char kReaderSizeKey[] = "reader/fontSize";
// The key of the View menu's "Mark Articles Read When Opened" since before the dialog existed:
// Manually is that switch off; the delay says whether "when opened" waits.
const char kMarkReadKey[] = "reading/markReadOnOpen";
const char kMarkReadDelayKey[] = "reading/markReadDelaySeconds";
const char kExportFolderKey[] = "export/defaultFolder";
const char kOpenLastKey[] = "library/openLastAtStart";
} // namespace

QString Preferences::language()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    return languages().contains(saved) ? saved : QString();
}

void Preferences::setLanguage(const QString &language)
{
    QSettings settings;
    if (languages().contains(language))
        settings.setValue(kLanguageKey, language);
    else
        settings.remove(kLanguageKey);
}

QStringList Preferences::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")};
}

QString Preferences::readerFontFamily()
{
    return QSettings().value(kReaderFamilyKey).toString();
}

qreal Preferences::readerFontSize()
{
    const qreal size = QSettings().value(kReaderSizeKey, 0.0).toReal();
    return size >= 6 && size <= 72 ? size : 0.0;
}

void Preferences::setReaderFont(const QString &family, qreal pointSize)
{
    QSettings settings;
    settings.setValue(kReaderFamilyKey, family);
    settings.setValue(kReaderSizeKey, pointSize);
}

Preferences::MarkRead Preferences::markRead()
{
    QSettings settings;
    if (!settings.value(kMarkReadKey, true).toBool())
        return MarkRead::Manually;
    return settings.value(kMarkReadDelayKey, 0).toInt() > 0 ? MarkRead::AfterDelay : MarkRead::OnOpen;
}

int Preferences::markReadDelaySeconds()
{
    const int saved = QSettings().value(kMarkReadDelayKey, 0).toInt();
    return saved > 0 ? std::min(saved, kMaxMarkReadDelay) : 0;
}

void Preferences::setMarkRead(MarkRead mode, int delaySeconds)
{
    QSettings settings;
    settings.setValue(kMarkReadKey, mode != MarkRead::Manually);
    if (mode == MarkRead::AfterDelay)
        settings.setValue(kMarkReadDelayKey, std::clamp(delaySeconds, 1, kMaxMarkReadDelay));
    else if (mode == MarkRead::OnOpen)
        settings.setValue(kMarkReadDelayKey, 0);
    // Manually keeps the delay, so switching "when opened" back on in the View menu restores it.
}

QString Preferences::defaultExportFolder()
{
    return QSettings().value(kExportFolderKey).toString();
}

void Preferences::setDefaultExportFolder(const QString &folder)
{
    QSettings settings;
    if (folder.trimmed().isEmpty())
        settings.remove(kExportFolderKey);
    else
        settings.setValue(kExportFolderKey, folder.trimmed());
}

bool Preferences::openLastLibrary()
{
    return QSettings().value(kOpenLastKey, false).toBool();
}

void Preferences::setOpenLastLibrary(bool enabled)
{
    QSettings().setValue(kOpenLastKey, enabled);
}

QString Preferences::startupLibrary(const QString &explicitPath)
{
    if (!explicitPath.isEmpty() || !qEnvironmentVariableIsEmpty("GLOSSA_DB") || !openLastLibrary())
        return LibraryLocation::resolve(explicitPath);
    const QStringList recent = RecentLibraries::paths();
    // A file moved away since is not recreated empty at its old place: the default opens instead.
    if (!recent.isEmpty() && (LibraryAddress::looksLikeServer(recent.first()) || QFileInfo(recent.first()).isFile()))
        return recent.first();
    return LibraryLocation::defaultPath();
}

} // namespace glossa
