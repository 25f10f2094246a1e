#include "projectimportcontroller.h"

#include "exchangesummarydialog.h"
#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "headlines/readingcontroller.h"

#include <QAction>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QWidget>

namespace glossa {

namespace {
const char kLastFolderKey[] = "importProject/lastFolder";
} // namespace

ProjectImportController::ProjectImportController(Workspace *workspace, const ReadingController *reading,
                                                 QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_reading(reading), m_dialogParent(dialogParent)
{
    m_importAction = new QAction(tr("Import &Project…"), dialogParent);
    m_importAction->setObjectName(QStringLiteral("importProjectAction"));
    m_importAction->setToolTip(tr("Merge a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA or QualCoder"));
    m_importAction->setEnabled(workspace->isOpen());
    connect(workspace, &Workspace::libraryOpened, this, [this] { m_importAction->setEnabled(m_workspace->isOpen()); });
    connect(m_importAction, &QAction::triggered, this, &ProjectImportController::chooseFile);
}

ExchangeSummaryDialog *ProjectImportController::summaryDialog() const
{
    return m_summary;
}

void ProjectImportController::chooseFile()
{
    QSettings settings;
    const QString path = LockFreeFileDialog::openFileName(
        m_dialogParent, tr("Import Project"), settings.value(kLastFolderKey).toString(),
        tr("REFI-QDA projects (*.qdpx *.qde);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    importFile(path);
}

RefiImportReport ProjectImportController::importFile(const QString &path)
{
    RefiImportReport report;
    if (!m_workspace->isOpen()) {
        report.fileError = tr("no library is open");
    } else {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        report = RefiQdaImporter(m_workspace->library().database()).importFile(path);
        QGuiApplication::restoreOverrideCursor();
    }
    if (report.articlesAdded + report.annotationsAdded + report.collections > 0) {
        m_workspace->notifyContentChanged();
        m_workspace->notifyAnnotationsChanged(m_reading ? m_reading->currentArticleId() : 0);
    }

    const QString fileName = QFileInfo(path).fileName();
    const QString headline = report.ok()
        ? tr("%n article(s) and %1 imported from %2.", nullptr, report.articlesAdded)
              .arg(tr("%n annotation(s)", nullptr, report.annotationsAdded), fileName)
        : tr("Nothing was imported from %1: %2").arg(fileName, report.fileError);
    ExchangeSummaryDialog::Counts counts;
    if (report.ok()) {
        counts = {{tr("Plain-text sources read"), report.sources},
                  {tr("Articles added"), report.articlesAdded},
                  {tr("Articles already in the library"), report.articlesKnown},
                  {tr("Selections read"), report.annotationsRead},
                  {tr("Annotations added"), report.annotationsAdded},
                  {tr("Annotations already in the library"), report.annotationsKnown},
                  {tr("Analysts"), report.analysts},
                  {tr("Notes carried"), report.notes},
                  {tr("Collections"), report.collections}};
    }
    if (m_summary)
        m_summary->close();
    m_summary = new ExchangeSummaryDialog(tr("Project Imported"), headline, counts, report.notCarried,
                                          tr("This merge is not an undoable edit: Edit ▸ Undo does not remove what "
                                             "it added."),
                                          m_dialogParent);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->show();
    return report;
}

} // namespace glossa
