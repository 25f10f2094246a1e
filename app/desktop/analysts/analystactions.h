#pragma once

#include "model/analyst.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace glossa {

class Workspace;

// The analyst at the desk and blind review: the Analyst menu (edit the profile, add an analyst,
// switch between the library's analysts, each switch saved as this desk's profile) and the
// article's Blind Review and Mark Done toggles, pushed as undoable edits.
class AnalystActions : public QObject
{
    Q_OBJECT
public:
    AnalystActions(Workspace *workspace, QWidget *window);

    QMenu *analystMenu() const { return m_menu; }
    QAction *blindReviewAction() const { return m_blind; }
    QAction *markDoneAction() const { return m_done; }

public slots:
    void editProfile();
    void newAnalyst();
    // Makes \a analyst the one at the desk and saves it as the desk's profile.
    void switchTo(const glossa::Analyst &analyst);
    void setBlind(bool blind);
    void setDone(bool done);
    // Follows the open article's review state.
    void updateActions();

private:
    void fillMenu();

    Workspace *m_workspace;
    QWidget *m_window;
    QMenu *m_menu;
    QActionGroup *m_switchGroup;
    QAction *m_blind;
    QAction *m_done;
};

} // namespace glossa
