#include "mainactions.h"

#include "common/appicons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace glossa {

MainActions::MainActions(QWidget *window) : QObject(window), m_window(window)
{
    QStyle *style = window->style();

    importFiles = make(QStringLiteral("importFilesAction"), tr("&Import Files…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    importFiles->setIcon(AppIcons::import());
    importFiles->setToolTip(tr("Import news dumps (text, JSON Lines, HTML) into the library"));
    importFolder = make(QStringLiteral("importFolderAction"), tr("Import &Folder…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importFolder->setIcon(style->standardIcon(QStyle::SP_DirOpenIcon));
    newLibrary = make(QStringLiteral("newLibraryAction"), tr("&New Library…"), QKeySequence::New);
    openLibrary = make(QStringLiteral("openLibraryAction"), tr("&Open Library…"), QKeySequence::Open);
    openTeamLibrary = make(QStringLiteral("openTeamLibraryAction"), tr("Open &Team Library…"), QKeySequence());
    quit = make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Single letters, as in mail and feed readers: the focused search box or a note editor
    // takes the letter first, so typing never triggers them.
    nextArticle = make(QStringLiteral("nextArticleAction"), tr("&Next Article"), QKeySequence(Qt::Key_J));
    nextArticle->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    previousArticle = make(QStringLiteral("previousArticleAction"), tr("&Previous Article"), QKeySequence(Qt::Key_K));
    previousArticle->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
    toggleRead = make(QStringLiteral("toggleReadAction"), tr("&Mark Read/Unread"), QKeySequence(Qt::Key_M));
    toggleRead->setIcon(AppIcons::readState());
    toggleStarred = make(QStringLiteral("toggleStarredAction"), tr("&Star/Unstar"), QKeySequence(Qt::Key_S));
    toggleStarred->setIcon(AppIcons::star());
    focusSearch = make(QStringLiteral("focusSearchAction"), tr("&Search the Library"), QKeySequence(Qt::Key_Slash));
    focusReader = make(QStringLiteral("focusReaderAction"), tr("&Read the Article"), QKeySequence(Qt::Key_R));
    focusReader->setToolTip(tr("Move the keyboard into the article's text, to select a passage (R)"));
    nextPane = make(QStringLiteral("nextPaneAction"), tr("Next &Pane"), QKeySequence(Qt::Key_F6));
    previousPane = make(QStringLiteral("previousPaneAction"), tr("Previous P&ane"), QKeySequence(Qt::SHIFT | Qt::Key_F6));

    zoomIn = make(QStringLiteral("zoomInAction"), tr("Zoom &In"), QKeySequence::ZoomIn);
    zoomOut = make(QStringLiteral("zoomOutAction"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    resetZoom = make(QStringLiteral("resetZoomAction"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0));
    markReadOnOpen = make(QStringLiteral("markReadOnOpenAction"), tr("Mark Articles Read When &Opened"));
    markReadOnOpen->setCheckable(true);

    theme = new QActionGroup(this);
    theme->setExclusive(true);
    systemTheme = make(QStringLiteral("systemThemeAction"), tr("&System Colours"));
    lightTheme = make(QStringLiteral("lightThemeAction"), tr("&Light"));
    darkTheme = make(QStringLiteral("darkThemeAction"), tr("&Dark"));
    for (QAction *action : {systemTheme, lightTheme, darkTheme}) {
        action->setCheckable(true);
        theme->addAction(action);
    }

    keyboardShortcuts = make(QStringLiteral("keyboardShortcutsAction"), tr("&Keyboard Shortcuts"),
                             QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make(QStringLiteral("aboutAction"), tr("&About Glossa"));
    about->setMenuRole(QAction::AboutRole);
}

QAction *MainActions::make(const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Added to the window so their shortcuts work wherever the focus is in it, menus or not.
    m_window->addAction(action);
    return action;
}

} // namespace glossa
