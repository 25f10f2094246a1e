// REFI-QDA: a library of 1,000 articles with 10 annotations each (10,000 selections, about
// 30,000 codings: tags, and a claim's kind and verdict on every other one), exported as a
// .qdpx through the one export path (load, render, ZIP, QSaveFile), then that file imported
// into an empty library (read, check, write articles, annotations, notes, analysts). One run
// each: a second import would find everything there already.
#include "benchcontext.h"

#include "export/exportjob.h"
#include "interchange/refiqdaimporter.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace glossa::bench {

namespace {
constexpr int kArticles = 1000;
constexpr int kPerArticle = 10;
} // namespace

void runRefiQda(BenchContext &context)
{
    QTemporaryDir dir(QDir(context.workDir).filePath(QStringLiteral("refiqda-XXXXXX")));
    Library library;
    QList<qint64> ids;
    if (!buildLibrary(library, dir.filePath("a.glossa"), kArticles, &ids) || !annotate(library, ids, kPerArticle))
        return context.fail(QStringLiteral("refiqda"), QStringLiteral("cannot build the annotated library"));

    ExportRequest request;
    request.format = ExportFormat::RefiQdaProject;
    request.path = dir.filePath(QStringLiteral("bench.qdpx"));
    ExportOutcome outcome;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!ExportJob(library.database()).run(request, &outcome, &error))
        return context.fail(QStringLiteral("refiqda"), error);
    const double exportMs = timer.nsecsElapsed() / 1e6;

    Library target;
    if (!target.open(dir.filePath(QStringLiteral("b.glossa")), &error))
        return context.fail(QStringLiteral("refiqda"), error);
    timer.restart();
    const RefiImportReport report = RefiQdaImporter(target.database()).importFile(request.path);
    const double importMs = timer.nsecsElapsed() / 1e6;
    if (!report.ok())
        return context.fail(QStringLiteral("refiqda"), report.fileError);

    // Every annotation carries its tags (2) and, one in two, a kind and a verdict.
    const int codings = outcome.annotations * 2 + outcome.annotations / 2 * 2;
    context.results.insert(QStringLiteral("refiqda_export_ms"), roundMs(exportMs));
    context.results.insert(QStringLiteral("refiqda_import_ms"), roundMs(importMs));
    context.results.insert(QStringLiteral("refiqda_articles"), outcome.articles);
    context.results.insert(QStringLiteral("refiqda_selections"), outcome.annotations);
    context.results.insert(QStringLiteral("refiqda_codings"), codings);
    context.results.insert(QStringLiteral("refiqda_file_mb"), roundMs(QFileInfo(request.path).size() / 1048576.0));
    if (report.articlesAdded != outcome.articles || report.annotationsAdded != outcome.annotations)
        context.fail(QStringLiteral("refiqda"), QStringLiteral("%1 of %2 articles and %3 of %4 annotations imported back")
                                                    .arg(report.articlesAdded)
                                                    .arg(outcome.articles)
                                                    .arg(report.annotationsAdded)
                                                    .arg(outcome.annotations));
}

} // namespace glossa::bench
