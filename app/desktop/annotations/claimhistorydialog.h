#pragma once

#include <QDialog>

class QTreeWidget;

namespace glossa {

class Workspace;

// Every change of one claim, oldest first: when, by whom, which field, from what to what
// (AnnotationStore::claimHistory). Read-only; opened from a card's context menu.
class ClaimHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimHistoryDialog(Workspace *workspace, qint64 annotationId, QWidget *parent = nullptr);

    QTreeWidget *changes() const { return m_changes; }

private:
    QTreeWidget *m_changes;
};

} // namespace glossa
