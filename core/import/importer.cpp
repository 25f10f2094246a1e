#include "importer.h"

#include "documentreader.h"
#include "storage/articlewriter.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <optional>

namespace glossa {

QString FileImportResult::statusName() const
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Refused:
        break;
    }
    return QStringLiteral("refused");
}

int ImportReport::added() const
{
    int total = 0;
    for (const FileImportResult &file : files)
        total += file.added;
    return total;
}

int ImportReport::duplicates() const
{
    int total = 0;
    for (const FileImportResult &file : files)
        total += file.duplicates;
    return total;
}

int ImportReport::refused() const
{
    int total = 0;
    for (const FileImportResult &file : files)
        total += file.status == FileImportResult::Status::Refused ? 1 : 0;
    return total;
}

Importer::Importer(Library &library) : m_library(library) {}

Importer::~Importer() = default;

bool Importer::hasImportableSuffix(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral("txt"),   QStringLiteral("text"), QStringLiteral("jsonl"),
                                         QStringLiteral("ndjson"), QStringLiteral("html"), QStringLiteral("htm")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList Importer::collectFiles(const QStringList &paths, bool recursive, QList<FileImportResult> *refused)
{
    QStringList files;
    auto refuse = [&](const QString &path, const QString &reason) {
        if (!refused)
            return;
        FileImportResult result;
        result.path = path;
        result.reason = reason;
        refused->append(result);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists()) {
            refuse(path, QStringLiteral("dangling link (its target does not exist)"));
        } else if (!info.exists()) {
            refuse(path, QStringLiteral("no such file or folder"));
        } else if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable()) {
                refuse(path, QStringLiteral("folder cannot be read (permission denied)"));
                continue;
            }
            QStringList found;
            // Folder scans take only the formats Glossa reads and skip hidden files; a file named
            // explicitly is always tried, whatever its name.
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::System,
                            recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
            while (it.hasNext()) {
                const QString file = it.next();
                if (hasImportableSuffix(file))
                    found << file;
            }
            found.sort();
            files << found;
        } else {
            files << path;
        }
    }
    return files;
}

FileImportResult Importer::importFile(const QString &path)
{
    FileImportResult result;
    result.path = path;
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        result.reason = QStringLiteral("dangling link (its target does not exist)");
        return result;
    }
    if (!info.exists()) {
        result.reason = QStringLiteral("no such file");
        return result;
    }
    if (info.isDir()) {
        result.reason = QStringLiteral("is a folder (import it as a folder)");
        return result;
    }
    if (info.size() > kMaxFileSize) {
        result.reason = QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                            .arg(info.size() / (1024 * 1024))
                            .arg(kMaxFileSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.reason = QStringLiteral("cannot be read (%1)").arg(file.errorString().toLower());
        return result;
    }
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.reason = QStringLiteral("cannot be read (%1)").arg(file.errorString().toLower());
        return result;
    }
    if (bytes.size() > kMaxFileSize) {
        result.reason = QStringLiteral("file too large (the limit is %1 MB)").arg(kMaxFileSize / (1024 * 1024));
        return result;
    }
    result = importBytes(info.fileName(), bytes);
    result.path = path;
    return result;
}

FileImportResult Importer::importBytes(const QString &fileName, const QByteArray &bytes)
{
    FileImportResult result;
    result.path = fileName;
    const ParsedDocument document = DocumentReader::read(bytes, fileName);
    result.encoding = document.encoding;
    if (!document.ok()) {
        result.reason = document.error;
        return result;
    }
    if (document.pages.isEmpty()) {
        result.reason = QStringLiteral("no article found");
        return result;
    }
    if (!m_writer)
        m_writer = std::make_unique<ArticleWriter>(m_library.database());
    const WriteResult written = m_writer->write(fileName, bytes, document);
    if (!written.ok()) {
        result.reason = written.error;
        return result;
    }
    result.added = written.added;
    result.duplicates = written.duplicates;
    result.articleIds = written.articleIds;
    result.status = written.added > 0 ? FileImportResult::Status::Imported : FileImportResult::Status::Duplicate;
    return result;
}

ImportReport Importer::importPaths(const QStringList &paths, bool recursive, const Progress &progress)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, recursive, &report.files);
    const int total = int(files.size());
    // Each file is written in a savepoint of its own (atomic per file); the files are committed
    // in batches, because every commit makes FTS5 write a new index segment. A kill loses at
    // most the current batch, whose files are then simply absent and imported again next time.
    std::optional<Transaction> batch;
    QList<int> inBatch;
    QElapsedTimer batchAge;
    auto commitBatch = [&] {
        if (!batch)
            return;
        if (!batch->commit()) {
            for (int index : std::as_const(inBatch)) {
                FileImportResult &file = report.files[index];
                if (file.status == FileImportResult::Status::Refused)
                    continue;
                file.status = FileImportResult::Status::Refused;
                file.added = 0;
                file.articleIds.clear();
                file.reason = QStringLiteral("cannot write to the library: %1").arg(batch->errorText());
            }
        }
        batch.reset();
        inBatch.clear();
    };
    for (int i = 0; i < total; ++i) {
        if (!batch) {
            batch.emplace(m_library.database());
            batchAge.start();
        }
        report.files.append(importFile(files.at(i)));
        inBatch.append(int(report.files.size()) - 1);
        if (inBatch.size() >= kBatchFiles || batchAge.elapsed() >= kBatchMilliseconds || i + 1 == total)
            commitBatch();
        if (progress && !progress(i + 1, total, report.files.constLast())) {
            report.cancelled = i + 1 < total;
            break;
        }
    }
    commitBatch();
    return report;
}

} // namespace glossa
