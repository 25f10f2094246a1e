#pragma once

#include "model/article.h"
#include "model/parsedpage.h"
#include "prepareddump.h"

#include <QSqlDatabase>

#include <memory>

namespace glossa {

struct WriteResult
{
    int added = 0;
    int duplicates = 0;
    QList<qint64> articleIds; // ids of the articles added
    QString error;            // set when nothing was written
    bool ok() const { return error.isEmpty(); }
};

// How one backend stores a prepared file; ArticleWriter picks the one of its connection.
class ArticleWriterBackend
{
public:
    virtual ~ArticleWriterBackend() = default;
    virtual WriteResult write(const PreparedDump &dump) = 0;
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
    std::unique_ptr<ArticleWriterBackend> m_backend;
};

} // namespace glossa
