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
    // What the address is for: opening the library, or copying the open one into it.
    enum class Purpose { Open, CopyInto };
    explicit TeamLibraryDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::Open);

    // postgresql://user@host:port/database, or postgresql:///database?host=/socket/dir&… for a
    // socket folder: never with the password in it.
    QString address() const;
    QString password() const;
    bool remembersPassword() const;

    // Remembers what was typed (but the password) for the next time.
    void saveSettings() const;
    // Gives the typed password to this session's connections, and to the system keyring when
    // asked to remember it (or takes it out of the keyring when not); a line to show when the
    // keyring could not keep it, else nothing.
    QString keepPassword() const;

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
