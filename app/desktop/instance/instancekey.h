#pragma once

#include <QString>

namespace glossa {

// Where the window showing a library listens: one socket per user, per display and per library.
// Per user and display, since the socket lives in the user's private runtime folder
// ($XDG_RUNTIME_DIR, mode 0700) and its name holds the display, so a file opened on one screen
// never raises a window on another. Per library, since a second library is a second window
// (two libraries read side by side), while a second `glossa` for the same library belongs in the
// window that already has it.
struct InstanceKey
{
    // A library as the windows compare it: a file by its canonical path (a link or a relative
    // name is the same library), a server address as written.
    static QString libraryIdentity(const QString &library);
    // The socket's full path for \a library; empty when the user has no runtime folder.
    static QString socketPath(const QString &library);
};

} // namespace glossa
