// Import throughput: generates N pages in the real dump layout, one file each, and imports
// them through glossa::Importer into a fresh library. Prints one JSON object.
//
//   bench-import [--articles N] [--work-dir DIR]
#include "corpusgenerator.h"
#include "import/importer.h"
#include "storage/articlestore.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace glossa;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"articles", "Pages to generate and import.", "N", "3000"},
                       {"work-dir", "Where to write the corpus and the library.", "DIR"}});
    parser.addHelpOption();
    parser.process(app);
    const int articles = parser.value("articles").toInt();
    QTemporaryDir temporary;
    const QString work = parser.isSet("work-dir") ? parser.value("work-dir") : temporary.path();
    QDir(work).mkpath("corpus");

    bench::CorpusGenerator generator(20250212);
    qint64 bytes = 0;
    for (int i = 0; i < articles; ++i) {
        QFile file(QDir(work).filePath(QStringLiteral("corpus/%1.txt").arg(i, 7, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray page = generator.page(i);
        bytes += page.size();
        file.write(page);
    }

    const QString db = QDir(work).filePath("bench.glossa");
    QFile::remove(db);
    Library library;
    QString error;
    if (!library.open(db, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Importer importer(library);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.importPaths({QDir(work).filePath("corpus")}, false);
    const double seconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    const ImportReport again = importer.importPaths({QDir(work).filePath("corpus")}, false);
    const double reimportSeconds = timer.nsecsElapsed() / 1e9;

    QJsonObject result{
        {"articles", articles},
        {"imported", report.added()},
        {"refused", report.refused()},
        {"corpus_mb", bytes / 1e6},
        {"import_s", seconds},
        {"import_articles_per_s", report.added() / seconds},
        {"import_mb_per_s", bytes / 1e6 / seconds},
        {"reimport_duplicates", again.duplicates()},
        {"reimport_s", reimportSeconds},
        {"library_mb", QFileInfo(db).size() / 1e6},
    };
    std::printf("%s", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return report.refused() == 0 ? 0 : 1;
}
