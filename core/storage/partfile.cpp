#include "partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace glossa {

namespace {

constexpr int kUniqueLength = 6; // QTemporaryFile's XXXXXX

QString prefixFor(const QFileInfo &target)
{
    return QLatin1Char('.') + target.fileName() + QLatin1Char('.');
}

} // namespace

QString PartFile::templateFor(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    return target.absoluteDir().filePath(prefixFor(target) + QStringLiteral("XXXXXX.part"));
}

int PartFile::removeStale(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QString prefix = prefixFor(target);
    const QString suffix = QStringLiteral(".part");
    const QDir folder = target.absoluteDir();
    int removed = 0;
    // Compared by hand, not as a name filter: a target's name may hold * or [.
    const QStringList hidden = folder.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : hidden) {
        if (!name.startsWith(prefix) || !name.endsWith(suffix)
            || name.size() != prefix.size() + kUniqueLength + suffix.size())
            continue;
        const QByteArray path = QFile::encodeName(folder.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        // Unclaimed: its writer is gone. A claimed one is another backup's, being written now.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(path.constData()) == 0)
            ++removed;
        ::close(fd);
    }
    return removed;
}

PartFile::Claim::Claim(const QString &path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

PartFile::Claim::~Claim()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace glossa
