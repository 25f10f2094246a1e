#pragma once

#include "handovermessage.h"

#include <QObject>
#include <QStringList>

namespace glossa {

class MainWindow;
class Workspace;

// What the window does with a request handed over by a second `glossa`: comes to the front and
// imports the files. An import already running is not interrupted: the files wait for its end,
// and are dropped if the window has meanwhile opened another library than the one they were for.
class HandOverReceiver : public QObject
{
    Q_OBJECT
public:
    HandOverReceiver(MainWindow *window, Workspace *workspace);

    void receive(const HandOverRequest &request);
    QStringList waitingPaths() const { return m_waiting; }

private:
    void importWaiting();

    MainWindow *m_window;
    Workspace *m_workspace;
    QString m_waitingLibrary;
    QStringList m_waiting;
};

} // namespace glossa
