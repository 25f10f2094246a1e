#include "tagmanagerdialog.h"

#include "edits/mergetagscommand.h"
#include "edits/recolortagcommand.h"
#include "edits/removetagcommand.h"
#include "edits/renametagcommand.h"
#include "tagtablemodel.h"
#include "common/localeorder.h"
#include "common/resulttable.h"
#include "workspace.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace glossa {

TagManagerDialog::TagManagerDialog(Workspace *workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("tagManagerDialog"));
    setWindowTitle(tr("Manage Tags"));
    m_model = new TagTableModel(workspace, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TagTableModel::SortRole);

    m_view = new ResultTable(this);
    m_view->setObjectName(QStringLiteral("tagTable"));
    m_view->setAccessibleName(tr("Tags"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TagTableModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(TagTableModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TagTableModel::Annotations, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TagTableModel::Articles, QHeaderView::ResizeToContents);

    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameTagButton"));
    m_merge = new QPushButton(tr("&Merge Into…"), this);
    m_merge->setObjectName(QStringLiteral("mergeTagButton"));
    m_color = new QPushButton(tr("&Colour…"), this);
    m_color->setObjectName(QStringLiteral("recolorTagButton"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("deleteTagButton"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_rename, m_merge, m_color, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);

    // The dialog is not modal and the main window's undo shortcut does not reach it: it carries
    // the shared stack's own undo and redo actions.
    QAction *undo = workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    m_hint = new QLabel(tr("Every change here can be undone (%1), here or in the main window.")
                            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_hint);
    layout->addWidget(close);
    resize(560, 420);

    connect(m_rename, &QPushButton::clicked, this, &TagManagerDialog::chooseRename);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::chooseMerge);
    connect(m_color, &QPushButton::clicked, this, &TagManagerDialog::chooseColor);
    connect(m_remove, &QPushButton::clicked, this, &TagManagerDialog::removeCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &TagManagerDialog::chooseRename);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TagManagerDialog::updateButtons);
    // The table is read again after every edit; the current tag stays current.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentTagId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectTag(m_selectedBeforeReset);
        updateButtons();
    });
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

qint64 TagManagerDialog::currentTagId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(TagTableModel::TagIdRole).toLongLong() : 0;
}

void TagManagerDialog::selectTag(qint64 tagId)
{
    const int sourceRow = m_model->rowOf(tagId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool TagManagerDialog::push(QUndoCommand *command)
{
    QUndoStack *stack = m_workspace->undoStack();
    const int indexBefore = stack->index();
    stack->push(command);
    // A refused write made the command obsolete, and the stack dropped it instead of adding it.
    return stack->index() > indexBefore;
}

bool TagManagerDialog::renameTag(qint64 tagId, const QString &newName)
{
    const TagStore store = m_workspace->tags();
    const std::optional<TagUsage> tag = store.tag(tagId);
    const QString name = TagStore::normalizedName(newName);
    if (!tag || name.isEmpty() || name == tag->name)
        return false;
    const qint64 existing = store.idOf(name);
    if (existing != 0 && existing != tagId)
        return false;
    return push(new RenameTagCommand(m_workspace, tagId, tag->name, name));
}

bool TagManagerDialog::mergeTags(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return false;
    const TagStore store = m_workspace->tags();
    const std::optional<TagAssignments> from = store.assignments(fromId);
    const std::optional<TagAssignments> into = store.assignments(intoId);
    if (!from || !into)
        return false;
    return push(new MergeTagsCommand(m_workspace, *from, *into));
}

bool TagManagerDialog::recolorTag(qint64 tagId, const QString &color)
{
    const std::optional<TagUsage> tag = m_workspace->tags().tag(tagId);
    if (!tag || tag->color == color)
        return false;
    return push(new RecolorTagCommand(m_workspace, tagId, tag->name, tag->color, color));
}

bool TagManagerDialog::removeTag(qint64 tagId)
{
    const std::optional<TagAssignments> assignments = m_workspace->tags().assignments(tagId);
    if (!assignments)
        return false;
    return push(new RemoveTagCommand(m_workspace, *assignments));
}

void TagManagerDialog::chooseRename()
{
    const std::optional<TagUsage> tag = m_workspace->tags().tag(currentTagId());
    if (!tag)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Tag"), tr("New name for “%1”:").arg(tag->name),
                                               QLineEdit::Normal, tag->name, &ok);
    if (!ok)
        return;
    const QString normalized = TagStore::normalizedName(name);
    if (normalized.isEmpty()) {
        showRefusal(tr("A tag needs a name."));
        return;
    }
    const qint64 existing = m_workspace->tags().idOf(normalized);
    if (existing != 0 && existing != tag->id) {
        // Two tags cannot share a name; what the analyst means is most likely a merge.
        const auto answer = QMessageBox::question(
            this, tr("Rename Tag"),
            tr("There is already a tag named “%1”. Merge “%2” into it?").arg(normalized, tag->name));
        if (answer == QMessageBox::Yes)
            mergeTags(tag->id, existing);
        return;
    }
    renameTag(tag->id, normalized);
}

void TagManagerDialog::chooseMerge()
{
    const std::optional<TagUsage> tag = m_workspace->tags().tag(currentTagId());
    if (!tag)
        return;
    QStringList others;
    for (const TagUsage &usage : m_workspace->tags().tags()) {
        if (usage.id != tag->id)
            others << usage.name;
    }
    if (others.isEmpty())
        return;
    // Nothing is chosen for the analyst: a merge cannot be taken back but by undo, and the
    // first name in the list is no better a guess than any other.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("mergeTagDialog"));
    dialog.setWindowTitle(tr("Merge Tags"));
    auto *label = new QLabel(tr("Merge “%1” into:").arg(tag->name), &dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("mergeTargetList"));
    list->addItems(LocaleOrder::sorted(others));
    list->setCurrentRow(-1, QItemSelectionModel::Clear);
    label->setBuddy(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *merge = buttons->button(QDialogButtonBox::Ok);
    merge->setText(tr("&Merge"));
    merge->setEnabled(false);
    connect(list, &QListWidget::itemSelectionChanged, &dialog,
            [list, merge] { merge->setEnabled(!list->selectedItems().isEmpty()); });
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || list->selectedItems().isEmpty())
        return;
    mergeTags(tag->id, m_workspace->tags().idOf(list->selectedItems().constFirst()->text()));
}

void TagManagerDialog::chooseColor()
{
    const std::optional<TagUsage> tag = m_workspace->tags().tag(currentTagId());
    if (!tag)
        return;
    const QColor chosen = QColorDialog::getColor(QColor(tag->color), this, tr("Colour of “%1”").arg(tag->name));
    if (chosen.isValid())
        recolorTag(tag->id, chosen.name());
}

void TagManagerDialog::removeCurrent()
{
    removeTag(currentTagId());
}

void TagManagerDialog::showRefusal(const QString &message)
{
    QMessageBox::information(this, tr("Manage Tags"), message);
}

void TagManagerDialog::updateButtons()
{
    const bool hasTag = currentTagId() != 0;
    m_rename->setEnabled(hasTag);
    m_color->setEnabled(hasTag);
    m_remove->setEnabled(hasTag);
    m_merge->setEnabled(hasTag && m_model->rowCount() > 1);
}

} // namespace glossa
