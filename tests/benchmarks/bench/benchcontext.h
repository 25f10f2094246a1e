#pragma once

// What every part of glossa-bench shares: the size asked for, where the corpus and the library
// live, which parts run, and the JSON object the figures go into.

#include <QDir>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace glossa {
class Library;
}

namespace glossa::bench {

struct BenchContext
{
    int articles = 1000;
    QString workDir;
    QSet<QString> only; // empty: every part
    QString serverAddress;   // --db: a team library on a server, measured beside the file (serverbench.cpp)
    int writerSeconds = 60;  // how long the server's concurrent writers write
    QJsonObject results;
    bool failed = false; // a part could not run; glossa-bench then exits 1

    bool wants(const QString &part) const { return only.isEmpty() || only.contains(part); }
    // The generated dumps, 1,000 files a folder: the bulk import's input.
    QString corpusDir() const { return QDir(workDir).filePath(QStringLiteral("corpus-%1").arg(articles)); }
    // 1,000 pages that are not in the corpus: the incremental import's input.
    QString incrementalDir() const { return QDir(workDir).filePath(QStringLiteral("incremental-%1").arg(articles)); }
    // The library the import writes and every later part reads.
    QString libraryPath() const { return QDir(workDir).filePath(QStringLiteral("library-%1.glossa").arg(articles)); }

    void fail(const QString &part, const QString &reason);
};

// The seed of the corpus; the incremental pages use the next one.
constexpr quint32 kCorpusSeed = 20250212;
constexpr int kIncrementalPages = 1000;

double percentile(QList<double> values, double p);
double median(QList<double> values);
// Milliseconds with a tenth (JSON stays readable).
double roundMs(double ms);
// CPU seconds used by the whole process so far (every thread): on a machine shared with other
// work, wall-clock figures vary with the load and CPU figures much less.
double processCpuSeconds();

// Parts, in the order they run. Each fills context.results; see the file of each.
void runImport(BenchContext &context);       // importbench.cpp
void runBaseline(BenchContext &context);     // baselinebench.cpp
void runSearch(BenchContext &context);       // searchbench.cpp
// The 30 fixed queries both libraries are searched with (searchbench.cpp).
QStringList searchQueries();
void runWhereElse(BenchContext &context);    // whereelsebench.cpp
// Where-else's median time for the corpus's repeated passage on \a db, into \a figures.
bool timeWhereElse(BenchContext &context, QSqlDatabase db, QJsonObject &figures);
void runExport(BenchContext &context);       // exportbench.cpp
void runAgreement(BenchContext &context);    // agreementbench.cpp
void runServer(BenchContext &context);       // serverbench.cpp
void runClaimMemory(BenchContext &context);  // claimmemorybench.cpp
#ifdef GLOSSA_BENCH_APP
void runList(BenchContext &context);         // listbench.cpp
void runReader(BenchContext &context);       // readerbench.cpp
void runRss(BenchContext &context);          // rssbench.cpp
void runReaderLarge(BenchContext &context);  // readerlargebench.cpp
#endif

void runRefiQda(BenchContext &context);      // refiqdabench.cpp

// The export parts' library (exportbench.cpp): articles French and Arabic pages, perArticle
// annotations on each with tags, notes and (every other one) a claim.
bool buildLibrary(Library &library, const QString &path, int articles, QList<qint64> *ids = nullptr);
bool annotate(Library &library, const QList<qint64> &ids, int perArticle);

// Makes sure the library of context.articles generated pages exists (importing it, untimed,
// when the import part did not run). False when it cannot.
bool ensureLibrary(BenchContext &context);

} // namespace glossa::bench
