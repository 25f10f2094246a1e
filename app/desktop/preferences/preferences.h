#pragma once

#include <QString>
#include <QStringList>

namespace glossa {

// The analyst's preferences as kept in QSettings: this class owns their keys, so every part of
// the app reads the same value the Preferences dialog wrote. (The theme is AppTheme's, the
// analyst profile AnalystProfile's; the dialog edits those through them.)
class Preferences
{
public:
    // How an opened article becomes read.
    enum class MarkRead { OnOpen, AfterDelay, Manually };

    // The interface language: empty for the system's, else "en", "fr" or "ar". Read once at
    // start (AppTranslations), so a change takes effect at the next start.
    static QString language();
    static void setLanguage(const QString &language);
    static QStringList languages();

    // The reader's text face and size in points; empty and 0 mean Glossa's own choice (a serif
    // face a little larger than the interface's).
    static QString readerFontFamily();
    static qreal readerFontSize();
    static void setReaderFont(const QString &family, qreal pointSize);

    static MarkRead markRead();
    // Seconds an article must stay open before it is marked read (MarkRead::AfterDelay).
    static int markReadDelaySeconds();
    static void setMarkRead(MarkRead mode, int delaySeconds);
    static constexpr int kDefaultMarkReadDelay = 5;
    static constexpr int kMaxMarkReadDelay = 600;

    // Where File ▸ Export… starts; empty: the last export's folder, else Documents.
    static QString defaultExportFolder();
    static void setDefaultExportFolder(const QString &folder);

    // Whether `glossa` without --db or GLOSSA_DB opens the library used last instead of the
    // default one.
    static bool openLastLibrary();
    static void setOpenLastLibrary(bool enabled);
    // The library `glossa` opens at start: --db, then GLOSSA_DB, then (when asked for and it
    // still exists) the last one used, then the default library.
    static QString startupLibrary(const QString &explicitPath);
};

} // namespace glossa
