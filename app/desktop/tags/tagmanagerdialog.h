#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoCommand;

namespace glossa {

class TagTableModel;
class Workspace;

// Edit ▸ Manage Tags…: the library's tags with colour swatches and usage counts; rename, merge,
// recolour and delete, each one step on the application's undo stack.
class TagManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagManagerDialog(Workspace *workspace, QWidget *parent = nullptr);

    TagTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentTagId() const;
    void selectTag(qint64 tagId);

    // Each pushes one command; false when the edit is refused (a blank name, a name another
    // tag has, a tag merged into itself) or the library could not save it.
    bool renameTag(qint64 tagId, const QString &newName);
    bool mergeTags(qint64 fromId, qint64 intoId);
    bool recolorTag(qint64 tagId, const QString &color);
    bool removeTag(qint64 tagId);

public slots:
    // Ask the analyst (name, target tag, colour) for the current tag, then edit it.
    void chooseRename();
    void chooseMerge();
    void chooseColor();
    void removeCurrent();

private:
    bool push(QUndoCommand *command);
    void updateButtons();
    void showRefusal(const QString &message);

    Workspace *m_workspace;
    TagTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QPushButton *m_color;
    QPushButton *m_remove;
    QLabel *m_hint;
    qint64 m_selectedBeforeReset = 0;
};

} // namespace glossa
