#pragma once

#include "interchange/refiqdaimporter.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace glossa {

class ExchangeSummaryDialog;
class ReadingController;
class Workspace;

// File ▸ Import Project…: merges a REFI-QDA project (.qdpx or .qde) from NVivo, ATLAS.ti,
// MAXQDA, QualCoder or another Glossa into the library, has the views re-read it and shows what
// was carried and what was not. A bulk merge like an import of files: not on the undo stack.
class ProjectImportController : public QObject
{
    Q_OBJECT
public:
    ProjectImportController(Workspace *workspace, const ReadingController *reading, QWidget *dialogParent);

    QAction *importAction() const { return m_importAction; }
    ExchangeSummaryDialog *summaryDialog() const;

    // Imports the file and shows the summary (non-modal); returns what the importer reported.
    RefiImportReport importFile(const QString &path);

public slots:
    void chooseFile();

private:
    Workspace *m_workspace;
    const ReadingController *m_reading;
    QWidget *m_dialogParent;
    QAction *m_importAction;
    QPointer<ExchangeSummaryDialog> m_summary;
};

} // namespace glossa
