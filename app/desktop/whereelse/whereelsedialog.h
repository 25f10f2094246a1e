#pragma once

#include <QDialog>

class QLabel;
class QModelIndex;
class QTableView;

namespace glossa {

class WhereElseModel;
class WhereElseSearch;
class Workspace;
struct WhereElseHit;

// "Where else?" for one passage: searches the library in the background and lists the other
// articles that carry it, earliest first; activating one opens that article on the passage.
class WhereElseDialog : public QDialog
{
    Q_OBJECT
public:
    WhereElseDialog(Workspace *workspace, const QString &passage, qint64 articleId, QWidget *parent = nullptr);

    WhereElseModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isSearching() const;

public slots:
    void openHit(const QModelIndex &index);

private:
    void showHits(const QList<WhereElseHit> &hits);
    void showFailure(const QString &message);

    Workspace *m_workspace;
    WhereElseModel *m_model;
    WhereElseSearch *m_search;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace glossa
