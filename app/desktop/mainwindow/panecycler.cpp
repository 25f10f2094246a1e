#include "panecycler.h"

#include <QApplication>
#include <QWidget>

namespace glossa {

namespace {

// The first widget after \a pane in the focus chain that lies in it and takes Tab.
QWidget *firstTabStop(QWidget *pane)
{
    QWidget *widget = pane;
    for (int guard = 0; guard < 10000; ++guard) {
        widget = widget->nextInFocusChain();
        if (!widget || widget == pane)
            return nullptr;
        if (pane->isAncestorOf(widget) && widget->isVisibleTo(pane) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            return widget;
    }
    return nullptr;
}

} // namespace

void PaneCycler::addPane(QWidget *pane, QWidget *landing, std::function<void()> enter)
{
    m_panes.append(Pane{pane, landing, std::move(enter)});
}

int PaneCycler::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; focus && i < m_panes.size(); ++i) {
        const QWidget *pane = m_panes.at(i).pane;
        if (pane && (pane == focus || pane->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

void PaneCycler::next()
{
    if (m_panes.isEmpty())
        return;
    const int current = currentPane();
    enter(current < 0 ? 0 : (current + 1) % int(m_panes.size()));
}

void PaneCycler::previous()
{
    if (m_panes.isEmpty())
        return;
    const int current = currentPane();
    const int count = int(m_panes.size());
    enter(current < 0 ? count - 1 : (current + count - 1) % count);
}

void PaneCycler::enter(int index)
{
    // A hidden or collapsed pane is passed over.
    const int count = int(m_panes.size());
    for (int step = 0; step < count; ++step) {
        const Pane &pane = m_panes.at((index + step) % count);
        if (!pane.pane || !pane.pane->isVisible() || pane.pane->width() == 0)
            continue;
        if (pane.enter) {
            pane.enter();
            return;
        }
        QWidget *target = pane.landing && pane.landing->isVisible() ? pane.landing.data() : firstTabStop(pane.pane);
        if (!target)
            continue;
        target->setFocus(Qt::TabFocusReason);
        return;
    }
}

} // namespace glossa
