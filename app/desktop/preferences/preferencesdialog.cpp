#include "preferencesdialog.h"

#include "common/accessiblenames.h"
#include "analysts/analystprofiledialog.h"
#include "common/lockfreefiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace glossa {

namespace {

// The chip the analyst's annotations carry: initials on their colour.
QPixmap analystChip(const Analyst &analyst, const QFont &font)
{
    const QFontMetrics metrics(font);
    const QString initials = analyst.displayInitials();
    QPixmap chip(std::max(metrics.horizontalAdvance(initials) + 16, 36), metrics.height() + 6);
    chip.fill(Qt::transparent);
    const QColor color(analyst.displayColor());
    QPainter painter(&chip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(chip.rect(), chip.height() / 2.0, chip.height() / 2.0);
    painter.setFont(font);
    painter.setPen(color.lightnessF() > 0.6 ? Qt::black : Qt::white);
    painter.drawText(chip.rect(), Qt::AlignCenter, initials);
    return chip;
}

// A row label for a row holding several widgets: its shortcut goes to the first one.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const PreferenceValues &values, QWidget *parent)
    : QDialog(parent), m_analyst(values.analyst)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createInterfaceGroup(values));
    layout->addWidget(createReadingGroup(values));
    layout->addWidget(createAnalystGroup());
    layout->addWidget(createFilesGroup(values));
    layout->addStretch(1);
    // Made last, so that Tab reaches OK and Cancel after the settings.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showAnalyst();
    updateDelay();
    setMinimumWidth(520);
}

QWidget *PreferencesDialog::createInterfaceGroup(const PreferenceValues &values)
{
    auto *group = new QGroupBox(tr("Interface"), this);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("System Language"), QString());
    // Each language in its own words, as a reader of it looks for it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->setCurrentIndex(std::max(m_language->findData(values.language), 0));
    m_language->setAccessibleDescription(tr("The language of menus and dialogs; it takes effect the next time "
                                            "Glossa starts."));
    auto *restartNote = new QLabel(tr("A new language takes effect the next time Glossa starts."), group);
    restartNote->setObjectName(QStringLiteral("preferencesLanguageNote"));
    restartNote->setWordWrap(true);
    restartNote->setForegroundRole(QPalette::PlaceholderText);

    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    // The same three choices, in the same order, as View ▸ Theme.
    m_theme->addItem(tr("System Colours"), int(AppTheme::Choice::System));
    m_theme->addItem(tr("Light"), int(AppTheme::Choice::Light));
    m_theme->addItem(tr("Dark"), int(AppTheme::Choice::Dark));
    m_theme->setCurrentIndex(std::max(m_theme->findData(int(values.theme)), 0));

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    return group;
}

QWidget *PreferencesDialog::createReadingGroup(const PreferenceValues &values)
{
    auto *group = new QGroupBox(tr("Reading"), this);
    m_fontFamily = new QFontComboBox(group);
    m_fontFamily->setObjectName(QStringLiteral("preferencesReaderFont"));
    m_fontFamily->setCurrentFont(QFont(values.readerFontFamily));
    m_fontFamily->setAccessibleName(tr("Reader font"));
    m_fontFamily->setAccessibleDescription(tr("The typeface of the article text in the reader"));
    m_fontSize = new QSpinBox(group);
    m_fontSize->setObjectName(QStringLiteral("preferencesReaderFontSize"));
    m_fontSize->setRange(8, 36);
    m_fontSize->setValue(values.readerFontSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Reader font size"));
    m_fontSize->setAccessibleDescription(tr("In points, before zooming with Ctrl++ and Ctrl+-"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);

    m_markRead = new QComboBox(group);
    m_markRead->setObjectName(QStringLiteral("preferencesMarkRead"));
    m_markRead->addItem(tr("When Opened"), int(Preferences::MarkRead::OnOpen));
    m_markRead->addItem(tr("After Reading For"), int(Preferences::MarkRead::AfterDelay));
    m_markRead->addItem(tr("Only by Hand (M)"), int(Preferences::MarkRead::Manually));
    m_markRead->setCurrentIndex(std::max(m_markRead->findData(int(values.markRead)), 0));
    m_markRead->setAccessibleName(tr("Mark articles read"));
    m_markReadDelay = new QSpinBox(group);
    m_markReadDelay->setObjectName(QStringLiteral("preferencesMarkReadDelay"));
    m_markReadDelay->setRange(1, Preferences::kMaxMarkReadDelay);
    m_markReadDelay->setValue(values.markReadDelaySeconds > 0 ? values.markReadDelaySeconds
                                                              : Preferences::kDefaultMarkReadDelay);
    m_markReadDelay->setSuffix(tr(" s"));
    m_markReadDelay->setAccessibleName(tr("Seconds before an open article is marked read"));
    auto *markRow = new QHBoxLayout;
    markRow->addWidget(m_markRead, 1);
    markRow->addWidget(m_markReadDelay);
    connect(m_markRead, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateDelay);

    auto *form = new QFormLayout(group);
    form->addRow(buddyLabel(tr("Reader &font:"), m_fontFamily), fontRow);
    form->addRow(buddyLabel(tr("&Mark as read:"), m_markRead), markRow);
    return group;
}

QWidget *PreferencesDialog::createAnalystGroup()
{
    auto *group = new QGroupBox(tr("Analyst at This Desk"), this);
    m_analystChip = new QLabel(group);
    m_analystChip->setObjectName(QStringLiteral("preferencesAnalystChip"));
    m_analystName = new QLabel(group);
    m_analystName->setObjectName(QStringLiteral("preferencesAnalystName"));
    m_analystName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editAnalyst = new QPushButton(tr("&Edit Profile…"), group);
    m_editAnalyst->setObjectName(QStringLiteral("preferencesEditAnalyst"));
    m_editAnalyst->setAccessibleDescription(tr("The name, initials and colour your annotations carry"));
    connect(m_editAnalyst, &QPushButton::clicked, this, &PreferencesDialog::editAnalyst);
    auto *row = new QHBoxLayout(group);
    row->addWidget(m_analystChip);
    // Beside the chip in either direction, whatever the script of the name.
    row->addWidget(m_analystName);
    row->addStretch(1);
    row->addWidget(m_editAnalyst);
    return group;
}

QWidget *PreferencesDialog::createFilesGroup(const PreferenceValues &values)
{
    auto *group = new QGroupBox(tr("Files"), this);
    m_exportFolder = new QLineEdit(QDir::toNativeSeparators(values.exportFolder), group);
    m_exportFolder->setObjectName(QStringLiteral("preferencesExportFolder"));
    m_exportFolder->setPlaceholderText(tr("The folder of the last export"));
    AccessibleNames::enableClearButton(m_exportFolder);
    m_exportFolder->setAccessibleDescription(tr("Where File ▸ Export… starts; empty for the folder of the last export"));
    m_browseExportFolder = new QPushButton(tr("&Browse…"), group);
    m_browseExportFolder->setObjectName(QStringLiteral("preferencesBrowseExportFolder"));
    m_browseExportFolder->setAccessibleName(tr("Choose the default export folder"));
    connect(m_browseExportFolder, &QPushButton::clicked, this, &PreferencesDialog::chooseExportFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(m_browseExportFolder);

    m_openLastLibrary = new QCheckBox(tr("&Open the last library used when Glossa starts"), group);
    m_openLastLibrary->setObjectName(QStringLiteral("preferencesOpenLastLibrary"));
    m_openLastLibrary->setChecked(values.openLastLibrary);
    m_openLastLibrary->setAccessibleDescription(tr("Otherwise Glossa opens its default library, unless one is "
                                                   "named with --db or GLOSSA_DB"));

    auto *form = new QFormLayout(group);
    form->addRow(buddyLabel(tr("Default e&xport folder:"), m_exportFolder), folderRow);
    form->addRow(QString(), m_openLastLibrary);
    return group;
}

PreferenceValues PreferencesDialog::values() const
{
    PreferenceValues values;
    values.language = m_language->currentData().toString();
    values.theme = AppTheme::Choice(m_theme->currentData().toInt());
    values.readerFontFamily = m_fontFamily->currentFont().family();
    values.readerFontSize = m_fontSize->value();
    values.markRead = Preferences::MarkRead(m_markRead->currentData().toInt());
    values.markReadDelaySeconds = m_markReadDelay->value();
    values.analyst = m_analyst;
    values.exportFolder = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
    values.openLastLibrary = m_openLastLibrary->isChecked();
    return values;
}

void PreferencesDialog::editAnalyst()
{
    AnalystProfileDialog dialog(m_analyst, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_analyst = dialog.analyst();
    showAnalyst();
}

void PreferencesDialog::chooseExportFolder()
{
    const QString folder = LockFreeFileDialog::existingDirectory(this, tr("Default Export Folder"),
                                                                 m_exportFolder->text());
    if (!folder.isEmpty())
        m_exportFolder->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::showAnalyst()
{
    if (!m_analyst.isValid()) {
        m_analystChip->clear();
        m_analystName->setText(tr("No profile yet: your annotations carry your account's name."));
        m_editAnalyst->setText(tr("&Create Profile…"));
        return;
    }
    m_analystChip->setPixmap(analystChip(m_analyst, m_analystChip->font()));
    m_analystChip->setAccessibleName(tr("Analyst chip %1").arg(m_analyst.displayInitials()));
    m_analystName->setText(tr("%1 (%2)").arg(m_analyst.name, m_analyst.displayInitials()));
}

void PreferencesDialog::updateDelay()
{
    m_markReadDelay->setEnabled(Preferences::MarkRead(m_markRead->currentData().toInt())
                                == Preferences::MarkRead::AfterDelay);
}

} // namespace glossa
