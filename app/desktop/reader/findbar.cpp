#include "findbar.h"

#include "common/accessiblenames.h"

#include <QAction>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace glossa {

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setAccessibleName(tr("Find in article"));
    m_query->setPlaceholderText(tr("Find in article"));
    AccessibleNames::enableClearButton(m_query);
    m_query->setMinimumWidth(220);

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previous->setAutoRaise(true);

    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setAutoRaise(true);

    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("findMatches"));
    m_matches->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));

    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_query);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matches);
    layout->addStretch();
    layout->addWidget(close);

    connect(m_query, &QLineEdit::textChanged, this, &FindBar::queryChanged);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        emit findRequested(m_query->text(), QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(m_next, &QToolButton::clicked, this, [this] { emit findRequested(m_query->text(), false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { emit findRequested(m_query->text(), true); });
    connect(close, &QToolButton::clicked, this, &FindBar::closeBar);

    // F3 / Shift+F3 also work while the focus is back in the text.
    auto *findNext = new QAction(this);
    findNext->setShortcuts(QKeySequence::FindNext);
    findNext->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    findPrevious->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNext, &QAction::triggered, m_next, &QToolButton::click);
    connect(findPrevious, &QAction::triggered, m_previous, &QToolButton::click);
    if (parent) {
        parent->addAction(findNext);
        parent->addAction(findPrevious);
    }
}

QString FindBar::text() const
{
    return m_query->text();
}

void FindBar::setText(const QString &text)
{
    m_query->setText(text);
}

void FindBar::activate()
{
    show();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void FindBar::setMatchInfo(int current, int total)
{
    if (m_query->text().isEmpty())
        m_matches->clear();
    else if (total == 0)
        m_matches->setText(tr("No matches"));
    else
        m_matches->setText(tr("%1 of %2").arg(current).arg(total));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::closeBar()
{
    hide();
    emit closed();
}

} // namespace glossa
