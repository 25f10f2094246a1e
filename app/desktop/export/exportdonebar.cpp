#include "exportdonebar.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

namespace glossa {

ExportDoneBar::ExportDoneBar(const QString &path, QStatusBar *statusBar) : QWidget(statusBar), m_path(path)
{
    setObjectName(QStringLiteral("exportDoneBar"));
    auto *open = new QToolButton(this);
    open->setObjectName(QStringLiteral("openExport"));
    open->setText(tr("Open"));
    open->setToolTip(tr("Open %1").arg(QFileInfo(path).fileName()));
    open->setAutoRaise(false); // framed: they must read as buttons beside the message
    auto *folder = new QToolButton(this);
    folder->setObjectName(QStringLiteral("showExportFolder"));
    folder->setText(tr("Show in Folder"));
    folder->setToolTip(QFileInfo(path).absolutePath());
    folder->setAutoRaise(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(open);
    layout->addWidget(folder);
    connect(open, &QToolButton::clicked, this, &ExportDoneBar::openFile);
    connect(folder, &QToolButton::clicked, this, &ExportDoneBar::showFolder);
    statusBar->addPermanentWidget(this);
    // It belongs to the message: when that is cleared or replaced, the buttons go too.
    connect(statusBar, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            deleteLater();
    });
}

void ExportDoneBar::openFile()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()));
    deleteLater();
}

void ExportDoneBar::showFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    deleteLater();
}

} // namespace glossa
