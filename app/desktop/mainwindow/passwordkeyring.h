#pragma once

#include <QString>

namespace glossa {

class LibraryAddress;

// The system keyring (the Secret Service of GNOME or KDE, through qtkeychain) for the password
// of a team library the analyst asked Glossa to remember. There is no fallback to a file: where
// no keyring answers, the password is kept for the session only and the user is told why.
// Glossa's settings record only that a place has a remembered password, so that the keyring is
// asked only for those. Each call waits for the keyring, which may ask the user to unlock it.
class PasswordKeyring
{
public:
    // Stores \a password for \a address's place; false, and why in one line, when it cannot.
    static bool remember(const LibraryAddress &address, const QString &password, QString *error);
    // The password remembered for \a address's place; empty when there is none, or when the
    // keyring cannot be read (and why, in *error).
    static QString recall(const LibraryAddress &address, QString *error);
    // Removes what was remembered for \a address's place, if anything.
    static void forget(const LibraryAddress &address);
    // Before opening \a path: when it is a team library with a password remembered and none
    // typed in this session, the remembered one is given to the session (ServerConnection).
    // False, and why, when the keyring could not be read.
    static bool provideRemembered(const QString &path, QString *error);
    // Whether a password was remembered for \a address's place (from the settings: the keyring
    // is not asked).
    static bool isRemembered(const LibraryAddress &address);
};

} // namespace glossa
