#include "teamlibrarydialog.h"

#include "passwordkeyring.h"
#include "storage/libraryaddress.h"
#include "storage/serverconnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace glossa {

namespace {
const char *const kGroup = "teamLibrary";
constexpr int kDefaultPort = 5432;
} // namespace

TeamLibraryDialog::TeamLibraryDialog(QWidget *parent, Purpose purpose) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamLibraryDialog"));
    setWindowTitle(purpose == Purpose::Open ? tr("Open Team Library") : tr("Copy to Team Library"));
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));

    m_host = new QLineEdit(settings.value(QStringLiteral("host")).toString(), this);
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setPlaceholderText(tr("db.example.org, or a local server's socket folder"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("port"), kDefaultPort).toInt());
    m_database = new QLineEdit(settings.value(QStringLiteral("database")).toString(), this);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_user = new QLineEdit(settings.value(QStringLiteral("user"), qEnvironmentVariable("USER")).toString(), this);
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From ~/.pgpass when left empty"));
    m_remember = new QCheckBox(tr("&Remember the password in the system keyring"), this);
    m_remember->setObjectName(QStringLiteral("teamRememberPassword"));
    if (const std::optional<LibraryAddress> place = LibraryAddress::parse(address()))
        m_remember->setChecked(PasswordKeyring::isRemembered(*place));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *note = new QLabel(
        (purpose == Purpose::Open
             ? tr("Your administrator gives you these (glossa-cli team add-analyst).")
             : tr("Copy as the team library's owner (the login that ran 'glossa-cli team init'): the rows are "
                  "every analyst's. Copying again adds only what is new."))
            + QLatin1Char(' ')
            + tr("Unless you ask Glossa to remember it, the password is kept only until Glossa quits; it is never "
                 "written to Glossa's settings."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(purpose == Purpose::Open ? tr("&Open") : tr("&Copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &TeamLibraryDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(500);
    updateOk();
    (m_host->text().isEmpty() ? m_host : m_database->text().isEmpty() ? m_database : m_password)->setFocus();
}

void TeamLibraryDialog::updateOk()
{
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                     && !m_user->text().trimmed().isEmpty());
}

QString TeamLibraryDialog::address() const
{
    auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())); };
    const QString host = m_host->text().trimmed();
    // One pass of arg() with strings only: the encoded parts hold '%' followed by digits.
    const QString port = QString::number(m_port->value());
    // A socket folder cannot be written as a URI's host: libpq takes it as a parameter.
    if (host.startsWith(QLatin1Char('/')))
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(encoded(m_database->text()), encoded(host), port, encoded(m_user->text()));
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(encoded(m_user->text()), hostPart, port, encoded(m_database->text()));
}

QString TeamLibraryDialog::password() const
{
    return m_password->text();
}

bool TeamLibraryDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void TeamLibraryDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
}

QString TeamLibraryDialog::keepPassword() const
{
    const std::optional<LibraryAddress> place = LibraryAddress::parse(address());
    if (!place)
        return QString();
    ServerConnection::setSessionPassword(*place, password());
    QString why;
    if (!remembersPassword())
        PasswordKeyring::forget(*place);
    else if (!password().isEmpty() && !PasswordKeyring::remember(*place, password(), &why))
        return tr("The password could not be kept in the system keyring (%1): it is kept until Glossa quits.").arg(why);
    return QString();
}

} // namespace glossa
