#pragma once

#include <QTableView>

namespace glossa {

class HeadlineModel;

// The headline table: one selected article at a time, keyboard stepping through the list
// (fetching the next page when the end of the loaded rows is reached).
class HeadlineView : public QTableView
{
    Q_OBJECT
public:
    explicit HeadlineView(QWidget *parent = nullptr);

    void setHeadlineModel(HeadlineModel *model);
    HeadlineModel *headlineModel() const { return m_model; }

    qint64 currentArticleId() const;
    // Selects the article's row when it is in the list; false when it is not.
    bool selectArticle(qint64 articleId);
    // Another library was opened: nothing is current any more.
    void forgetCurrentArticle();

public slots:
    void selectNext();
    void selectPrevious();

signals:
    // The user (or J/K) made another article current; 0 when none is.
    void currentArticleChanged(qint64 articleId);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void selectRow(int row);
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);

    HeadlineModel *m_model = nullptr;
    qint64 m_lastEmitted = 0;
};

} // namespace glossa
