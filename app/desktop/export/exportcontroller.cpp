#include "exportcontroller.h"

#include "exportdialog.h"
#include "exportdonebar.h"
#include "projectexchange/exchangesummarydialog.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "headlines/readingcontroller.h"
#include "workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QStatusBar>

namespace glossa {

namespace {
// Long enough to reach for Open or Show in Folder.
constexpr int kStatusMilliseconds = 20000;
} // namespace

ExportController::ExportController(Workspace *workspace, const ReadingController *reading,
                                   const HeadlineView *headlines, QMainWindow *window)
    : QObject(window), m_workspace(workspace), m_reading(reading), m_headlines(headlines), m_window(window)
{
    m_exportAction = new QAction(tr("&Export…"), window);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export annotations as a brief, a spreadsheet, a report or JSON-LD"));
    // On the window, like the other main actions, so the shortcut works wherever the focus is.
    window->addAction(m_exportAction);
    m_exportAction->setEnabled(workspace->isOpen());
    connect(workspace, &Workspace::libraryOpened, this, [this] { m_exportAction->setEnabled(m_workspace->isOpen()); });
    connect(m_exportAction, &QAction::triggered, this, &ExportController::showDialog);
}

ExportDialog *ExportController::dialog() const
{
    return m_dialog;
}

ExportContext ExportController::context() const
{
    ExportContext context;
    if (!m_workspace->isOpen())
        return context;
    context.currentArticleId = m_reading->currentArticleId();
    if (context.currentArticleId != 0) {
        if (const std::optional<ArticleSummary> summary = m_workspace->articles().summary(context.currentArticleId))
            context.currentArticleTitle = summary->title;
    }
    if (const HeadlineModel *model = m_headlines->headlineModel()) {
        if (const QItemSelectionModel *selection = m_headlines->selectionModel()) {
            for (const QModelIndex &index : selection->selectedRows())
                context.selectedArticleIds << model->articleId(index.row());
        }
        context.selectedArticleIds.removeAll(0);
        context.filter = model->query();
        context.filteredCount = model->totalCount();
    }
    return context;
}

QString ExportController::successMessage(const ExportOutcome &outcome)
{
    return tr("Exported %n annotation(s) from %1 to %2.", nullptr, outcome.annotations)
        .arg(tr("%n article(s)", nullptr, outcome.articles), QFileInfo(outcome.path).fileName());
}

ExportDoneBar *ExportController::doneBar() const
{
    return m_done;
}

ExchangeSummaryDialog *ExportController::lossSummary() const
{
    return m_losses;
}

void ExportController::showLosses(const ExportOutcome &outcome)
{
    if (outcome.notCarried.isEmpty())
        return;
    if (m_losses)
        m_losses->close();
    m_losses = new ExchangeSummaryDialog(tr("Project Exported"), successMessage(outcome), {}, outcome.notCarried,
                                         tr("REFI-QDA has no place for these; the library keeps them."), m_window);
    m_losses->setAttribute(Qt::WA_DeleteOnClose);
    m_losses->show();
}

void ExportController::showDialog()
{
    if (!m_workspace->isOpen())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ExportDialog(m_workspace, context(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        if (m_done)
            m_done->deleteLater();
        m_window->statusBar()->showMessage(successMessage(dialog->outcome()), kStatusMilliseconds);
        m_done = new ExportDoneBar(dialog->outcome().path, m_window->statusBar());
        // What a REFI-QDA project could not carry gets a summary of its own; the other formats'
        // remarks (a ClaimReview without review URLs) go to the status bar with the message.
        const ExportFormat format = dialog->format();
        if (format == ExportFormat::RefiQdaProject || format == ExportFormat::RefiQdaCodebook)
            showLosses(dialog->outcome());
        else if (!dialog->outcome().notCarried.isEmpty())
            m_window->statusBar()->showMessage(successMessage(dialog->outcome()) + QLatin1Char(' ')
                                                   + dialog->outcome().notCarried.join(QLatin1Char(' ')),
                                               kStatusMilliseconds);
    });
    m_dialog->open();
}

} // namespace glossa
