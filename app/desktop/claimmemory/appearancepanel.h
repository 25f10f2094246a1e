#pragma once

#include <QFrame>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace glossa {

class AppearanceListModel;
class Workspace;

// One proposed repeat, as a card: a stripe in the remembered verdict's colour, the sentence
// ("Repeats a claim rated False by … on …"), the passage, why it matched, a link to the
// original and the two decisions.
class AppearanceCard : public QFrame
{
    Q_OBJECT
public:
    AppearanceCard(const AppearanceListModel *model, int row, QWidget *parent = nullptr);

    qint64 appearanceId() const { return m_id; }
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    QString sentence() const;
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QLabel *originalLink() const { return m_link; }
    // What the link opens (see originalRequested); empty when there is nothing to open.
    QString original() const { return m_href; }

signals:
    void chosen(qint64 appearanceId);
    void acceptRequested(qint64 appearanceId);
    void dismissRequested(qint64 appearanceId);
    // The link to the claim as first rated: "library:<article>:<annotation>" or the fact-check's URL.
    void originalRequested(const QString &link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const AppearanceListModel *m_model;
    int m_row;
    qint64 m_id;
    QColor m_verdictColor;
    QString m_href;
    QLabel *m_sentence;
    QLabel *m_quote;
    QLabel *m_reason;
    QLabel *m_link;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    bool m_current = false;
};

// The sidebar's section of the claim memory's proposals for the open article: one card per
// repeat of a checked claim, in text order, hidden when there is none. One card is current
// (the first, or the one clicked here or in the reader): the Claims menu's keys act on it.
class AppearancePanel : public QWidget
{
    Q_OBJECT
public:
    AppearancePanel(Workspace *workspace, QWidget *parent = nullptr);

    qint64 currentAppearance() const { return m_current; }
    void setCurrentAppearance(qint64 appearanceId);
    QList<AppearanceCard *> cards() const { return m_cards; }
    AppearanceCard *card(qint64 appearanceId) const;

signals:
    void currentChanged(qint64 appearanceId);
    void acceptRequested(qint64 appearanceId);
    void dismissRequested(qint64 appearanceId);
    void originalRequested(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateHeading();

    Workspace *m_workspace;
    QLabel *m_heading;
    QVBoxLayout *m_cardLayout;
    QList<AppearanceCard *> m_cards;
    qint64 m_current = 0;
};

} // namespace glossa
