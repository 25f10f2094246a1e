#include "librarycopycontroller.h"

#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "common/workprogressdialog.h"
#include "mainwindow/teamlibrarydialog.h"
#include "storage/library.h"
#include "storage/libraryaddress.h"
#include "storage/librarycopier.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

namespace {

const char kLastFolderKey[] = "copyLibrary/lastFolder";

QString shown(const QString &path)
{
    const std::optional<LibraryAddress> address = LibraryAddress::parse(path);
    return address && address->isServer() ? address->displayText() : QDir::toNativeSeparators(path);
}

// Whether \a a and \a b name the same library: one file, or one database at one place.
bool sameLibrary(const QString &a, const QString &b)
{
    const std::optional<LibraryAddress> first = LibraryAddress::parse(a), second = LibraryAddress::parse(b);
    if (first && second && first->isServer() && second->isServer())
        return first->place() == second->place();
    if (!first || !second || first->isServer() || second->isServer())
        return false;
    const QFileInfo one(a), other(b);
    return one.exists() && other.exists() ? one.canonicalFilePath() == other.canonicalFilePath()
                                          : one.absoluteFilePath() == other.absoluteFilePath();
}

// On the worker thread: both libraries on connections of its own. Progress goes to the
// controller's thread, queued; a controller deleted meanwhile simply receives nothing.
LibraryCopyController::Outcome runCopy(const QString &source, const QString &target,
                                       std::shared_ptr<std::atomic_bool> stop, QPointer<LibraryCopyController> receiver,
                                       void (LibraryCopyController::*report)(const QString &, qint64, qint64))
{
    LibraryCopyController::Outcome outcome;
    Library from, into;
    if (!from.open(source, &outcome.error) || !into.open(target, &outcome.error))
        return outcome;
    LibraryCopier copier(from.database(), into.database());
    copier.setProgress([&](const LibraryCopier::Progress &progress) {
        QMetaObject::invokeMethod(
            receiver.data(),
            [receiver, report, table = progress.table, done = progress.done, total = progress.total] {
                if (receiver)
                    (receiver.data()->*report)(table, done, total);
            },
            Qt::QueuedConnection);
        return !stop->load();
    });
    outcome.ok = copier.copy();
    outcome.added = copier.added();
    outcome.stopped = stop->load();
    if (!outcome.ok)
        outcome.error = copier.lastError();
    return outcome;
}

} // namespace

LibraryCopyController::LibraryCopyController(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    m_menu = new QMenu(tr("&Copy Library To"), dialogParent);
    m_menu->setObjectName(QStringLiteral("copyLibraryMenu"));
    m_menu->setToolTip(tr("Copy the whole library into a library file or a team library"));
    QAction *file = m_menu->addAction(tr("Library &File…"));
    file->setObjectName(QStringLiteral("copyLibraryToFileAction"));
    connect(file, &QAction::triggered, this, &LibraryCopyController::chooseFile);
    QAction *team = m_menu->addAction(tr("&Team Library…"));
    team->setObjectName(QStringLiteral("copyLibraryToTeamAction"));
    connect(team, &QAction::triggered, this, &LibraryCopyController::chooseTeamLibrary);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LibraryCopyController::onWorkerFinished);
    connect(workspace, &Workspace::libraryOpened, this, &LibraryCopyController::updateEnabled);
    updateEnabled();
}

LibraryCopyController::~LibraryCopyController()
{
    if (m_stop)
        m_stop->store(true);
    m_watcher.waitForFinished();
}

void LibraryCopyController::chooseFile()
{
    if (!m_workspace->isOpen() || m_running)
        return;
    const QString folder = QSettings().value(QLatin1String(kLastFolderKey), QDir::homePath()).toString();
    //: The proposed name of a library file copied from the open library.
    QFileDialog dialog(m_dialogParent, tr("Copy Library To"), QDir(folder).filePath(tr("library copy.glossa")),
                       tr("Glossa libraries (*.glossa)"));
    LockFreeFileDialog::prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // An existing library is not replaced: what it lacks of this one is added to it.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".glossa");
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    copyTo(path);
}

void LibraryCopyController::chooseTeamLibrary()
{
    if (!m_workspace->isOpen() || m_running)
        return;
    auto *dialog = new TeamLibraryDialog(m_dialogParent, TeamLibraryDialog::Purpose::CopyInto);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->saveSettings();
        if (const QString problem = dialog->keepPassword(); !problem.isEmpty())
            emit notice(problem);
        copyTo(dialog->address());
    });
    dialog->open();
}

void LibraryCopyController::copyTo(const QString &target)
{
    if (!m_workspace->isOpen() || m_running)
        return;
    m_target = target;
    if (sameLibrary(target, m_workspace->libraryPath())) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Library Not Copied"),
                                    tr("%1 is the open library itself: choose another file or team library.")
                                        .arg(shown(target)),
                                    QMessageBox::Ok, m_dialogParent);
        box->setObjectName(QStringLiteral("copyFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit finished(false, box->text());
        return;
    }
    m_running = true;
    updateEnabled();
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_progress = makeWorkProgressDialog(m_dialogParent, QStringLiteral("copyLibraryProgress"),
                                        tr("Copying the Library"), tr("Copying the library to %1…").arg(shown(target)),
                                        tr("&Stop"), 460);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &LibraryCopyController::stop);
    m_watcher.setFuture(QtConcurrent::run(runCopy, m_workspace->libraryPath(), target, m_stop,
                                          QPointer<LibraryCopyController>(this), &LibraryCopyController::showProgress));
}

void LibraryCopyController::stop()
{
    if (m_stop)
        m_stop->store(true);
}

void LibraryCopyController::waitForFinished()
{
    if (!m_running)
        return;
    m_watcher.waitForFinished();
    onWorkerFinished();
}

void LibraryCopyController::showProgress(const QString &table, qint64 done, qint64 total)
{
    if (!m_progress || !m_running)
        return;
    //: %1 the table being copied (articles, annotations, …), %2 and %3 its rows done and in all.
    m_progress->setLabelText(tr("Copying the library to %1…\n%2: %3 of %4")
                                 .arg(shown(m_target), table, QLocale().toString(done), QLocale().toString(total)));
    m_progress->setMaximum(int(qMin<qint64>(total, 1'000'000'000)));
    m_progress->setValue(int(qMin(done, total)));
}

void LibraryCopyController::onWorkerFinished()
{
    if (!m_running)
        return; // already handled by waitForFinished()
    m_running = false;
    updateEnabled();
    if (m_progress)
        m_progress->close();
    Outcome outcome;
    if (m_watcher.future().resultCount() > 0)
        outcome = m_watcher.result();
    else
        outcome.error = tr("the copy was interrupted");
    auto *box = new QMessageBox(m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString message;
    if (outcome.ok && !outcome.stopped) {
        box->setObjectName(QStringLiteral("copyDoneMessage"));
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Library Copied"));
        message = tr("The library was copied to %1: %n row(s) added.", nullptr, int(qMin<qint64>(outcome.added, INT_MAX)))
                      .arg(shown(m_target));
        box->setText(message);
        box->setInformativeText(tr("Copying again adds only what is new since."));
    } else {
        box->setObjectName(QStringLiteral("copyFailedMessage"));
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(outcome.stopped ? tr("Copy Stopped") : tr("Library Not Copied"));
        message = outcome.stopped ? tr("The copy to %1 was stopped.").arg(shown(m_target))
                                  : tr("The library could not be copied to %1.").arg(shown(m_target));
        box->setText(message);
        box->setInformativeText((outcome.stopped ? QString() : outcome.error + QLatin1Char('\n'))
                                + tr("What was copied stays there; copying again resumes. The open library was not "
                                     "changed."));
        if (!outcome.stopped)
            message += QLatin1Char(' ') + outcome.error;
    }
    box->open();
    emit finished(outcome.ok && !outcome.stopped, message);
}

void LibraryCopyController::updateEnabled()
{
    m_menu->setEnabled(m_workspace->isOpen() && !m_running);
}

} // namespace glossa
