#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace glossa {

// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, read from the
// actions themselves so the list can never disagree with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // "Next Article\tJ" lines, in the order shown (for tests).
    QStringList entries() const;

private:
    QTreeWidget *m_list;
};

} // namespace glossa
