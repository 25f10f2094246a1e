#pragma once

#include "model/analyst.h"

#include <QColor>
#include <QDialog>

class QLineEdit;
class QPushButton;

namespace glossa {

// Who is at the desk: a name (required), initials and a colour that mark their annotations.
// Editing keeps the analyst's UUID (a renamed analyst is the same person); a new analyst gets
// one of their own.
class AnalystProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // \a analyst is edited; an invalid one (no UUID) makes a new analyst, named \a suggestedName.
    explicit AnalystProfileDialog(const Analyst &analyst, QWidget *parent = nullptr,
                                  const QString &suggestedName = QString());

    // What the dialog holds: the same UUID, or a fresh one for a new analyst.
    Analyst analyst() const;

    void setName(const QString &name);
    void setInitials(const QString &initials);
    void setColor(const QColor &color);

private:
    void chooseColor();
    void updateState();

    Analyst m_analyst;
    QColor m_color;
    QLineEdit *m_name;
    QLineEdit *m_initials;
    QPushButton *m_colorButton;
    QPushButton *m_ok;
};

} // namespace glossa
