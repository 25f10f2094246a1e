#pragma once

#include "storage/claimstore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace glossa {

class DateField;

class Workspace;

// The claims board's filters — verdict, kind, tag, outlet, date range and words — turned into a
// ClaimQuery each time one of them changes (typing is debounced).
class ClaimFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimFilterBar(Workspace *workspace, QWidget *parent = nullptr);

    ClaimQuery query() const;

    QComboBox *verdictFilter() const { return m_verdict; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *outletFilter() const { return m_outlet; }
    DateField *fromFilter() const { return m_from; }
    DateField *toFilter() const { return m_to; }
    QLineEdit *textFilter() const { return m_text; }

public slots:
    // Tags and outlets come from the library: read them again, keeping the current choice.
    void refreshChoices();
    void clearFilters();

signals:
    void queryChanged(const ClaimQuery &query);

private:
    DateField *makeDateField(const QString &objectName, const QString &anyText);
    void emitQuery();

    Workspace *m_workspace;
    QComboBox *m_verdict;
    QComboBox *m_kind;
    QComboBox *m_tag;
    QComboBox *m_outlet;
    DateField *m_from;
    DateField *m_to;
    QLineEdit *m_text;
    QTimer *m_typingTimer;
};

} // namespace glossa
