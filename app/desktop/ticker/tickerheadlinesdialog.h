#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;

namespace glossa {

class TickerHeadlineModel;
class Workspace;

// View ▸ Ticker Headlines: browse and search the headlines of the dumps' tickers; one whose
// article is in the library opens it.
class TickerHeadlinesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TickerHeadlinesDialog(Workspace *workspace, QWidget *parent = nullptr);

    TickerHeadlineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

public slots:
    // Opens the headline's article; false when the library does not hold it.
    bool openHeadline(const QModelIndex &index);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateStatus();

    Workspace *m_workspace;
    TickerHeadlineModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_typingTimer;
};

} // namespace glossa
