#include "annotationimportsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace glossa {

AnnotationImportSummaryDialog::AnnotationImportSummaryDialog(const QString &fileName,
                                                             const AnnotationImportReport &report, QWidget *parent)
    : QDialog(parent), m_refusalLines(report.refusals + report.notCarried)
{
    setObjectName(QStringLiteral("annotationImportSummary"));
    setWindowTitle(tr("Annotations Imported"));
    setModal(false);

    m_summary = new QLabel(headline(fileName, report), this);
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_counts = new QLabel(counts(report), this);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_refusals = new QPlainTextEdit(this);
    m_refusals->setObjectName(QStringLiteral("refusals"));
    m_refusals->setAccessibleName(tr("Annotations not imported, with the reason"));
    m_refusals->setReadOnly(true);
    m_refusals->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_refusals->setPlainText(m_refusalLines.join(QLatin1Char('\n')));
    m_refusals->setVisible(!m_refusalLines.isEmpty());

    auto *undoNote = new QLabel(tr("This merge is not an undoable edit: Edit ▸ Undo does not remove the "
                                   "imported annotations. Delete them one by one if needed."),
                                this);
    undoNote->setObjectName(QStringLiteral("undoNote"));
    undoNote->setWordWrap(true);
    undoNote->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines{summaryText()};
        lines << m_refusalLines;
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts);
    if (!m_refusalLines.isEmpty())
        layout->addWidget(new QLabel(tr("Refused or skipped:"), this));
    layout->addWidget(m_refusals, 1);
    layout->addWidget(undoNote);
    layout->addWidget(buttons);
    resize(m_refusalLines.isEmpty() ? QSize(460, 200) : QSize(680, 380));
}

QString AnnotationImportSummaryDialog::headline(const QString &fileName, const AnnotationImportReport &report)
{
    if (!report.fileError.isEmpty())
        return tr("Nothing was imported from %1: %2").arg(fileName, report.fileError);
    return tr("%n annotation(s) imported from %1.", nullptr, report.imported).arg(fileName);
}

QString AnnotationImportSummaryDialog::counts(const AnnotationImportReport &report)
{
    const auto row = [](const QString &label, int value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
            .arg(label.toHtmlEscaped())
            .arg(value);
    };
    return QStringLiteral("<table>") + row(tr("Annotations in the file"), report.read)
        + row(tr("Imported"), report.imported)
        + row(tr("…of which orphaned (quote not found in the article)"), report.orphaned)
        + row(tr("Duplicates skipped"), report.duplicates)
        + row(tr("Updated: changed in the file only"), report.updated)
        + row(tr("Conflicts: changed on both sides, both kept"), report.conflicts)
        + row(tr("Kept ours: older in the file, or changed here only"), report.outdated)
        + row(tr("Skipped: article not in this library"), report.missingArticle)
        + row(tr("Left out: a whole page annotated, no passage"), report.skipped)
        + row(tr("Refused or skipped"), int(report.refusals.size()))
        + QStringLiteral("</table>");
}

QString AnnotationImportSummaryDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace glossa
