#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace glossa {

// Lets files and folders be dropped on a window to import them. An event filter rather than
// overridden drag handlers, so the window class stays a wiring of widgets.
class FileDropTarget : public QObject
{
    Q_OBJECT
public:
    explicit FileDropTarget(QWidget *target);

    // The local files and folders in a drag, empty when there are none.
    static QStringList localPaths(const QMimeData *mimeData);

signals:
    void pathsDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace glossa
