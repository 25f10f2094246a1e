#pragma once

#include "exportrequest.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace glossa {

class ExchangeSummaryDialog;
class ExportDialog;
class ExportDoneBar;
class HeadlineView;
class ReadingController;
class Workspace;

// File ▸ Export…: gathers what the window is showing (open article, selection, filter), opens
// the export dialog and reports the result in the status bar, with Open and Show in Folder.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(Workspace *workspace, const ReadingController *reading, const HeadlineView *headlines,
                     QMainWindow *window);

    QAction *exportAction() const { return m_exportAction; }
    ExportContext context() const;
    // The open dialog, for tests; nullptr when none is.
    ExportDialog *dialog() const;

    // "Exported 3 annotations from 2 articles to brief.md."
    static QString successMessage(const ExportOutcome &outcome);
    // Open and Show in Folder after the last export; nullptr once gone.
    ExportDoneBar *doneBar() const;
    // What a REFI-QDA export could not carry, shown after it (non-modal); nullptr when none is.
    ExchangeSummaryDialog *lossSummary() const;
    // Shows it for a finished export that left something out; nothing for one that did not.
    void showLosses(const ExportOutcome &outcome);

public slots:
    void showDialog();

private:
    Workspace *m_workspace;
    const ReadingController *m_reading;
    const HeadlineView *m_headlines;
    QMainWindow *m_window;
    QAction *m_exportAction;
    QPointer<ExportDialog> m_dialog;
    QPointer<ExchangeSummaryDialog> m_losses;
    QPointer<ExportDoneBar> m_done;
};

} // namespace glossa
