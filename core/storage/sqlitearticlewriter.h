#pragma once

#include "articlewriter.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>

namespace glossa {

// ArticleWriter on the embedded library: statements prepared once per writer and bound by index
// on the raw SQLite handle (the import's hot path), so keep one writer for a batch.
class SqliteArticleWriter : public ArticleWriterBackend
{
public:
    explicit SqliteArticleWriter(QSqlDatabase db);

    bool prepare(QString *error) override;
    void forget() override;
    std::optional<bool> holdsPage(const QByteArray &hash, QString *error) override;
    qint64 dumpOf(const QString &sha256, QString *error) override;
    qint64 insertDump(const PreparedDump &dump, const QString &importedAt, QString *error) override;
    bool writePage(qint64 dumpId, const ParsedPage &page, const PreparedPage &prepared, const QString &importedAt,
                   qint64 *articleId, QString *error) override;
    // Outside a batch the file's bodies go into article_texts (and the index) here.
    bool endFile(QString *error) override;
    // Between beginBatch() and flushBatch(), written bodies wait in a temporary table and are
    // moved into article_texts (and so into the full-text index) by one statement at the
    // flush. Why: SQLite 3.40's FTS5 writes its pending index data out as a new segment at every
    // savepoint and at every statement that needs a statement journal (as the insert trigger
    // of article_texts does), so indexing page by page wrote one tiny segment per page and
    // merged them over and over; this way a batch is tokenized and written in one go.
    void beginBatch() override;
    bool flushBatch(QString *error) override;

private:
    bool moveBodies(QString *error);
    qint64 sourceId(const QString &name, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    bool m_batch = false;
    QHash<QString, qint64> m_sourceIds;
    SqliteStatement m_findDump, m_insertDump, m_insertHeadlines, m_findHash, m_findSource, m_insertSource,
        m_insertArticle, m_insertText, m_insertBlock, m_moveBodies, m_clearBodies;
};

} // namespace glossa
