#include "collectionspanel.h"

#include "collectionedits.h"
#include "collectionlistmodel.h"
#include "edits/setcollectionblindcommand.h"
#include "storage/blindreviewstore.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace glossa {

CollectionsPanel::CollectionsPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("collectionsPanel"));
    m_model = new CollectionListModel(workspace, true, this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("collectionsList"));
    m_view->setAccessibleName(tr("Collections"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    // Articles are dropped here from the headline list; nothing is dragged out.
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(tr("Drag articles from the list onto a collection to add them"));

    m_new = new QPushButton(tr("New…"), this);
    m_new->setObjectName(QStringLiteral("newCollectionButton"));
    m_rename = new QPushButton(tr("Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameCollectionButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteCollectionButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 6);
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &CollectionsPanel::chooseNew);
    connect(m_rename, &QPushButton::clicked, this, &CollectionsPanel::chooseRename);
    connect(m_delete, &QPushButton::clicked, this, &CollectionsPanel::deleteCurrent);
    connect(m_view, &QListView::customContextMenuRequested, this, &CollectionsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        if (!m_following)
            emit collectionChosen(currentCollectionId());
    });
    connect(m_model, &CollectionListModel::articlesDropped, this, &CollectionsPanel::addArticles);
    connect(workspace, &Workspace::collectionsChanged, this, &CollectionsPanel::reload);
    connect(workspace, &Workspace::libraryOpened, this, &CollectionsPanel::reload);
    connect(workspace, &Workspace::contentChanged, this, &CollectionsPanel::reload);
    setCurrentCollection(0);
    updateButtons();
}

qint64 CollectionsPanel::currentCollectionId() const
{
    return m_model->collectionIdAt(m_view->currentIndex().row());
}

void CollectionsPanel::setCurrentCollection(qint64 collectionId)
{
    m_following = true;
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(collectionId)));
    m_following = false;
    updateButtons();
}

void CollectionsPanel::reload()
{
    // The reset drops the current row; put it back by id without re-filtering the list (the
    // filter bar follows the same change on its own).
    const qint64 current = currentCollectionId();
    m_following = true;
    m_model->reload();
    m_following = false;
    setCurrentCollection(current);
}

void CollectionsPanel::updateButtons()
{
    const bool open = m_workspace->isOpen();
    const bool onCollection = currentCollectionId() != 0;
    m_new->setEnabled(open);
    m_rename->setEnabled(open && onCollection);
    m_delete->setEnabled(open && onCollection);
}

qint64 CollectionsPanel::createCollection(const QString &name)
{
    CollectionEdits edits(m_workspace);
    const qint64 id = edits.create(name);
    if (id == 0)
        complain(edits.errorText());
    return id;
}

bool CollectionsPanel::renameCollection(qint64 collectionId, const QString &name)
{
    CollectionEdits edits(m_workspace);
    const bool ok = edits.rename(collectionId, name);
    if (!ok)
        complain(edits.errorText());
    return ok;
}

bool CollectionsPanel::deleteCollection(qint64 collectionId)
{
    CollectionEdits edits(m_workspace);
    const bool ok = edits.remove(collectionId);
    if (!ok)
        complain(edits.errorText());
    return ok;
}

int CollectionsPanel::addArticles(qint64 collectionId, const QList<qint64> &articleIds)
{
    CollectionEdits edits(m_workspace);
    const int added = edits.addArticles(collectionId, articleIds);
    if (added == 0)
        complain(edits.errorText());
    return added;
}

void CollectionsPanel::chooseNew()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Collection"), tr("Name of the new collection:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.simplified().isEmpty())
        createCollection(name);
}

void CollectionsPanel::chooseRename()
{
    const qint64 id = currentCollectionId();
    if (id == 0)
        return;
    bool ok = false;
    const QString before = m_view->currentIndex().data(CollectionListModel::NameRole).toString();
    const QString name = QInputDialog::getText(this, tr("Rename Collection"), tr("New name for “%1”:").arg(before),
                                               QLineEdit::Normal, before, &ok);
    if (ok && name.simplified() != before)
        renameCollection(id, name);
}

void CollectionsPanel::deleteCurrent()
{
    // No question asked: Edit ▸ Undo brings the collection back with its articles.
    if (const qint64 id = currentCollectionId())
        deleteCollection(id);
}

void CollectionsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("New Collection…"), this, &CollectionsPanel::chooseNew)->setEnabled(m_new->isEnabled());
    menu.addAction(tr("Rename…"), this, &CollectionsPanel::chooseRename)->setEnabled(m_rename->isEnabled());
    menu.addAction(tr("Delete"), this, &CollectionsPanel::deleteCurrent)->setEnabled(m_delete->isEnabled());
    menu.addSeparator();
    QAction *blind = menu.addAction(tr("Blind Review"));
    blind->setToolTip(tr("On every article of this collection, each analyst sees only their own annotations until done"));
    blind->setCheckable(true);
    const qint64 id = currentCollectionId();
    blind->setEnabled(id != 0);
    blind->setChecked(id != 0 && BlindReviewStore(m_workspace->library().database()).isCollectionBlind(id));
    connect(blind, &QAction::toggled, this, [this, id](bool on) { setBlind(id, on); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void CollectionsPanel::setBlind(qint64 collectionId, bool blind)
{
    const QModelIndex index = m_view->currentIndex();
    if (collectionId != 0)
        m_workspace->undoStack()->push(new SetCollectionBlindCommand(m_workspace, collectionId, index.data().toString(), blind));
}

void CollectionsPanel::complain(const QString &message)
{
    if (message.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Collections"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("collectionMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace glossa
