#include "instancekey.h"

#include "storage/libraryaddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

namespace glossa {

QString InstanceKey::libraryIdentity(const QString &library)
{
    if (LibraryAddress::looksLikeServer(library))
        return library;
    const QFileInfo file(library);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : canonical;
}

QString InstanceKey::socketPath(const QString &library)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    // Hashed: a path can be longer than a socket name may be (108 bytes), and the name should
    // not show which libraries the user reads.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QGuiApplication::platformName().toUtf8() + '\0');
    hash.addData(qgetenv("WAYLAND_DISPLAY") + '\0' + qgetenv("DISPLAY") + '\0');
    hash.addData(libraryIdentity(library).toUtf8());
    return QDir(runtime).filePath(QStringLiteral("glossa-%1.socket")
                                      .arg(QString::fromLatin1(hash.result().toHex().left(24))));
}

} // namespace glossa
