#pragma once

#include "partfile.h"

#include <QString>
#include <memory>

namespace glossa {

// Puts a backup in the place of a library, the one safe way. Copying a backup over the file
// is not: a log (-wal) left beside the library is replayed onto the copy at the next open, and
// the restored library reads as "malformed". restore():
//   1. checks the backup: a Glossa library (not newer than this version), whole (quick_check),
//      not the library itself;
//   2. checks that nothing has the library open — no connection of this process, and no other
//      process (SQLite's own locks on the file and its shared memory, held here until the end so
//      that no program opens it meanwhile);
//   3. copies the backup through SQLite (VACUUM INTO, so a log beside the backup is included) to
//      a hidden file beside the library, synced and checked;
//   4. moves the library and its -wal, -shm and -journal aside, under one name that keeps them
//      together (LIBRARY.replaced-DATE-TIME), and renames the copy into place in one step;
//   5. reads the result back as a library; if that fails the library is put back as it was (an
//      older backup's format is upgraded by whoever opens it next).
//
// In two halves, so that the window keeps its library open during the slow one: prepare()
// (steps 1 and 3, on any thread) and replace() (2, 4 and 5, once the library is closed here).
class LibraryRestore
{
public:
    struct Outcome
    {
        QString keptAs; // where the replaced library now is; empty when there was none
    };

    LibraryRestore(const QString &backupPath, const QString &libraryPath);
    ~LibraryRestore(); // removes a copy that was not put in place
    LibraryRestore(const LibraryRestore &) = delete;
    LibraryRestore &operator=(const LibraryRestore &) = delete;

    // Checks the backup and copies it beside the library. Changes nothing else.
    bool prepare(QString *error);
    // Puts the prepared copy in the library's place. Nothing may have the library open, in
    // this process or another; refused, the library is left as it was.
    bool replace(Outcome *outcome, QString *error);

    // Both halves, for a library nothing has open (glossa-cli restore).
    static bool restore(const QString &backupPath, const QString &libraryPath, Outcome *outcome, QString *error);

private:
    QString m_backupPath;
    QString m_libraryPath;
    QString m_copyPath; // the checked copy beside the library, once prepared
    std::unique_ptr<PartFile::Claim> m_claim; // so that no other backup or restore takes it for stale
};

} // namespace glossa
