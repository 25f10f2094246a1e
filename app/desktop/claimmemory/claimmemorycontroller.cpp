#include "claimmemorycontroller.h"

#include "appearancelistmodel.h"
#include "appearancepanel.h"
#include "common/lockfreefiledialog.h"
#include "common/workprogressdialog.h"
#include "edits/decideappearancecommand.h"
#include "interchange/claimreviewreader.h"
#include "model/taxonomy.h"
#include "openarticle.h"
#include "reader/readerview.h"
#include "storage/library.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMetaObject>
#include <QProgressDialog>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

namespace {

const char kLastFolderKey[] = "factChecks/lastFolder";

using ProgressSink = std::function<void(int done, int total)>;

// On the worker thread, with a connection of its own (see ImportController).
AppearanceScan::Result runScan(const QString &libraryPath, std::shared_ptr<std::atomic_bool> cancel,
                               ProgressSink progress)
{
    Library library;
    QString error;
    if (!library.open(libraryPath, &error)) {
        AppearanceScan::Result failed;
        failed.error = error;
        return failed;
    }
    return AppearanceScan(library.database()).run(AppearanceScan::Scope{}, [&](int done, int total) {
        progress(done, total);
        return !cancel->load();
    });
}

} // namespace

ClaimMemoryController::ClaimMemoryController(Workspace *workspace, ReaderView *reader, AppearancePanel *panel,
                                             QWidget *window)
    : QObject(window), m_workspace(workspace), m_reader(reader), m_panel(panel), m_window(window)
{
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importFactChecksAction"));
    connect(m_importAction, &QAction::triggered, this, &ClaimMemoryController::chooseFactChecks);
    m_matchAction = new QAction(this);
    m_matchAction->setObjectName(QStringLiteral("matchClaimsAction"));
    connect(m_matchAction, &QAction::triggered, this, &ClaimMemoryController::matchLibrary);

    // Window-wide like H, C and N: a field being typed in takes the letter first, and without a
    // proposal in the open article the actions are off.
    m_acceptAction = new QAction(this);
    m_acceptAction->setObjectName(QStringLiteral("acceptRepeatAction"));
    m_acceptAction->setShortcut(QKeySequence(Qt::Key_A));
    m_acceptAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_acceptAction, &QAction::triggered, this, &ClaimMemoryController::acceptCurrent);
    m_dismissAction = new QAction(this);
    m_dismissAction->setObjectName(QStringLiteral("dismissRepeatAction"));
    m_dismissAction->setShortcut(QKeySequence(Qt::Key_D));
    m_dismissAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_dismissAction, &QAction::triggered, this, &ClaimMemoryController::dismissCurrent);
    m_originalAction = new QAction(this);
    m_originalAction->setObjectName(QStringLiteral("openOriginalClaimAction"));
    connect(m_originalAction, &QAction::triggered, this, [this] {
        if (const AppearanceCard *card = m_panel->card(m_panel->currentAppearance()))
            openOriginal(card->original());
    });
    for (QAction *action : {m_acceptAction, m_dismissAction, m_originalAction})
        window->addAction(action);

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("claimsMenu"));
    m_menu->addAction(m_acceptAction);
    m_menu->addAction(m_dismissAction);
    m_menu->addAction(m_originalAction);
    m_menu->addSeparator();
    m_menu->addAction(m_matchAction);
    retranslate();

    connect(panel, &AppearancePanel::acceptRequested, this, [this](qint64 id) { decide(true, id); });
    connect(panel, &AppearancePanel::dismissRequested, this, [this](qint64 id) { decide(false, id); });
    connect(panel, &AppearancePanel::originalRequested, this, &ClaimMemoryController::openOriginal);
    connect(panel, &AppearancePanel::currentChanged, this, &ClaimMemoryController::updateEnabled);
    connect(reader, &ReaderView::appearanceActivated, panel, &AppearancePanel::setCurrentAppearance);
    connect(workspace, &Workspace::libraryOpened, this, &ClaimMemoryController::updateEnabled);
    connect(&m_watcher, &QFutureWatcher<AppearanceScan::Result>::finished, this, &ClaimMemoryController::onMatchFinished);
    updateEnabled();
}

ClaimMemoryController::~ClaimMemoryController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ClaimMemoryController::retranslate()
{
    m_menu->setTitle(tr("C&laims"));
    m_importAction->setText(tr("Import &Fact-checks…"));
    m_importAction->setToolTip(tr("Add fact-checks published as schema.org ClaimReview (JSON-LD) to the claim memory"));
    m_matchAction->setText(tr("&Match Claims Against Memory…"));
    m_matchAction->setToolTip(tr("Look for every remembered claim in every article of the library"));
    m_acceptAction->setText(tr("&Accept Repeated Claim"));
    m_acceptAction->setToolTip(tr("Record the current repeat as a claim with the remembered verdict (A)"));
    m_dismissAction->setText(tr("&Dismiss Repeated Claim"));
    m_dismissAction->setToolTip(tr("Not a repeat: never propose this passage again (D)"));
    m_originalAction->setText(tr("&Open the Original Claim"));
}

void ClaimMemoryController::updateEnabled()
{
    const bool writable = m_workspace->isOpen() && !m_workspace->isReadOnly();
    const bool proposal = m_panel->currentAppearance() != 0;
    m_acceptAction->setEnabled(writable && proposal);
    m_dismissAction->setEnabled(writable && proposal);
    m_originalAction->setEnabled(proposal);
    m_importAction->setEnabled(writable && !m_matching);
    m_matchAction->setEnabled(writable && !m_matching);
}

void ClaimMemoryController::chooseFactChecks()
{
    QSettings settings;
    const QString path = LockFreeFileDialog::openFileName(m_window, tr("Import Fact-checks"),
                                                          settings.value(kLastFolderKey).toString(),
                                                          tr("ClaimReview JSON-LD (*.json *.jsonld);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    importFactChecks(path);
}

QString ClaimMemoryController::importFactChecks(const QString &path)
{
    if (!m_workspace->isOpen())
        return QString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ClaimReviewReader reader(&Taxonomy::builtIn());
    const std::optional<QList<FactCheck>> checks = reader.readFile(path);
    QString summary;
    if (!checks) {
        summary = tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), reader.lastError());
    } else {
        ClaimMemoryStore memory = m_workspace->claimMemory();
        int skipped = 0;
        const int added = memory.addFactChecks(*checks, &skipped);
        if (added < 0)
            summary = tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), memory.lastError());
        else if (skipped > 0)
            summary = tr("%n fact-check(s) added to the claim memory", nullptr, added) + QLatin1Char(' ')
                + tr("(%n already there).", nullptr, skipped);
        else
            summary = tr("%n fact-check(s) added to the claim memory.", nullptr, added);
        if (added > 0)
            summary += QLatin1Char(' ') + tr("Match Claims Against Memory finds where they are repeated.");
    }
    QApplication::restoreOverrideCursor();
    m_lastSummary = summary;
    emit notice(summary);
    return summary;
}

void ClaimMemoryController::matchLibrary()
{
    if (m_matching || !m_workspace->isOpen())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = makeWorkProgressDialog(m_window, QStringLiteral("matchProgress"), tr("Matching Claims"),
                                        tr("Reading the claim memory…"), tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &ClaimMemoryController::cancelMatching);
    ProgressSink sink = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                if (!m_progress)
                    return;
                m_progress->setMaximum(total);
                m_progress->setValue(done);
                m_progress->setLabelText(tr("Matched %1 of %n article(s)", nullptr, total).arg(QLocale().toString(done)));
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(runScan, m_workspace->libraryPath(), m_cancel, sink));
    m_matching = true;
    updateEnabled();
}

void ClaimMemoryController::cancelMatching()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void ClaimMemoryController::cancelAndWait()
{
    if (!m_matching)
        return;
    cancelMatching();
    m_watcher.waitForFinished();
    onMatchFinished();
}

void ClaimMemoryController::onMatchFinished()
{
    if (!m_matching)
        return;
    m_matching = false;
    const AppearanceScan::Result result =
        m_watcher.future().resultCount() > 0 ? m_watcher.result() : AppearanceScan::Result();
    if (m_progress)
        m_progress->close();
    if (!result.error.isEmpty()) {
        m_lastSummary = tr("Matching failed: %1").arg(result.error);
    } else {
        m_lastSummary = tr("%n new repeat(s) of checked claims found", nullptr, result.proposed) + QLatin1Char(' ')
            + tr("in %n article(s).", nullptr, result.articles);
        if (result.cancelled)
            m_lastSummary += QLatin1Char(' ') + tr("Cancelled: what was found before is kept.");
    }
    // The list's marks and the reader's underlines are read again.
    m_workspace->notifyContentChanged();
    m_workspace->notifyAppearancesChanged(0);
    updateEnabled();
    emit notice(m_lastSummary);
    emit matchingFinished();
}

void ClaimMemoryController::acceptCurrent()
{
    decide(true, m_panel->currentAppearance());
}

void ClaimMemoryController::dismissCurrent()
{
    decide(false, m_panel->currentAppearance());
}

void ClaimMemoryController::decide(bool accept, qint64 appearanceId)
{
    OpenArticle *open = m_workspace->openArticle();
    const Appearance *appearance = open->appearances()->appearance(appearanceId);
    if (!appearance || !open->article() || m_workspace->isReadOnly())
        return;
    m_workspace->undoStack()->push(new DecideAppearanceCommand(
        m_workspace, *appearance,
        accept ? DecideAppearanceCommand::Decision::Accept : DecideAppearanceCommand::Decision::Dismiss));
}

void ClaimMemoryController::openOriginal(const QString &link)
{
    if (link.startsWith(QLatin1String("library:"))) {
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() == 3)
            m_workspace->requestArticle(parts.at(1).toLongLong(), parts.at(2).toLongLong());
        return;
    }
    const QUrl url(link);
    // Only a web page: a ClaimReview file could name any scheme.
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        QDesktopServices::openUrl(url);
}

} // namespace glossa
