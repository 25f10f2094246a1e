// Search: 30 fixed queries (rare and common words, phrases, prefixes, accented and
// unaccented, Arabic) on the generated library, first page of 50 results with snippets,
// ordered by relevance. p50, p95 and max, and each query's time: wall and the process's CPU
// time (the machine is shared: CPU time is the steadier figure), and the plan it took.
#include "benchcontext.h"

#include "search/articlefinder.h"
#include "search/ftsquery.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <ctime>

namespace glossa::bench {

namespace {

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

const char *planName(SearchPlan plan)
{
    switch (plan) {
    case SearchPlan::None:
        return "none";
    case SearchPlan::Selective:
        return "bm25";
    case SearchPlan::Materialized:
        return "set";
    case SearchPlan::Probed:
        return "probed";
    }
    return "?";
}

} // namespace

QStringList searchQueries()
{
    return {
        "défense", "defense", "ministère", "ministere", "élections", "gouvernement réforme", "\"crise énergie\"",
        "\"marché publique\"", "coopér*", "préf*", "santé", "sante -éducation", "frontière OR région", "dirhams",
        "enquête opposition", "rapport chiffres hausse", "internationale", "conseil", "débat", "accord frontière",
        "الحكومة", "وزارة الصحة", "البرلمان", "la", "le de", "annonce", "baisse", "\"selon les\"", "sécurité nationale",
        "zygomatique"};
}

void runSearch(BenchContext &context)
{
    if (!ensureLibrary(context))
        return context.fail(QStringLiteral("search"), QStringLiteral("no library"));
    Library library;
    QString error;
    if (!library.open(context.libraryPath(), &error))
        return context.fail(QStringLiteral("search"), error);
    library.setPageCacheKiB(Library::kInteractivePageCacheKiB); // as the desktop app's connection (Workspace)
    const ArticleFinder finder(library.database());

    const QStringList queries = searchQueries();
    // Each query is timed twice: the first pass gives the keys the README quotes; the second,
    // once the pages the queries read are in SQLite's and the system's caches, shows how much
    // of the first was reading the file (on a shared machine, other processes evict them).
    QList<double> timings, cpuTimings, warmTimings, warmCpuTimings;
    QJsonArray perQuery;
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const QString &text = queries.at(i);
            ArticleQuery query;
            query.search = text;
            query.sort = ArticleQuery::Sort::Relevance;
            query.withSnippets = true;
            query.limit = 50;
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = processCpuMs();
            const QList<ArticleSummary> rows = finder.summaries(query);
            const double cpuMs = processCpuMs() - cpuStart;
            const double ms = timer.nsecsElapsed() / 1e6;
            (pass == 0 ? timings : warmTimings) << ms;
            (pass == 0 ? cpuTimings : warmCpuTimings) << cpuMs;
            if (pass == 1) {
                QJsonObject entry = perQuery.at(i).toObject();
                entry.insert(QStringLiteral("warm_ms"), roundMs(ms));
                entry.insert(QStringLiteral("warm_cpu_ms"), roundMs(cpuMs));
                perQuery.replace(i, entry);
                continue;
            }
            // Planned again, untimed, to show which plan the time belongs to.
            const PlannedSearch planned = finder.plannedSearch(FtsQuery::toMatchExpression(text), query.limit);
            perQuery.append(QJsonObject{{"query", text}, {"ms", roundMs(ms)}, {"cpu_ms", roundMs(cpuMs)},
                                        {"plan", planName(planned.plan)}, {"rows", int(rows.size())}});
        }
    }
    context.results.insert(QStringLiteral("search_p50_ms"), roundMs(percentile(timings, 0.5)));
    context.results.insert(QStringLiteral("search_p95_ms"), roundMs(percentile(timings, 0.95)));
    context.results.insert(QStringLiteral("search_max_ms"), roundMs(percentile(timings, 1.0)));
    context.results.insert(QStringLiteral("search_cpu_p50_ms"), roundMs(percentile(cpuTimings, 0.5)));
    context.results.insert(QStringLiteral("search_cpu_p95_ms"), roundMs(percentile(cpuTimings, 0.95)));
    context.results.insert(QStringLiteral("search_warm_p50_ms"), roundMs(percentile(warmTimings, 0.5)));
    context.results.insert(QStringLiteral("search_warm_p95_ms"), roundMs(percentile(warmTimings, 0.95)));
    context.results.insert(QStringLiteral("search_warm_cpu_p95_ms"), roundMs(percentile(warmCpuTimings, 0.95)));
    context.results.insert(QStringLiteral("search_queries"), perQuery);
}

} // namespace glossa::bench
