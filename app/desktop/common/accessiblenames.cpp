#include "accessiblenames.h"

#include <QAction>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace glossa {

void AccessibleNames::enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // Qt's button takes its text (its accessible name) and tooltip from this action.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear"));
}

void AccessibleNames::nameExtensionButton(QToolBar *toolBar)
{
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More tools"));
}

} // namespace glossa
