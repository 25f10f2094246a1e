#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace glossa {

// File ▸ Open Team Library…: where a desk's shared library lives on its PostgreSQL server, as
// its administrator gave it: the server (a host name, or the folder of a local server's socket),
// port, database and the analyst's login. The password, when the server asks for one and
// ~/.pgpass has none, is kept for this session only, or in the system keyring when the analyst
// ticks "Remember" (PasswordKeyring), never in the settings.
class TeamLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamLibraryDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database, or postgresql:///database?host=/socket/dir&… for a
    // socket folder: never with the password in it.
    QString address() const;
    QString password() const;
    bool remembersPassword() const;

    // Remembers what was typed (but the password) for the next time.
    void saveSettings() const;

private:
    void updateOk();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    class QPushButton *m_ok;
};

} // namespace glossa
