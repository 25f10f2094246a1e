#include "exchangesummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

namespace glossa {

ExchangeSummaryDialog::ExchangeSummaryDialog(const QString &title, const QString &headline, const Counts &counts,
                                             const QStringList &notCarried, const QString &footnote, QWidget *parent)
    : QDialog(parent), m_countRows(counts), m_notCarried(notCarried)
{
    setObjectName(QStringLiteral("exchangeSummary"));
    setWindowTitle(title);
    setModal(false);

    m_headline = new QLabel(headline, this);
    m_headline->setObjectName(QStringLiteral("summaryText"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    QString table = QStringLiteral("<table>");
    for (const auto &[label, value] : counts)
        table += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>").arg(label.toHtmlEscaped()).arg(value);
    table += QStringLiteral("</table>");
    m_counts = new QLabel(table, this);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setVisible(!counts.isEmpty());

    auto *lostLabel = new QLabel(tr("Not carried:"), this);
    lostLabel->setVisible(!notCarried.isEmpty());
    m_lost = new QPlainTextEdit(this);
    m_lost->setObjectName(QStringLiteral("notCarried"));
    lostLabel->setBuddy(m_lost); // its name for a screen reader
    m_lost->setReadOnly(true);
    // Each line from the start of the reading direction, wrapped: an Arabic window reads them
    // from the right, as it reads everything else.
    QTextOption option = m_lost->document()->defaultTextOption();
    option.setTextDirection(layoutDirection());
    option.setAlignment(isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    m_lost->document()->setDefaultTextOption(option);
    m_lost->setPlainText(notCarried.join(QLatin1Char('\n')));
    m_lost->setVisible(!notCarried.isEmpty());

    auto *note = new QLabel(footnote, this);
    note->setObjectName(QStringLiteral("footnote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setVisible(!footnote.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(report()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(lostLabel);
    layout->addWidget(m_lost, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Room for every count; and for the list of what was not carried, when there is one.
    resize(sizeHint().expandedTo(notCarried.isEmpty() ? QSize(480, 0) : QSize(720, 420)));
}

QString ExchangeSummaryDialog::headline() const
{
    return m_headline->text();
}

QString ExchangeSummaryDialog::report() const
{
    QStringList lines{headline()};
    for (const auto &[label, value] : m_countRows)
        lines << QStringLiteral("%1: %2").arg(label).arg(value);
    if (!m_notCarried.isEmpty())
        lines << tr("Not carried:") << m_notCarried;
    return lines.join(QLatin1Char('\n'));
}

} // namespace glossa
