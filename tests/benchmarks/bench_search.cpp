// Search and where-else latency on a generated library. Prints one JSON object.
//
//   bench-search [--articles N] [--library PATH]
// With --library pointing at an existing file of the right size the import is skipped.
#include "corpusgenerator.h"
#include "import/importer.h"
#include "search/whereelse.h"
#include "storage/articlestore.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace glossa;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const int index = qBound(0, int(p * (values.size() - 1) + 0.5), int(values.size()) - 1);
    return values.at(index);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"articles", "Pages to generate.", "N", "10000"},
                       {"library", "Library file to use or create.", "PATH"}});
    parser.addHelpOption();
    parser.process(app);
    const int articles = parser.value("articles").toInt();
    QTemporaryDir temporary;
    const QString path = parser.isSet("library") ? parser.value("library") : temporary.filePath("bench.glossa");

    Library library;
    QString error;
    if (!library.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ArticleStore store(library.database());
    double importSeconds = 0;
    if (store.count({}) < articles) {
        Importer importer(library);
        bench::CorpusGenerator generator(20250212);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < articles; ++i)
            importer.importBytes(QStringLiteral("page-%1.txt").arg(i), generator.page(i));
        importSeconds = timer.nsecsElapsed() / 1e9;
    }

    // Rare and common words, phrases, prefixes, accented and unaccented.
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
        perQuery.append(QJsonObject{{"query", text}, {"ms", ms}, {"rows", int(rows.size())}});
    }

    // Where-else for a passage copied across the generated corpus's outlets.
    const std::optional<Article> sample = store.article(store.summaries({}).first().id);
    QList<double> whereElse;
    int hits = 0;
    if (sample && !sample->blocks.isEmpty()) {
        const QString passage = sample->blockText(sample->blocks.last()).left(200);
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            hits = int(WhereElse(library.database()).find(passage, sample->id).size());
            whereElse << timer.nsecsElapsed() / 1e6;
        }
    }

    const QJsonObject result{
        {"articles", store.count({})},
        {"import_s", importSeconds},
        {"search_p50_ms", percentile(timings, 0.5)},
        {"search_p95_ms", percentile(timings, 0.95)},
        {"search_max_ms", percentile(timings, 1.0)},
        {"where_else_ms", whereElse.isEmpty() ? 0.0 : percentile(whereElse, 0.5)},
        {"where_else_hits", hits},
        {"queries", perQuery},
    };
    std::printf("%s", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
