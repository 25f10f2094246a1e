#pragma once

#include "model/annotation.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace glossa {

class ClaimFilterBar;
class ClaimTableModel;
class Workspace;

// The claims board: every claim of the library in a sortable, filterable table. Double-click
// opens the article on the highlight; a multi-selection can be given a verdict or a tag in one
// undoable step.
class ClaimsBoard : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsBoard(Workspace *workspace, QWidget *parent = nullptr);

    ClaimTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ClaimFilterBar *filterBar() const { return m_filterBar; }

    QList<qint64> selectedAnnotationIds() const;
    void selectAnnotations(const QList<qint64> &annotationIds);

public slots:
    // Each is one command on the undo stack; false when nothing was selected, nothing would
    // change, or the library refused it (the reason went to storageError).
    bool setVerdictOfSelection(const QString &verdict);
    bool addTagToSelection(const QString &tag);
    // Asks for a tag name, then adds it.
    void chooseTagForSelection();
    void openClaim(const QModelIndex &proxyIndex);

private:
    template<typename Change>
    bool editSelection(const char *commandText, Change change); // commandText: QT_TR_N_NOOP, with %n
    QMenu *makeVerdictMenu();
    void showContextMenu(const QPoint &position);
    void updateActions();

    Workspace *m_workspace;
    ClaimTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ClaimFilterBar *m_filterBar;
    QTableView *m_view;
    QMenu *m_verdictMenu;
    QPushButton *m_verdictButton;
    QPushButton *m_tagButton;
    QLabel *m_count;
    QList<qint64> m_selectionBeforeReset;
};

} // namespace glossa
