#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

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

    QString statusName() const;
};

struct ImportReport
{
    QList<FileImportResult> files;
    bool cancelled = false;

    int added() const;
    int duplicates() const;
    int refused() const;
};

// Imports files and folders into a library: each file is read, decoded, parsed and written in
// one transaction, so a file is either wholly in the library or not at all.
class Importer
{
public:
    // Files larger than this are refused before they are read: a dump is a page or a few,
    // not hundreds of megabytes, and the raw bytes are kept in the library.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
    // importPaths commits after this many files or this long, whichever comes first.
    static constexpr int kBatchFiles = 200;
    static constexpr int kBatchMilliseconds = 500;

    explicit Importer(Library &library);
    ~Importer();

    // Called after each file; return false to stop (the files done so far stay imported).
    using Progress = std::function<bool(int done, int total, const FileImportResult &last)>;

    ImportReport importPaths(const QStringList &paths, bool recursive, const Progress &progress = {});
    FileImportResult importFile(const QString &path);
    FileImportResult importBytes(const QString &fileName, const QByteArray &bytes);

    // Expands folders into the importable files inside them (all levels when recursive), in a
    // stable order; paths that cannot be used are returned as refusals.
    static QStringList collectFiles(const QStringList &paths, bool recursive, QList<FileImportResult> *refused);
    static bool hasImportableSuffix(const QString &fileName);

private:
    Library &m_library;
    std::unique_ptr<ArticleWriter> m_writer;
};

} // namespace glossa
