#include "fuzzentrypoints.h"

#include "anchoring/textanchoring.h"
#include "import/documentreader.h"
#include "import/htmlreader.h"
#include "import/importer.h"
#include "import/jsonlinesreader.h"
#include "interchange/claimreviewreader.h"
#include "interchange/qdpxarchive.h"
#include "interchange/refiprojectreader.h"
#include "interchange/refiqdaimporter.h"
#include "interchange/w3cannotationimporter.h"
#include "model/taxonomy.h"
#include "search/articlefinder.h"
#include "search/articlequery.h"
#include "search/ftsquery.h"
#include "storage/articlewriter.h"
#include "storage/claimmemorystore.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <cstdlib>

namespace glossa::fuzz {

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", qUtf8Printable(what));
    std::fflush(stderr);
    std::abort();
}

void check(bool condition, const char *what)
{
    if (!condition)
        fail(QString::fromLatin1(what));
}

// What every reader promises of a document: a refusal carries no pages; a block is one
// trimmed, non-empty line. Also runs the writer's text and hash code over every page.
void checkDocument(const ParsedDocument &document)
{
    if (!document.ok())
        check(document.pages.isEmpty(), "a refused document carries pages");
    for (const ParsedPage &page : document.pages) {
        for (const ParsedBlock &block : page.blocks) {
            check(!block.text.isEmpty(), "empty block");
            check(!block.text.contains(QLatin1Char('\n')), "block spans several lines");
        }
        QList<Block> blocks;
        const QString text = ArticleWriter::canonicalText(page, &blocks);
        for (const Block &block : blocks)
            check(block.start >= 0 && block.start <= block.end && block.end <= text.size(), "block outside text");
        check(ArticleWriter::contentHash(page).size() == 64, "content hash is not SHA-256 hex");
    }
}

bool splitsPair(const QString &text, int at)
{
    return at > 0 && at < text.size() && text.at(at - 1).isHighSurrogate() && text.at(at).isLowSurrogate();
}

void checkSpan(const QString &text, int start, int end, const char *what)
{
    if (start < 0 || start > end || end > text.size())
        fail(QStringLiteral("%1: span [%2, %3) outside text of %4").arg(QLatin1String(what)).arg(start).arg(end).arg(text.size()));
    if (splitsPair(text, start) || splitsPair(text, end))
        fail(QStringLiteral("%1: span [%2, %3) splits a surrogate pair").arg(QLatin1String(what)).arg(start).arg(end));
}

void checkResult(const AnchorResult &result, const TextAnchor &input, const QString &text)
{
    if (result.status == AnchorResult::Status::Orphaned) {
        check(result.anchor == input, "orphaned result changed the anchor");
        return;
    }
    checkSpan(text, result.anchor.start, result.anchor.end, "reanchor");
    if (result.status != AnchorResult::Status::Fuzzy)
        check(text.mid(result.anchor.start, result.anchor.end - result.anchor.start) == input.exact,
              "exact/moved result does not hold the quote");
    check(result.score >= 0.0 && result.score <= 1.0, "score outside [0, 1]");
}

// One library for the whole run, with a few real articles so that queries and imports match.
struct FuzzLibrary
{
    QTemporaryDir dir;
    Library library;

    FuzzLibrary()
    {
        QString error;
        if (!dir.isValid() || !library.open(dir.filePath(QStringLiteral("fuzz.glossa")), &error))
            fail(QStringLiteral("cannot create the fuzz library: ") + error);
        Importer importer(library);
        const QString data = QStringLiteral(GLOSSA_TEST_DATA);
        const ImportReport report = importer.importPaths(
            {data + QStringLiteral("/cli/pont-sebou.txt"), data + QStringLiteral("/cli/tlqih.txt"),
             data + QStringLiteral("/import/ar_page.txt"), data + QStringLiteral("/import/fr_ticker.txt")},
            false);
        if (report.added() == 0)
            fail(QStringLiteral("the fuzz library has no articles"));
    }

    static FuzzLibrary &instance()
    {
        // Deliberately never destroyed: the temporary folder outlives the fuzzer's exit path.
        static FuzzLibrary *library = new FuzzLibrary;
        return *library;
    }
};

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        fail(QStringLiteral("cannot count %1: %2").arg(table, query.lastError().text()));
    return query.value(0).toInt();
}

} // namespace

void documentReader(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    static const char *const names[] = {"fuzz.txt", "fuzz.jsonl", "fuzz.html"};
    const QString name = QString::fromLatin1(names[uchar(data.at(0)) % 3]);
    const ParsedDocument document = DocumentReader::read(data.mid(1), name);
    checkDocument(document);
}

void jsonLinesReader(const QByteArray &data)
{
    checkDocument(JsonLinesReader::read(QString::fromUtf8(data)));
}

void htmlReader(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    checkDocument(HtmlReader::read(text));
    const QString decoded = HtmlReader::decodeEntities(text);
    // Entities only ever shorten text ("&amp;" -> "&"); a numeric reference above U+FFFF
    // gives two units for at least four characters ("&#x10000;").
    check(decoded.size() <= text.size(), "entity decoding grew the text");
}

void ftsQuery(const QByteArray &data)
{
    const QString userText = QString::fromUtf8(data);
    const QString expression = FtsQuery::toMatchExpression(userText);
    if (expression.isEmpty())
        return;
    const QSqlDatabase db = FuzzLibrary::instance().library.database();
    // Through the store, as the app and glossa-cli search...
    ArticleQuery query;
    query.search = userText;
    query.withSnippets = true;
    query.sort = ArticleQuery::Sort::Relevance;
    ArticleFinder finder(db);
    finder.summaries(query);
    if (!finder.lastError().isEmpty())
        fail(QStringLiteral("search '%1' -> MATCH '%2' failed: %3").arg(userText, expression, finder.lastError()));
    // ...and straight against both FTS tables, stepping every row.
    for (const char *table : {"articles_fts", "annotations_fts"}) {
        QSqlQuery sql(db);
        sql.setForwardOnly(true);
        if (!sql.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(table))))
            fail(QStringLiteral("cannot prepare: ") + sql.lastError().text());
        sql.addBindValue(expression);
        if (!sql.exec())
            fail(QStringLiteral("MATCH '%1' on %2 failed: %3").arg(expression, QLatin1String(table), sql.lastError().text()));
        while (sql.next()) {
        }
        if (sql.lastError().isValid())
            fail(QStringLiteral("MATCH '%1' on %2 failed: %3").arg(expression, QLatin1String(table), sql.lastError().text()));
    }
}

void reanchor(const QByteArray &data)
{
    // Layout: start (2 bytes), end (2), mode (1), split (1), then UTF-16 units, split into the
    // old text and a tail that is inserted, appended or used as a quote depending on mode.
    if (data.size() < 6)
        return;
    auto u16 = [&data](int at) { return int(qint16(quint16(uchar(data[at])) | quint16(uchar(data[at + 1])) << 8)); };
    const int rawStart = u16(0);
    const int rawEnd = u16(2);
    const int mode = uchar(data[4]) % 4;
    const QByteArray body = data.mid(6);
    const QString units(reinterpret_cast<const QChar *>(body.constData()), body.size() / 2);
    const int split = int(units.size() * uchar(data[5]) / 255);
    const QString old = units.left(split);
    const QString tail = units.mid(split);

    TextAnchor anchor;
    if (mode == 3) {
        // A stored anchor as a hostile file could give it: any numbers, any quote.
        anchor.start = rawStart;
        anchor.end = rawEnd;
        const int third = int(tail.size() / 3);
        anchor.exact = tail.mid(third, third);
        anchor.prefix = tail.left(third);
        anchor.suffix = tail.mid(2 * third);
    } else {
        anchor = TextAnchoring::makeAnchor(old, rawStart, rawEnd, 1 + (uchar(data[5]) % 40));
        checkSpan(old, anchor.start, anchor.end, "makeAnchor");
        check(old.mid(anchor.start, anchor.end - anchor.start) == anchor.exact, "makeAnchor: exact is not the span");
        check(old.mid(anchor.start - anchor.prefix.size(), anchor.prefix.size()) == anchor.prefix,
              "makeAnchor: prefix is not before the span");
        check(old.mid(anchor.end, anchor.suffix.size()) == anchor.suffix, "makeAnchor: suffix is not after the span");
    }
    QString text = old;
    if (mode == 1)
        text = tail;
    else if (mode == 2)
        text = old.left(qBound(0, anchor.start, int(old.size()))) + tail + old.mid(qBound(0, anchor.start, int(old.size())));

    const AnchorResult single = TextAnchoring::reanchor(anchor, text);
    checkResult(single, anchor, text);
    const QList<AnchorResult> batch = TextAnchoring::reanchor(QList<TextAnchor>{anchor, anchor}, text);
    check(batch.size() == 2, "batch reanchor lost a result");
    for (const AnchorResult &result : batch) {
        checkResult(result, anchor, text);
        check(result.status == single.status && result.anchor == single.anchor, "batch and single reanchor differ");
    }
}

void w3cImport(const QByteArray &data)
{
    QSqlDatabase db = FuzzLibrary::instance().library.database();
    const int before = count(db, QStringLiteral("annotations"));
    const AnnotationImportReport report = W3cAnnotationImporter(db).importJson(data);
    const int after = count(db, QStringLiteral("annotations"));
    check(report.imported >= 0 && report.imported <= report.read, "imported more than read");
    if (!report.fileError.isEmpty())
        check(after == before, "a refused file changed the library");
    else
        check(after == before + report.imported, "annotation count does not match the report");
    if (after != before) {
        // Keep the library small so every input meets the same articles.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("DELETE FROM annotations")))
            fail(QStringLiteral("cannot reset: ") + query.lastError().text());
    }
}

void claimReviews(const QByteArray &data)
{
    ClaimReviewReader reader;
    const std::optional<QList<FactCheck>> checks = reader.read(data);
    if (!checks) {
        check(!reader.lastError().isEmpty() && !reader.lastError().contains(QLatin1Char('\n')),
              "a refused file without a one-line reason");
        return;
    }
    for (const FactCheck &factCheck : *checks) {
        check(!factCheck.claimReviewed.isEmpty(), "a fact-check without its claim");
        check(Taxonomy::builtIn().verdict(factCheck.verdict) && factCheck.verdict != QLatin1String("unverified"),
              "a rating mapped onto no verdict of the taxonomy");
    }
    QSqlDatabase db = FuzzLibrary::instance().library.database();
    ClaimMemoryStore store(db);
    const int added = store.addFactChecks(*checks);
    if (added < 0)
        fail(QStringLiteral("fact-checks refused: ") + store.lastError());
    int skipped = 0;
    check(store.addFactChecks(*checks, &skipped) == 0 && skipped == checks->size(), "the same fact-checks added twice");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM fact_checks")))
        fail(QStringLiteral("cannot reset: ") + query.lastError().text());
}

void refiProject(const QByteArray &data)
{
    RefiProject project;
    QString error;
    RefiProjectReader::Limits limits;
    limits.maxCodes = 2000; // small limits, so the fuzzer meets them
    limits.maxCodeDepth = 16;
    if (!RefiProjectReader::read(data, &project, &error, limits)) {
        check(!error.isEmpty() && !error.contains(QLatin1Char('\n')), "a refusal is not one line");
        check(project.sources.isEmpty() && project.codes.isEmpty(), "a refused project is not empty");
        return;
    }
    if (project.sources.isEmpty())
        return;
    // Inline texts only (PlainTextContent); each accepted project into a library of its own.
    QTemporaryDir dir;
    Library library;
    if (!dir.isValid() || !library.open(dir.filePath(QStringLiteral("refi.glossa")), &error))
        fail(QStringLiteral("cannot create a library: ") + error);
    const RefiImportReport report = RefiQdaImporter(library.database()).importProject(project, {}, QStringLiteral("fuzz.qde"), data);
    const int articles = count(library.database(), QStringLiteral("articles"));
    const int annotations = count(library.database(), QStringLiteral("annotations"));
    if (!report.ok()) {
        check(articles == 0 && annotations == 0, "a refused project changed the library");
        return;
    }
    check(articles == report.articlesAdded, "article count does not match the report");
    check(annotations == report.annotationsAdded, "annotation count does not match the report");
    check(report.annotationsAdded + report.annotationsKnown <= report.annotationsRead, "more annotations than selections");
    // A second import of the same project adds nothing.
    const RefiImportReport again = RefiQdaImporter(library.database()).importProject(project, {}, QStringLiteral("fuzz.qde"), data);
    check(again.ok() && again.articlesAdded == 0 && again.annotationsAdded == 0, "a second import added something");
}

void qdpxArchive(const QByteArray &data)
{
    static QTemporaryDir *dir = new QTemporaryDir; // for the fuzzer's life
    const QString path = dir->filePath(QStringLiteral("input.qdpx"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        fail(QStringLiteral("cannot write the input"));
    file.close();
    QdpxArchive::Limits limits;
    limits.maxEntryBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;
    limits.maxEntries = 64;
    QdpxArchive archive;
    QString error;
    if (!archive.open(path, &error, limits)) {
        check(!error.isEmpty() && !error.contains(QLatin1Char('\n')), "a refusal is not one line");
        return;
    }
    qint64 total = 0;
    for (const QString &name : archive.names()) {
        check(QdpxArchive::nameRefusal(name).isEmpty(), "an entry outside the archive was listed");
        QByteArray bytes;
        if (archive.read(name, &bytes, &error)) {
            check(bytes.size() <= limits.maxEntryBytes, "an entry larger than the limit was read");
            total += bytes.size();
        }
    }
    check(total <= limits.maxTotalBytes, "more than the limit was read");
}

const QList<Target> &targets()
{
    static const QList<Target> all = {
        {"document_reader", documentReader}, {"jsonl_reader", jsonLinesReader}, {"html_reader", htmlReader},
        {"fts_query", ftsQuery},             {"reanchor", reanchor},            {"w3c_import", w3cImport},
        {"refiqda_project", refiProject},    {"qdpx_archive", qdpxArchive},     {"claimreview", claimReviews},
    };
    return all;
}

void initialize(int *argc, char ***argv)
{
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv); // lives as long as the fuzzer
}

} // namespace glossa::fuzz
