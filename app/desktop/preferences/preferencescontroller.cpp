#include "preferencescontroller.h"

#include "analysts/analystactions.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "preferencesdialog.h"
#include "reader/readerview.h"
#include "workspace.h"

#include <QAction>
#include <QFontInfo>
#include <QSignalBlocker>
#include <QStatusBar>

namespace glossa {

PreferencesController::PreferencesController(Workspace *workspace, MainWindow *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    m_action = new QAction(tr("Pre&ferences…"), window);
    m_action->setObjectName(QStringLiteral("preferencesAction"));
    m_action->setShortcut(QKeySequence::Preferences);
    m_action->setMenuRole(QAction::PreferencesRole);
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &PreferencesController::show);
}

PreferencesDialog *PreferencesController::dialog() const
{
    return m_dialog;
}

void PreferencesController::show()
{
    if (!m_dialog) {
        const PreferenceValues before = current();
        m_dialog = new PreferencesDialog(before, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, before] { apply(before, m_dialog->values()); });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

PreferenceValues PreferencesController::current() const
{
    PreferenceValues values;
    values.language = Preferences::language();
    values.theme = AppTheme::savedChoice();
    // The face the reader really shows, its own default resolved by fontconfig.
    const QFont reading = m_window->readerView()->readingFont();
    values.readerFontFamily = QFontInfo(reading).family();
    values.readerFontSize = qRound(reading.pointSizeF());
    values.markRead = Preferences::markRead();
    values.markReadDelaySeconds = Preferences::markReadDelaySeconds();
    values.analyst = m_workspace->analyst();
    values.exportFolder = Preferences::defaultExportFolder();
    values.openLastLibrary = Preferences::openLastLibrary();
    return values;
}

void PreferencesController::apply(const PreferenceValues &before, const PreferenceValues &chosen)
{
    MainActions *actions = m_window->mainActions();
    if (chosen.language != before.language) {
        Preferences::setLanguage(chosen.language);
        m_window->statusBar()->showMessage(tr("The new language takes effect the next time Glossa starts."));
    }
    if (chosen.theme != before.theme) {
        AppTheme::save(chosen.theme);
        AppTheme::apply(chosen.theme);
    }
    // View ▸ Theme says what the dialog chose (checking an action of the group does not trigger it).
    actions->systemTheme->setChecked(chosen.theme == AppTheme::Choice::System);
    actions->lightTheme->setChecked(chosen.theme == AppTheme::Choice::Light);
    actions->darkTheme->setChecked(chosen.theme == AppTheme::Choice::Dark);

    // Left as it was, the reader's own default stays a default (it follows the interface font).
    if (chosen.readerFontFamily != before.readerFontFamily || chosen.readerFontSize != before.readerFontSize) {
        Preferences::setReaderFont(chosen.readerFontFamily, chosen.readerFontSize);
        m_window->readerView()->setReadingFont(chosen.readerFontFamily, chosen.readerFontSize);
    }

    Preferences::setMarkRead(chosen.markRead, chosen.markReadDelaySeconds);
    {
        // The View menu's switch follows; its own handler would write the setting again.
        const QSignalBlocker blocker(actions->markReadOnOpen);
        actions->markReadOnOpen->setChecked(chosen.markRead != Preferences::MarkRead::Manually);
    }

    const Analyst &analyst = chosen.analyst;
    const Analyst &was = before.analyst;
    if (analyst.isValid() && (analyst.uuid != was.uuid || analyst.name != was.name
                              || analyst.initials != was.initials || analyst.color != was.color))
        m_window->analystActions()->switchTo(analyst);

    Preferences::setDefaultExportFolder(chosen.exportFolder);
    Preferences::setOpenLastLibrary(chosen.openLastLibrary);
}

} // namespace glossa
