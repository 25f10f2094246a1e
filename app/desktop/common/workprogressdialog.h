#pragma once

#include <QProgressDialog>

namespace glossa {

// The progress dialog of a long job on a worker (an import, a library copy, matching the claim
// memory): shown only when the job lasts, kept open at 100 % until the job says it ended (the
// worker, not the dialog, knows when), deleted when closed, window-modal so that other
// windows of the desktop stay usable.
QProgressDialog *makeWorkProgressDialog(QWidget *parent, const QString &objectName, const QString &title,
                                        const QString &label, const QString &cancelText, int minimumWidth = 420);

} // namespace glossa
