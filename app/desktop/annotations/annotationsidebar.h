#pragma once

#include "workspace.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QToolButton;

namespace glossa {

class ClaimHistoryDialog;

class AnnotationCardDelegate;
class AppearancePanel;
class AnnotationFilterProxyModel;
class AnnotationListModel;
class ArticleNotePanel;
struct Annotation;

// The sidebar beside the reader: the article's note and tags, then its annotations as cards in
// text order (orphaned ones apart, at the end), filterable by tag and verdict. Cards are edited
// and deleted from here; every change is an undoable command.
class AnnotationSidebar : public QWidget
{
    Q_OBJECT
public:
    AnnotationSidebar(Workspace *workspace, QWidget *parent = nullptr);

    void showArticle(qint64 articleId);
    void clear();
    qint64 articleId() const { return m_articleId; }

    // Selects an annotation's card, scrolls to it and flashes it; does not emit annotationSelected.
    void selectAnnotation(qint64 annotationId);
    qint64 selectedAnnotation() const;

    // Opens the edit dialog for an annotation; accepting pushes an EditAnnotationCommand.
    void editAnnotation(qint64 annotationId);
    // Pushes a RemoveAnnotationCommand (no confirmation: it can be undone).
    void deleteAnnotation(qint64 annotationId);

    void setTagFilter(const QString &tag);
    void setVerdictFilter(const QString &verdict);
    // Empty: everyone's; otherwise one analyst's UUID (the desk's own for "Mine").
    void setAnalystFilter(const QString &analystUuid);
    QComboBox *analystFilter() const { return m_analystFilter; }
    // Said when blind review keeps others' annotations out of view; empty otherwise.
    QString blindNotice() const;
    // The history of an annotation's claim, in a dialog the caller shows (deleted on close).
    ClaimHistoryDialog *showClaimHistory(qint64 annotationId);

    // Adds an action from elsewhere (e.g. Copy as Citation) to the cards' context menu; it acts
    // on selectedAnnotation(), which a right-click sets to the card under the pointer.
    void addContextAction(QAction *action) { m_contextActions << action; }

    AnnotationListModel *model() const { return m_model; }
    AnnotationFilterProxyModel *filterModel() const { return m_filter; }
    QListView *listView() const { return m_list; }
    ArticleNotePanel *notePanel() const { return m_notePanel; }
    // The claim memory's proposals for the article (repeats of checked claims), above the cards.
    AppearancePanel *appearancePanel() const { return m_appearances; }

signals:
    // The analyst picked a card (the window scrolls the reader to it).
    void annotationSelected(qint64 annotationId);

private:
    void display(); // the open article, afresh
    void refresh(); // after its annotations changed: filter choices, buttons, count
    void updateFilterChoices();
    bool isOwn(const Annotation &annotation) const;
    void updateAnalystChoices();
    void updateBlindNotice();
    void updateButtons();
    void showContextMenu(const QPoint &pos);
    void flash(qint64 annotationId);

    Workspace *m_workspace;
    qint64 m_articleId = 0;
    ArticleNotePanel *m_notePanel;
    AppearancePanel *m_appearances;
    QComboBox *m_tagFilter;
    QStringList m_filterTags; // what m_tagFilter offers, besides "All tags"
    QComboBox *m_verdictFilter;
    QComboBox *m_analystFilter;
    QStringList m_filterAnalysts; // UUIDs m_analystFilter offers, besides "Everyone" and "Mine"
    QLabel *m_blindNotice;
    QLabel *m_count;
    QListView *m_list;
    QToolButton *m_editButton;
    QToolButton *m_deleteButton;
    AnnotationListModel *m_model;
    AnnotationFilterProxyModel *m_filter;
    AnnotationCardDelegate *m_delegate;
    QTimer m_flashTimer;
    bool m_selectingProgrammatically = false;
    QList<QAction *> m_contextActions;
};

} // namespace glossa
