#include "analystactions.h"

#include "agreementdialog.h"
#include "analystprofiledialog.h"
#include "edits/setreviewflagcommand.h"
#include "model/analystprofile.h"
#include "openarticle.h"
#include "review/reviewdialog.h"
#include "storage/analyststore.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace glossa {

AnalystActions::AnalystActions(Workspace *workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window), m_menu(new QMenu(tr("A&nalyst"), window)),
      m_switchGroup(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("analystMenu"));
    m_blind = new QAction(tr("&Blind Review"), this);
    m_blind->setObjectName(QStringLiteral("blindReviewAction"));
    m_blind->setCheckable(true);
    m_blind->setToolTip(tr("Each analyst sees only their own annotations on this article until they mark it done"));
    m_done = new QAction(tr("&Done Reading"), this);
    m_done->setObjectName(QStringLiteral("markDoneAction"));
    m_done->setCheckable(true);
    m_done->setToolTip(tr("You have finished this article: the other analysts' annotations appear"));
    m_review = new QAction(tr("&Review Claims…"), this);
    m_review->setObjectName(QStringLiteral("reviewClaimsAction"));
    m_review->setToolTip(tr("The analysts' claims side by side, and the final layer's decisions"));
    connect(m_review, &QAction::triggered, this, [this] { showReview(); });
    m_agreement = new QAction(tr("&Agreement…"), this);
    m_agreement->setObjectName(QStringLiteral("agreementAction"));
    connect(m_agreement, &QAction::triggered, this, [this] { showAgreement()->open(); });
    connect(m_blind, &QAction::triggered, this, &AnalystActions::setBlind);
    connect(m_done, &QAction::triggered, this, &AnalystActions::setDone);
    // The list of analysts is read when the menu opens: other desks add analysts to the library.
    connect(m_menu, &QMenu::aboutToShow, this, &AnalystActions::fillMenu);
    connect(workspace->openArticle(), &OpenArticle::opened, this, &AnalystActions::updateActions);
    connect(workspace->openArticle(), &OpenArticle::stateChanged, this, &AnalystActions::updateActions);
    connect(workspace->openArticle(), &OpenArticle::annotationsReset, this, &AnalystActions::updateActions);
    connect(workspace, &Workspace::analystChanged, this, &AnalystActions::updateActions);
    fillMenu();
    updateActions();
}

void AnalystActions::fillMenu()
{
    m_menu->clear();
    for (QAction *action : m_switchGroup->actions())
        m_switchGroup->removeAction(action);
    QAction *profile = m_menu->addAction(tr("&Profile…"), this, &AnalystActions::editProfile);
    profile->setObjectName(QStringLiteral("analystProfileAction"));
    QAction *add = m_menu->addAction(tr("&New Analyst…"), this, &AnalystActions::newAnalyst);
    add->setObjectName(QStringLiteral("newAnalystAction"));
    m_menu->addAction(m_agreement);
    m_menu->addSection(tr("At the Desk"));
    QList<Analyst> analysts = m_workspace->isOpen() ? AnalystStore(m_workspace->library().database()).all()
                                                    : QList<Analyst>();
    const Analyst current = m_workspace->analyst();
    if (std::none_of(analysts.cbegin(), analysts.cend(), [&](const Analyst &a) { return a.uuid == current.uuid; }))
        analysts.prepend(current);
    for (const Analyst &analyst : std::as_const(analysts)) {
        QAction *action = m_menu->addAction(QStringLiteral("%1 (%2)").arg(analyst.name, analyst.displayInitials()));
        action->setCheckable(true);
        action->setChecked(analyst.uuid == current.uuid);
        action->setData(analyst.uuid);
        m_switchGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, analyst] { switchTo(analyst); });
    }
}

void AnalystActions::editProfile()
{
    AnalystProfileDialog dialog(m_workspace->analyst(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        switchTo(dialog.analyst());
}

void AnalystActions::newAnalyst()
{
    AnalystProfileDialog dialog(Analyst(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        switchTo(dialog.analyst());
}

void AnalystActions::switchTo(const Analyst &analyst)
{
    if (!analyst.isValid())
        return;
    QSettings settings;
    AnalystProfile::save(settings, analyst);
    m_workspace->setAnalyst(analyst);
    // The menu's check marks follow when it next opens (fillMenu on aboutToShow): refilling it
    // here would delete the action whose trigger called this.
}

void AnalystActions::setBlind(bool blind)
{
    const OpenArticle *open = m_workspace->openArticle();
    if (!open->article() || open->isBlind() == blind) {
        updateActions();
        return;
    }
    m_workspace->undoStack()->push(new SetReviewFlagCommand(m_workspace, open->id(), open->article()->title,
                                                            SetReviewFlagCommand::Flag::Blind, blind));
    updateActions();
}

void AnalystActions::setDone(bool done)
{
    const OpenArticle *open = m_workspace->openArticle();
    if (!open->article() || open->isDoneByAnalyst() == done) {
        updateActions();
        return;
    }
    m_workspace->undoStack()->push(new SetReviewFlagCommand(m_workspace, open->id(), open->article()->title,
                                                            SetReviewFlagCommand::Flag::Done, done));
    updateActions();
}

ReviewDialog *AnalystActions::showReview()
{
    const qint64 articleId = m_workspace->openArticle()->id();
    if (articleId == 0)
        return nullptr;
    delete m_reviewDialog; // another article's, maybe
    m_reviewDialog = new ReviewDialog(m_workspace, articleId, m_window);
    m_reviewDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reviewDialog->show();
    return m_reviewDialog;
}

AgreementDialog *AnalystActions::showAgreement()
{
    auto *dialog = new AgreementDialog(m_workspace, m_listed ? m_listed() : QList<qint64>(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void AnalystActions::updateActions()
{
    const OpenArticle *open = m_workspace->openArticle();
    const bool hasArticle = open->article() != nullptr;
    m_blind->setEnabled(hasArticle);
    m_review->setEnabled(hasArticle);
    m_agreement->setEnabled(m_workspace->isOpen());
    m_blind->setChecked(hasArticle && open->isBlind());
    // Done matters on a blind article: it is what shows the others' readings.
    m_done->setEnabled(hasArticle && open->isBlind());
    m_done->setChecked(hasArticle && open->isDoneByAnalyst());
}

} // namespace glossa
