#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPixmap>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace glossa {

namespace {
// "&Mark Read/Unread…" as a reader would write it.
QString plainText(const QAction *action)
{
    // Some actions (a find bar's "next match") have only a tooltip.
    QString text = action->text().isEmpty() ? action->toolTip() : action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    // Rows without an icon get a blank one, so every name starts in the same column.
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    const QIcon noIcon(blank);
    QList<const QAction *> seen;
    for (const QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty() || seen.contains(action) || plainText(action).isEmpty())
            continue;
        seen << action;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(m_list, {plainText(action), keys.join(tr(", ", "between shortcuts"))});
        item->setIcon(0, action->icon().isNull() ? noIcon : action->icon());
        item->setToolTip(0, action->toolTip());
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 640);
}

QStringList ShortcutsDialog::entries() const
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        lines << m_list->topLevelItem(i)->text(0) + QLatin1Char('\t') + m_list->topLevelItem(i)->text(1);
    return lines;
}

} // namespace glossa
