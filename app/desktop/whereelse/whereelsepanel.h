#pragma once

#include <QDockWidget>
#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace glossa {

class WhereElseModel;
class WhereElseSearch;
class Workspace;
struct WhereElseHit;

// "Where else?" for one passage: searches the library in the background and lists the other
// articles that carry it, earliest first; activating one opens that article on the passage, and
// "Copy Onto This Article" gives that article the same claim on the span the matcher found
// (reworded or not), as one undoable edit.
class WhereElsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhereElsePanel(Workspace *workspace, QWidget *parent = nullptr);

    // Searches for annotation \a annotationId's passage elsewhere; false when it is gone.
    bool searchFor(qint64 annotationId);
    // Searches for a passage of article \a articleId that is not an annotation: nothing to copy.
    void searchPassage(const QString &passage, qint64 articleId);

    WhereElseModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *copyButton() const { return m_copy; }
    bool isSearching() const;

public slots:
    void openHit(const QModelIndex &index);
    // The new annotation's id, 0 when nothing was copied (the library refused: said in the status bar).
    qint64 copyOnto(const QModelIndex &index);

private:
    void start(const QString &passage, qint64 articleId);
    void showHits(const QList<WhereElseHit> &hits);
    void showFailure(const QString &message);
    void updateButtons();

    Workspace *m_workspace;
    WhereElseModel *m_model;
    WhereElseSearch *m_search;
    QLabel *m_quote;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_open;
    QPushButton *m_copy;
    qint64 m_annotationId = 0; // whose claim is copied
};

// The panel as a dock of the main window, beside the reader rather than over it.
class WhereElseDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit WhereElseDock(Workspace *workspace, QWidget *parent = nullptr);

    WhereElsePanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    WhereElsePanel *m_panel;
};

} // namespace glossa
