#include "annotationimportcontroller.h"

#include "annotationimportsummarydialog.h"
#include "workspace.h"
#include "common/lockfreefiledialog.h"
#include "headlines/readingcontroller.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QWidget>

namespace glossa {

namespace {
const char kLastFolderKey[] = "importAnnotations/lastFolder";
// A W3C file of a whole library is a few megabytes; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
} // namespace

AnnotationImportController::AnnotationImportController(Workspace *workspace, const ReadingController *reading,
                                                       QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_reading(reading), m_dialogParent(dialogParent)
{
    m_importAction = new QAction(tr("Import &Annotations…"), dialogParent);
    m_importAction->setObjectName(QStringLiteral("importAnnotationsAction"));
    m_importAction->setToolTip(tr("Merge annotations from a W3C Web Annotation (JSON-LD) file"));
    m_importAction->setEnabled(workspace->isOpen());
    connect(workspace, &Workspace::libraryOpened, this, [this] { m_importAction->setEnabled(m_workspace->isOpen()); });
    connect(m_importAction, &QAction::triggered, this, &AnnotationImportController::chooseFile);
}

AnnotationImportSummaryDialog *AnnotationImportController::summaryDialog() const
{
    return m_summary;
}

void AnnotationImportController::chooseFile()
{
    QSettings settings;
    const QString path = LockFreeFileDialog::openFileName(
        m_dialogParent, tr("Import Annotations"), settings.value(kLastFolderKey).toString(),
        tr("W3C Web Annotations (*.json *.jsonld);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    importFile(path);
}

AnnotationImportReport AnnotationImportController::importFile(const QString &path)
{
    AnnotationImportReport report;
    QFile file(path);
    if (!m_workspace->isOpen()) {
        report.fileError = tr("no library is open");
    } else if (file.size() > kMaxFileBytes) {
        report.fileError = tr("the file is too large to be an annotation file");
    } else if (!file.open(QIODevice::ReadOnly)) {
        report.fileError = file.errorString();
    } else {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        report = W3cAnnotationImporter(m_workspace->library().database()).importJson(file.readAll());
        QGuiApplication::restoreOverrideCursor();
    }
    if (report.imported > 0) {
        // The importer does not say which articles gained annotations: the list re-reads its
        // counts, and the open article (reader and sidebar) is re-read in case it was one of them.
        m_workspace->notifyContentChanged();
        m_workspace->notifyAnnotationsChanged(m_reading ? m_reading->currentArticleId() : 0);
    }

    if (m_summary)
        m_summary->close();
    m_summary = new AnnotationImportSummaryDialog(QFileInfo(path).fileName(), report, m_dialogParent);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->show();
    return report;
}

} // namespace glossa
