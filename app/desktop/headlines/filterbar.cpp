#include "filterbar.h"

#include "common/accessiblenames.h"
#include "common/datefield.h"
#include "common/localeorder.h"
#include "common/taxonomylabels.h"
#include "collections/collectionlistmodel.h"
#include "model/taxonomy.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace glossa {

FilterBar::FilterBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setPlaceholderText(tr("Search titles and text  ( / )"));
    AccessibleNames::enableClearButton(m_search);
    m_search->setToolTip(tr("Words must all match; accents are ignored. Use \"quotes\" for a phrase, "
                            "word* for a prefix, -word to exclude, OR between alternatives."));

    m_collections = new CollectionListModel(workspace, true, this);
    m_collection = new QComboBox(this);
    m_collection->setObjectName(QStringLiteral("collectionFilter"));
    m_collection->setToolTip(tr("Collection (case file)"));
    m_collection->setModel(m_collections);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setToolTip(tr("Outlet"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setToolTip(tr("Tag on the article or on one of its annotations"));
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_verdict->setToolTip(tr("Verdict of a claim in the article"));
    m_verdict->addItem(tr("Any verdict"), QString());
    for (const Taxonomy::Entry &verdict : Taxonomy::builtIn().verdicts())
        m_verdict->addItem(TaxonomyLabels::verdict(verdict.id), verdict.id);
    for (QComboBox *combo : {m_collection, m_source, m_tag, m_verdict}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }

    m_from = new DateField(tr("Any date"), this);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_from->setAccessibleName(tr("Published from"));
    m_from->setToolTip(tr("Published on or after"));
    m_to = new DateField(tr("Any date"), this);
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_to->setAccessibleName(tr("Published until"));
    m_to->setToolTip(tr("Published on or before"));
    for (DateField *field : {m_from, m_to}) {
        field->lineEdit()->setAccessibleName(field->toolTip());
        // With no date chosen the calendar opens where the articles are, not at today's month.
        field->setCalendarStart([this] { return m_workspace->isOpen() ? m_workspace->articles().newestPublished() : QDate(); });
    }

    m_unreadOnly = new QCheckBox(tr("Unread"), this);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnlyFilter"));
    m_unreadOnly->setToolTip(tr("Show unread articles only"));
    m_starredOnly = new QCheckBox(tr("Starred"), this);
    m_starredOnly->setObjectName(QStringLiteral("starredOnlyFilter"));
    m_starredOnly->setToolTip(tr("Show starred articles only"));

    m_repeatsOnly = new QCheckBox(tr("Repeats a checked claim"), this);
    m_repeatsOnly->setObjectName(QStringLiteral("repeatsFilter"));
    m_repeatsOnly->setToolTip(tr("Show only articles where the claim memory found a claim the desk or a fact-checker "
                                 "has already rated (proposed or accepted)"));
    m_repeatedVerdict = new QComboBox(this);
    m_repeatedVerdict->setObjectName(QStringLiteral("repeatedVerdictFilter"));
    m_repeatedVerdict->setAccessibleName(tr("Verdict of the repeated claim"));
    m_repeatedVerdict->setToolTip(m_repeatedVerdict->accessibleName());
    m_repeatedVerdict->addItem(tr("rated anything"), QString());
    for (const Taxonomy::Entry &verdict : Taxonomy::builtIn().verdicts()) {
        if (verdict.id != QLatin1String("unverified")) // never remembered
            m_repeatedVerdict->addItem(tr("rated %1").arg(TaxonomyLabels::verdict(verdict.id)), verdict.id);
    }
    m_repeatedVerdict->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_repeatedVerdict->setMinimumContentsLength(6);
    m_repeatedVerdict->setEnabled(false);

    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Clear every filter"));
    reset->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_search, 0, 0, 1, 2);
    layout->addWidget(m_collection, 0, 2);
    layout->addWidget(m_source, 1, 0);
    layout->addWidget(m_tag, 1, 1);
    layout->addWidget(m_verdict, 1, 2);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(4);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to, 1);
    // The dates and the switches on rows of their own: beside the choosers they made the list
    // pane, and so the window, wider than a small screen (issue 21).
    layout->addLayout(dates, 2, 0, 1, 3);
    auto *switches = new QHBoxLayout;
    switches->setSpacing(8);
    switches->addWidget(m_unreadOnly);
    switches->addWidget(m_starredOnly);
    switches->addStretch(1);
    switches->addWidget(reset);
    layout->addLayout(switches, 3, 0, 1, 3);
    // The claim memory's filter on a row of its own: beside the switches it clipped them.
    auto *repeats = new QHBoxLayout;
    repeats->setSpacing(8);
    repeats->addWidget(m_repeatsOnly);
    repeats->addWidget(m_repeatedVerdict, 1);
    layout->addLayout(repeats, 4, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        layout->setColumnStretch(column, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::emitNow);
    connect(m_search, &QLineEdit::textEdited, this, &FilterBar::emitSoon);
    // Enter and the clear button search at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        emitNow();
        emit resultsRequested(false);
    });
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            emitNow();
    });
    for (QComboBox *combo : {m_source, m_tag, m_verdict})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_collection, &QComboBox::currentIndexChanged, this, [this] {
        emit collectionChanged(collectionId());
        emitNow();
    });
    connect(m_from, &DateField::dateChanged, this, &FilterBar::emitNow);
    connect(m_to, &DateField::dateChanged, this, &FilterBar::emitNow);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &FilterBar::emitNow);
    connect(m_starredOnly, &QCheckBox::toggled, this, &FilterBar::emitNow);
    connect(m_repeatsOnly, &QCheckBox::toggled, m_repeatedVerdict, &QWidget::setEnabled);
    connect(m_repeatsOnly, &QCheckBox::toggled, this, &FilterBar::emitNow);
    connect(m_repeatedVerdict, &QComboBox::currentIndexChanged, this, [this] {
        if (m_repeatsOnly->isChecked())
            emitNow();
    });
    connect(reset, &QToolButton::clicked, this, &FilterBar::clear);

    connect(workspace, &Workspace::libraryOpened, this, &FilterBar::refreshChoices);
    connect(workspace, &Workspace::contentChanged, this, &FilterBar::refreshChoices);
    connect(workspace, &Workspace::annotationsChanged, this, &FilterBar::refreshChoices);
    connect(workspace, &Workspace::collectionsChanged, this, &FilterBar::reloadCollections);
    connect(workspace, &Workspace::libraryOpened, this, &FilterBar::reloadCollections);
    refreshChoices();
}

ArticleQuery FilterBar::query() const
{
    ArticleQuery query;
    query.search = m_search->text().trimmed();
    query.collectionId = collectionId();
    query.source = m_source->currentData().toString();
    query.tag = m_tag->currentData().toString();
    query.verdict = m_verdict->currentData().toString();
    query.from = m_from->date();
    query.to = m_to->date();
    query.unreadOnly = m_unreadOnly->isChecked();
    query.starredOnly = m_starredOnly->isChecked();
    query.repeatsCheckedClaim = m_repeatsOnly->isChecked();
    if (query.repeatsCheckedClaim)
        query.repeatedVerdict = m_repeatedVerdict->currentData().toString();
    return query;
}

qint64 FilterBar::collectionId() const
{
    return m_collection->currentData(CollectionListModel::CollectionIdRole).toLongLong();
}

void FilterBar::setCollection(qint64 collectionId)
{
    m_collection->setCurrentIndex(qMax(0, m_collections->rowOf(collectionId)));
}

void FilterBar::reloadCollections()
{
    // The reload resets the model; the chosen collection is found again by id. When it is gone
    // (deleted, another library) the list falls back to all articles.
    const qint64 before = collectionId();
    {
        const QSignalBlocker blocker(m_collection);
        m_collections->reload();
        m_collection->setCurrentIndex(qMax(0, m_collections->rowOf(before)));
    }
    if (collectionId() != before) {
        emit collectionChanged(collectionId());
        emitNow();
    } else if (before != 0) {
        // Articles went in or out of the collection being shown.
        emitNow();
    }
}

void FilterBar::refillCombo(QComboBox *combo, const QString &anyText, const QStringList &values)
{
    // Keep the user's choice across a refill; the refill itself is not a filter change.
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void FilterBar::refreshChoices()
{
    const QString sourceBefore = m_source->currentData().toString();
    const QString tagBefore = m_tag->currentData().toString();
    const bool open = m_workspace->isOpen();
    refillCombo(m_source, tr("All outlets"), open ? m_workspace->articles().sources() : QStringList());
    refillCombo(m_tag, tr("Any tag"), open ? LocaleOrder::sorted(m_workspace->tags().names()) : QStringList());
    // A chosen outlet or tag that no longer exists (another library) falls back to "all".
    if (m_source->currentData().toString() != sourceBefore || m_tag->currentData().toString() != tagBefore)
        emitNow();
}

void FilterBar::clear()
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search), QSignalBlocker(m_collection), QSignalBlocker(m_source),
                                           QSignalBlocker(m_tag),    QSignalBlocker(m_verdict),
                                           QSignalBlocker(m_from),   QSignalBlocker(m_to),
                                           QSignalBlocker(m_unreadOnly), QSignalBlocker(m_starredOnly),
                                           QSignalBlocker(m_repeatsOnly), QSignalBlocker(m_repeatedVerdict)};
        m_search->clear();
        m_collection->setCurrentIndex(0);
        m_source->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_verdict->setCurrentIndex(0);
        m_from->setDate(QDate());
        m_to->setDate(QDate());
        m_unreadOnly->setChecked(false);
        m_starredOnly->setChecked(false);
        m_repeatsOnly->setChecked(false);
        m_repeatedVerdict->setCurrentIndex(0);
    }
    m_repeatedVerdict->setEnabled(false); // its signal was blocked
    emit collectionChanged(0);
    emitNow();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        if (m_searchDelay.isActive())
            emitNow(); // the list shows what was typed before it takes the focus
        emit resultsRequested(true);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::emitSoon()
{
    m_searchDelay.start();
}

void FilterBar::emitNow()
{
    m_searchDelay.stop();
    emit queryChanged(query());
}

} // namespace glossa
