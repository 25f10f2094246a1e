#include "exportfile.h"

#include "storage/outputguard.h"

#include <QSaveFile>

#include <cerrno>

namespace glossa {

bool ExportFile::save(const QString &path, const QByteArray &bytes, QString *error)
{
    const OutputGuard guard(path);
    if (!guard.ok()) {
        if (error)
            *error = guard.refusal();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // QSaveFile names a failed buffered write "Unknown error" (a full disk, a size limit): the
    // system's reason is taken as the flush fails.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int reason = errno;
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, reason ? qt_error_string(reason) : file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace glossa
