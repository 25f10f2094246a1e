#pragma once

#include "import/parsedpage.h"
#include "model/article.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

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
// transaction. Statements are prepared once per writer, so keep one writer for a batch.
class ArticleWriter
{
public:
    explicit ArticleWriter(QSqlDatabase db);

    WriteResult write(const QString &fileName, const QByteArray &raw, const ParsedDocument &document);

    // The identity of a page for de-duplication: title, outlet, date and text.
    static QString contentHash(const ParsedPage &page);
    static QString contentHash(const ParsedPage &page, const QString &canonicalText);
    // The canonical text (blocks joined by '\n') and the block ranges within it.
    static QString canonicalText(const ParsedPage &page, QList<Block> *blocks);

private:
    bool prepare();
    qint64 sourceId(const QString &name, QString *error);
    qint64 existingDump(const QString &sha256);
    bool contentExists(const QString &hash);

    QSqlDatabase m_db;
    bool m_prepared = false;
    QHash<QString, qint64> m_sourceIds;
    QSqlQuery m_findDump, m_insertDump, m_insertHeadline, m_findHash, m_findSource, m_insertSource,
        m_insertArticle, m_insertText, m_insertBlock;
};

} // namespace glossa
