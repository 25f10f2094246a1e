#pragma once

#include <QMainWindow>

class QMenu;

namespace glossa {

class AnnotationActions;
class AnnotationImportController;
class ProjectImportController;
class AnnotationSearchDock;
class AnnotationSidebar;
class BackupController;
class RestoreController;
class LibraryCopyController;
class CitationCopier;
class ClaimMemoryController;
class ClaimsBoardDock;
class AnalystActions;
class ArticleDeletion;
class CollectionActions;
class CollectionsDock;
class ExportController;
class ExternalChangeWatcher;
class FileDropTarget;
class FilterBar;
class HeadlineModel;
class HeadlineView;
class ImportController;
class LibraryController;
class LibraryStatusLabel;
class MainActions;
class PaneCycler;
class PaneSplitter;
class ReaderView;
class ReadingController;
class Workspace;

// The main window: the headline list with its filter bar, the reader and the annotation
// sidebar side by side (PaneSplitter shares the width, the reader first). It creates and connects the parts; what they do lives in them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Every action with a shortcut, in the order Help ▸ Keyboard Shortcuts lists them.
    QList<QAction *> shortcutActions() const;

    MainActions *mainActions() const { return m_actions; }
    FilterBar *filterBar() const { return m_filterBar; }
    HeadlineModel *headlineModel() const { return m_headlineModel; }
    HeadlineView *headlineView() const { return m_headlineView; }
    ReaderView *readerView() const { return m_reader; }
    AnnotationSidebar *annotationSidebar() const { return m_sidebar; }
    ReadingController *readingController() const { return m_reading; }
    ImportController *importController() const { return m_import; }
    LibraryController *libraryController() const { return m_libraryController; }
    LibraryStatusLabel *statusCounts() const { return m_statusCounts; }
    ExportController *exportController() const { return m_export; }
    CollectionActions *collectionActions() const { return m_collectionActions; }
    AnalystActions *analystActions() const { return m_analystActions; }
    CollectionsDock *collectionsDock() const { return m_collectionsDock; }
    AnnotationSearchDock *annotationSearchDock() const { return m_annotationSearchDock; }
    BackupController *backupController() const { return m_backup; }
    RestoreController *restoreController() const { return m_restore; }
    LibraryCopyController *copyController() const { return m_copy; }
    ExternalChangeWatcher *externalChangeWatcher() const { return m_changeWatcher; }
    ClaimMemoryController *claimMemoryController() const { return m_claimMemory; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

public slots:
    void showShortcuts();
    void showAbout();
    // The library's file was replaced or deleted while open: asks for a new file and saves what
    // this window still reads there (the library as it was, with this session's edits).
    void saveLostLibrary();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createDocks();
    void createMenus();
    void createToolBar();
    void connectParts();
    void showArticle(qint64 articleId, qint64 annotationId);
    void updateTitle();
    void announceReadOnly();
    void showLibraryFileLost(const QString &problem);
    void updateEnabled();
    void showStorageError(const QString &message);
    void reloadAfterExternalChange();
    void restoreSettings();
    void saveSettings() const;

    Workspace *m_workspace;
    MainActions *m_actions;
    HeadlineModel *m_headlineModel;
    FilterBar *m_filterBar;
    HeadlineView *m_headlineView;
    ReaderView *m_reader;
    AnnotationSidebar *m_sidebar;
    AnnotationActions *m_annotationActions;
    ReadingController *m_reading;
    ImportController *m_import;
    LibraryController *m_libraryController;
    FileDropTarget *m_dropTarget;
    LibraryStatusLabel *m_statusCounts;
    ExportController *m_export;
    AnnotationImportController *m_annotationImport;
    ProjectImportController *m_projectImport;
    CitationCopier *m_citation;
    ClaimMemoryController *m_claimMemory;
    CollectionActions *m_collectionActions;
    ArticleDeletion *m_articleDeletion;
    AnalystActions *m_analystActions;
    ClaimsBoardDock *m_claimsBoardDock = nullptr;
    CollectionsDock *m_collectionsDock = nullptr;
    AnnotationSearchDock *m_annotationSearchDock = nullptr;
    BackupController *m_backup;
    RestoreController *m_restore;
    LibraryCopyController *m_copy;
    ExternalChangeWatcher *m_changeWatcher;
    PaneSplitter *m_splitter;
    PaneCycler *m_panes;
    QMenu *m_themeMenu = nullptr;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace glossa
