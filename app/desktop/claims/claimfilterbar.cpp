#include "claimfilterbar.h"

#include "common/accessiblenames.h"
#include "common/datefield.h"
#include "common/localeorder.h"
#include "common/taxonomylabels.h"
#include "model/taxonomy.h"
#include "workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace glossa {

namespace {


void refill(QComboBox *combo, const QString &allText, const QList<QPair<QString, QString>> &choices)
{
    const QString before = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const auto &choice : choices)
        combo->addItem(choice.second, choice.first);
    const int index = combo->findData(before);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QList<QPair<QString, QString>> sameIdAndLabel(const QStringList &values)
{
    QList<QPair<QString, QString>> result;
    for (const QString &value : values)
        result.append({value, value});
    return result;
}

} // namespace

ClaimFilterBar::ClaimFilterBar(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("claimFilterBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("claimTextFilter"));
    m_text->setAccessibleName(tr("Filter claims by text"));
    m_text->setPlaceholderText(tr("Words in passage, note or claimant"));
    AccessibleNames::enableClearButton(m_text);
    m_text->setMinimumWidth(160);

    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("claimVerdictFilter"));
    m_verdict->setToolTip(tr("Verdict"));
    QList<QPair<QString, QString>> verdicts;
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().verdicts())
        verdicts.append({entry.id, TaxonomyLabels::verdict(entry.id)});
    refill(m_verdict, tr("All verdicts"), verdicts);
    for (int i = 1; i < m_verdict->count(); ++i)
        m_verdict->setItemData(i, TaxonomyLabels::verdictColor(m_verdict->itemData(i).toString()), Qt::DecorationRole);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("claimKindFilter"));
    m_kind->setToolTip(tr("Kind of claim"));
    QList<QPair<QString, QString>> kinds;
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().kinds())
        kinds.append({entry.id, TaxonomyLabels::kind(entry.id)});
    refill(m_kind, tr("All kinds"), kinds);

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("claimTagFilter"));
    m_tag->setToolTip(tr("Tag"));
    m_outlet = new QComboBox(this);
    m_outlet->setObjectName(QStringLiteral("claimOutletFilter"));
    m_outlet->setToolTip(tr("Outlet"));
    // Sized for a few characters, not for their longest item (an outlet's long name): the board
    // is a dock as wide as the window and must not make the window wider.
    for (QComboBox *combo : {m_verdict, m_kind, m_tag, m_outlet}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }

    m_from = makeDateField(QStringLiteral("claimFromFilter"), tr("From: any date"));
    m_from->setAccessibleName(tr("Published from"));
    m_from->setToolTip(tr("Published on or after"));
    m_to = makeDateField(QStringLiteral("claimToFilter"), tr("To: any date"));
    m_to->setAccessibleName(tr("Published until"));
    m_to->setToolTip(tr("Published on or before"));
    for (DateField *field : {m_from, m_to})
        field->lineEdit()->setAccessibleName(field->accessibleName());

    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("claimClearFilters"));
    clear->setText(tr("Clear filters"));
    clear->setAutoRaise(true);

    // Two rows: in one, the board asked for more width than a 1024-pixel window has.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_text, 0, 0, 1, 2);
    layout->addWidget(m_verdict, 0, 2);
    layout->addWidget(m_kind, 0, 3);
    layout->addWidget(m_tag, 1, 0);
    layout->addWidget(m_outlet, 1, 1);
    layout->addWidget(m_from, 1, 2);
    layout->addWidget(m_to, 1, 3);
    layout->addWidget(clear, 0, 4);
    for (int column = 0; column < 4; ++column)
        layout->setColumnStretch(column, 1);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(250);
    connect(m_typingTimer, &QTimer::timeout, this, &ClaimFilterBar::emitQuery);
    connect(m_text, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_verdict, m_kind, m_tag, m_outlet})
        connect(combo, &QComboBox::currentIndexChanged, this, &ClaimFilterBar::emitQuery);
    for (DateField *field : {m_from, m_to}) {
        connect(field, &DateField::dateChanged, this, &ClaimFilterBar::emitQuery);
        field->setCalendarStart([this] { return m_workspace->isOpen() ? m_workspace->articles().newestPublished() : QDate(); });
    }
    connect(clear, &QToolButton::clicked, this, &ClaimFilterBar::clearFilters);

    connect(workspace, &Workspace::libraryOpened, this, &ClaimFilterBar::refreshChoices);
    connect(workspace, &Workspace::contentChanged, this, &ClaimFilterBar::refreshChoices);
    connect(workspace, &Workspace::annotationsChanged, this, &ClaimFilterBar::refreshChoices);
    connect(workspace, &Workspace::tagsChanged, this, &ClaimFilterBar::refreshChoices);
    refreshChoices();
}

DateField *ClaimFilterBar::makeDateField(const QString &objectName, const QString &anyText)
{
    auto *field = new DateField(anyText, this);
    field->setObjectName(objectName);
    field->lineEdit()->setObjectName(objectName + QStringLiteral("Text"));
    return field;
}

ClaimQuery ClaimFilterBar::query() const
{
    ClaimQuery query;
    query.verdict = m_verdict->currentData().toString();
    query.kind = m_kind->currentData().toString();
    query.tag = m_tag->currentData().toString();
    query.source = m_outlet->currentData().toString();
    query.from = m_from->date();
    query.to = m_to->date();
    query.text = m_text->text().trimmed();
    return query;
}

void ClaimFilterBar::refreshChoices()
{
    const QString tagBefore = m_tag->currentData().toString();
    const QString outletBefore = m_outlet->currentData().toString();
    const bool open = m_workspace->isOpen();
    refill(m_tag, tr("All tags"), sameIdAndLabel(open ? LocaleOrder::sorted(m_workspace->tags().names()) : QStringList()));
    refill(m_outlet, tr("All outlets"), sameIdAndLabel(open ? m_workspace->articles().sources() : QStringList()));
    // A renamed or deleted tag is no longer offered: the filter falls back to all tags.
    if (m_tag->currentData().toString() != tagBefore || m_outlet->currentData().toString() != outletBefore)
        emitQuery();
}

void ClaimFilterBar::clearFilters()
{
    {
        const QSignalBlocker blockText(m_text);
        m_text->clear();
        for (QComboBox *combo : {m_verdict, m_kind, m_tag, m_outlet}) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
        for (DateField *field : {m_from, m_to}) {
            const QSignalBlocker blocker(field);
            field->setDate(QDate());
        }
    }
    emitQuery();
}

void ClaimFilterBar::emitQuery()
{
    m_typingTimer->stop();
    emit queryChanged(query());
}

} // namespace glossa
