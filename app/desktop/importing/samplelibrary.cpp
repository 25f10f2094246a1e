#include "samplelibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace glossa {

QStringList SampleLibrary::resourcePaths()
{
    const QDir samples(QStringLiteral(":/samples"));
    QStringList paths;
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        paths << samples.filePath(name);
    return paths;
}

ImportReport SampleLibrary::importInto(Library &library)
{
    // Three small files: imported on the calling thread, before the window shows the list.
    ImportReport report;
    Importer importer(library);
    for (const QString &path : resourcePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        report.files << importer.importBytes(QFileInfo(path).fileName(), file.readAll());
    }
    return report;
}

} // namespace glossa
