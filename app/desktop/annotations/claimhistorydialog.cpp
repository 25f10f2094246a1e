#include "claimhistorydialog.h"

#include "common/taxonomylabels.h"
#include "storage/annotationstore.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace glossa {

namespace {

// A field's value as the card shows it: taxonomy labels for kinds and verdicts, a percentage
// for confidence, "—" for no value.
QString shown(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1String("kind"))
        return TaxonomyLabels::kind(value);
    if (field == QLatin1String("verdict"))
        return TaxonomyLabels::verdict(value);
    if (field == QLatin1String("confidence"))
        return QLocale().toString(qRound(value.toDouble() * 100)) + QStringLiteral(" %");
    return value;
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("kind"))
        return ClaimHistoryDialog::tr("Kind");
    if (field == QLatin1String("verdict"))
        return ClaimHistoryDialog::tr("Verdict");
    if (field == QLatin1String("claimant"))
        return ClaimHistoryDialog::tr("Claimant");
    if (field == QLatin1String("evidence"))
        return ClaimHistoryDialog::tr("Evidence");
    return ClaimHistoryDialog::tr("Confidence");
}

} // namespace

ClaimHistoryDialog::ClaimHistoryDialog(Workspace *workspace, qint64 annotationId, QWidget *parent)
    : QDialog(parent), m_changes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("claimHistoryDialog"));
    setWindowTitle(tr("Claim History"));
    const AnnotationStore store = workspace->annotations();
    const std::optional<Annotation> annotation = store.annotation(annotationId);
    auto *quote = new QLabel(annotation ? QStringLiteral("“%1”").arg(annotation->anchor.exact.simplified().left(200))
                                        : tr("This annotation is no longer in the library."),
                             this);
    quote->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("claimChanges"));
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setHeaderLabels({tr("When"), tr("Analyst"), tr("Field"), tr("From"), tr("To")});
    m_changes->setAccessibleName(tr("Changes of the claim"));
    for (const ClaimChange &change : store.claimHistory(annotationId)) {
        auto *row = new QTreeWidgetItem(m_changes);
        row->setText(0, QLocale().toString(change.when.toLocalTime(), QLocale::ShortFormat));
        row->setText(1, change.analyst.isValid() ? change.analyst.name : tr("(before analysts)"));
        row->setText(2, fieldName(change.field));
        row->setText(3, shown(change.field, change.from));
        row->setText(4, shown(change.field, change.to));
    }
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(640, 320);
}

} // namespace glossa
