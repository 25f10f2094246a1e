#include "workspace.h"

#include "openarticle.h"

#include "model/analystprofile.h"
#include "storage/analyststore.h"
#include "storage/librarybackup.h"
#include "storage/libraryfileguard.h"

#include <QSettings>

namespace glossa {

Workspace::Workspace(QObject *parent) : QObject(parent), m_openArticle(new OpenArticle(this))
{
    // The profile saved at this desk (ApplicationStartup asks for one at first start), else
    // the account's name.
    setAnalyst(AnalystProfile::resolve(QString(), AnalystProfile::load(QSettings())));
}

Workspace::~Workspace() = default;

bool Workspace::openLibrary(const QString &path, QString *error)
{
    // Open the new file on a separate Library first, so a refused file leaves the current one open.
    Library candidate;
    if (!candidate.open(path, error))
        return false;
    candidate.close();
    // The undo histories refer to rows of the old library.
    for (QUndoStack *stack : std::as_const(m_undoStacks))
        stack->clear();
    if (!m_library.open(path, error))
        return false;
    m_lostFile.clear();
    // Nothing this window commits waits in the log, where the next program to open a file
    // put at this path would take it for its own (Library::setCheckpointEachCommit).
    m_library.setCheckpointEachCommit();
    // A refusal is reported; reading works without it. A read-only file refuses it every time.
    if (!m_library.isReadOnly())
        actAsAnalyst();
    // This connection serves the list, the reader and searches; a failure only costs speed.
    m_library.setPageCacheKiB(Library::kInteractivePageCacheKiB);
    emit libraryOpened(path);
    return true;
}

void Workspace::closeLibrary()
{
    for (QUndoStack *stack : std::as_const(m_undoStacks))
        stack->clear();
    m_library.close();
    m_lostFile.clear();
}

bool Workspace::checkLibraryFile()
{
    if (!m_lostFile.isEmpty())
        return false;
    if (!isOpen())
        return true;
    const QString problem = LibraryFileGuard::problem(m_library.database());
    if (problem.isEmpty())
        return true;
    m_lostFile = problem;
    // The log beside the path is still this connection's: emptied into the file it belongs to,
    // nothing of it can be replayed onto a file that took the library's name.
    LibraryFileGuard::emptyLog(m_library.database());
    emit libraryFileLost(problem);
    return false;
}

QString Workspace::refusalOf(const std::function<void()> &write)
{
    QString refusal;
    bool refused = false;
    const QMetaObject::Connection watch = connect(this, &Workspace::storageError, this, [&](const QString &message) {
        refused = true;
        if (refusal.isEmpty())
            refusal = message;
    });
    write();
    disconnect(watch);
    if (refused && refusal.isEmpty())
        refusal = tr("the library refused the change");
    return refusal;
}

bool Workspace::saveLibraryCopy(const QString &path, QString *error)
{
    return LibraryBackup(m_library.database()).backupTo(path, error);
}

bool Workspace::setAnalyst(const Analyst &analyst)
{
    if (!analyst.isValid())
        return false;
    m_analyst = analyst;
    QUndoStack *&stack = m_undoStacks[analyst.uuid];
    if (!stack)
        stack = new QUndoStack(&m_undoGroup);
    if (!m_undoGroup.stacks().contains(stack))
        m_undoGroup.addStack(stack);
    m_undoGroup.setActiveStack(stack);
    const bool recorded = !isOpen() || isReadOnly() || actAsAnalyst();
    emit analystChanged(m_analyst);
    return recorded;
}

bool Workspace::actAsAnalyst()
{
    AnalystStore analysts(m_library.database());
    if (analysts.actAs(m_analyst)) {
        // The library may know better who this desk is: a team library's server acts as the
        // analyst of the login, whatever the profile says.
        const std::optional<Analyst> acting = analysts.acting();
        if (acting && acting->uuid != m_analyst.uuid)
            return setAnalyst(*acting);
        return true;
    }
    emit storageError(tr("The analyst could not be recorded in the library: %1").arg(analysts.lastError()));
    return false;
}

} // namespace glossa
