// Import: the first bulk import of every generated file through Importer::importPaths (what
// `glossa-cli import --recursive DIR` does, full-text indexing included), then 1,000 new
// pages into the full library.
#include "benchcontext.h"
#include "benchcorpus.h"

#include "import/importer.h"
#include "search/articlefinder.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace glossa::bench {

namespace {

void removeLibrary(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The importers (and their prepared statements) end before the library closes.
void importInto(BenchContext &context, Library &library, qint64 bytes, qint64 incrementalBytes)
{
    QElapsedTimer timer;
    Importer importer(library);
    const double cpuBefore = processCpuSeconds();
    timer.start();
    const ImportReport report = importer.importPaths({context.corpusDir()}, true);
    const double seconds = timer.nsecsElapsed() / 1e9;
    context.results.insert(QStringLiteral("import_cpu_s"), processCpuSeconds() - cpuBefore);
    if (report.refused() > 0 || report.added() != context.articles)
        return context.fail(QStringLiteral("import"),
                            QStringLiteral("%1 of %2 pages imported, %3 files refused")
                                .arg(report.added())
                                .arg(context.articles)
                                .arg(report.refused()));
    context.results.insert(QStringLiteral("import_s"), seconds);
    context.results.insert(QStringLiteral("import_articles_per_s"), report.added() / seconds);
    context.results.insert(QStringLiteral("import_mb_per_s"), bytes / 1e6 / seconds);

    // 1,000 new pages into the full library: a working day's drop of files.
    Importer incremental(library);
    const double incrementalCpuBefore = processCpuSeconds();
    timer.restart();
    const ImportReport more = incremental.importPaths({context.incrementalDir()}, true);
    const double incrementalSeconds = timer.nsecsElapsed() / 1e9;
    context.results.insert(QStringLiteral("incremental_1000_cpu_s"), processCpuSeconds() - incrementalCpuBefore);
    if (more.added() != kIncrementalPages)
        return context.fail(QStringLiteral("import"), QStringLiteral("incremental import added %1 of %2 pages")
                                                          .arg(more.added())
                                                          .arg(kIncrementalPages));
    context.results.insert(QStringLiteral("incremental_1000_s"), incrementalSeconds);
    context.results.insert(QStringLiteral("incremental_mb_per_s"), incrementalBytes / 1e6 / incrementalSeconds);

    // The same files again: every page is a duplicate, nothing is written.
    Importer again(library);
    timer.restart();
    const ImportReport duplicates = again.importPaths({context.incrementalDir()}, true);
    context.results.insert(QStringLiteral("reimport_1000_duplicates_s"), timer.nsecsElapsed() / 1e9);
    if (duplicates.duplicates() != kIncrementalPages)
        return context.fail(QStringLiteral("import"), QStringLiteral("re-import found %1 duplicates of %2")
                                                          .arg(duplicates.duplicates())
                                                          .arg(kIncrementalPages));
}

} // namespace

void runImport(BenchContext &context)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = ensureCorpus(context.corpusDir(), kCorpusSeed, 0, context.articles);
    const qint64 incrementalBytes =
        ensureCorpus(context.incrementalDir(), kCorpusSeed + 1, context.articles, kIncrementalPages);
    if (bytes < 0 || incrementalBytes < 0)
        return context.fail(QStringLiteral("import"), QStringLiteral("cannot write the corpus"));
    context.results.insert(QStringLiteral("corpus_mb"), bytes / 1e6);
    context.results.insert(QStringLiteral("corpus_ready_s"), timer.nsecsElapsed() / 1e9);

    removeLibrary(context.libraryPath());
    Library library;
    QString error;
    if (!library.open(context.libraryPath(), &error))
        return context.fail(QStringLiteral("import"), error);
    importInto(context, library, bytes, incrementalBytes);
    library.close();
    context.results.insert(QStringLiteral("library_mb"), QFileInfo(context.libraryPath()).size() / 1e6);
}

bool ensureLibrary(BenchContext &context)
{
    if (QFileInfo::exists(context.libraryPath())) {
        Library library;
        if (library.open(context.libraryPath()) && ArticleFinder(library.database()).count({}) >= context.articles)
            return true;
    }
    if (ensureCorpus(context.corpusDir(), kCorpusSeed, 0, context.articles) < 0)
        return false;
    removeLibrary(context.libraryPath());
    Library library;
    if (!library.open(context.libraryPath()))
        return false;
    Importer importer(library);
    return importer.importPaths({context.corpusDir()}, true).added() == context.articles;
}

} // namespace glossa::bench
