#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace glossa {

class ClaimGroupModel;
class Workspace;

// Adjudication of one article: the analysts' claims side by side (ClaimGroupModel), and the
// editor's decisions into the final layer: every agreed claim at once, one side taken, or one
// side with a verdict of the editor's own. Each decision is an undoable edit; the table follows
// every change of the article's annotations, from here or elsewhere.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(Workspace *workspace, qint64 articleId, QWidget *parent = nullptr);

    ClaimGroupModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void acceptAgreed();
    // The side under the table's current cell.
    void takeSelectedSide();
    // The side under the current cell, with the verdict chosen beside the button.
    void decideSelectedWithVerdict();
    void reload();

private:
    QString selectedSide() const;
    void updateButtons();

    Workspace *m_workspace;
    qint64 m_articleId;
    ClaimGroupModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_acceptAgreed;
    QPushButton *m_takeSide;
    QComboBox *m_verdict;
    QPushButton *m_decide;
};

} // namespace glossa
