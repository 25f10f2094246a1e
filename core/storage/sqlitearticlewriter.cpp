#include "sqlitearticlewriter.h"

#include <QSqlError>

namespace glossa {

SqliteArticleWriter::SqliteArticleWriter(QSqlDatabase db) : m_db(db) {}

bool SqliteArticleWriter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    sqlite3 *db = SqliteStatement::handle(m_db);
    // Connection-local, not part of the library file; see beginBatch().
    SqliteStatement createPending;
    if (!createPending.prepare(db, "CREATE TEMP TABLE IF NOT EXISTS pending_article_texts "
                                   "(article_id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        || !createPending.exec()) {
        *error = createPending.errorText();
        return false;
    }
    const std::pair<SqliteStatement *, const char *> statements[] = {
        {&m_findDump, "SELECT id FROM dumps WHERE sha256 = ?1"},
        {&m_insertDump,
         "INSERT INTO dumps (file_name, sha256, encoding, byte_size, imported_at, raw) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
        {&m_insertHeadlines, "INSERT OR IGNORE INTO page_headlines (dump_id, page, texts) VALUES (?1, ?2, ?3)"},
        {&m_findHash, "SELECT 1 FROM articles WHERE content_hash = ?1"},
        {&m_findSource, "SELECT id FROM sources WHERE folded = ?1"},
        {&m_insertSource, "INSERT INTO sources (name, folded) VALUES (?1, ?2)"},
        {&m_insertArticle,
         "INSERT INTO articles (dump_id, page, content_hash, title, source_id, published, language, direction, url, "
         "profile, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
        {&m_insertText, "INSERT INTO temp.pending_article_texts (article_id, body) VALUES (?1, ?2)"},
        {&m_moveBodies, "INSERT INTO main.article_texts (article_id, body) "
                        "SELECT article_id, body FROM temp.pending_article_texts ORDER BY article_id"},
        {&m_clearBodies, "DELETE FROM temp.pending_article_texts"},
        {&m_insertBlock, "INSERT INTO blocks (article_id, position, kind, start, end) VALUES (?1, ?2, ?3, ?4, ?5)"},
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(db, sql)) {
            *error = statement->errorText();
            return false;
        }
    }
    m_prepared = true;
    return true;
}

void SqliteArticleWriter::beginBatch()
{
    m_batch = true;
}

bool SqliteArticleWriter::flushBatch(QString *error)
{
    m_batch = false;
    return prepare(error) && moveBodies(error);
}

bool SqliteArticleWriter::moveBodies(QString *error)
{
    if (!m_moveBodies.exec()) {
        *error = m_moveBodies.errorText();
        return false;
    }
    if (!m_clearBodies.exec()) {
        *error = m_clearBodies.errorText();
        return false;
    }
    return true;
}

qint64 SqliteArticleWriter::sourceId(const QString &name, QString *error)
{
    const QString key = name.toCaseFolded();
    auto cached = m_sourceIds.constFind(key);
    if (cached != m_sourceIds.constEnd())
        return *cached;
    m_findSource.bindText(1, key);
    qint64 id = 0;
    if (m_findSource.fetchInt(&id)) {
        m_sourceIds.insert(key, id);
        return id;
    }
    m_insertSource.bindText(1, name);
    m_insertSource.bindText(2, key);
    if (!m_insertSource.exec()) {
        *error = m_insertSource.errorText();
        return 0;
    }
    // Not cached: the transaction may yet be rolled back, and the id with it.
    return m_insertSource.lastInsertId();
}

bool SqliteArticleWriter::writePage(qint64 dumpId, const ParsedPage &page, const PreparedPage &prepared,
                                    const QString &importedAt, qint64 *articleId, QString *error)
{
    // The whole ticker in one row (a JSON array made by PreparedDump): see 006_page_headlines.sql.
    if (!prepared.headlines.isEmpty()) {
        m_insertHeadlines.bindInt(1, dumpId);
        m_insertHeadlines.bindInt(2, prepared.page);
        m_insertHeadlines.bindText(3, prepared.headlines);
        if (!m_insertHeadlines.exec()) {
            *error = m_insertHeadlines.errorText();
            return false;
        }
    }

    const QString source = page.source.trimmed();
    m_insertArticle.bindNull(5);
    if (!source.isEmpty()) {
        const qint64 id = sourceId(source, error);
        if (id == 0)
            return false;
        m_insertArticle.bindInt(5, id);
    }
    m_insertArticle.bindInt(1, dumpId);
    m_insertArticle.bindInt(2, prepared.page);
    m_insertArticle.bindText(3, prepared.hash);
    m_insertArticle.bindText(4, page.title);
    if (page.published.isValid())
        m_insertArticle.bindText(6, page.published.toString(Qt::ISODate));
    else
        m_insertArticle.bindNull(6);
    m_insertArticle.bindText(7, page.language);
    m_insertArticle.bindText(8, QByteArray(page.direction == Qt::RightToLeft ? "rtl" : "ltr"));
    m_insertArticle.bindText(9, page.url);
    m_insertArticle.bindText(10, page.profile);
    m_insertArticle.bindText(11, importedAt);
    if (!m_insertArticle.exec()) {
        *error = m_insertArticle.errorText();
        return false;
    }
    *articleId = m_insertArticle.lastInsertId();
    m_insertText.bindInt(1, *articleId);
    m_insertText.bindText(2, prepared.body); // a page may be a title alone: '' then
    if (!m_insertText.exec()) {
        *error = m_insertText.errorText();
        return false;
    }
    static const QByteArray paragraph = Block::kindName(Block::Kind::Paragraph).toUtf8();
    static const QByteArray heading = Block::kindName(Block::Kind::Heading).toUtf8();
    for (int position = 0; position < prepared.blocks.size(); ++position) {
        const Block &block = prepared.blocks.at(position);
        m_insertBlock.bindInt(1, *articleId);
        m_insertBlock.bindInt(2, position);
        m_insertBlock.bindText(3, block.kind == Block::Kind::Heading ? heading : paragraph);
        m_insertBlock.bindInt(4, block.start);
        m_insertBlock.bindInt(5, block.end);
        if (!m_insertBlock.exec()) {
            *error = m_insertBlock.errorText();
            return false;
        }
    }
    return true;
}

void SqliteArticleWriter::forget()
{
    // Prepared again next time: a rollback may have taken the temporary table with it.
    m_prepared = false;
}

std::optional<bool> SqliteArticleWriter::holdsPage(const QByteArray &hash, QString *)
{
    m_findHash.bindText(1, hash);
    return m_findHash.fetchInt(nullptr);
}

qint64 SqliteArticleWriter::dumpOf(const QString &sha256, QString *)
{
    qint64 id = 0;
    m_findDump.bindText(1, sha256);
    return m_findDump.fetchInt(&id) ? id : 0;
}

qint64 SqliteArticleWriter::insertDump(const PreparedDump &dump, const QString &importedAt, QString *error)
{
    m_insertDump.bindText(1, dump.fileName);
    m_insertDump.bindText(2, dump.sha256);
    m_insertDump.bindText(3, dump.document.encoding);
    m_insertDump.bindInt(4, dump.byteSize);
    m_insertDump.bindText(5, importedAt);
    m_insertDump.bindBlob(6, dump.compressed);
    if (!m_insertDump.exec()) {
        *error = m_insertDump.errorText();
        return 0;
    }
    return m_insertDump.lastInsertId();
}

bool SqliteArticleWriter::endFile(QString *error)
{
    return m_batch || moveBodies(error);
}

} // namespace glossa
