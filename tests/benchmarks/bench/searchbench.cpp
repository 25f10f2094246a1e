// Search: 30 fixed queries (rare and common words, phrases, prefixes, accented and
// unaccented, Arabic) on the generated library, first page of 50 results with snippets,
// ordered by relevance. p50, p95 and max, and each query's time.
#include "benchcontext.h"

#include "storage/articlestore.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace glossa::bench {

void runSearch(BenchContext &context)
{
    if (!ensureLibrary(context))
        return context.fail(QStringLiteral("search"), QStringLiteral("no library"));
    Library library;
    QString error;
    if (!library.open(context.libraryPath(), &error))
        return context.fail(QStringLiteral("search"), error);
    const ArticleStore store(library.database());

    const QStringList queries = {
        "défense", "defense", "ministère", "ministere", "élections", "gouvernement réforme", "\"crise énergie\"",
        "\"marché publique\"", "coopér*", "préf*", "santé", "sante -éducation", "frontière OR région", "dirhams",
        "enquête opposition", "rapport chiffres hausse", "internationale", "conseil", "débat", "accord frontière",
        "الحكومة", "وزارة الصحة", "البرلمان", "la", "le de", "annonce", "baisse", "\"selon les\"", "sécurité nationale",
        "zygomatique"};
    QList<double> timings;
    QJsonArray perQuery;
    for (const QString &text : queries) {
        ArticleQuery query;
        query.search = text;
        query.sort = ArticleQuery::Sort::Relevance;
        query.withSnippets = true;
        query.limit = 50;
        QElapsedTimer timer;
        timer.start();
        const QList<ArticleSummary> rows = store.summaries(query);
        const double ms = timer.nsecsElapsed() / 1e6;
        timings << ms;
        perQuery.append(QJsonObject{{"query", text}, {"ms", roundMs(ms)}, {"rows", int(rows.size())}});
    }
    context.results.insert(QStringLiteral("search_p50_ms"), roundMs(percentile(timings, 0.5)));
    context.results.insert(QStringLiteral("search_p95_ms"), roundMs(percentile(timings, 0.95)));
    context.results.insert(QStringLiteral("search_max_ms"), roundMs(percentile(timings, 1.0)));
    context.results.insert(QStringLiteral("search_queries"), perQuery);
}

} // namespace glossa::bench
