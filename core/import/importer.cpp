#include "importer.h"

#include "boundedqueue.h"
#include "documentreader.h"
#include "importlanes.h"
#include "model/displaypath.h"
#include "storage/articlewriter.h"
#include "storage/bulkwritesettings.h"
#include "storage/library.h"
#include "storage/rawdumpcodec.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

QString FileImportResult::displayPath() const
{
    return nativePath.isEmpty() ? DisplayPath::oneLine(path) : DisplayPath::oneLine(nativePath);
}

QString FileImportResult::displayName() const
{
    const QByteArray native = nativePath.isEmpty() ? QFile::encodeName(path) : nativePath;
    return DisplayPath::oneLine(native.mid(native.lastIndexOf('/') + 1));
}

namespace {

// What a path is when it is not a regular file or a folder, for the refusal.
QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    return QStringLiteral("not a regular file");
}

QString notRegularReason(mode_t mode)
{
    return QStringLiteral("not a regular file (%1); skipped").arg(kindOf(mode));
}

// One folder's entries, by their bytes: QDirIterator leaves out, without a word, every name that
// is not UTF-8, so it cannot say which files it did not import. Same rules as a folder scan had:
// hidden names skipped, links followed to files, never into linked folders.
void scanFolder(const QByteArray &folder, bool recursive, QStringList *found,
                const std::function<void(const QByteArray &, const QString &)> &refuse)
{
    DIR *dir = ::opendir(folder.constData());
    if (!dir) {
        refuse(folder, QStringLiteral("folder cannot be read (%1)").arg(QString::fromLocal8Bit(::strerror(errno))));
        return;
    }
    QList<QByteArray> subfolders;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.'))
            continue; // hidden, and "." and ".."
        const QByteArray path = folder.endsWith('/') ? folder + name : folder + '/' + name;
        struct stat linkInfo {}, info {};
        if (::lstat(path.constData(), &linkInfo) != 0)
            continue; // gone since it was listed
        const bool followed = ::stat(path.constData(), &info) == 0;
        if (!followed)
            info = linkInfo; // a dangling link: its name decides below, the file refuses it
        if (S_ISDIR(info.st_mode)) {
            if (!recursive || S_ISLNK(linkInfo.st_mode))
                continue;
            if (!DisplayPath::isRepresentable(path))
                refuse(path, QStringLiteral("folder name is not valid UTF-8: rename it to import the files in it"));
            else
                subfolders << path;
            continue;
        }
        if (!Importer::hasImportableSuffix(QFile::decodeName(name)))
            continue;
        if (!DisplayPath::isRepresentable(path))
            refuse(path, QStringLiteral("file name is not valid UTF-8: rename it to import it"));
        else if (followed && !S_ISREG(info.st_mode))
            refuse(path, notRegularReason(info.st_mode));
        else
            *found << QFile::decodeName(path);
    }
    ::closedir(dir);
    std::sort(subfolders.begin(), subfolders.end());
    for (const QByteArray &subfolder : std::as_const(subfolders))
        scanFolder(subfolder, recursive, found, refuse);
}

} // namespace

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

int ImportReport::filesWithoutProvenance() const
{
    int total = 0;
    for (const FileImportResult &file : files)
        total += file.status == FileImportResult::Status::Imported && file.pagesWithoutProvenance > 0 ? 1 : 0;
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
        } else if (!info.isDir() && !info.isFile()) {
            struct stat status {};
            ::stat(QFile::encodeName(path).constData(), &status);
            refuse(path, notRegularReason(status.st_mode));
        } else if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable()) {
                refuse(path, QStringLiteral("folder cannot be read (permission denied)"));
                continue;
            }
            QStringList found;
            // Folder scans take only the formats Glossa reads and skip hidden files; a file named
            // explicitly is always tried, whatever its name.
            scanFolder(QFile::encodeName(path), recursive, &found, [&](const QByteArray &native, const QString &reason) {
                if (!refused)
                    return;
                FileImportResult result;
                result.path = QFile::decodeName(native);
                if (!DisplayPath::isRepresentable(native))
                    result.nativePath = native;
                result.reason = reason;
                refused->append(result);
            });
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
    // Opened without blocking, and checked once open: a named pipe (or a file replaced by one
    // since it was listed) would block here forever, and every file after it with it.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (descriptor < 0) {
        result.reason = QStringLiteral("cannot be read (%1)").arg(QString::fromLocal8Bit(::strerror(errno)).toLower());
        return prepared;
    }
    struct stat status {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        result.reason = notRegularReason(status.st_mode);
        ::close(descriptor);
        return prepared;
    }
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
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
    for (const ParsedPage &page : document.pages)
        result.pagesWithoutProvenance += page.source.trimmed().isEmpty() ? 1 : 0;
    prepared.dump = PreparedDump::prepare(fileName, bytes, document);
    return prepared;
}

FileImportResult Importer::store(PreparedFile prepared, ArticleWriter &writer)
{
    FileImportResult result = std::move(prepared.result);
    if (!prepared.dump)
        return result;
    const WriteResult written = writer.write(*prepared.dump);
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
    BoundedQueue<QueuedFile> queue(kQueueBytes);
    std::atomic_bool stop(false);
    QThreadPool preparing;
    preparing.setMaxThreadCount(1);
    QFuture<void> producer = QtConcurrent::run(&preparing, [&files, &queue, &stop] {
        for (int index = 0; index < files.size(); ++index) {
            if (stop.load())
                break;
            QueuedFile queued{index, prepareFile(files.at(index))};
            const qint64 cost = queued.file.cost();
            if (!queue.push(std::move(queued), cost))
                break;
        }
        queue.close();
    });

    // Stage two on connections of the writers' own where the library takes several at once.
    if (const int lanes = m_library.writerConnections(); lanes > 1) {
        ImportLanes(m_library.path(), lanes).run(queue, total, &report, progress);
        stop.store(true);
        queue.close();
        producer.waitForFinished();
        return report;
    }

    // Stage two, here: write. Each file is written in a savepoint of its own (atomic per
    // file); the files are committed in batches, because every commit makes FTS5 write a new
    // index segment. A kill loses at most the current batch, whose files are then simply absent
    // and imported again next time.
    std::optional<Transaction> batch;
    QList<int> inBatch;
    QElapsedTimer batchAge;
    // cause: why SQLite rolled the batch back itself (the write that failed), when it did.
    auto commitBatch = [&](const QString &cause = QString()) {
        if (!batch)
            return;
        QString error;
        const bool ended = batch->endedByTheLibrary();
        const bool indexed = !ended && writer().flushBatch(&error);
        if (ended || !indexed || !batch->commit()) {
            for (int index : std::as_const(inBatch)) {
                FileImportResult &file = report.files[index];
                if (file.status == FileImportResult::Status::Refused)
                    continue;
                // Nothing of the batch is in the library: what its files found already there
                // (written earlier in the same batch) is gone too. A file is counted once.
                file.status = FileImportResult::Status::Refused;
                file.added = 0;
                file.duplicates = 0;
                file.articleIds.clear();
                if (ended)
                    file.reason = !cause.isEmpty() ? cause
                                                   : QStringLiteral("cannot write to the library: the library rolled the "
                                                                    "transaction back after a write failed");
                else
                    file.reason = QStringLiteral("cannot write to the library: %1").arg(indexed ? batch->errorText() : error);
            }
            m_writer.reset(); // its cached source ids may name rows that were rolled back
        }
        batch.reset();
        inBatch.clear();
    };
    for (int i = 0; i < total; ++i) {
        std::optional<QueuedFile> queued = queue.pop();
        if (!queued)
            break; // cannot happen: the producer pushes every file unless stopped
        if (!batch) {
            batch.emplace(m_library.database());
            writer().beginBatch();
            batchAge.start();
        }
        report.files.append(store(std::move(queued->file)));
        inBatch.append(int(report.files.size()) - 1);
        // A full disk or an I/O error can make SQLite roll the whole batch back: what was
        // written in it is gone, and the next file would be committed alone, reported refused.
        // The batch ends here; the next file begins a new one.
        if (batch->endedByTheLibrary())
            commitBatch(report.files.constLast().reason);
        else if (inBatch.size() >= kBatchFiles || batchAge.elapsed() >= kBatchMilliseconds || i + 1 == total)
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
