#pragma once

#include "model/article.h"
#include "model/parsedpage.h"
#include "prepareddump.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>

namespace glossa {

struct WriteResult
{
    int added = 0;
    int duplicates = 0;
    QList<qint64> articleIds; // ids of the articles added
    QString error;            // set when nothing was written
    bool ok() const { return error.isEmpty(); }
};

// Stores what a reader parsed out of one file: the dump (raw bytes compressed, name, SHA-256,
// encoding, time), its ticker headlines and every page not already in the library, all in one
// transaction. Statements are prepared once per writer and bound by index on the raw SQLite
// handle (the import's hot path), so keep one writer for a batch.
class ArticleWriter
{
public:
    explicit ArticleWriter(QSqlDatabase db);

    WriteResult write(const QString &fileName, const QByteArray &raw, const ParsedDocument &document);
    // The same, with the CPU work (hashes, canonical texts, compression) already done.
    WriteResult write(const PreparedDump &dump);

    // Between beginBatch() and flushBatch(), written bodies wait in a temporary table and are
    // moved into article_texts (and so into the full-text index) by one statement at the
    // flush. Call flushBatch() inside the batch's transaction, before committing it.
    // Why: SQLite 3.40's FTS5 writes its pending index data out as a new segment at every
    // savepoint and at every statement that needs a statement journal (as the insert trigger
    // of article_texts does), so indexing page by page wrote one tiny segment per page and
    // merged them over and over; this way a batch is tokenized and written in one go.
    void beginBatch();
    bool flushBatch(QString *error);

    // The identity of a page for de-duplication: title, outlet, date and text.
    static QString contentHash(const ParsedPage &page);
    static QString contentHash(const ParsedPage &page, const QString &canonicalText);
    // The canonical text (blocks joined by '\n') and the block ranges within it.
    static QString canonicalText(const ParsedPage &page, QList<Block> *blocks);

private:
    bool prepare(QString *error);
    bool moveBodies(QString *error);
    qint64 sourceId(const QString &name, QString *error);
    bool writePage(qint64 dumpId, const ParsedPage &page, const PreparedPage &prepared, const QByteArray &importedAt,
                   qint64 *articleId, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    bool m_batch = false;
    QHash<QString, qint64> m_sourceIds;
    SqliteStatement m_findDump, m_insertDump, m_insertHeadlines, m_findHash, m_findSource, m_insertSource,
        m_insertArticle, m_insertText, m_insertBlock, m_moveBodies, m_clearBodies;
};

} // namespace glossa
