#include "libraryupgrade.h"

#include "storage/library.h"
#include "storage/schemamigrator.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

namespace {

// Runs on the worker: opening a Library migrates it. Returns the reason it failed, or "".
QString upgrade(const QString &path)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        return error.isEmpty() ? QStringLiteral("unknown error") : error;
    return QString();
}

} // namespace

bool LibraryUpgrade::isNeeded(const QString &path)
{
    const int version = Library::fileSchemaVersion(path);
    return version > 0 && version < SchemaMigrator::latestVersion();
}

bool LibraryUpgrade::runIfNeeded(const QString &path, QWidget *dialogParent, QString *error, int showAfterMs)
{
    if (!isNeeded(path))
        return true;
    // Busy, without Cancel: a format step is one SQLite transaction that reports no progress,
    // and stopping it would only roll it back.
    QProgressDialog progress(tr("Upgrading “%1” to this version's library format…\n"
                                "Large libraries take a few minutes; nothing is lost if Glossa is closed.")
                                 .arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, dialogParent);
    progress.setObjectName(QStringLiteral("libraryUpgradeProgress"));
    progress.setWindowTitle(tr("Upgrading Library"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumWidth(460);
    progress.setMinimumDuration(showAfterMs);
    progress.setValue(0);

    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(upgrade, path));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    progress.reset();
    const QString failure = watcher.result();
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace glossa
