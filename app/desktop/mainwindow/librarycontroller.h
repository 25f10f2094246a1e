#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace glossa {

class Workspace;

// Which library file is open: File ▸ New Library…, Open Library…, Open Recent. A file the
// core refuses (newer version, not a library) is reported with the core's own message and the
// current library stays open.
class LibraryController : public QObject
{
    Q_OBJECT
public:
    LibraryController(Workspace *workspace, QWidget *dialogParent);

    // Fills itself from the recent list each time it is about to show.
    QMenu *recentMenu() const { return m_recentMenu; }

    // Opens \a path (creating it when missing). On refusal the reason is shown in a
    // non-blocking message box and returned in \a error.
    bool open(const QString &path, QString *error = nullptr);

public slots:
    void chooseNew();
    void chooseExisting();
    // File ▸ Open Team Library…: asks where (TeamLibraryDialog), then opens it.
    void chooseTeamLibrary();

signals:
    // Emitted before another library replaces the open one, so running work can stop.
    void aboutToSwitch();
    void refused(const QString &path, const QString &message);
    // Something worth a line in the status bar (a password the keyring could not keep).
    void notice(const QString &message);

private:
    // A team library's password from the system keyring, when one was remembered for it and
    // none is known in this session.
    void recallPassword(const QString &path);
    void fillRecentMenu();
    void showRefusal(const QString &path, const QString &message);

    Workspace *m_workspace;
    QWidget *m_dialogParent;
    QMenu *m_recentMenu;
};

} // namespace glossa
