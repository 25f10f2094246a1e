#pragma once

#include "articlewriter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace glossa {

// ArticleWriter on a team library's server: the same rows as on the embedded library, through
// QPSQL's server-side prepared statements, a page's article, text and blocks in one statement
// (each statement is a round trip to the server).
class ServerArticleWriter : public ArticleWriterBackend
{
public:
    explicit ServerArticleWriter(QSqlDatabase db);

    bool prepare(QString *error) override;
    std::optional<bool> holdsPage(const QByteArray &hash, QString *error) override;
    qint64 dumpOf(const QString &sha256, QString *error) override;
    qint64 insertDump(const PreparedDump &dump, const QString &importedAt, QString *error) override;
    bool writePage(qint64 dumpId, const ParsedPage &page, const PreparedPage &prepared, const QString &importedAt,
                   qint64 *articleId, QString *error) override;
    // The server indexes each body as it comes: nothing waits for the end of a file or a batch.
    bool endFile(QString *) override { return true; }
    void beginBatch() override {}
    bool flushBatch(QString *) override { return true; }

private:
    qint64 sourceId(const QString &name, QString *error);
    bool run(QSqlQuery &query, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    QHash<QString, qint64> m_sourceIds;
    QSqlQuery m_findDump, m_insertDump, m_insertHeadlines, m_findHash, m_findSource, m_insertSource, m_insertArticle;
};

} // namespace glossa
