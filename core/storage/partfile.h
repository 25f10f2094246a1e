#pragma once

#include <QString>

namespace glossa {

// The hidden copy a backup or a restore writes beside its target, .NAME.XXXXXX.part, renamed
// over the target once checked. A process killed meanwhile leaves it behind (five killed
// backups of a big library left 129 MB); the next backup to the same target removes what no
// living process is writing. A copy being written is claimed with flock(), which the system
// releases when its process ends, however it ends.
class PartFile
{
public:
    // The QTemporaryFile template for a copy of \a targetPath.
    static QString templateFor(const QString &targetPath);
    // Removes the unclaimed copies left beside \a targetPath; returns how many.
    static int removeStale(const QString &targetPath);

    // Held while a copy is written.
    class Claim
    {
    public:
        explicit Claim(const QString &path);
        ~Claim();
        Claim(const Claim &) = delete;
        Claim &operator=(const Claim &) = delete;

    private:
        int m_fd = -1;
    };
};

} // namespace glossa
