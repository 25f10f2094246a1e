#pragma once

#include "import/importer.h"
#include "memory/appearancescan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace glossa {

class ImportSummaryDialog;
class Workspace;

// Imports files and folders into the open library without freezing the window: the work runs
// on a QtConcurrent worker with its own connection to the library file, a progress dialog
// offers Cancel, and a summary names every refused file once it is done. The new articles are
// matched against the claim memory on the same worker, as part of the import.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(Workspace *workspace, QWidget *dialogParent);
    ~ImportController() override;

    // From importPaths() until finished(): the worker may be done before its result is handled.
    bool isRunning() const { return m_running; }
    const ImportReport &lastReport() const { return m_lastReport; }
    // What matching the last import's articles against the claim memory found.
    const AppearanceScan::Result &lastMatching() const { return m_lastMatching; }

    // What the worker hands back: the import, then the matching of its articles.
    struct Outcome
    {
        ImportReport report;
        AppearanceScan::Result matching;
    };
    // The summary of the last import while it is open (for tests and the window's close).
    ImportSummaryDialog *summaryDialog() const;
    QProgressDialog *progressDialog() const;

    // Turns the summary off for callers that report themselves (first-run samples).
    void setShowSummary(bool show) { m_showSummary = show; }

public slots:
    // Folders are searched at every level. Returns at once; finished() follows.
    void importPaths(const QStringList &paths);
    void chooseFiles();
    void chooseFolder();
    void cancel();
    // Blocks until the worker has stopped (the window is closing or the library changes).
    void cancelAndWait();

signals:
    void runningChanged(bool running);
    void progressed(int done, int total);
    void finished();

private:
    void onWorkerProgress(int done, int total, const QString &lastFile);
    void onFinished();
    void handleResult(bool showSummary);

    Workspace *m_workspace;
    QWidget *m_dialogParent;
    QFutureWatcher<Outcome> m_watcher;
    // Shared with the worker, which may outlive a cancelled dialog by a file or two.
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportSummaryDialog> m_summary;
    ImportReport m_lastReport;
    AppearanceScan::Result m_lastMatching;
    bool m_showSummary = true;
    bool m_running = false;
};

} // namespace glossa
