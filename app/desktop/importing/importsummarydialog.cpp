#include "importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace glossa {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, const AppearanceScan::Result &matching,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(tr("Import Finished"));
    setModal(false);

    m_summary = new QLabel(headline(report, matching), this);
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("refusedFiles"));
    m_files->setAccessibleName(tr("Files not imported"));
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->setHeaderLabels({tr("File"), tr("Result"), tr("Reason")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_files->header()->setStretchLastSection(true);

    const QIcon refusedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon duplicateIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    // Refused files first: they are what the analyst has to act on.
    for (const FileImportResult &file : report.files) {
        if (file.status != FileImportResult::Status::Refused)
            continue;
        auto *item = new QTreeWidgetItem(m_files, {file.displayName(), tr("Refused"), file.reason});
        item->setIcon(0, refusedIcon);
        item->setToolTip(0, file.displayPath());
        item->setToolTip(2, file.reason);
    }
    // Then files read without a provenance line: often a file that is not a dump at all.
    for (const FileImportResult &file : report.files) {
        if (file.status != FileImportResult::Status::Imported || file.pagesWithoutProvenance == 0)
            continue;
        const QString reason = tr("No provenance line: %n article(s) laid out as plain text, outlet unknown", nullptr,
                                  file.pagesWithoutProvenance);
        auto *item = new QTreeWidgetItem(m_files, {file.displayName(), tr("Generic layout"), reason});
        item->setIcon(0, duplicateIcon);
        item->setToolTip(0, file.displayPath());
        item->setToolTip(2, reason);
    }
    for (const FileImportResult &file : report.files) {
        if (file.status != FileImportResult::Status::Duplicate)
            continue;
        auto *item = new QTreeWidgetItem(
            m_files, {file.displayName(), tr("Duplicate"), tr("Already in the library")});
        item->setIcon(0, duplicateIcon);
        item->setToolTip(0, file.displayPath());
    }
    const bool listsFiles = m_files->topLevelItemCount() > 0;
    m_files->setVisible(listsFiles);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    copy->setEnabled(m_files->topLevelItemCount() > 0);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(summaryText() + QLatin1Char('\n') + refusalLines().join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_files, 1);
    layout->addWidget(buttons);
    resize(listsFiles ? QSize(720, 380) : QSize(460, 130));
}

QString ImportSummaryDialog::headline(const ImportReport &report, const AppearanceScan::Result &matching)
{
    const int files = int(report.files.size());
    QStringList parts;
    parts << tr("%n article(s) imported", nullptr, report.added())
          << tr("from %n file(s).", nullptr, files);
    QString text = parts.join(QLatin1Char(' '));
    if (report.duplicates() > 0)
        text += QLatin1Char(' ') + tr("%n article(s) were already in the library.", nullptr, report.duplicates());
    if (report.refused() > 0)
        text += QLatin1Char(' ') + tr("%n file(s) refused; nothing was taken from them.", nullptr, report.refused());
    if (report.filesWithoutProvenance() > 0)
        text += QLatin1Char(' ')
                + tr("%n file(s) had no provenance line: their articles show no outlet or date.", nullptr,
                     report.filesWithoutProvenance());
    if (!matching.error.isEmpty())
        text += QLatin1Char(' ') + tr("The new articles could not be matched against the claim memory: %1").arg(matching.error);
    else if (matching.proposed > 0)
        text += QLatin1Char(' ') + tr("%n repeat(s) of checked claims found in them.", nullptr, matching.proposed);
    else if (matching.claims > 0 && matching.articles > 0) // said only when there was a memory to match
        text += QLatin1Char(' ') + tr("No repeat of a checked claim found in them.");
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; the files done before stay imported.");
    return text;
}

QString ImportSummaryDialog::summaryText() const
{
    return m_summary->text();
}

QStringList ImportSummaryDialog::refusalLines() const
{
    QStringList lines;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_files->topLevelItem(i);
        lines << QStringLiteral("%1: %2").arg(item->toolTip(0), item->text(2));
    }
    return lines;
}

} // namespace glossa
