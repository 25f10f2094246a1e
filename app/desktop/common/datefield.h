#pragma once

#include <QDate>
#include <QWidget>
#include <functional>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace glossa {

// A date for a filter, or none: a field that takes a typed date (TypedDate: ISO or the
// locale's form), shows "Any date" while empty, and a calendar (the button, Alt+Down or F4)
// that opens at the chosen date's month or, with none, at the month the caller names (the
// library's newest), never at the year 1900 that stood for "none" in a QDateEdit.
class DateField : public QWidget
{
    Q_OBJECT
public:
    DateField(const QString &anyText, QWidget *parent = nullptr);

    // Invalid: any date.
    QDate date() const { return m_date; }
    // An invalid date empties the field.
    void setDate(const QDate &date);
    // Asked each time the calendar opens with no date chosen.
    void setCalendarStart(std::function<QDate()> start) { m_calendarStart = std::move(start); }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    // The calendar while it is open; null otherwise.
    QCalendarWidget *openCalendar() const;
    bool hasUnreadableText() const { return m_unreadable; }

public slots:
    void showCalendar();

signals:
    // Typed and read, chosen in the calendar, or emptied.
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readTyped();
    void showUnreadable(bool unreadable);
    void choose(const QDate &date);

    QLineEdit *m_edit;
    QToolButton *m_button;
    QWidget *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_date;
    bool m_unreadable = false;
    std::function<QDate()> m_calendarStart;
};

} // namespace glossa
