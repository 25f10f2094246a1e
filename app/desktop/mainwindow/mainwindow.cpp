#include "mainwindow.h"

#include "analysts/analystactions.h"
#include "annotations/annotationactions.h"
#include "common/accessiblenames.h"
#include "common/lockfreefiledialog.h"
#include "annotations/annotationsidebar.h"
#include "annotationsearch/annotationsearchdock.h"
#include "claims/claimsboarddock.h"
#include "claimmemory/claimmemorycontroller.h"
#include "collections/collectionactions.h"
#include "collections/collectionsdock.h"
#include "collections/collectionspanel.h"
#include "shell/apptheme.h"
#include "backup/backupcontroller.h"
#include "backup/librarycopycontroller.h"
#include "backup/restorecontroller.h"
#include "annotationimport/annotationimportcontroller.h"
#include "projectexchange/projectimportcontroller.h"
#include "export/citationcopier.h"
#include "export/exportcontroller.h"
#include "importing/filedroptarget.h"
#include "importing/importcontroller.h"
#include "librarycontroller.h"
#include "annotations/editconflictcontroller.h"
#include "headlines/filterbar.h"
#include "headlines/headlinemodel.h"
#include "headlines/externalchangewatcher.h"
#include "headlines/articledeletion.h"
#include "headlines/emptylistnotice.h"
#include "headlines/headlineview.h"
#include "headlines/librarystatuslabel.h"
#include "headlines/readingcontroller.h"
#include "mainactions.h"
#include "preferences/preferencescontroller.h"
#include "reader/readerview.h"
#include "panecycler.h"
#include "panesplitter.h"
#include "shortcutsdialog.h"
#include "tags/tagmanagerdialog.h"
#include "ticker/tickerheadlinesdialog.h"
#include "whereelse/whereelselauncher.h"
#include "openarticle.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace glossa {

namespace {
const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
const char kSplitterKey[] = "mainWindow/splitter";
const char kHeaderKey[] = "mainWindow/headlineHeader";
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_actions = new MainActions(this);
    m_panes = new PaneCycler(this);
    createPanes();
    m_reading = new ReadingController(workspace, m_headlineView, this);
    m_import = new ImportController(workspace, this);
    m_libraryController = new LibraryController(workspace, this);
    new EditConflictController(workspace, this);
    m_dropTarget = new FileDropTarget(this);
    m_export = new ExportController(workspace, m_reading, m_headlineView, this);
    m_annotationImport = new AnnotationImportController(workspace, m_reading, this);
    m_projectImport = new ProjectImportController(workspace, m_reading, this);
    m_citation = new CitationCopier(workspace, m_sidebar);
    m_claimMemory = new ClaimMemoryController(workspace, m_reader, m_sidebar->appearancePanel(), this);
    m_collectionActions = new CollectionActions(workspace, m_headlineView, m_filterBar, this);
    m_articleDeletion = new ArticleDeletion(workspace, m_headlineView, this);
    connect(new EmptyListNotice(workspace, m_headlineView), &EmptyListNotice::clearFiltersRequested, m_filterBar,
            &FilterBar::clear);
    m_analystActions = new AnalystActions(workspace, this);
    m_analystActions->setListedArticles([this] { return m_workspace->finder().ids(m_headlineModel->query()); });
    new WhereElseLauncher(workspace, m_sidebar, this); // owned by the sidebar, whose menu it extends
    m_backup = new BackupController(workspace, this);
    m_restore = new RestoreController(workspace, m_libraryController, this);
    m_copy = new LibraryCopyController(workspace, this);
    m_changeWatcher = new ExternalChangeWatcher(workspace, this);
    m_undo = workspace->undoGroup()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = workspace->undoGroup()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    createDocks();
    createMenus();
    createToolBar();
    m_statusCounts = new LibraryStatusLabel(workspace, m_headlineModel, this);
    statusBar()->addPermanentWidget(m_statusCounts);
    connectParts();
    restoreSettings();
    updateTitle();
    updateEnabled();
    announceReadOnly();
}

namespace {

// A window-wide tool dialog is opened once: asking again brings the open one to the front.
template<typename Dialog>
void showOnce(QWidget *window, Workspace *workspace)
{
    auto *dialog = window->findChild<Dialog *>();
    if (!dialog) {
        dialog = new Dialog(workspace, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

// The import controller, a child, stops its worker when it is destroyed.
MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_headlineModel = new HeadlineModel(m_workspace, this);
    m_filterBar = new FilterBar(m_workspace, this);
    m_headlineView = new HeadlineView(this);
    m_headlineView->setHeadlineModel(m_headlineModel);

    auto *listPane = new QWidget(this);
    listPane->setObjectName(QStringLiteral("headlinePane"));
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_headlineView, 1);

    m_reader = new ReaderView(m_workspace, this);
    m_sidebar = new AnnotationSidebar(m_workspace, this);
    m_annotationActions = new AnnotationActions(m_workspace, m_reader, this);

    // The reader is given a column of 45 characters of its font before the others get more.
    m_splitter = new PaneSplitter(listPane, m_reader, m_sidebar, [this] { return m_reader->leastReadableWidth(); }, this);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    setCentralWidget(m_splitter);
}

// The docks start hidden until the analyst opens them (restoreState brings back a saved choice).
// They open as tabs of one strip under the panes, never beside them: a dock at the side took its
// width from the reader (with Collections and the claims board open at 1440 px the reader was
// five words wide). The analyst can still drag one to a side or float it, and that is remembered.
void MainWindow::createDocks()
{
    m_claimsBoardDock = new ClaimsBoardDock(m_workspace, this);
    m_annotationSearchDock = new AnnotationSearchDock(m_workspace, this);
    m_collectionsDock = new CollectionsDock(m_workspace, this);
    const QList<QDockWidget *> docks = {m_claimsBoardDock, m_annotationSearchDock, m_collectionsDock};
    for (QDockWidget *dock : docks) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        if (dock != docks.first())
            tabifyDockWidget(docks.first(), dock);
        dock->hide();
        // The dock just opened is the tab in front: opening it shows it.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->raise();
        });
        // A strip docked below takes at most a third of the height when it opens: the reader
        // above keeps a page of lines (the analyst can drag it taller).
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible && !dock->isFloating() && dockWidgetArea(dock) == Qt::BottomDockWidgetArea
                && dock->height() > height() / 3)
                resizeDocks({dock}, {height() / 3}, Qt::Vertical);
        });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->importFiles);
    file->addAction(m_actions->importFolder);
    file->addAction(m_annotationImport->importAction());
    file->addAction(m_projectImport->importAction());
    file->addAction(m_claimMemory->importFactChecksAction());
    file->addAction(m_export->exportAction());
    file->addSeparator();
    file->addAction(m_actions->newLibrary);
    file->addAction(m_actions->openLibrary);
    file->addAction(m_actions->openTeamLibrary);
    file->addMenu(m_libraryController->recentMenu());
    file->addAction(m_backup->backupAction());
    file->addAction(m_restore->restoreAction());
    file->addMenu(m_copy->copyMenu());
    file->addSeparator();
    file->addAction(m_actions->quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addActions(m_annotationActions->actions());
    edit->addMenu(m_annotationActions->colorMenu());
    edit->addSeparator();
    edit->addAction(m_reader->findAction());
    edit->addAction(m_actions->focusSearch);
    edit->addAction(m_actions->focusReader);
    edit->addAction(m_annotationSearchDock->searchAction());
    edit->addSeparator();
    QAction *manageTags = edit->addAction(tr("Manage &Tags…"));
    manageTags->setObjectName(QStringLiteral("manageTagsAction"));
    connect(manageTags, &QAction::triggered, this, [this] { showOnce<TagManagerDialog>(this, m_workspace); });
    edit->addSeparator();
    edit->addAction((new PreferencesController(m_workspace, this))->action());

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addAction(m_actions->nextArticle);
    article->addAction(m_actions->previousArticle);
    article->addSeparator();
    article->addAction(m_actions->toggleRead);
    article->addAction(m_actions->toggleStarred);
    article->addSeparator();
    article->addMenu(m_collectionActions->addToCollectionMenu());
    article->addAction(m_collectionActions->removeFromCollectionAction());
    article->addSeparator();
    article->addAction(m_articleDeletion->deleteAction());
    article->addSeparator();
    article->addAction(m_analystActions->blindReviewAction());
    article->addAction(m_analystActions->markDoneAction());
    article->addAction(m_analystActions->reviewClaimsAction());

    menuBar()->addMenu(m_claimMemory->claimsMenu());
    menuBar()->addMenu(m_analystActions->analystMenu());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->zoomIn);
    view->addAction(m_actions->zoomOut);
    view->addAction(m_actions->resetZoom);
    view->addSeparator();
    view->addAction(m_actions->markReadOnOpen);
    view->addAction(m_reader->worthCheckingAction());
    view->addAction(m_claimsBoardDock->toggleViewAction());
    view->addAction(m_annotationSearchDock->toggleViewAction());
    view->addAction(m_collectionsDock->toggleViewAction());
    QAction *tickerHeadlines = view->addAction(tr("Ticker &Headlines…"));
    tickerHeadlines->setObjectName(QStringLiteral("tickerHeadlinesAction"));
    connect(tickerHeadlines, &QAction::triggered, this, [this] { showOnce<TickerHeadlinesDialog>(this, m_workspace); });
    view->addSeparator();
    view->addAction(m_actions->nextPane);
    view->addAction(m_actions->previousPane);
    m_themeMenu = view->addMenu(tr("&Theme"));
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeMenu->addActions(m_actions->theme->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->keyboardShortcuts);
    help->addAction(m_actions->about);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_actions->importFiles);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->previousArticle);
    toolBar->addAction(m_actions->nextArticle);
    toolBar->addAction(m_actions->toggleRead);
    toolBar->addAction(m_actions->toggleStarred);
    toolBar->addSeparator();
    toolBar->addActions(m_annotationActions->actions());
    AccessibleNames::nameExtensionButton(toolBar);
}

void MainWindow::connectParts()
{
    const MainActions *a = m_actions;
    connect(a->importFiles, &QAction::triggered, m_import, &ImportController::chooseFiles);
    connect(a->importFolder, &QAction::triggered, m_import, &ImportController::chooseFolder);
    connect(m_dropTarget, &FileDropTarget::pathsDropped, m_import, &ImportController::importPaths);
    connect(m_import, &ImportController::runningChanged, this, &MainWindow::updateEnabled);
    connect(a->newLibrary, &QAction::triggered, m_libraryController, &LibraryController::chooseNew);
    connect(a->openLibrary, &QAction::triggered, m_libraryController, &LibraryController::chooseExisting);
    connect(a->openTeamLibrary, &QAction::triggered, m_libraryController, &LibraryController::chooseTeamLibrary);
    connect(m_libraryController, &LibraryController::aboutToSwitch, m_import, &ImportController::cancelAndWait);
    connect(m_libraryController, &LibraryController::aboutToSwitch, m_claimMemory, &ClaimMemoryController::cancelAndWait);
    connect(m_restore, &RestoreController::aboutToReplace, m_claimMemory, &ClaimMemoryController::cancelAndWait);
    connect(m_claimMemory, &ClaimMemoryController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_libraryController, &LibraryController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_libraryController, &LibraryController::aboutToSwitch, m_backup, &BackupController::waitForFinished);
    connect(m_libraryController, &LibraryController::aboutToSwitch, m_copy, &LibraryCopyController::waitForFinished);
    connect(m_restore, &RestoreController::aboutToReplace, m_copy, &LibraryCopyController::waitForFinished);
    connect(m_copy, &LibraryCopyController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_restore, &RestoreController::aboutToReplace, m_import, &ImportController::cancelAndWait);
    connect(m_restore, &RestoreController::aboutToReplace, m_backup, &BackupController::waitForFinished);
    connect(m_changeWatcher, &ExternalChangeWatcher::changed, this, &MainWindow::reloadAfterExternalChange);
    connect(m_changeWatcher, &ExternalChangeWatcher::connectionLost, this, [this] {
        statusBar()->showMessage(tr("The team library's server cannot be reached: changes are not saved until it is "
                                    "back. Reconnecting…"));
    });
    connect(m_changeWatcher, &ExternalChangeWatcher::connectionRestored, this,
            [this] { statusBar()->showMessage(tr("Connected to the team library again."), 10000); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);

    connect(a->nextArticle, &QAction::triggered, m_headlineView, &HeadlineView::selectNext);
    connect(a->previousArticle, &QAction::triggered, m_headlineView, &HeadlineView::selectPrevious);
    connect(a->toggleRead, &QAction::triggered, m_reading, &ReadingController::toggleRead);
    connect(a->toggleStarred, &QAction::triggered, m_reading, &ReadingController::toggleStarred);
    connect(a->focusSearch, &QAction::triggered, this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    connect(m_filterBar, &FilterBar::resultsRequested, m_headlineView, &HeadlineView::focusResults);
    connect(a->focusReader, &QAction::triggered, this, [this] { m_reader->focusText(); });
    m_panes->addPane(m_splitter->widget(0), m_headlineView);
    m_panes->addPane(m_reader, nullptr, [this] { m_reader->focusText(Qt::TabFocusReason); });
    m_panes->addPane(m_sidebar);
    connect(a->nextPane, &QAction::triggered, m_panes, &PaneCycler::next);
    connect(a->previousPane, &QAction::triggered, m_panes, &PaneCycler::previous);
    connect(m_filterBar, &FilterBar::queryChanged, m_headlineModel, &HeadlineModel::setFilter);
    connect(m_filterBar, &FilterBar::queryChanged, m_reader,
            [this](const ArticleQuery &query) { m_reader->setSearchTerms(query.search); });
    // The collections panel and the filter bar's collection chooser show the same choice.
    connect(m_collectionsDock->panel(), &CollectionsPanel::collectionChosen, m_filterBar, &FilterBar::setCollection);
    connect(m_filterBar, &FilterBar::collectionChanged, m_collectionsDock->panel(), &CollectionsPanel::setCurrentCollection);

    connect(m_reading, &ReadingController::articleShown, this, &MainWindow::showArticle);
    connect(m_reading, &ReadingController::currentArticleChanged, this, &MainWindow::updateEnabled);
    connect(m_reader, &ReaderView::annotationActivated, m_sidebar, &AnnotationSidebar::selectAnnotation);
    connect(m_sidebar, &AnnotationSidebar::annotationSelected, m_reader, &ReaderView::scrollToAnnotation);

    connect(a->zoomIn, &QAction::triggered, m_reader, &ReaderView::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_reader, &ReaderView::zoomOut);
    connect(a->resetZoom, &QAction::triggered, m_reader, &ReaderView::resetZoom);
    // The reader's floor follows its font.
    for (QAction *zoom : {a->zoomIn, a->zoomOut, a->resetZoom})
        connect(zoom, &QAction::triggered, m_splitter, &PaneSplitter::share);
    a->markReadOnOpen->setChecked(ReadingController::markReadOnOpen());
    connect(a->markReadOnOpen, &QAction::toggled, this, &ReadingController::setMarkReadOnOpen);

    // The theme in use, however it was chosen (this menu, the preferences, --theme): read
    // again each time the menu opens, so that the check mark never disagrees with the colours.
    const auto showThemeInUse = [a] {
        const AppTheme::Choice theme = AppTheme::current();
        a->systemTheme->setChecked(theme == AppTheme::Choice::System);
        a->lightTheme->setChecked(theme == AppTheme::Choice::Light);
        a->darkTheme->setChecked(theme == AppTheme::Choice::Dark);
    };
    showThemeInUse();
    connect(m_themeMenu, &QMenu::aboutToShow, this, showThemeInUse);
    connect(a->theme, &QActionGroup::triggered, this, [a](QAction *chosen) {
        const AppTheme::Choice choice = chosen == a->darkTheme  ? AppTheme::Choice::Dark
                                        : chosen == a->lightTheme ? AppTheme::Choice::Light
                                                                  : AppTheme::Choice::System;
        AppTheme::save(choice);
        AppTheme::apply(choice);
    });

    connect(a->keyboardShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_workspace, &Workspace::libraryOpened, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::libraryOpened, this, &MainWindow::updateEnabled);
    connect(m_workspace, &Workspace::libraryOpened, this, &MainWindow::announceReadOnly);
    connect(m_workspace, &Workspace::storageError, this, &MainWindow::showStorageError);
    connect(m_workspace, &Workspace::libraryFileLost, this, &MainWindow::showLibraryFileLost);
    connect(m_workspace, &Workspace::articleSpanRequested, this, [this](qint64 articleId, int start, int end) {
        m_reading->showArticle(articleId);
        // A long article arrives later (OpenArticle reads it on a worker): the span then.
        m_workspace->openArticle()->whenOpen(articleId, this, [this, start, end] { m_reader->selectSpan(start, end); });
    });
    // A renamed, merged or deleted tag changes the open article's cards and the tag filter.
    connect(m_workspace, &Workspace::tagsChanged, m_filterBar, &FilterBar::refreshChoices);
    connect(m_workspace, &Workspace::tagsChanged, this, [this] {
        if (m_reading->currentArticleId() != 0)
            m_workspace->notifyAnnotationsChanged(m_reading->currentArticleId());
    });
}

void MainWindow::showArticle(qint64 articleId, qint64 annotationId)
{
    // One open article for every pane: opening reads it once, and the reader and the sidebar
    // follow OpenArticle's signals.
    if (articleId == 0) {
        m_workspace->openArticle()->close();
        return;
    }
    m_workspace->openArticle()->open(articleId);
    if (annotationId != 0) {
        m_workspace->openArticle()->whenOpen(articleId, this, [this, annotationId] {
            m_reader->scrollToAnnotation(annotationId);
            m_sidebar->selectAnnotation(annotationId);
        });
    }
}

QList<QAction *> MainWindow::shortcutActions() const
{
    const MainActions *a = m_actions;
    QList<QAction *> list = {a->nextArticle, a->previousArticle, a->toggleRead, a->toggleStarred, a->focusSearch,
                             a->focusReader, a->nextPane, a->previousPane};
    list << m_annotationActions->actions();
    list << m_reader->findAction() << m_reader->worthCheckingAction() << m_undo << m_redo << a->zoomIn << a->zoomOut
         << a->resetZoom << a->importFiles << a->importFolder << a->newLibrary << a->openLibrary << a->keyboardShortcuts << a->quit;
    // Anything else with a key (the highlight colours, actions the panes add themselves).
    const QList<QAction *> all = findChildren<QAction *>();
    for (QAction *action : all) {
        if (!action->shortcut().isEmpty() && !list.contains(action))
            list << action;
    }
    return list;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Glossa"),
                       tr("<h3>Glossa %1</h3><p>A reader and annotation workbench for news analysts: import "
                          "dumps of news pages, highlight passages, record claims with their verdicts, and "
                          "export briefs.</p><p>Library: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                m_workspace->libraryPath().toHtmlEscaped()));
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_workspace->libraryPath());
    setWindowTitle(m_workspace->isOpen()
                       ? tr("%1 — Glossa").arg(QFileInfo(m_workspace->libraryPath()).completeBaseName())
                       : tr("Glossa"));
}

void MainWindow::updateEnabled()
{
    const bool open = m_workspace->isOpen();
    const bool importing = m_import->isRunning();
    const bool hasArticle = m_reading->currentArticleId() != 0;
    const bool writable = open && !m_workspace->isReadOnly();
    m_actions->importFiles->setEnabled(writable && !importing);
    m_actions->importFolder->setEnabled(writable && !importing);
    // Both write or read the library while an import's worker is writing it.
    m_annotationImport->importAction()->setEnabled(writable && !importing);
    m_projectImport->importAction()->setEnabled(writable && !importing);
    m_export->exportAction()->setEnabled(open && !importing);
    m_actions->toggleRead->setEnabled(hasArticle && writable);
    m_actions->toggleStarred->setEnabled(hasArticle && writable);
    m_articleDeletion->deleteAction()->setEnabled(hasArticle && writable);
    m_actions->nextArticle->setEnabled(open);
    m_actions->previousArticle->setEnabled(open);
}

// Another process (glossa-cli import, another window) or one of our own workers wrote to the
// library: reload what shows it, keeping the article being read, the place in the reader (the
// reader only re-applies its highlights) and the place in the headline list.
void MainWindow::reloadAfterExternalChange()
{
    const int listScroll = m_headlineView->verticalScrollBar()->value();
    m_workspace->notifyContentChanged();
    if (m_reading->currentArticleId() != 0)
        m_workspace->notifyAnnotationsChanged(m_reading->currentArticleId());
    m_headlineView->verticalScrollBar()->setValue(listScroll);
}

void MainWindow::announceReadOnly()
{
    // Said once, where it stays; the edits that would be refused are not offered.
    if (m_workspace->isOpen() && m_workspace->isReadOnly())
        statusBar()->showMessage(tr("%1 is read-only: you can read it, but edits are off.")
                                     .arg(QDir::toNativeSeparators(m_workspace->libraryPath())));
}

void MainWindow::showLibraryFileLost(const QString &problem)
{
    updateEnabled();
    if (m_reading->currentArticleId() != 0) // the reader and the sidebar stop offering edits
        m_workspace->notifyAnnotationsChanged(m_reading->currentArticleId());
    statusBar()->showMessage(tr("The library file was replaced or deleted: nothing more is written to it."));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Library File Replaced or Deleted"),
                                tr("%1. Glossa stopped writing to it, so that the file now at that place is not "
                                   "damaged; your edits of this session are kept in this window.")
                                    .arg(problem),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("libraryLostMessage"));
    box->setInformativeText(tr("Save them to a new library file, then open it (File > Open Library...)."));
    QPushButton *save = box->addButton(tr("Save Edits to a New File..."), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    connect(save, &QPushButton::clicked, this, &MainWindow::saveLostLibrary);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::saveLostLibrary()
{
    const QString path = LockFreeFileDialog::saveFileName(this, tr("Save Edits to a New File"),
                                                          QFileInfo(m_workspace->libraryPath()).absolutePath(),
                                                          tr("Glossa libraries (*.glossa)"));
    if (path.isEmpty())
        return;
    QString error;
    if (m_workspace->saveLibraryCopy(path, &error))
        statusBar()->showMessage(tr("Saved to %1; open it with File > Open Library...").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Not Saved"), error);
}

void MainWindow::showStorageError(const QString &message)
{
    // The box saying the file was lost covers every edit refused after it.
    if (m_workspace->isLibraryFileLost()) {
        statusBar()->showMessage(message, 10000);
        return;
    }
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Saved"), message, QMessageBox::Ok, this);
    // SQLite has already waited (busy timeout, 10 s) for the other writer before giving up.
    if (message.contains(QLatin1String("database is locked")))
        box->setInformativeText(tr("Another program kept the library busy for more than 10 seconds (an import "
                                   "with glossa-cli?). Nothing was changed; try again when it is done."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1440, 880);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreChoice(settings.value(kSplitterKey).toByteArray());
    m_headlineView->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveChoice());
    settings.setValue(kHeaderKey, m_headlineView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_import->cancelAndWait();
    m_claimMemory->cancelAndWait();
    m_backup->waitForFinished();
    m_copy->stop();
    m_copy->waitForFinished();
    saveSettings();
    event->accept();
}

} // namespace glossa
