#include "datefield.h"

#include "accessiblenames.h"
#include "typeddate.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace glossa {

namespace {

QString shownText(const QDate &date)
{
    // ISO: one form every reader of the list understands, whatever the locale.
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

DateField::DateField(const QString &anyText, QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)),
    m_button(new QToolButton(this))
{
    m_edit->setPlaceholderText(anyText);
    AccessibleNames::enableClearButton(m_edit);
    m_edit->setAccessibleName(anyText); // the window names it for what the date bounds
    m_edit->installEventFilter(this);
    // Wide enough for an ISO date or the placeholder, never more: the list pane narrows.
    const QFontMetrics metrics = m_edit->fontMetrics();
    m_edit->setMinimumWidth(std::max(metrics.horizontalAdvance(QStringLiteral("0000-00-00")),
                                     metrics.horizontalAdvance(anyText)) + metrics.height() + 12);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::NoFocus); // Alt+Down opens it from the field
    m_button->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    setFocusProxy(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);

    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::readTyped);
    // The clear button (or deleting every character) means any date at once.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            readTyped();
        else if (m_unreadable)
            showUnreadable(false);
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
}

void DateField::setDate(const QDate &date)
{
    showUnreadable(false);
    m_edit->setText(shownText(date));
    if (date == m_date || (!date.isValid() && !m_date.isValid()))
        return;
    m_date = date.isValid() ? date : QDate();
    emit dateChanged(m_date);
}

void DateField::readTyped()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        showUnreadable(false);
        if (m_date.isValid()) {
            m_date = QDate();
            emit dateChanged(m_date);
        }
        return;
    }
    const QDate typed = TypedDate::parse(text);
    if (!typed.isValid()) {
        // Left as typed, to be corrected; the filter keeps the last date that was read.
        showUnreadable(true);
        return;
    }
    setDate(typed);
}

void DateField::showUnreadable(bool unreadable)
{
    if (m_unreadable == unreadable)
        return;
    m_unreadable = unreadable;
    QPalette palette = m_edit->palette();
    // Only the text's colour is set: the field follows the theme otherwise; an empty palette
    // gives the inherited one back.
    if (unreadable)
        palette.setColor(QPalette::Text, QColor(0xd3, 0x2f, 0x2f));
    m_edit->setPalette(unreadable ? palette : QPalette());
    m_edit->setToolTip(unreadable ? tr("Not a date: type it as %1 or as 2025-03-01")
                                        .arg(QLocale().toString(QDate(2025, 3, 1), QLocale::ShortFormat))
                                  : QString());
}

QCalendarWidget *DateField::openCalendar() const
{
    return m_popup && m_popup->isVisible() ? m_calendar : nullptr;
}

void DateField::showCalendar()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("dateFieldCalendarPopup"));
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("dateFieldCalendar"));
        m_calendar->setGridVisible(false);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::choose);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::choose);
    }
    readTyped();
    QDate page = m_date;
    if (!page.isValid() && m_calendarStart)
        page = m_calendarStart();
    if (!page.isValid())
        page = QDate::currentDate();
    if (m_date.isValid())
        m_calendar->setSelectedDate(m_date);
    m_calendar->setCurrentPage(page.year(), page.month());
    m_popup->adjustSize();
    // Under the field, kept on the screen.
    QPoint at = mapToGlobal(QPoint(layoutDirection() == Qt::RightToLeft ? width() - m_popup->width() : 0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - m_popup->width())));
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::choose(const QDate &date)
{
    if (m_popup)
        m_popup->hide();
    setDate(date);
    m_edit->setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier)) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace glossa
