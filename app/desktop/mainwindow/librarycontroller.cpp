#include "librarycontroller.h"

#include "libraryupgrade.h"
#include "passwordkeyring.h"
#include "recentlibraries.h"
#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "storage/library.h"
#include "storage/libraryaddress.h"
#include "storage/serverconnection.h"
#include "teamlibrarydialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace glossa {

namespace {
QString fileFilter()
{
    return LibraryController::tr("Glossa libraries (*.glossa);;All files (*)");
}

QString startFolder(const Workspace *workspace)
{
    const bool file = workspace->isOpen() && !LibraryAddress::looksLikeServer(workspace->libraryPath());
    return file ? QFileInfo(workspace->libraryPath()).absolutePath() : QDir::homePath();
}

// A file by its name, a team library by its address (without a password).
QString shownName(const QString &path)
{
    if (LibraryAddress::looksLikeServer(path)) {
        const std::optional<LibraryAddress> address = LibraryAddress::parse(path);
        return address ? address->displayText() : path;
    }
    return QFileInfo(path).fileName();
}
} // namespace

LibraryController::LibraryController(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    m_recentMenu = new QMenu(tr("Open &Recent"), dialogParent);
    m_recentMenu->setObjectName(QStringLiteral("recentLibrariesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &LibraryController::fillRecentMenu);
    fillRecentMenu();
    if (workspace->isOpen())
        RecentLibraries::add(workspace->libraryPath());
    connect(workspace, &Workspace::libraryOpened, this, [](const QString &path) { RecentLibraries::add(path); });
}

bool LibraryController::open(const QString &path, QString *error)
{
    // Check before stopping anything: a refused file must leave the session exactly as it was.
    QString reason;
    recallPassword(path);
    {
        Library candidate;
        if (!LibraryUpgrade::runIfNeeded(path, m_dialogParent, &reason) || !candidate.open(path, &reason)) {
            showRefusal(path, reason);
            if (error)
                *error = reason;
            return false;
        }
    }
    emit aboutToSwitch();
    if (!m_workspace->openLibrary(path, &reason)) {
        showRefusal(path, reason);
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

void LibraryController::chooseNew()
{
    QString path = LockFreeFileDialog::saveFileName(m_dialogParent, tr("New Library"),
                                                QDir(startFolder(m_workspace)).filePath(tr("library.glossa")),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".glossa");
    // The save dialog has already asked before overwriting; a library is never overwritten,
    // though: an existing file is opened (or refused) as it is.
    open(path);
}

void LibraryController::chooseExisting()
{
    const QString path =
        LockFreeFileDialog::openFileName(m_dialogParent, tr("Open Library"), startFolder(m_workspace), fileFilter());
    if (!path.isEmpty())
        open(path);
}

void LibraryController::chooseTeamLibrary()
{
    auto *dialog = new TeamLibraryDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->saveSettings();
        const QString address = dialog->address();
        if (const QString problem = dialog->keepPassword(); !problem.isEmpty())
            emit notice(problem);
        open(address);
    });
    dialog->open();
}

void LibraryController::recallPassword(const QString &path)
{
    QString why;
    if (!PasswordKeyring::provideRemembered(path, &why))
        emit notice(tr("The remembered password could not be read from the system keyring: %1").arg(why));
}

void LibraryController::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentLibraries::paths();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(LibraryAddress::looksLikeServer(path) || QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent libraries"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [] {
        for (const QString &path : RecentLibraries::paths())
            RecentLibraries::remove(path);
    });
}

void LibraryController::showRefusal(const QString &path, const QString &message)
{
    emit refused(path, message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Library Not Opened"),
                                tr("“%1” cannot be opened as a Glossa library.").arg(shownName(path)),
                                QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("libraryRefusedMessage"));
    box->setInformativeText(message + QLatin1Char('\n') +
                            (m_workspace->isOpen() ? tr("The current library stays open.") : QString()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace glossa
