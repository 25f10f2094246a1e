#include "collectionactions.h"

#include "collectionedits.h"
#include "headlines/filterbar.h"
#include "headlines/headlineview.h"
#include "workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace glossa {

namespace {
constexpr int kStatusMilliseconds = 6000;
} // namespace

CollectionActions::CollectionActions(Workspace *workspace, HeadlineView *headlines, FilterBar *filterBar,
                                     QMainWindow *window)
    : QObject(window), m_workspace(workspace), m_headlines(headlines), m_filterBar(filterBar), m_window(window)
{
    m_addMenu = new QMenu(tr("Add to &Collection"), window);
    m_addMenu->setObjectName(QStringLiteral("addToCollectionMenu"));
    m_addMenu->menuAction()->setObjectName(QStringLiteral("addToCollectionAction"));
    // Rebuilt each time it opens: collections come and go, from this window or the panel.
    connect(m_addMenu, &QMenu::aboutToShow, this, &CollectionActions::fillAddMenu);
    fillAddMenu();

    m_removeAction = new QAction(tr("&Remove from Collection"), window);
    m_removeAction->setObjectName(QStringLiteral("removeFromCollectionAction"));
    connect(m_removeAction, &QAction::triggered, this, &CollectionActions::removeSelectionFromShownCollection);

    connect(headlines, &QWidget::customContextMenuRequested, this, &CollectionActions::showContextMenu);
    connect(filterBar, &FilterBar::collectionChanged, this, &CollectionActions::updateActions);
    connect(workspace, &Workspace::collectionsChanged, this, &CollectionActions::updateActions);
    connect(workspace, &Workspace::libraryOpened, this, &CollectionActions::updateActions);
    if (QItemSelectionModel *selection = headlines->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &CollectionActions::updateActions);
    updateActions();
}

void CollectionActions::fillAddMenu()
{
    m_addMenu->clear();
    const bool open = m_workspace->isOpen();
    const qint64 shown = m_filterBar->collectionId();
    const QList<Collection> collections = open ? m_workspace->collections().collections() : QList<Collection>();
    for (const Collection &collection : collections) {
        // "&" in a name is text, not a mnemonic.
        QString label = collection.name;
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = m_addMenu->addAction(label);
        action->setData(collection.id);
        action->setEnabled(collection.id != shown); // the list shows only its members already
        const qint64 id = collection.id;
        connect(action, &QAction::triggered, this, [this, id] { addSelectionTo(id); });
    }
    if (!collections.isEmpty())
        m_addMenu->addSeparator();
    QAction *create = m_addMenu->addAction(tr("&New Collection…"));
    create->setObjectName(QStringLiteral("newCollectionFromSelectionAction"));
    create->setEnabled(open);
    connect(create, &QAction::triggered, this, &CollectionActions::chooseNewCollectionForSelection);
}

void CollectionActions::updateActions()
{
    const bool hasSelection = !m_headlines->selectedArticleIds().isEmpty();
    m_addMenu->setEnabled(m_workspace->isOpen() && hasSelection);
    const qint64 shown = m_filterBar->collectionId();
    std::optional<Collection> collection;
    if (shown != 0 && m_workspace->isOpen())
        collection = m_workspace->collections().collection(shown);
    m_removeAction->setVisible(collection.has_value());
    m_removeAction->setEnabled(collection.has_value() && hasSelection);
    if (collection) {
        QString name = collection->name;
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        m_removeAction->setText(tr("&Remove from “%1”").arg(name));
    }
}

int CollectionActions::addSelectionTo(qint64 collectionId)
{
    const QList<qint64> ids = m_headlines->selectedArticleIds();
    CollectionEdits edits(m_workspace);
    const int added = edits.addArticles(collectionId, ids);
    const std::optional<Collection> collection = m_workspace->collections().collection(collectionId);
    if (!collection)
        return added;
    if (added > 0)
        tell(tr("Added %n article(s) to “%1”.", nullptr, added).arg(collection->name));
    else if (edits.errorText().isEmpty() && !ids.isEmpty())
        tell(tr("Already in “%1”.").arg(collection->name));
    else if (!edits.errorText().isEmpty())
        complain(edits.errorText());
    return added;
}

int CollectionActions::removeSelectionFromShownCollection()
{
    const qint64 shown = m_filterBar->collectionId();
    if (shown == 0)
        return 0;
    CollectionEdits edits(m_workspace);
    const int removed = edits.removeArticles(shown, m_headlines->selectedArticleIds());
    if (removed > 0)
        tell(tr("Removed %n article(s) from the collection.", nullptr, removed));
    else if (!edits.errorText().isEmpty())
        complain(edits.errorText());
    return removed;
}

qint64 CollectionActions::newCollectionFromSelection(const QString &name)
{
    CollectionEdits edits(m_workspace);
    const QList<qint64> ids = m_headlines->selectedArticleIds();
    const qint64 id = edits.create(name, ids);
    if (id == 0) {
        complain(edits.errorText());
        return 0;
    }
    tell(tr("New collection “%1” with %n article(s).", nullptr, int(ids.size())).arg(name.simplified()));
    return id;
}

void CollectionActions::chooseNewCollectionForSelection()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New Collection"),
                                               tr("Name of the new collection (the selected articles go in it):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.simplified().isEmpty())
        newCollectionFromSelection(name);
}

void CollectionActions::showContextMenu(const QPoint &position)
{
    if (!m_workspace->isOpen() || m_headlines->selectedArticleIds().isEmpty())
        return;
    updateActions();
    QMenu menu(m_window);
    menu.addMenu(m_addMenu);
    if (m_removeAction->isVisible())
        menu.addAction(m_removeAction);
    menu.exec(m_headlines->viewport()->mapToGlobal(position));
}

void CollectionActions::tell(const QString &message)
{
    m_window->statusBar()->showMessage(message, kStatusMilliseconds);
}

void CollectionActions::complain(const QString &message)
{
    if (message.isEmpty())
        return;
    tell(message);
    // Not modal: the analyst's work goes on behind it, and tests never block on it.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Collections"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("collectionMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace glossa
