#include "outputguard.h"

#include "library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <sys/stat.h>

namespace glossa {

namespace {

QMutex reservedMutex;

QSet<QString> &reserved()
{
    static QSet<QString> paths;
    return paths;
}

const QLatin1String kSiblings[] = {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")};

// Where writing \a path would land: its links followed (a link to L-wal names the log even
// while the log is absent), its folder canonical, the file itself canonical when it exists.
QString landingPath(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops) {
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        info = QFileInfo(target);
    }
    if (info.exists() && !info.canonicalFilePath().isEmpty())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

// The same file under two names (a bind mount, a hard link): same device and inode.
bool sameFile(const QString &a, const QString &b)
{
    struct stat first {}, second {};
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 || ::stat(QFile::encodeName(b).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

// Read only for a file no connection of this process has open (see Library::openFiles).
bool looksLikeDatabase(const QString &path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly)
        && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString check(const QString &path, const QString &landing)
{
    const QString shown = QDir::toNativeSeparators(path);
    for (const QString &library : Library::openInThisProcess()) {
        if (landing == library || sameFile(landing, library))
            return QStringLiteral("%1 is the library itself; choose another file").arg(shown);
        for (const QLatin1String sibling : kSiblings) {
            if (landing == library + sibling || sameFile(landing, library + sibling))
                return QStringLiteral("%1 is one of the library's own files (the %2 of %3); choose another file")
                    .arg(shown, sibling.mid(1), QDir::toNativeSeparators(library));
        }
    }
    // The log, shared memory or journal of a database another process may have open.
    for (const QLatin1String sibling : kSiblings) {
        if (landing.endsWith(sibling)) {
            const QString owner = landing.chopped(sibling.size());
            if (looksLikeDatabase(owner))
                return QStringLiteral("%1 belongs to the database %2 (its %3); choose another file")
                    .arg(shown, QDir::toNativeSeparators(owner), sibling.mid(1));
        }
    }
    const QMutexLocker locker(&reservedMutex);
    if (reserved().contains(landing))
        return QStringLiteral("%1 is being written by another backup or export; choose another file").arg(shown);
    return QString();
}

} // namespace

OutputGuard::OutputGuard(const QString &path)
{
    const QString landing = landingPath(path);
    m_refusal = check(path, landing);
    if (!m_refusal.isEmpty())
        return;
    const QMutexLocker locker(&reservedMutex);
    if (reserved().contains(landing)) { // reserved between the check and here
        m_refusal = QStringLiteral("%1 is being written by another backup or export; choose another file")
                        .arg(QDir::toNativeSeparators(path));
        return;
    }
    reserved().insert(landing);
    m_key = landing;
}

OutputGuard::~OutputGuard()
{
    if (m_key.isEmpty())
        return;
    const QMutexLocker locker(&reservedMutex);
    reserved().remove(m_key);
}

QString OutputGuard::refusalFor(const QString &path)
{
    return check(path, landingPath(path));
}

} // namespace glossa
