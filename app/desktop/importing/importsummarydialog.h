#pragma once

#include "import/importer.h"
#include "memory/appearancescan.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace glossa {

// What an import did: how many articles came in, which files were duplicates, how many repeats
// of checked claims the claim memory found in them, and each refused file with the one-line
// reason the importer gave.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    // \a matching: what matching the new articles against the claim memory found.
    explicit ImportSummaryDialog(const ImportReport &report, const AppearanceScan::Result &matching = {},
                                 QWidget *parent = nullptr);

    // The headline sentence, e.g. "12 articles imported from 10 files."
    QString summaryText() const;
    // One row per refused file: file name and reason (for tests and copy-paste).
    QStringList refusalLines() const;

private:
    static QString headline(const ImportReport &report, const AppearanceScan::Result &matching);

    QLabel *m_summary;
    QTreeWidget *m_files;
};

} // namespace glossa
