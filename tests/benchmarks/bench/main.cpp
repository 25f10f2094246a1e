// glossa-bench: Glossa's figures at a given library size, as one JSON object on stdout.
//
//   glossa-bench --articles N [--work-dir DIR] [--only import,baseline,search,list,reader,whereelse,export,refiqda,rss,agreement,server,reader-large,claims]
//                [--db postgresql://… [--writer-seconds S]]
//
// The corpus is generated once into the work folder and reused; the library the import
// writes there is what the search, list, where-else and memory parts read. Progress goes to
// stderr. Exit code 0 when every part ran, 1 when one could not, 2 on a usage error.
#include "benchcontext.h"
#include "storage/sqlitepagememory.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

#ifdef GLOSSA_BENCH_APP
#include <QApplication>
using BenchApplication = QApplication;
#else
#include <QCoreApplication>
using BenchApplication = QCoreApplication;
#endif

namespace glossa::bench {

void BenchContext::fail(const QString &part, const QString &reason)
{
    std::fprintf(stderr, "glossa-bench: %s: %s\n", qPrintable(part), qPrintable(reason));
    failed = true;
    QJsonObject errors = results.value(QStringLiteral("errors")).toObject();
    errors.insert(part, reason);
    results.insert(QStringLiteral("errors"), errors);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int index = qBound(0, int(p * (values.size() - 1) + 0.5), int(values.size()) - 1);
    return values.at(index);
}

double median(QList<double> values)
{
    return percentile(values, 0.5);
}

double roundMs(double ms)
{
    return qRound64(ms * 10) / 10.0;
}

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace glossa::bench

using namespace glossa::bench;

int main(int argc, char *argv[])
{
#ifdef GLOSSA_BENCH_APP
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // As the desktop app and glossa-cli do, before the first connection.
    glossa::SqlitePageMemory::install();
    BenchApplication application(argc, argv);
    const QStringList allParts = {"import", "baseline", "search", "list", "reader", "whereelse", "export", "refiqda", "rss", "agreement", "server", "reader-large", "claims"};
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Glossa's benchmarks: one JSON object of figures."));
    parser.addOptions({{"articles", "Pages to generate and import (default 1000).", "N", "1000"},
                       {"work-dir", "Where the corpus and the library are kept (default: a temporary folder).", "DIR"},
                       {"only", "Parts to run, comma-separated: " + allParts.join(QLatin1Char(',')) + ".", "PARTS"},
                       {"db", "A team library on a server (postgresql://…, initialised, empty or holding this corpus) "
                              "measured beside the library file: the 'server' part.", "ADDRESS"},
                       {"writer-seconds", "How long the server's 8 concurrent analysts write (default 60).", "S", "60"}});
    parser.addHelpOption();
    parser.process(application);

    BenchContext context;
    context.serverAddress = parser.value("db");
    context.writerSeconds = qMax(1, parser.value("writer-seconds").toInt());
    bool ok = false;
    context.articles = parser.value("articles").toInt(&ok);
    if (!ok || context.articles < 100) {
        std::fprintf(stderr, "glossa-bench: --articles takes a number of pages, at least 100\n");
        return 2;
    }
    QTemporaryDir temporary;
    context.workDir = parser.isSet("work-dir") ? parser.value("work-dir") : temporary.path();
    if (!QDir().mkpath(context.workDir)) {
        std::fprintf(stderr, "glossa-bench: cannot create %s\n", qPrintable(context.workDir));
        return 2;
    }
    for (const QString &part : parser.value("only").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!allParts.contains(part.trimmed())) {
            std::fprintf(stderr, "glossa-bench: unknown part '%s' (parts: %s)\n", qPrintable(part),
                         qPrintable(allParts.join(QLatin1Char(','))));
            return 2;
        }
        context.only.insert(part.trimmed());
    }
    // The baseline compares with the import's time, so asking for it runs the import too.
    if (context.only.contains(QStringLiteral("baseline")))
        context.only.insert(QStringLiteral("import"));

    context.results.insert(QStringLiteral("articles"), context.articles);
    context.results.insert(QStringLiteral("page_memory_in_huge_pages"), glossa::SqlitePageMemory::isInstalled());
    context.results.insert(QStringLiteral("machine"),
                           QJsonObject{{"cores", QThread::idealThreadCount()},
                                       {"os", QSysInfo::prettyProductName()},
                                       {"cpu", QSysInfo::currentCpuArchitecture()},
                                       {"build_type", QStringLiteral(GLOSSA_BUILD_TYPE)},
                                       {"qt", QString::fromLatin1(qVersion())}});

    const QList<std::pair<QString, std::function<void(BenchContext &)>>> parts = {
        {"import", runImport}, {"baseline", runBaseline}, {"search", runSearch},
#ifdef GLOSSA_BENCH_APP
        {"list", runList},     {"reader", runReader},
#endif
        {"whereelse", runWhereElse}, {"export", runExport}, {"refiqda", runRefiQda},
#ifdef GLOSSA_BENCH_APP
        {"rss", runRss},
#endif
        {"agreement", runAgreement}, {"server", runServer}, {"claims", runClaimMemory},
#ifdef GLOSSA_BENCH_APP
        {"reader-large", runReaderLarge},
#endif
    };
    QJsonObject partSeconds;
    for (const auto &[name, run] : parts) {
        if (!context.wants(name))
            continue;
        // A 30 MB article takes a while to write: only when asked for by name.
        if (name == QLatin1String("reader-large") && !context.only.contains(name))
            continue;
        std::fprintf(stderr, "glossa-bench: %s…\n", qPrintable(name));
        QElapsedTimer timer;
        timer.start();
        run(context);
        partSeconds.insert(name, qRound64(timer.nsecsElapsed() / 1e8) / 10.0);
    }
    context.results.insert(QStringLiteral("part_seconds"), partSeconds);
    std::printf("%s", QJsonDocument(context.results).toJson(QJsonDocument::Indented).constData());
    return context.failed ? 1 : 0;
}
