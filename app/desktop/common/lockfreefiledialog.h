#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace glossa {

// File dialogs that never open the files they list. Qt's dialog asks the MIME database for the
// icon and type of each file, which reads the first bytes of any file whose name it does not
// know: a library, its -wal and its -shm. Closing a file drops every POSIX lock this process
// holds on it, SQLite's included (https://www.sqlite.org/howtocorrupt.html, 2.2), so listing the
// library's folder let another process (glossa-cli) take the library for unused and delete
// its log under the open window. These dialogs get an icon provider that looks at names only,
// and are Qt's own: a platform dialog in this process could read the files the same way.
namespace LockFreeFileDialog {

// For a dialog built by hand (its options, its filters): makes it list without reading.
void prepare(QFileDialog &dialog);

QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString existingDirectory(QWidget *parent, const QString &caption, const QString &folder);

} // namespace LockFreeFileDialog

} // namespace glossa
