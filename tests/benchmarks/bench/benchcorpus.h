#pragma once

#include <QString>

namespace glossa::bench {

// Writes \a count generated dumps (CorpusGenerator, \a seed, page indexes from \a firstIndex)
// into \a dir, 1,000 files a folder, once: a marker file holding seed, first index and count
// says the folder is complete, and a folder with the right marker is reused as it is.
// Returns the bytes in the corpus, -1 when it cannot be written.
qint64 ensureCorpus(const QString &dir, quint32 seed, int firstIndex, int count);

} // namespace glossa::bench
