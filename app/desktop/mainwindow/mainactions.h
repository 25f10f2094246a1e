#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QActionGroup;
class QWidget;

namespace glossa {

// The main window's own actions, with their texts, shortcuts and icons in one place. The window
// connects them; the shortcuts dialog lists them. (Annotating actions belong to
// AnnotationActions, undo/redo are made by the undo stack.)
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QWidget *window);

    // File
    QAction *importFiles;
    QAction *importFolder;
    QAction *newLibrary;
    QAction *openLibrary;
    QAction *openTeamLibrary;
    QAction *quit;
    // Article
    QAction *nextArticle;
    QAction *previousArticle;
    QAction *toggleRead;
    QAction *toggleStarred;
    QAction *focusSearch;
    QAction *focusReader;
    QAction *nextPane;
    QAction *previousPane;
    // View
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *resetZoom;
    QAction *markReadOnOpen;
    QActionGroup *theme;
    QAction *systemTheme;
    QAction *lightTheme;
    QAction *darkTheme;
    // Help
    QAction *keyboardShortcuts;
    QAction *about;

private:
    QAction *make(const QString &objectName, const QString &text, const QKeySequence &shortcut = {});

    QWidget *m_window;
};

} // namespace glossa
