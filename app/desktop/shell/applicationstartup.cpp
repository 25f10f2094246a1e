#include "applicationstartup.h"

#include "common/appicons.h"
#include "analysts/analystactions.h"
#include "analysts/analystprofiledialog.h"
#include "apptheme.h"
#include "apptranslations.h"
#include "importing/importcontroller.h"
#include "importing/samplelibrary.h"
#include "instance/handoverreceiver.h"
#include "instance/singleinstance.h"
#include "mainwindow/libraryupgrade.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/passwordkeyring.h"
#include "model/analystprofile.h"
#include "preferences/preferences.h"
#include "startupoptions.h"
#include "storage/librarylocation.h"
#include "workspace.h"

#include <QApplication>
#include <QStatusBar>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace glossa {

namespace {

// Saves a picture of the window once it has been laid out and painted, then quits. Used to
// review the layout under Xvfb (light and dark) without a person at the screen.
void scheduleScreenshot(MainWindow *window, const QString &path)
{
    QTimer::singleShot(300, window, [window] { window->headlineView()->selectNext(); });
    QTimer::singleShot(1200, window, [window, path] {
        const bool saved = window->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "glossa: could not save the screenshot to %s\n", qPrintable(path));
        QApplication::exit(saved ? 0 : 1);
    });
}

// /proc/self/status fields in KiB (Linux); 0 where there is no such file.
qint64 statusKib(const QByteArray &status, const char *field)
{
    const int at = int(status.indexOf(field));
    if (at < 0)
        return 0;
    return status.mid(at + int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
}

// Loads the headline list up to \a row as a reader scrolling down would (page after page).
void scrollListTo(MainWindow *window, int row)
{
    HeadlineModel *model = window->headlineModel();
    while (model->rowCount() <= row && model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    if (model->rowCount() > 0)
        window->headlineView()->scrollTo(model->index(qMin(row, model->rowCount() - 1), 0));
    QCoreApplication::processEvents();
}

QByteArray processStatus()
{
    QFile file(QStringLiteral("/proc/self/status"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// glossa-bench's memory figure: the list scrolled to the middle and to the end, then the
// peak resident memory (VmHWM) printed as one JSON line. The anonymous memory before scrolling
// is printed too: the difference is what the loaded rows cost.
void scheduleMemoryProbe(MainWindow *window)
{
    QTimer::singleShot(0, window, [window] {
        const qint64 anonAtOpen = statusKib(processStatus(), "RssAnon:");
        const int total = window->headlineModel()->totalCount();
        scrollListTo(window, total / 2);
        scrollListTo(window, total - 1);
        const QByteArray status = processStatus();
        std::printf("{\"rows\": %d, \"total\": %d, \"vmhwm_kib\": %lld, \"vmrss_kib\": %lld, "
                    "\"rss_anon_kib\": %lld, \"rss_file_kib\": %lld, \"rss_anon_at_open_kib\": %lld, "
                    "\"cached_rows\": %d}\n",
                    window->headlineModel()->rowCount(), total, statusKib(status, "VmHWM:"),
                    statusKib(status, "VmRSS:"), statusKib(status, "RssAnon:"), statusKib(status, "RssFile:"),
                    anonAtOpen, window->headlineModel()->cachedRowCount());
        std::fflush(stdout);
        QApplication::exit(0);
    });
}

// A window-modal question, so the window is there behind it; cancelling keeps the account's name
// for this run and asks again next time.
void askForAnalyst(MainWindow *window)
{
    auto *dialog = new AnalystProfileDialog(Analyst(), window, AnalystProfile::systemUserName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, window,
                     [window, dialog] { window->analystActions()->switchTo(dialog->analyst()); });
    dialog->open();
}

} // namespace

int ApplicationStartup::run(QApplication &application)
{
    AppTranslations::install(&application);
    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    QApplication::setWindowIcon(AppIcons::application());
    AppTheme::captureSystemPalette();
    AppTheme::apply(AppTheme::fromName(options.theme, AppTheme::savedChoice()));

    Workspace workspace;
    const QString path = Preferences::startupLibrary(options.libraryPath);
    // One window per library: when one already shows it, it gets this run's files and comes to
    // the front, and this run ends here.
    SingleInstance instance;
    if (!options.scripted()) {
        QString why;
        const SingleInstance::Start start = instance.start(path, options.importPaths, &why);
        if (start == SingleInstance::Start::HandedOver)
            return 0;
        if (start == SingleInstance::Start::Alone)
            std::fprintf(stderr, "glossa: opening a window of its own (%s)\n", qPrintable(why));
    }
    // Samples go only into a default library that did not exist yet: a library named with
    // --db or GLOSSA_DB is the analyst's own and starts empty.
    const bool firstRun = path == LibraryLocation::defaultPath() && !QFileInfo::exists(path);
    if (path == LibraryLocation::defaultPath())
        QDir().mkpath(QFileInfo(path).absolutePath()); // the app's own data folder; never another
    QString error;
    QString keyringProblem;
    PasswordKeyring::provideRemembered(path, &keyringProblem);
    // Before the window exists, so a long upgrade shows its own dialog instead of a blank window.
    const bool opened = LibraryUpgrade::runIfNeeded(path, nullptr, &error) && workspace.openLibrary(path, &error);
    if (opened && firstRun) {
        SampleLibrary::importInto(workspace.library());
        workspace.notifyContentChanged();
    }

    MainWindow window(&workspace);
    auto *handOvers = new HandOverReceiver(&window, &workspace);
    instance.deliverTo(handOvers, [handOvers](const HandOverRequest &request) { handOvers->receive(request); });
    instance.follow(&workspace);
    if (!opened)
        instance.stopListening();
    window.show();
    if (!keyringProblem.isEmpty())
        window.statusBar()->showMessage(
            QObject::tr("The remembered password could not be read from the system keyring: %1").arg(keyringProblem));
    if (!opened) {
        std::fprintf(stderr, "glossa: %s: %s\n", qPrintable(path), qPrintable(error));
        auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("Library Not Opened"),
                                    QObject::tr("“%1” cannot be opened as a Glossa library.").arg(path),
                                    QMessageBox::Ok, &window);
        box->setInformativeText(error + QLatin1Char('\n') +
                                QObject::tr("Open or create another library from the File menu."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (opened && !options.importPaths.isEmpty())
        window.importController()->importPaths(options.importPaths);
    // First start at this desk: who is reading (the name prefilled from the account). Not for the
    // scripted runs, which nobody answers.
    if (!options.scripted() && !AnalystProfile::load(QSettings()))
        askForAnalyst(&window);
    if (!options.screenshotPath.isEmpty())
        scheduleScreenshot(&window, options.screenshotPath);
    if (options.memoryProbe)
        scheduleMemoryProbe(&window);
    return QApplication::exec();
}

} // namespace glossa
