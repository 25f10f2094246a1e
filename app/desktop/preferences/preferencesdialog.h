#pragma once

#include "model/analyst.h"
#include "preferences.h"
#include "shell/apptheme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace glossa {

// Everything the Preferences dialog edits, as it stands when the dialog opens and as the analyst
// leaves it.
struct PreferenceValues
{
    QString language; // empty: the system's
    AppTheme::Choice theme = AppTheme::Choice::System;
    QString readerFontFamily; // the reader's face as shown (its own default resolved)
    int readerFontSize = 12;
    Preferences::MarkRead markRead = Preferences::MarkRead::OnOpen;
    int markReadDelaySeconds = Preferences::kDefaultMarkReadDelay;
    Analyst analyst;
    QString exportFolder; // empty: the last export's folder
    bool openLastLibrary = false;
};

// Edit ▸ Preferences…: the interface language and theme, the reader's font, when articles become
// read, the analyst at the desk (edited with the Analyst menu's own profile dialog), the default
// export folder and which library opens at start. It only edits values: PreferencesController
// saves and applies them when it is accepted, so Cancel changes nothing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const PreferenceValues &values, QWidget *parent = nullptr);

    PreferenceValues values() const;

public slots:
    // The analyst profile dialog over this one; what it accepts is kept until OK.
    void editAnalyst();
    void chooseExportFolder();

private:
    QWidget *createInterfaceGroup(const PreferenceValues &values);
    QWidget *createReadingGroup(const PreferenceValues &values);
    QWidget *createAnalystGroup();
    QWidget *createFilesGroup(const PreferenceValues &values);
    void showAnalyst();
    void updateDelay();

    Analyst m_analyst;
    QComboBox *m_language;
    QComboBox *m_theme;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QComboBox *m_markRead;
    QSpinBox *m_markReadDelay;
    QLabel *m_analystChip;
    QLabel *m_analystName;
    QPushButton *m_editAnalyst;
    QLineEdit *m_exportFolder;
    QPushButton *m_browseExportFolder;
    QCheckBox *m_openLastLibrary;
};

} // namespace glossa
