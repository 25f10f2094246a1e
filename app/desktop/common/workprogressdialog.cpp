#include "workprogressdialog.h"

namespace glossa {

QProgressDialog *makeWorkProgressDialog(QWidget *parent, const QString &objectName, const QString &title,
                                        const QString &label, const QString &cancelText, int minimumWidth)
{
    auto *dialog = new QProgressDialog(label, cancelText, 0, 0, parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setMinimumWidth(minimumWidth);
    return dialog;
}

} // namespace glossa
