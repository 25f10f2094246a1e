#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace glossa {

class AnnotationSearchModel;
class Workspace;

// Searching annotations: a field taking the same query language as the headline list's search
// (words, "phrases", prefix*, -exclude, OR), over quotes, notes and tags; the matches in a table,
// best first. Double-click (or Enter) opens the article on the highlight.
class AnnotationSearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationSearchPanel(Workspace *workspace, QWidget *parent = nullptr);

    AnnotationSearchModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }

public slots:
    void searchNow();
    void openAnnotation(const QModelIndex &index);

private:
    void updateCount();

    Workspace *m_workspace;
    AnnotationSearchModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    // Typing waits for a pause before searching, so each keystroke does not run a query.
    QTimer m_delay;
};

} // namespace glossa
