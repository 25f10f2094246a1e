#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace glossa {

class HeadlineView;
class Workspace;

// Shown over the headline list when it is empty, saying why: a library with no articles yet
// (and how to bring some in), or filters that nothing matches (which ones, with a button that
// clears them), never a blank pane.
class EmptyListNotice : public QWidget
{
    Q_OBJECT
public:
    EmptyListNotice(Workspace *workspace, HeadlineView *view);

    QString text() const;

signals:
    void clearFiltersRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QStringList activeFilters() const;

    Workspace *m_workspace;
    HeadlineView *m_view;
    QLabel *m_text;
    QPushButton *m_clear;
};

} // namespace glossa
