#pragma once

#include <QByteArray>
#include <QString>

namespace glossa {

// A file's path as a report of one line per file prints it (glossa-cli import, the import
// summary): unchanged when it is plain text; otherwise in double quotes with C escapes — \n,
// \r, \t, \" and \\, \xHH for a control byte or for a byte that is not UTF-8 — so a name with
// a line break cannot pass for two files, and one that is not UTF-8 is still named exactly.
struct DisplayPath
{
    // The path's bytes as the file system has them.
    static QString oneLine(const QByteArray &native);
    static QString oneLine(const QString &path);
    // Whether the file system's bytes survive a QString (UTF-8 file names): a name that does
    // not cannot be opened through a QString path.
    static bool isRepresentable(const QByteArray &native);
};

} // namespace glossa
