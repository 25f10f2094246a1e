#include "exportfile.h"

#include "storage/outputguard.h"

#include <QSaveFile>

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
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace glossa
