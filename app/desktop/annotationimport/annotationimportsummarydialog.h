#pragma once

#include "interchange/w3cannotationimporter.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace glossa {

// What merging a W3C annotation file did: imported, duplicates, orphaned, annotations whose
// article is not in this library, and every refusal with its reason. It also says that the
// merge is not on the undo stack.
class AnnotationImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotationImportSummaryDialog(const QString &fileName, const AnnotationImportReport &report,
                                  QWidget *parent = nullptr);

    QString summaryText() const;
    QStringList refusalLines() const { return m_refusalLines; }

private:
    static QString headline(const QString &fileName, const AnnotationImportReport &report);
    static QString counts(const AnnotationImportReport &report);

    QLabel *m_summary;
    QLabel *m_counts;
    QPlainTextEdit *m_refusals;
    QStringList m_refusalLines;
};

} // namespace glossa
