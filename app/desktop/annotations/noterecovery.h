#pragma once

#include <QString>
#include <optional>

namespace glossa {

struct Annotation;

// Notes typed in the window that the library refused (a full disk, a file it may not write),
// kept in a file of their own in the app's data folder (unsaved-notes.json beside the default
// library) until the library takes them: a closed window or a crash meanwhile loses nothing.
// By library path and a key: an article's id for its note, annotationKey() for an annotation's.
class NoteRecovery
{
public:
    static QString filePath();
    // False when the file could not be written either (the message box says the note is unsaved).
    static bool keep(const QString &library, const QString &key, const QString &note);
    static void forget(const QString &library, const QString &key);
    static std::optional<QString> recovered(const QString &library, const QString &key);

    // An article's own note.
    static bool keep(const QString &library, qint64 articleId, const QString &note)
    {
        return keep(library, QString::number(articleId), note);
    }
    static void forget(const QString &library, qint64 articleId) { forget(library, QString::number(articleId)); }
    static std::optional<QString> recovered(const QString &library, qint64 articleId)
    {
        return recovered(library, QString::number(articleId));
    }
    // An annotation's note: by its UUID once stored, before that by its article and span (the
    // same passage selected again finds it).
    static QString annotationKey(const Annotation &annotation);
};

} // namespace glossa
