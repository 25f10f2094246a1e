#include "importlanes.h"

#include "storage/articlewriter.h"
#include "storage/bulkwritesettings.h"
#include "storage/library.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <vector>

namespace glossa {

ImportLanes::ImportLanes(const QString &libraryPath, int lanes) : m_libraryPath(libraryPath), m_lanes(qMax(1, lanes)) {}

void ImportLanes::run(BoundedQueue<QueuedFile> &queue, int total, ImportReport *report,
                      const Importer::Progress &progress)
{
    QMutex mutex;
    QWaitCondition published;
    std::vector<std::optional<FileImportResult>> results(size_t(qMax(0, total)));
    std::atomic_bool stop(false);
    int lanesRunning = m_lanes;

    auto lane = [&] {
        Library library;
        QString openError;
        const bool open = library.open(m_libraryPath, &openError);
        std::unique_ptr<ArticleWriter> writer;
        std::unique_ptr<BulkWriteSettings> bulk;
        if (open) {
            writer = std::make_unique<ArticleWriter>(library.database());
            bulk = std::make_unique<BulkWriteSettings>(library.database(), Importer::kImportCacheKiB,
                                                       Importer::kImportCheckpointPages);
        }
        while (!stop.load()) {
            std::optional<QueuedFile> item = queue.pop();
            if (!item)
                break;
            FileImportResult result;
            if (open) {
                // Each file commits on its own: a batch held open would keep the outlets and
                // pages it added locked against the other lanes, which wait for it or deadlock.
                result = Importer::store(std::move(item->file), *writer);
            } else {
                result = std::move(item->file.result);
                result.status = FileImportResult::Status::Refused;
                result.reason = openError;
            }
            const QMutexLocker locker(&mutex);
            results[size_t(item->index)] = std::move(result);
            published.wakeAll();
        }
        const QMutexLocker locker(&mutex);
        --lanesRunning;
        published.wakeAll();
    };

    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < m_lanes; ++i) {
        threads.emplace_back(QThread::create(lane));
        threads.back()->start();
    }
    // Here, in the files' order: what the lanes have committed, as it comes.
    for (int next = 0; next < total; ++next) {
        FileImportResult result;
        {
            QMutexLocker locker(&mutex);
            while (!results[size_t(next)] && lanesRunning > 0)
                published.wait(&mutex);
            if (!results[size_t(next)])
                break; // every lane ended (stopped) before this file
            result = std::move(*results[size_t(next)]);
        }
        report->files.append(result);
        if (progress && !stop.load() && !progress(next + 1, total, report->files.constLast())) {
            report->cancelled = next + 1 < total;
            stop.store(true);
            queue.close();
        }
    }
    stop.store(true);
    queue.close();
    for (auto &thread : threads)
        thread->wait();
    // Files a lane took before it saw the stop, written all the same: they are in the report.
    for (size_t i = size_t(report->files.size()); i < results.size(); ++i) {
        if (!results[i])
            break;
        report->files.append(std::move(*results[i]));
    }
}

} // namespace glossa
