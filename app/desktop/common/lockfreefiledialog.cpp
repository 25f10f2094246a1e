#include "lockfreefiledialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>

namespace glossa {

namespace {

// Icons and type names from the file's name and kind alone, never from its content.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QFileIconProvider::Folder : QFileIconProvider::File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("LockFreeFileDialog", "Folder");
        return info.suffix().isEmpty() ? QCoreApplication::translate("LockFreeFileDialog", "File")
                                       : info.suffix().toUpper();
    }
};

NameOnlyIconProvider *nameOnlyIcons()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

QString firstSelected(QFileDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace

void LockFreeFileDialog::prepare(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(nameOnlyIcons());
}

QString LockFreeFileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                         const QString &filter)
{
    QFileDialog dialog(parent, caption, path, filter);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return firstSelected(dialog);
}

QString LockFreeFileDialog::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                         const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    prepare(dialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return firstSelected(dialog);
}

QStringList LockFreeFileDialog::openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                              const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    prepare(dialog);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

QString LockFreeFileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &folder)
{
    QFileDialog dialog(parent, caption, folder);
    prepare(dialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return firstSelected(dialog);
}

} // namespace glossa
