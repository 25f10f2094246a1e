#pragma once

#include <QString>

namespace glossa {

// The one check every writer of the project makes before it writes a file (exports, reports,
// backups): nothing is ever written over a library this process has open, over its -wal,
// -shm or -journal, or over a file another writer of this process is writing at that moment
// (a backup's copy on a worker thread, an export). Paths are compared canonically — through
// links, "..", a second name of the same file — so `export -o L`, `-o ./L-wal` or a link to L
// are all the library. A log, shared memory or journal beside any existing file is that
// file's too: replacing it would damage the library of another process.
//
// Held for as long as the write lasts: the path is reserved, and a second writer in this
// process is refused it until this guard is gone.
class OutputGuard
{
public:
    explicit OutputGuard(const QString &path);
    ~OutputGuard();
    OutputGuard(const OutputGuard &) = delete;
    OutputGuard &operator=(const OutputGuard &) = delete;

    // Empty when the path may be written (and is now reserved); else why not, one line.
    QString refusal() const { return m_refusal; }
    bool ok() const { return m_refusal.isEmpty(); }

    // The same check without reserving anything: for a caller that refuses early, before
    // the work of rendering what it would write.
    static QString refusalFor(const QString &path);

private:
    QString m_key;
    QString m_refusal;
};

} // namespace glossa
