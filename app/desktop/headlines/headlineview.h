#pragma once

#include <QTableView>

namespace glossa {

class HeadlineModel;

// The headline table: the current row is the article being read, and keyboard stepping moves it
// (fetching the next page when the end of the loaded rows is reached). Ctrl/Shift-click select
// several articles for collections and export; the selection can be dragged onto a collection.
class HeadlineView : public QTableView
{
    Q_OBJECT
public:
    explicit HeadlineView(QWidget *parent = nullptr);

    void setHeadlineModel(HeadlineModel *model);
    HeadlineModel *headlineModel() const { return m_model; }

    qint64 currentArticleId() const;
    // The selected articles in list order; the current one alone when nothing else is selected.
    QList<qint64> selectedArticleIds() const;
    // Selects the article's row when it is in the list; false when it is not.
    bool selectArticle(qint64 articleId);
    // Another library was opened: nothing is current any more.
    void forgetCurrentArticle();

public slots:
    void selectNext();
    // Takes the focus from the search box; with \a stepOntoFirst and no current row, the first
    // one becomes current (and opens), as Down from the search box would reach it.
    void focusResults(bool stepOntoFirst = true);
    void selectPrevious();

signals:
    // The user (or J/K) made another article current; 0 when none is.
    void currentArticleChanged(qint64 articleId);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void selectRow(int row);
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);

    HeadlineModel *m_model = nullptr;
    qint64 m_lastEmitted = 0;
};

} // namespace glossa
