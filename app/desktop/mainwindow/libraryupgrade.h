#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace glossa {

// Brings a library written by an older Glossa up to the current format before it is opened,
// on a worker thread with a connection of its own, while a progress dialog keeps the window
// painting. Converting a million articles' tickers to format 6 takes minutes; done by
// Library::open on the UI thread it left a blank, frozen window all that time.
class LibraryUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(LibraryUpgrade)

public:
    // True when \a path is a library of an older format (a new, empty or unreadable file is
    // not: opening it reports whatever is wrong).
    static bool isNeeded(const QString &path);

    // Upgrades \a path if isNeeded(); the dialog appears only when the work lasts longer than
    // \a showAfterMs. Returns false, with the reason in *error, when the upgrade failed: each
    // format step is one transaction, so the file is then at the last step that completed,
    // never between two.
    static bool runIfNeeded(const QString &path, QWidget *dialogParent, QString *error, int showAfterMs = 400);
};

} // namespace glossa
