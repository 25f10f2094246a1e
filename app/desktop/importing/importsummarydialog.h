#pragma once

#include "import/importer.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace glossa {

// What an import did: how many articles came in, which files were duplicates, and each refused
// file with the one-line reason the importer gave.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);

    // The headline sentence, e.g. "12 articles imported from 10 files."
    QString summaryText() const;
    // One row per refused file: file name and reason (for tests and copy-paste).
    QStringList refusalLines() const;

private:
    static QString headline(const ImportReport &report);

    QLabel *m_summary;
    QTreeWidget *m_files;
};

} // namespace glossa
