#pragma once

#include "model/analyst.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace glossa {

class AgreementDialog;
class ReviewDialog;
class Workspace;

// The analyst at the desk, blind review and adjudication: the Analyst menu (edit the profile, add
// an analyst, switch between the library's analysts, each switch saved as this desk's profile),
// the article's Blind Review and Done Reading toggles, pushed as undoable edits, and Review
// Claims, the article's claims side by side for the editor's decisions.
class AnalystActions : public QObject
{
    Q_OBJECT
public:
    AnalystActions(Workspace *workspace, QWidget *window);

    QMenu *analystMenu() const { return m_menu; }
    QAction *blindReviewAction() const { return m_blind; }
    QAction *markDoneAction() const { return m_done; }
    // Article ▸ Review Claims…: the adjudication of the open article.
    QAction *reviewClaimsAction() const { return m_review; }
    // The open article's review dialog, shown (one at a time).
    ReviewDialog *showReview();
    // Analyst ▸ Agreement…: the figures over the desk's articles.
    QAction *agreementAction() const { return m_agreement; }
    AgreementDialog *showAgreement();
    // What "the articles the list shows" are, asked when the agreement dialog opens.
    void setListedArticles(std::function<QList<qint64>()> listed) { m_listed = std::move(listed); }

public slots:
    void editProfile();
    void newAnalyst();
    // Makes \a analyst the one at the desk and saves it as the desk's profile.
    void switchTo(const glossa::Analyst &analyst);
    void setBlind(bool blind);
    void setDone(bool done);
    // Follows the open article's review state.
    void updateActions();

private:
    void fillMenu();

    Workspace *m_workspace;
    QWidget *m_window;
    QMenu *m_menu;
    QActionGroup *m_switchGroup;
    QAction *m_blind;
    QAction *m_done;
    QAction *m_review;
    QAction *m_agreement;
    std::function<QList<qint64>()> m_listed;
    QPointer<ReviewDialog> m_reviewDialog;
};

} // namespace glossa
