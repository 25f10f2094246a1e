#pragma once

#include "storage/prepareddump.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace glossa {

class Library;
class ArticleWriter;

struct FileImportResult
{
    enum class Status { Imported, Duplicate, Refused };
    QString path;
    Status status = Status::Refused;
    int added = 0;
    int duplicates = 0;
    QList<qint64> articleIds;
    QString encoding;
    QString reason; // one line, for Refused
    // The path's bytes when they are not UTF-8 (path then holds them decoded, with U+FFFD):
    // such a file is refused by its exact name, never skipped.
    QByteArray nativePath;
    // Pages read without a provenance line ("Source – date"): laid out by the generic profile,
    // their outlet unknown. The import summary names such files, since it is often a wrong file.
    int pagesWithoutProvenance = 0;

    QString statusName() const;
    // The path on one line, quoted and escaped when it holds a line break, a quote or a byte
    // that is not UTF-8 (DisplayPath): what one-line-per-file reports print.
    QString displayPath() const;
    QString displayName() const; // the file's own name, the same way

};

struct ImportReport
{
    QList<FileImportResult> files;
    bool cancelled = false;

    int added() const;
    int duplicates() const;
    int refused() const;
    int filesWithoutProvenance() const;
};

// A file read, decoded, parsed, hashed and compressed, ready to be written; or refused.
struct PreparedFile
{
    FileImportResult result;          // path and encoding; the reason when refused
    std::optional<PreparedDump> dump; // empty when refused
    qint64 cost() const { return dump ? dump->byteSize + dump->compressed.size() : 0; }
};

// Imports files and folders into a library: each file is read, decoded, parsed and written in
// one transaction, so a file is either wholly in the library or not at all.
//
// importPaths is a two-stage pipeline: a worker thread reads and prepares the files (all the
// CPU work that needs no library) while the calling thread, which owns the connection, writes
// the files prepared before. The two stages take about as long each, so on two cores an import
// runs at the speed of its SQLite writes.
class Importer
{
public:
    // Files larger than this are refused before they are read: a dump is a page or a few,
    // not hundreds of megabytes, and the raw bytes are kept in the library.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
    // importPaths commits after this many files or this long, whichever comes first: a kill
    // loses at most a second of work. Every commit writes out each index page the batch
    // touched, and most of the articles' indexes (content hash, titles, dates, the dumps'
    // SHA-256) take keys in random order, so a batch of 250 wrote a page per index for nearly
    // every article it held; a batch of 1,000 shares more of those pages.
    static constexpr int kBatchFiles = 1000;
    static constexpr int kBatchMilliseconds = 1000;
    // What the preparing thread may run ahead of the writing one (raw and compressed bytes).
    static constexpr qint64 kQueueBytes = 32 * 1024 * 1024;
    // SQLite's page cache for the import's connection, in KiB: a batch's pages (FTS segments
    // included) stay in memory until the commit instead of spilling to the WAL mid-way.
    static constexpr int kImportCacheKiB = 64 * 1024;
    // WAL pages between automatic checkpoints while importing (SQLite's default is 1,000).
    static constexpr int kImportCheckpointPages = 16 * 1024;

    explicit Importer(Library &library);
    ~Importer();

    // Called after each file; return false to stop (the files done so far stay imported).
    using Progress = std::function<bool(int done, int total, const FileImportResult &last)>;

    ImportReport importPaths(const QStringList &paths, bool recursive, const Progress &progress = {});
    FileImportResult importFile(const QString &path);
    FileImportResult importBytes(const QString &fileName, const QByteArray &bytes);

    // Expands folders into the importable files inside them (all levels when recursive), in a
    // stable order; paths that cannot be used are returned as refusals: what is no regular file
    // (a named pipe would block the import forever), a name that is not UTF-8, a folder that
    // cannot be read. Hidden files and files of other formats are left out.
    static QStringList collectFiles(const QStringList &paths, bool recursive, QList<FileImportResult> *refused);
    static bool hasImportableSuffix(const QString &fileName);

    // The stage without the library: thread-safe, used on the pipeline's worker thread.
    static PreparedFile prepareFile(const QString &path);
    static PreparedFile prepareBytes(const QString &fileName, const QByteArray &bytes);

    // Writes a prepared file with \a writer (the importer's own, or a lane's).
    static FileImportResult store(PreparedFile prepared, ArticleWriter &writer);

private:
    FileImportResult store(PreparedFile prepared) { return store(std::move(prepared), writer()); }
    ArticleWriter &writer();

    Library &m_library;
    std::unique_ptr<ArticleWriter> m_writer;
};

} // namespace glossa
