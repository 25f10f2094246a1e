// A team library on a PostgreSQL server (--db ADDRESS, an initialised team library, empty or
// holding this corpus): the same figures as the library file's, side by side in one run:
// import, search p50/p95, the list's first page; then 8 analysts on their own connections each
// changing a claim once a second: the p95 of an edit and the count of acknowledged edits the
// library does not hold (must be 0), and how soon another connection hears of a change.
#include "benchcontext.h"
#include "benchcorpus.h"

#include "import/importer.h"
#include "model/annotation.h"
#include "search/articlefinder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/libraryaddress.h"
#include "storage/teamadministration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <QUrlQuery>

#include <atomic>
#include <memory>

namespace glossa::bench {

namespace {

constexpr int kWriters = 8;

// The address of the same team library, logging in as \a login.
QString addressAs(const QString &address, const QString &login)
{
    QString with = address;
    with.remove(QRegularExpression(QStringLiteral("([?&])user=[^&]*")));
    return with + (with.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("user=") + login;
}

QList<double> timeQueries(const ArticleFinder &finder, const QStringList &texts, int passes)
{
    QList<double> timings;
    for (int pass = 0; pass < passes; ++pass) {
        for (const QString &text : texts) {
            ArticleQuery query;
            query.search = text;
            query.sort = text.isEmpty() ? ArticleQuery::Sort::Published : ArticleQuery::Sort::Relevance;
            query.withSnippets = !text.isEmpty();
            query.limit = 50;
            QElapsedTimer timer;
            timer.start();
            finder.summaries(query);
            if (pass == passes - 1)
                timings << timer.nsecsElapsed() / 1e6;
        }
    }
    return timings;
}

} // namespace

void runServer(BenchContext &context)
{
    if (context.serverAddress.isEmpty())
        return;
    if (ensureCorpus(context.corpusDir(), kCorpusSeed, 0, context.articles) < 0)
        return context.fail(QStringLiteral("server"), QStringLiteral("cannot write the corpus"));
    QJsonObject figures;
    Library library;
    QString error;
    if (!library.open(context.serverAddress, &error))
        return context.fail(QStringLiteral("server"), error);
    const int present = ArticleFinder(library.database()).count({});
    if (present == 0) {
        Importer importer(library);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = importer.importPaths({context.corpusDir()}, true);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (report.added() != context.articles)
            return context.fail(QStringLiteral("server"), QStringLiteral("%1 of %2 pages imported into the server")
                                                               .arg(report.added())
                                                               .arg(context.articles));
        figures.insert(QStringLiteral("import_articles_per_s"), report.added() / seconds);
    } else if (present < context.articles) {
        return context.fail(QStringLiteral("server"), QStringLiteral("the team library holds %1 articles, neither none "
                                                                     "nor this corpus: give an empty one")
                                                          .arg(present));
    }
    const ArticleFinder finder(library.database());
    const QStringList queries = searchQueries();
    const QList<double> search = timeQueries(finder, queries, 2); // the second pass: warm, as the README's
    QJsonObject perQuery; // which queries make the tail
    for (qsizetype i = 0; i < queries.size(); ++i)
        perQuery.insert(queries.at(i), roundMs(search.at(i)));
    figures.insert(QStringLiteral("search_warm_ms"), perQuery);
    figures.insert(QStringLiteral("search_warm_p50_ms"), roundMs(percentile(search, 0.5)));
    figures.insert(QStringLiteral("search_warm_p95_ms"), roundMs(percentile(search, 0.95)));
    QStringList firstPages;
    firstPages.fill(QString(), 20);
    const QList<double> list = timeQueries(finder, firstPages, 2);
    figures.insert(QStringLiteral("list_first_page_p50_ms"), roundMs(percentile(list, 0.5)));
    figures.insert(QStringLiteral("list_first_page_p95_ms"), roundMs(percentile(list, 0.95)));
    if (!timeWhereElse(context, library.database(), figures))
        context.fail(QStringLiteral("server"), QStringLiteral("no repeated passage in the corpus"));

    // Eight analysts, each a login of the team, each changing a claim of their own every second.
    TeamAdministration team(library.database());
    QList<qint64> articleIds = finder.ids({});
    for (int i = 0; i < kWriters; ++i) {
        if (!team.addAnalyst(QStringLiteral("Bench Writer %1").arg(i + 1), TeamRole::Analyst,
                             QStringLiteral("glossa_bench_writer_%1").arg(i + 1)))
            return context.fail(QStringLiteral("server"), team.lastError());
    }
    const int seconds = context.writerSeconds;
    std::atomic<int> acknowledged{0};
    QMutex latenciesMutex;
    QList<double> latencies;
    QStringList failures;
    QList<qint64> annotationIds(kWriters, 0);
    std::vector<std::unique_ptr<QThread>> writers;
    for (int i = 0; i < kWriters; ++i) {
        writers.emplace_back(QThread::create([&, i] {
            Library mine;
            QString why;
            if (!mine.open(addressAs(context.serverAddress, QStringLiteral("glossa_bench_writer_%1").arg(i + 1)), &why)) {
                const QMutexLocker locker(&latenciesMutex);
                failures << why;
                return;
            }
            AnnotationStore store(mine.database());
            const Article article = *ArticleStore(mine.database()).article(articleIds.at(i % articleIds.size()));
            Annotation annotation;
            annotation.articleId = article.id;
            annotation.anchor.start = 0;
            annotation.anchor.end = qMin<int>(12, int(article.text.size()));
            annotation.anchor.exact = article.text.left(annotation.anchor.end);
            annotation.claim = Claim{QStringLiteral("statistic"), QStringLiteral("false"), {}, {}, {}, {}, {}};
            if (!store.create(annotation)) {
                const QMutexLocker locker(&latenciesMutex);
                failures << store.lastError();
                return;
            }
            annotationIds[i] = annotation.id;
            QElapsedTimer clock;
            clock.start();
            for (int n = 1; n <= seconds; ++n) {
                annotation.claim->verdict = n % 2 ? QStringLiteral("misleading") : QStringLiteral("false");
                QElapsedTimer timer;
                timer.start();
                const bool ok = store.update(annotation);
                const double ms = timer.nsecsElapsed() / 1e6;
                {
                    const QMutexLocker locker(&latenciesMutex);
                    if (ok)
                        latencies << ms;
                    else
                        failures << store.lastError();
                }
                if (ok)
                    ++acknowledged;
                QThread::msleep(qMax<qint64>(0, n * 1000 - clock.elapsed()));
            }
        }));
        writers.back()->start();
    }
    for (auto &writer : writers)
        writer->wait();
    // Every acknowledged edit left its line in the claim's history: none may be missing.
    int recorded = 0;
    QSqlQuery history(library.database());
    for (const qint64 id : std::as_const(annotationIds)) {
        history.prepare(QStringLiteral("SELECT count(*) - 1 FROM claim_history h JOIN annotations a ON a.uuid = h.annotation_uuid"
                                       " WHERE a.id = ? AND h.field = 'verdict'"));
        history.addBindValue(id);
        if (history.exec() && history.next())
            recorded += history.value(0).toInt();
    }
    figures.insert(QStringLiteral("writers"), kWriters);
    figures.insert(QStringLiteral("writer_seconds"), seconds);
    figures.insert(QStringLiteral("edits_acknowledged"), acknowledged.load());
    figures.insert(QStringLiteral("edits_lost"), acknowledged.load() - recorded);
    figures.insert(QStringLiteral("edits_refused"), int(failures.size()));
    figures.insert(QStringLiteral("edit_p50_ms"), roundMs(percentile(latencies, 0.5)));
    figures.insert(QStringLiteral("edit_p95_ms"), roundMs(percentile(latencies, 0.95)));
    if (!failures.isEmpty())
        context.fail(QStringLiteral("server"), failures.first());

    // How soon another connection hears of a change.
    Library listener;
    if (listener.open(context.serverAddress)) {
        QElapsedTimer heard;
        bool told = false;
        QObject receiver;
        listener.subscribeToChanges(&receiver, [&told] { told = true; });
        QSqlQuery touch(library.database());
        heard.start();
        touch.exec(QStringLiteral("UPDATE articles SET is_starred = is_starred WHERE id = %1").arg(articleIds.first()));
        while (!told && heard.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        figures.insert(QStringLiteral("notification_ms"), told ? roundMs(heard.nsecsElapsed() / 1e6) : -1);
    }
    figures.insert(QStringLiteral("address"), LibraryAddress::parse(context.serverAddress)->displayText());
    context.results.insert(QStringLiteral("server"), figures);
}

} // namespace glossa::bench
