#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace glossa {

// What an exchange with another tool did (a REFI-QDA project imported or exported): a headline,
// the counts, and each thing that could not be carried with why, as the standard asks a tool to
// warn of any loss. Non-modal; Copy Report puts all of it on the clipboard.
class ExchangeSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    using Counts = QList<QPair<QString, int>>;

    ExchangeSummaryDialog(const QString &title, const QString &headline, const Counts &counts,
                          const QStringList &notCarried, const QString &footnote, QWidget *parent = nullptr);

    QString headline() const;
    QStringList notCarried() const { return m_notCarried; }
    QString report() const;

private:
    QLabel *m_headline;
    QLabel *m_counts;
    QPlainTextEdit *m_lost;
    Counts m_countRows;
    QStringList m_notCarried;
};

} // namespace glossa
