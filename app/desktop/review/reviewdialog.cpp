#include "reviewdialog.h"

#include "claimgroupmodel.h"
#include "common/taxonomylabels.h"
#include "edits/decideclaimscommand.h"
#include "model/taxonomy.h"
#include "review/adjudicator.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace glossa {

ReviewDialog::ReviewDialog(Workspace *workspace, qint64 articleId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_articleId(articleId), m_model(new ClaimGroupModel(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    const std::optional<ArticleSummary> article = workspace->articles().summary(articleId);
    setWindowTitle(tr("Review Claims — %1").arg(article ? article->title : QString()));
    m_table->setObjectName(QStringLiteral("claimGroups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Claims by analyst"));
    m_summary->setWordWrap(true);

    m_acceptAgreed = new QPushButton(tr("Accept &Agreed"), this);
    m_acceptAgreed->setObjectName(QStringLiteral("acceptAgreedButton"));
    m_acceptAgreed->setToolTip(tr("Every claim all its analysts coded on the same words with the same verdict"));
    m_takeSide = new QPushButton(tr("&Take This Side"), this);
    m_takeSide->setObjectName(QStringLiteral("takeSideButton"));
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("finalVerdict"));
    m_verdict->setAccessibleName(tr("Final verdict"));
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().verdicts())
        m_verdict->addItem(TaxonomyLabels::verdict(entry.id), entry.id);
    m_decide = new QPushButton(tr("&Decide With This Verdict"), this);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_acceptAgreed);
    actions->addStretch();
    actions->addWidget(m_takeSide);
    actions->addWidget(m_verdict);
    actions->addWidget(m_decide);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acceptAgreed, &QPushButton::clicked, this, &ReviewDialog::acceptAgreed);
    connect(m_takeSide, &QPushButton::clicked, this, &ReviewDialog::takeSelectedSide);
    connect(m_decide, &QPushButton::clicked, this, &ReviewDialog::decideSelectedWithVerdict);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewDialog::updateButtons);
    connect(workspace, &Workspace::annotationsChanged, this, [this](qint64 changed) {
        if (changed == m_articleId)
            reload();
    });
    connect(workspace, &Workspace::libraryOpened, this, &QDialog::close);
    reload();
}

void ReviewDialog::reload()
{
    const QList<ClaimGroup> groups = Adjudicator(m_workspace->library().database()).groups(m_articleId);
    m_model->setGroups(groups);
    int agreed = 0, decided = 0;
    for (const ClaimGroup &group : groups) {
        decided += group.decision ? 1 : 0;
        agreed += !group.decision && group.agreed() ? 1 : 0;
    }
    // Counts after labels: a sentence with five numbers cannot agree with all of them in Arabic.
    m_summary->setText(tr("Claims: %1 · analysts: %2 · decided: %3 · agreed and waiting: %4 · to settle: %5")
                           .arg(groups.size())
                           .arg(m_model->analysts().size())
                           .arg(decided)
                           .arg(agreed)
                           .arg(groups.size() - decided - agreed));
    m_acceptAgreed->setEnabled(agreed > 0);
    updateButtons();
}

QString ReviewDialog::selectedSide() const
{
    return m_table->currentIndex().data(ClaimGroupModel::SideUuidRole).toString();
}

void ReviewDialog::updateButtons()
{
    const QString side = selectedSide();
    m_takeSide->setEnabled(!side.isEmpty());
    m_decide->setEnabled(!side.isEmpty());
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && !side.isEmpty()) {
        const ClaimGroup &group = m_model->groups().at(current.row());
        for (const Annotation &a : group.sides) {
            if (a.uuid == side)
                m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(a.claim->verdict)));
        }
    }
}

void ReviewDialog::acceptAgreed()
{
    m_workspace->undoStack()->push(DecideClaimsCommand::acceptAgreed(m_workspace, m_articleId));
}

void ReviewDialog::takeSelectedSide()
{
    const QString side = selectedSide();
    if (!side.isEmpty())
        m_workspace->undoStack()->push(DecideClaimsCommand::accept(m_workspace, m_articleId, side));
}

void ReviewDialog::decideSelectedWithVerdict()
{
    const QString side = selectedSide();
    if (!side.isEmpty())
        m_workspace->undoStack()->push(
            DecideClaimsCommand::accept(m_workspace, m_articleId, side, m_verdict->currentData().toString()));
}

} // namespace glossa
