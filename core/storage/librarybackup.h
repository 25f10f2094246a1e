#pragma once

#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Copies an open library to another file with SQLite's VACUUM INTO: the copy is one consistent
// snapshot (a read transaction) even while another process keeps writing, and it is compact.
// The copy is written to a temporary file beside the target, checked, synced and only then
// renamed over the target, so a killed backup never leaves a half-written file under its name.
class LibraryBackup
{
public:
    explicit LibraryBackup(QSqlDatabase db);

    // Writes the copy to targetPath (replacing a file there). Refuses the library's own file and
    // folders. On failure nothing is left at targetPath that was not there before.
    bool backupTo(const QString &targetPath, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace glossa
