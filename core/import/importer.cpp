#include "importer.h"

#include "boundedqueue.h"
#include "documentreader.h"
#include "storage/articlewriter.h"
#include "storage/bulkwritesettings.h"
#include "storage/library.h"
#include "storage/rawdumpcodec.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <optional>

namespace glossa {

// The library keeps every file's bytes, and reads back no more than this from a stored value.
static_assert(Importer::kMaxFileSize <= RawDumpCodec::kMaxRawBytes);

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
        } else if (info.isFile() && Library::isHeldByThisProcess(path)) {
            // Read and closed here, it would lose this process its locks on the library.
            refuse(path, QStringLiteral("a Glossa library open here (or one of its files), not a news dump"));
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

PreparedFile Importer::prepareFile(const QString &path)
{
    PreparedFile prepared;
    FileImportResult &result = prepared.result;
    result.path = path;
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        result.reason = QStringLiteral("dangling link (its target does not exist)");
        return prepared;
    }
    if (!info.exists()) {
        result.reason = QStringLiteral("no such file");
        return prepared;
    }
    if (info.isDir()) {
        result.reason = QStringLiteral("is a folder (import it as a folder)");
        return prepared;
    }
    if (info.size() > kMaxFileSize) {
        result.reason = QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                            .arg(info.size() / (1024 * 1024))
                            .arg(kMaxFileSize / (1024 * 1024));
        return prepared;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.reason = QStringLiteral("cannot be read (%1)").arg(file.errorString().toLower());
        return prepared;
    }
    // Sized by what the file says it holds: read(kMaxFileSize + 1) would allocate (and the
    // kernel map and unmap) 64 MB for every 5 KB page. Files that report no size (pipes, /proc)
    // or grow meanwhile are read on, still bounded.
    const qint64 expected = qMin(info.size(), kMaxFileSize);
    QByteArray bytes = file.read(expected + 1);
    if (bytes.size() > expected && file.error() == QFileDevice::NoError)
        bytes += file.read(kMaxFileSize + 1 - bytes.size());
    if (file.error() != QFileDevice::NoError) {
        result.reason = QStringLiteral("cannot be read (%1)").arg(file.errorString().toLower());
        return prepared;
    }
    prepared = prepareBytes(info.fileName(), bytes); // refuses what grew past the limit
    prepared.result.path = path;
    return prepared;
}

PreparedFile Importer::prepareBytes(const QString &fileName, const QByteArray &bytes)
{
    PreparedFile prepared;
    FileImportResult &result = prepared.result;
    result.path = fileName;
    if (bytes.size() > kMaxFileSize) {
        result.reason = QStringLiteral("file too large (the limit is %1 MB)").arg(kMaxFileSize / (1024 * 1024));
        return prepared;
    }
    const ParsedDocument document = DocumentReader::read(bytes, fileName);
    result.encoding = document.encoding;
    if (!document.ok()) {
        result.reason = document.error;
        return prepared;
    }
    if (document.pages.isEmpty()) {
        result.reason = QStringLiteral("no article found");
        return prepared;
    }
    prepared.dump = PreparedDump::prepare(fileName, bytes, document);
    return prepared;
}

FileImportResult Importer::store(PreparedFile prepared)
{
    FileImportResult result = std::move(prepared.result);
    if (!prepared.dump)
        return result;
    const WriteResult written = writer().write(*prepared.dump);
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

ArticleWriter &Importer::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<ArticleWriter>(m_library.database());
    return *m_writer;
}

FileImportResult Importer::importFile(const QString &path)
{
    return store(prepareFile(path));
}

FileImportResult Importer::importBytes(const QString &fileName, const QByteArray &bytes)
{
    return store(prepareBytes(fileName, bytes));
}

ImportReport Importer::importPaths(const QStringList &paths, bool recursive, const Progress &progress)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, recursive, &report.files);
    const int total = int(files.size());
    if (total == 0)
        return report;
    const BulkWriteSettings settings(m_library.database(), kImportCacheKiB, kImportCheckpointPages);

    // Stage one, on a thread of its own: read and prepare the files, in order.
    BoundedQueue<PreparedFile> queue(kQueueBytes);
    std::atomic_bool stop(false);
    QThreadPool preparing;
    preparing.setMaxThreadCount(1);
    QFuture<void> producer = QtConcurrent::run(&preparing, [&files, &queue, &stop] {
        for (const QString &path : files) {
            if (stop.load())
                break;
            PreparedFile prepared = prepareFile(path);
            const qint64 cost = prepared.cost();
            if (!queue.push(std::move(prepared), cost))
                break;
        }
        queue.close();
    });

    // Stage two, here: write. Each file is written in a savepoint of its own (atomic per
    // file); the files are committed in batches, because every commit makes FTS5 write a new
    // index segment. A kill loses at most the current batch, whose files are then simply absent
    // and imported again next time.
    std::optional<Transaction> batch;
    QList<int> inBatch;
    QElapsedTimer batchAge;
    auto commitBatch = [&] {
        if (!batch)
            return;
        QString error;
        const bool indexed = writer().flushBatch(&error);
        if (!indexed || !batch->commit()) {
            for (int index : std::as_const(inBatch)) {
                FileImportResult &file = report.files[index];
                if (file.status == FileImportResult::Status::Refused)
                    continue;
                file.status = FileImportResult::Status::Refused;
                file.added = 0;
                file.articleIds.clear();
                file.reason = QStringLiteral("cannot write to the library: %1").arg(indexed ? batch->errorText() : error);
            }
            m_writer.reset(); // its cached source ids may name rows that were rolled back
        }
        batch.reset();
        inBatch.clear();
    };
    for (int i = 0; i < total; ++i) {
        std::optional<PreparedFile> prepared = queue.pop();
        if (!prepared)
            break; // cannot happen: the producer pushes every file unless stopped
        if (!batch) {
            batch.emplace(m_library.database());
            writer().beginBatch();
            batchAge.start();
        }
        report.files.append(store(std::move(*prepared)));
        inBatch.append(int(report.files.size()) - 1);
        if (inBatch.size() >= kBatchFiles || batchAge.elapsed() >= kBatchMilliseconds || i + 1 == total)
            commitBatch();
        if (progress && !progress(i + 1, total, report.files.constLast())) {
            report.cancelled = i + 1 < total;
            break;
        }
    }
    commitBatch();
    stop.store(true);
    queue.close();
    producer.waitForFinished();
    return report;
}

} // namespace glossa
