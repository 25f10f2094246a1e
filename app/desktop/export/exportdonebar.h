#pragma once

#include <QWidget>

class QStatusBar;

namespace glossa {

// Shown in the status bar beside "Exported … to brief.pdf": Open (the file, in the program the
// desktop uses for it) and Show in Folder. It goes when the message does, or once used.
class ExportDoneBar : public QWidget
{
    Q_OBJECT
public:
    ExportDoneBar(const QString &path, QStatusBar *statusBar);

    QString path() const { return m_path; }

public slots:
    void openFile();
    void showFolder();

private:
    QString m_path;
};

} // namespace glossa
