#pragma once

#include <QByteArray>
#include <QString>

namespace glossa {

// Writes an export through QSaveFile: the target is replaced only once every byte is on disk,
// so a full disk or a kill never leaves a truncated report where a good one was. Never over the
// library or its files (OutputGuard).
class ExportFile
{
public:
    static bool save(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace glossa
