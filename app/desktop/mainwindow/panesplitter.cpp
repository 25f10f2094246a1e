#include "panesplitter.h"

#include <QDataStream>
#include <QIODevice>
#include <QResizeEvent>
#include <QStyle>

namespace glossa {

namespace {

constexpr int kList = 0;
constexpr int kReader = 1;
constexpr int kSidebar = 2;
constexpr quint32 kChoiceVersion = 1;

} // namespace

PaneSplitter::PaneSplitter(QWidget *list, QWidget *reader, QWidget *sidebar, std::function<int()> readerFloor,
                           QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_readerFloor(std::move(readerFloor))
{
    addWidget(list);
    addWidget(reader);
    addWidget(sidebar);
    // Their least widths, set here rather than left to their layouts' hints (a row of choosers
    // in a filter bar adds up fast): the splitter's least width is their sum, and the window's.
    list->setMinimumWidth(kListLeast);
    sidebar->setMinimumWidth(kSidebarLeast);
    reader->setMinimumWidth(kSidebarLeast);
    setCollapsible(kList, true);
    setCollapsible(kReader, false);
    setCollapsible(kSidebar, true);
    setStretchFactor(kList, 0);
    setStretchFactor(kReader, 1);
    setStretchFactor(kSidebar, 0);
    connect(this, &QSplitter::splitterMoved, this, &PaneSplitter::remember);
}

void PaneSplitter::remember(int, int)
{
    if (m_sharing)
        return;
    const QList<int> now = sizes();
    // A pane dragged shut stays a choice too (0); a narrow spell's widths are not remembered
    // unless the analyst dragged them.
    m_listChoice = now.at(kList);
    m_sidebarChoice = now.at(kSidebar);
}

void PaneSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    share();
}

void PaneSplitter::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    share();
}

void PaneSplitter::share()
{
    const int handles = 2 * handleWidth();
    const int available = width() - handles;
    if (available <= 0 || !isVisible())
        return;
    // The reader needs its text's floor plus its vertical scroll bar.
    const int readerNeed = m_readerFloor() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    // What the analyst chose, or a share of the width while nothing is (-1).
    int list = m_listChoice >= 0 ? m_listChoice : std::clamp(available * 30 / 100, kListLeast, 520);
    int sidebar = m_sidebarChoice >= 0 ? m_sidebarChoice : std::clamp(available * 22 / 100, kSidebarLeast, 340);
    int deficit = readerNeed - (available - list - sidebar);
    if (deficit > 0) {
        // The list and the sidebar give up what they have over their least, in proportion.
        const int listSpare = std::max(0, list - kListLeast);
        const int sidebarSpare = std::max(0, sidebar - kSidebarLeast);
        const int spare = listSpare + sidebarSpare;
        if (spare > 0) {
            const int taken = std::min(deficit, spare);
            const int fromList = int(qint64(taken) * listSpare / spare);
            list -= fromList;
            sidebar -= taken - fromList;
            deficit -= taken;
        }
    }
    if (deficit > 0 && sidebar > 0) { // then the sidebar folds away (its handle brings it back)
        deficit -= sidebar;
        sidebar = 0;
    }
    if (deficit > 0 && list > 0 && available - readerNeed < kListLeast) {
        // Not even the list fits beside a readable text: the list stays, the reader narrows.
        list = std::max(0, std::min(list, available - kSidebarLeast));
    }
    const int reader = std::max(0, available - list - sidebar);
    m_sharing = true;
    setSizes({list, reader, sidebar});
    m_sharing = false;
}

QByteArray PaneSplitter::saveChoice() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kChoiceVersion << qint32(m_listChoice) << qint32(m_sidebarChoice);
    return state;
}

void PaneSplitter::restoreChoice(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    qint32 list = 0, sidebar = 0;
    in >> version >> list >> sidebar;
    if (in.status() != QDataStream::Ok || version != kChoiceVersion)
        return; // none yet, or the splitter state of an older version: the default shares
    m_listChoice = std::max(-1, int(list));
    m_sidebarChoice = std::max(-1, int(sidebar));
    share();
}

} // namespace glossa
