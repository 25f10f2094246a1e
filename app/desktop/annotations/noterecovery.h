#pragma once

#include <QString>
#include <optional>

namespace glossa {

// Notes typed in the window that the library refused (a full disk, a file it may not write),
// kept in a file of their own in the app's data folder (unsaved-notes.json beside the default
// library) until the library takes them: a closed window or a crash meanwhile loses nothing.
// By library path and article id.
class NoteRecovery
{
public:
    static QString filePath();
    // False when the file could not be written either (the message box says the note is unsaved).
    static bool keep(const QString &library, qint64 articleId, const QString &note);
    static void forget(const QString &library, qint64 articleId);
    static std::optional<QString> recovered(const QString &library, qint64 articleId);
};

} // namespace glossa
