#include "analystprofiledialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace glossa {

namespace {

// The colours offered first: distinct from the highlight colours, readable as a chip in light
// and dark themes.
const QColor kDefaultColor(QStringLiteral("#5c6bc0"));

} // namespace

AnalystProfileDialog::AnalystProfileDialog(const Analyst &analyst, QWidget *parent, const QString &suggestedName)
    : QDialog(parent), m_analyst(analyst)
{
    setObjectName(QStringLiteral("analystProfileDialog"));
    setWindowTitle(analyst.isValid() ? tr("Analyst Profile") : tr("New Analyst"));
    if (!m_analyst.isValid())
        m_analyst.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto *intro = new QLabel(tr("Everything you annotate is recorded under this name, so that a desk can "
                                "compare readings and settle verdicts."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(analyst.isValid() ? analyst.name : suggestedName, this);
    m_name->setObjectName(QStringLiteral("analystName"));
    m_name->setAccessibleName(tr("Name"));
    m_initials = new QLineEdit(analyst.initials, this);
    m_initials->setObjectName(QStringLiteral("analystInitials"));
    m_initials->setAccessibleName(tr("Initials"));
    m_initials->setMaxLength(3);
    m_colorButton = new QPushButton(this);
    m_colorButton->setObjectName(QStringLiteral("analystColor"));
    m_colorButton->setAccessibleName(tr("Colour"));
    m_color = QColor(analyst.color).isValid() ? QColor(analyst.color) : kDefaultColor;

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Initials:"), m_initials);
    form->addRow(tr("&Colour:"), m_colorButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_colorButton, &QPushButton::clicked, this, &AnalystProfileDialog::chooseColor);
    connect(m_name, &QLineEdit::textChanged, this, &AnalystProfileDialog::updateState);
    connect(m_initials, &QLineEdit::textChanged, this, &AnalystProfileDialog::updateState);
    updateState();
}

Analyst AnalystProfileDialog::analyst() const
{
    Analyst result = m_analyst;
    result.name = m_name->text().simplified();
    result.initials = m_initials->text().simplified().toUpper();
    result.color = m_color.name();
    return result;
}

void AnalystProfileDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void AnalystProfileDialog::setInitials(const QString &initials)
{
    m_initials->setText(initials);
}

void AnalystProfileDialog::setColor(const QColor &color)
{
    if (color.isValid())
        m_color = color;
    updateState();
}

void AnalystProfileDialog::chooseColor()
{
    setColor(QColorDialog::getColor(m_color, this, tr("Analyst Colour")));
}

void AnalystProfileDialog::updateState()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty());
    // The button shows the chip the annotations will carry.
    QPixmap chip(40, 20);
    chip.fill(Qt::transparent);
    QPainter painter(&chip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(m_color);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(chip.rect(), 10, 10);
    painter.setPen(m_color.lightnessF() > 0.6 ? Qt::black : Qt::white);
    painter.drawText(chip.rect(), Qt::AlignCenter, analyst().displayInitials());
    painter.end();
    m_colorButton->setIcon(QIcon(chip));
    m_colorButton->setIconSize(chip.size());
    m_colorButton->setText(m_color.name());
}

} // namespace glossa
