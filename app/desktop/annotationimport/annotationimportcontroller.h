#pragma once

#include "interchange/w3cannotationimporter.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace glossa {

class AnnotationImportSummaryDialog;
class ReadingController;
class Workspace;

// File ▸ Import Annotations…: merges a W3C Web Annotation file into the library, shows what it
// did and has the views re-read the library. A bulk merge, not an edit: it is not put on the
// undo stack (the summary says so).
class AnnotationImportController : public QObject
{
    Q_OBJECT
public:
    AnnotationImportController(Workspace *workspace, const ReadingController *reading, QWidget *dialogParent);

    QAction *importAction() const { return m_importAction; }
    AnnotationImportSummaryDialog *summaryDialog() const;

    // Imports the file and shows the summary (non-modal); returns what the importer reported.
    AnnotationImportReport importFile(const QString &path);

public slots:
    void chooseFile();

private:
    Workspace *m_workspace;
    const ReadingController *m_reading;
    QWidget *m_dialogParent;
    QAction *m_importAction;
    QPointer<AnnotationImportSummaryDialog> m_summary;
};

} // namespace glossa
