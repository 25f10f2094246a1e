#include "importcontroller.h"

#include "importsummarydialog.h"
#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "common/workprogressdialog.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>
#include <QProgressDialog>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

namespace {

const char kLastFolderKey[] = "import/lastFolder";

// Runs on the worker thread. The worker opens its own Library on the same file: a
// QSqlDatabase connection belongs to the thread that made it, and the UI thread keeps
// reading through its own while the import writes (WAL lets both proceed).
using ProgressSink = std::function<void(int done, int total, const QString &lastFile)>;

ImportController::Outcome runImport(const QString &libraryPath, const QStringList &paths,
                                   std::shared_ptr<std::atomic_bool> cancelRequested, ProgressSink progressSink,
                                   std::function<void()> matchingStarted)
{
    ImportController::Outcome outcome;
    ImportReport &report = outcome.report;
    Library library;
    QString error;
    if (!library.open(libraryPath, &error)) {
        for (const QString &path : paths) {
            FileImportResult refused;
            refused.path = path;
            refused.reason = error;
            report.files.append(refused);
        }
        return outcome;
    }
    Importer importer(library);
    report = importer.importPaths(paths, true, [&](int done, int total, const FileImportResult &last) {
        progressSink(done, total, last.path);
        return !cancelRequested->load();
    });
    // The new articles against the claim memory, before the import is reported done: a repeat
    // of a checked claim is proposed when the analyst first opens the article. Also after a
    // cancel, for the files that came in.
    QList<qint64> added;
    for (const FileImportResult &file : std::as_const(report.files))
        added << file.articleIds;
    if (!added.isEmpty()) {
        matchingStarted();
        outcome.matching = AppearanceScan(library.database()).run(AppearanceScan::Scope{added, QDate()});
    }
    return outcome;
}

} // namespace

ImportController::ImportController(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    // The worker must not outlive the objects its progress is posted to.
    if (m_cancelRequested)
        m_cancelRequested->store(true);
    m_watcher.waitForFinished();
}

ImportSummaryDialog *ImportController::summaryDialog() const
{
    return m_summary;
}

QProgressDialog *ImportController::progressDialog() const
{
    return m_progress;
}

void ImportController::chooseFiles()
{
    QSettings settings;
    const QStringList files = LockFreeFileDialog::openFileNames(
        m_dialogParent, tr("Import Files"), settings.value(kLastFolderKey).toString(),
        tr("News dumps (*.txt *.text *.jsonl *.ndjson *.html *.htm);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(files.constFirst()).absolutePath());
    importPaths(files);
}

void ImportController::chooseFolder()
{
    QSettings settings;
    const QString folder = LockFreeFileDialog::existingDirectory(m_dialogParent, tr("Import Folder"),
                                                             settings.value(kLastFolderKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(kLastFolderKey, folder);
    importPaths({folder});
}

void ImportController::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || isRunning() || !m_workspace->isOpen())
        return;
    m_cancelRequested = std::make_shared<std::atomic_bool>(false);

    m_progress = makeWorkProgressDialog(m_dialogParent, QStringLiteral("importProgress"), tr("Importing"),
                                        tr("Preparing the import…"), tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);

    // Called on the worker thread: hand the numbers over to this object's thread.
    ProgressSink progressSink = [this](int done, int total, const QString &lastFile) {
        QMetaObject::invokeMethod(
            this, [this, done, total, lastFile] { onWorkerProgress(done, total, lastFile); }, Qt::QueuedConnection);
    };
    std::function<void()> matchingStarted = [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_progress)
                    m_progress->setLabelText(tr("Looking for repeats of checked claims…"));
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(runImport, m_workspace->libraryPath(), paths, m_cancelRequested,
                                          progressSink, matchingStarted));
    m_running = true;
    emit runningChanged(true);
}

void ImportController::onWorkerProgress(int done, int total, const QString &lastFile)
{
    emit progressed(done, total);
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(tr("Imported %1 of %n file(s)\n%2", nullptr, total)
                                 .arg(QLocale().toString(done), QFileInfo(lastFile).fileName()));
}

void ImportController::cancel()
{
    if (m_cancelRequested)
        m_cancelRequested->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling after the current file…"));
}

void ImportController::cancelAndWait()
{
    if (!isRunning())
        return;
    cancel();
    m_watcher.waitForFinished();
    // Handle the result now, without a summary: the window is closing or the library changing.
    handleResult(false);
}

void ImportController::onFinished()
{
    handleResult(m_showSummary);
}

void ImportController::handleResult(bool showSummary)
{
    if (!m_running)
        return; // already handled by cancelAndWait()
    m_running = false;
    const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Outcome();
    m_lastReport = outcome.report;
    m_lastMatching = outcome.matching;
    if (m_progress)
        m_progress->close();
    // Files imported before a cancel are in the library: every view has to learn about them.
    m_workspace->notifyContentChanged();
    emit runningChanged(false);
    if (showSummary) {
        if (m_summary)
            m_summary->close();
        m_summary = new ImportSummaryDialog(m_lastReport, m_lastMatching, m_dialogParent);
        m_summary->setAttribute(Qt::WA_DeleteOnClose);
        // Modeless, not exec(): the analyst can read on with the report beside the window, and
        // tests find and close the dialog.
        m_summary->show();
        m_summary->raise();
    }
    emit finished();
}

} // namespace glossa
