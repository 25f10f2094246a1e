#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace glossa {

class MainWindow;
class PreferencesDialog;
struct PreferenceValues;
class Workspace;

// Edit ▸ Preferences…: opens the dialog with the values in force and, when it is accepted, saves
// them (Preferences, AppTheme, the analyst profile) and applies them to the window at once: the
// theme and its View ▸ Theme check mark, the reader's font, the mark-as-read switch of the View
// menu, the analyst at the desk. The language is read at the next start.
class PreferencesController : public QObject
{
    Q_OBJECT
public:
    PreferencesController(Workspace *workspace, MainWindow *window);

    QAction *action() const { return m_action; }
    // The open dialog, if any.
    PreferencesDialog *dialog() const;

public slots:
    void show();

private:
    PreferenceValues current() const;
    void apply(const PreferenceValues &before, const PreferenceValues &chosen);

    Workspace *m_workspace;
    MainWindow *m_window;
    QAction *m_action;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace glossa
