#pragma once

#include <QCoreApplication>

class QLineEdit;
class QToolBar;

namespace glossa {

// Names for the buttons Qt adds to widgets by itself and leaves unnamed, so that a screen reader
// says what they do.
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleNames)
public:
    // QLineEdit::setClearButtonEnabled(true), with its button named "Clear".
    static void enableClearButton(QLineEdit *edit);
    // The » button of a toolbar too narrow for all its tools.
    static void nameExtensionButton(QToolBar *toolBar);
};

} // namespace glossa
