// The floor Glossa's import is compared to: the same rows (dumps, page_headlines, sources,
// articles, article_texts, blocks, and the full-text index through the schema's triggers)
// loaded into a library made by the real migration scripts, by minimal code on the raw SQLite
// C API: each statement prepared once, bound by index, everything in one transaction, the
// PRAGMAs Glossa uses. Reading and parsing the files (DocumentReader, PreparedDump) happens
// outside the timing, a chunk at a time so that a million pages need not fit in memory.
//
// Two variants: "row by row" inserts each body as it goes; "deferred" keeps the bodies in a
// temporary table and moves them into article_texts in one statement at the end, which is
// what Glossa's import does per batch (SQLite 3.40's FTS5 writes a segment at every statement
// journal otherwise; see ArticleWriter::beginBatch). Glossa is compared with both.
#include "benchcontext.h"

#include "import/documentreader.h"
#include "import/importer.h"
#include "storage/prepareddump.h"
#include "storage/schemamigrator.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <sqlite3.h>

namespace glossa::bench {

namespace {

constexpr int kChunkFiles = 5000;

struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

class BaselineLoader
{
public:
    explicit BaselineLoader(bool deferTexts) : m_deferTexts(deferTexts) {}
    ~BaselineLoader()
    {
        for (Statement *statement : {&m_dump, &m_headline, &m_source, &m_article, &m_text, &m_block})
            sqlite3_finalize(statement->handle), statement->handle = nullptr;
        sqlite3_close(m_db);
    }

    bool open(const QString &path)
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            return false;
        // Library::open's PRAGMAs, and the page cache Importer::importPaths sets.
        if (!exec("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                  "PRAGMA busy_timeout = 10000; PRAGMA cache_size = -" + QByteArray::number(Importer::kImportCacheKiB)))
            return false;
        // The real schema: every migration script, as SchemaMigrator runs them.
        QDirIterator scripts(QStringLiteral(":/sql"), {QStringLiteral("*.sql")});
        QStringList paths;
        while (scripts.hasNext())
            paths << scripts.next();
        paths.sort();
        for (int i = 0; i < paths.size(); ++i) {
            QFile script(paths.at(i));
            if (!script.open(QIODevice::ReadOnly) || !exec("BEGIN"))
                return false;
            for (const QString &statement : SchemaMigrator::splitStatements(QString::fromUtf8(script.readAll())))
                if (!exec(statement.toUtf8()))
                    return false;
            if (!exec("PRAGMA user_version = " + QByteArray::number(i + 1)) || !exec("COMMIT"))
                return false;
        }
        if (m_deferTexts && !exec("CREATE TEMP TABLE pending_texts (article_id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))
            return false;
        return prepare(&m_dump, "INSERT INTO dumps (file_name, sha256, encoding, byte_size, imported_at, raw) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            && prepare(&m_headline, "INSERT INTO page_headlines (dump_id, page, texts) VALUES (?1, ?2, ?3)")
            && prepare(&m_source, "INSERT INTO sources (name, folded) VALUES (?1, ?2)")
            && prepare(&m_article, "INSERT INTO articles (dump_id, page, content_hash, title, source_id, published, "
                                   "language, direction, url, profile, imported_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
            && prepare(&m_text, m_deferTexts ? "INSERT INTO temp.pending_texts (article_id, body) VALUES (?1, ?2)"
                                             : "INSERT INTO article_texts (article_id, body) VALUES (?1, ?2)")
            && prepare(&m_block, "INSERT INTO blocks (article_id, position, kind, start, end) VALUES (?1, ?2, ?3, ?4, ?5)");
    }

    bool begin() { return exec("BEGIN"); }
    bool commit()
    {
        if (m_deferTexts && !exec("INSERT INTO article_texts SELECT article_id, body FROM temp.pending_texts"))
            return false;
        return exec("COMMIT");
    }

    bool load(const PreparedDump &dump)
    {
        static const QByteArray importedAt = QByteArrayLiteral("2025-02-12T10:00:00.000Z");
        bindText(m_dump, 1, dump.fileName.toUtf8());
        bindText(m_dump, 2, dump.sha256.toUtf8());
        bindText(m_dump, 3, dump.document.encoding.toUtf8());
        sqlite3_bind_int64(m_dump.handle, 4, dump.byteSize);
        bindText(m_dump, 5, importedAt);
        sqlite3_bind_blob(m_dump.handle, 6, dump.compressed.constData(), int(dump.compressed.size()), SQLITE_STATIC);
        if (!step(m_dump))
            return false;
        const qint64 dumpId = sqlite3_last_insert_rowid(m_db);
        for (const PreparedPage &prepared : dump.pages) {
            const ParsedPage &page = dump.document.pages.at(prepared.page);
            if (!prepared.headlines.isEmpty()) { // the page's ticker, one JSON array (as ArticleWriter)
                sqlite3_bind_int64(m_headline.handle, 1, dumpId);
                sqlite3_bind_int(m_headline.handle, 2, prepared.page);
                bindText(m_headline, 3, prepared.headlines);
                if (!step(m_headline))
                    return false;
            }
            const QString source = page.source.trimmed();
            sqlite3_bind_null(m_article.handle, 5);
            if (!source.isEmpty()) {
                const QString folded = source.toCaseFolded();
                qint64 sourceId = m_sources.value(folded);
                if (sourceId == 0) {
                    bindText(m_source, 1, source.toUtf8());
                    bindText(m_source, 2, folded.toUtf8());
                    if (!step(m_source))
                        return false;
                    sourceId = sqlite3_last_insert_rowid(m_db);
                    m_sources.insert(folded, sourceId);
                }
                sqlite3_bind_int64(m_article.handle, 5, sourceId);
            }
            sqlite3_bind_int64(m_article.handle, 1, dumpId);
            sqlite3_bind_int(m_article.handle, 2, prepared.page);
            bindText(m_article, 3, prepared.hash);
            bindText(m_article, 4, page.title.toUtf8());
            if (page.published.isValid())
                bindText(m_article, 6, page.published.toString(Qt::ISODate).toUtf8());
            else
                sqlite3_bind_null(m_article.handle, 6);
            bindText(m_article, 7, page.language.toUtf8());
            bindText(m_article, 8, page.direction == Qt::RightToLeft ? QByteArray("rtl") : QByteArray("ltr"));
            bindText(m_article, 9, page.url.toUtf8());
            bindText(m_article, 10, page.profile.toUtf8());
            bindText(m_article, 11, importedAt);
            if (!step(m_article))
                return false;
            const qint64 articleId = sqlite3_last_insert_rowid(m_db);
            sqlite3_bind_int64(m_text.handle, 1, articleId);
            bindText(m_text, 2, prepared.body);
            if (!step(m_text))
                return false;
            for (int position = 0; position < prepared.blocks.size(); ++position) {
                const Block &block = prepared.blocks.at(position);
                sqlite3_bind_int64(m_block.handle, 1, articleId);
                sqlite3_bind_int(m_block.handle, 2, position);
                sqlite3_bind_text(m_block.handle, 3, block.kind == Block::Kind::Heading ? "heading" : "paragraph", -1,
                                  SQLITE_STATIC);
                sqlite3_bind_int(m_block.handle, 4, block.start);
                sqlite3_bind_int(m_block.handle, 5, block.end);
                if (!step(m_block))
                    return false;
            }
        }
        return true;
    }

    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    bool exec(const QByteArray &sql) { return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK; }
    bool prepare(Statement *statement, const char *sql)
    {
        return sqlite3_prepare_v2(m_db, sql, -1, &statement->handle, nullptr) == SQLITE_OK;
    }
    static void bindText(Statement &statement, int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(statement.handle, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    static bool step(Statement &statement)
    {
        const bool done = sqlite3_step(statement.handle) == SQLITE_DONE;
        sqlite3_reset(statement.handle);
        return done;
    }

    bool m_deferTexts;
    sqlite3 *m_db = nullptr;
    Statement m_dump, m_headline, m_source, m_article, m_text, m_block;
    QHash<QString, qint64> m_sources;
};

// Loads every file of the corpus; returns the seconds spent in SQLite, -1 on failure, and the
// CPU seconds in *cpuSeconds.
double load(BenchContext &context, const QStringList &files, bool deferTexts, int *articles, double *cpuSeconds)
{
    BaselineLoader loader(deferTexts);
    const QString path = QDir(context.workDir).filePath(QStringLiteral("baseline.glossa"));
    if (!loader.open(path)) {
        context.fail(QStringLiteral("baseline"), loader.error());
        return -1;
    }
    QElapsedTimer timer;
    qint64 nanoseconds = 0;
    *articles = 0;
    *cpuSeconds = 0;
    for (int first = 0; first < files.size(); first += kChunkFiles) {
        QList<PreparedDump> chunk;
        for (int i = first; i < qMin(first + kChunkFiles, int(files.size())); ++i) {
            QFile file(files.at(i));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            const QString name = QFileInfo(files.at(i)).fileName();
            chunk.append(PreparedDump::prepare(name, bytes, DocumentReader::read(bytes, name)));
        }
        const double cpuBefore = processCpuSeconds();
        timer.start();
        if (first == 0 && !loader.begin()) {
            context.fail(QStringLiteral("baseline"), loader.error());
            return -1;
        }
        for (const PreparedDump &dump : std::as_const(chunk)) {
            if (!loader.load(dump)) {
                context.fail(QStringLiteral("baseline"), loader.error());
                return -1;
            }
            *articles += int(dump.pages.size());
        }
        if (first + kChunkFiles >= files.size() && !loader.commit()) {
            context.fail(QStringLiteral("baseline"), loader.error());
            return -1;
        }
        nanoseconds += timer.nsecsElapsed();
        *cpuSeconds += processCpuSeconds() - cpuBefore;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return nanoseconds / 1e9;
}

} // namespace

void runBaseline(BenchContext &context)
{
    const QStringList files = Importer::collectFiles({context.corpusDir()}, true, nullptr);
    if (files.size() != context.articles)
        return context.fail(QStringLiteral("baseline"), QStringLiteral("the corpus is not there (run the import part)"));
    int articles = 0;
    double rowByRowCpu = 0;
    double deferredCpu = 0;
    const double rowByRow = load(context, files, false, &articles, &rowByRowCpu);
    if (rowByRow < 0)
        return;
    const double deferred = load(context, files, true, &articles, &deferredCpu);
    if (deferred < 0)
        return;
    context.results.insert(QStringLiteral("baseline_cpu_s"), rowByRowCpu);
    context.results.insert(QStringLiteral("baseline_deferred_fts_cpu_s"), deferredCpu);
    context.results.insert(QStringLiteral("baseline_s"), rowByRow);
    context.results.insert(QStringLiteral("baseline_articles_per_s"), articles / rowByRow);
    context.results.insert(QStringLiteral("baseline_deferred_fts_s"), deferred);
    context.results.insert(QStringLiteral("baseline_deferred_fts_articles_per_s"), articles / deferred);
    const double import = context.results.value(QStringLiteral("import_s")).toDouble();
    if (import > 0) {
        context.results.insert(QStringLiteral("import_vs_baseline"), import / rowByRow);
        context.results.insert(QStringLiteral("import_vs_baseline_deferred_fts"), import / deferred);
    }
    // The same ratio in CPU time: Glossa's import uses two threads, so on an idle machine its
    // wall time is below its CPU time; on a loaded one the CPU ratio is the steadier figure.
    const double importCpu = context.results.value(QStringLiteral("import_cpu_s")).toDouble();
    if (importCpu > 0)
        context.results.insert(QStringLiteral("import_vs_baseline_cpu"), importCpu / rowByRowCpu);
}

} // namespace glossa::bench
