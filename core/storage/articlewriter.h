#pragma once

#include "model/article.h"
#include "model/parsedpage.h"
#include "prepareddump.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace glossa {

class ServerArticleWriter;

struct WriteResult
{
    int added = 0;
    int duplicates = 0;
    QList<qint64> articleIds; // ids of the articles added
    QString error;            // set when nothing was written
    bool ok() const { return error.isEmpty(); }
};

// How the embedded library stores the rows of a prepared file, step by step; ArticleWriter
// decides what to store (the pages not in the library yet) and holds the transaction around a
// file. A team library's server takes the same steps itself (ServerArticleWriter).
class ArticleWriterBackend
{
public:
    virtual ~ArticleWriterBackend() = default;
    // Makes the statements ready (once; again after forget()).
    virtual bool prepare(QString *error) = 0;
    // A write failed and was rolled back: whatever it may have taken with it is made again.
    virtual void forget() {}
    // Whether the library holds a page of this content hash; nullopt (and why) when it cannot say.
    virtual std::optional<bool> holdsPage(const QByteArray &hash, QString *error) = 0;
    // The id of the stored dump of these raw bytes: 0 when there is none, -1 on failure.
    virtual qint64 dumpOf(const QString &sha256, QString *error) = 0;
    // Stores the raw bytes; their id, 0 on failure.
    virtual qint64 insertDump(const PreparedDump &dump, const QString &importedAt, QString *error) = 0;
    // One new page: its ticker, outlet, article, text and blocks.
    virtual bool writePage(qint64 dumpId, const ParsedPage &page, const PreparedPage &prepared,
                           const QString &importedAt, qint64 *articleId, QString *error) = 0;
    // The file's pages are written, inside its transaction (what a backend held back goes in).
    virtual bool endFile(QString *error) = 0;
    virtual void beginBatch() = 0;
    virtual bool flushBatch(QString *error) = 0;
};

// Stores what a reader parsed out of one file: the dump (raw bytes compressed, name, SHA-256,
// encoding, time), its ticker headlines and every page not already in the library, all in one
// transaction, on either backend (SqliteArticleWriter, ServerArticleWriter). Keep one writer for
// a batch: each prepares its statements once.
class ArticleWriter
{
public:
    explicit ArticleWriter(QSqlDatabase db);
    ~ArticleWriter();

    WriteResult write(const QString &fileName, const QByteArray &raw, const ParsedDocument &document);
    // The same, with the CPU work (hashes, canonical texts, compression) already done.
    WriteResult write(const PreparedDump &dump);

    // A batch of files written in one transaction (the importer's): call flushBatch() inside
    // the batch's transaction, before committing it. A backend may hold back work until then.
    void beginBatch();
    bool flushBatch(QString *error);

    // The identity of a page for de-duplication: title, outlet, date and text.
    static QString contentHash(const ParsedPage &page);
    static QString contentHash(const ParsedPage &page, const QString &canonicalText);
    // The canonical text (blocks joined by '\n') and the block ranges within it.
    static QString canonicalText(const ParsedPage &page, QList<Block> *blocks);

private:
    QSqlDatabase m_db;
    std::unique_ptr<ArticleWriterBackend> m_backend;      // the embedded library's steps
    std::unique_ptr<ServerArticleWriter> m_serverWriter; // or a server's, a file at a time
};

} // namespace glossa
