#include "serverarticlewriter.h"

#include "serverconnection.h"
#include "sqlvalue.h"
#include "timestamps.h"

#include <QSqlError>
#include <QVariant>

namespace glossa {

namespace {

// A PostgreSQL array literal of integers, or of texts (quoted, \ and " escaped).
QString arrayOf(const QList<int> &values)
{
    QStringList items;
    items.reserve(values.size());
    for (const int value : values)
        items << QString::number(value);
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

ServerArticleWriter::ServerArticleWriter(QSqlDatabase db)
    : m_db(db), m_findDump(db), m_insertDump(db), m_insertHeadlines(db), m_findHash(db), m_findSource(db),
      m_insertSource(db), m_insertArticle(db)
{
}

bool ServerArticleWriter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&m_findDump, "SELECT id FROM dumps WHERE sha256 = ?"},
        {&m_insertDump, "INSERT INTO dumps (file_name, sha256, encoding, byte_size, imported_at, raw)"
                        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"},
        {&m_insertHeadlines, "INSERT INTO page_headlines (dump_id, page, texts) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"},
        {&m_findHash, "SELECT 1 FROM articles WHERE content_hash = ?"},
        {&m_findSource, "SELECT id FROM sources WHERE folded = ?"},
        {&m_insertSource, "INSERT INTO sources (name, folded) VALUES (?, ?) RETURNING id"},
        // A page in one round trip: the article, its text and its blocks (parallel arrays of
        // kinds, starts and ends), the article's new id passed along inside the statement.
        {&m_insertArticle,
         "WITH article AS (INSERT INTO articles (dump_id, page, content_hash, title, source_id, published, language,"
         " direction, url, profile, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id),"
         " body AS (INSERT INTO article_texts (article_id, body) SELECT id, ? FROM article RETURNING article_id),"
         " parts AS (INSERT INTO blocks (article_id, position, kind, start, \"end\")"
         " SELECT article.id, b.position - 1, b.kind, b.start, b.stop FROM article,"
         " unnest(?::text[], ?::integer[], ?::integer[]) WITH ORDINALITY AS b(kind, start, stop, position))"
         " SELECT article_id FROM body"},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(QString::fromLatin1(sql))) {
            *error = ServerConnection::messageOf(query->lastError());
            return false;
        }
    }
    m_prepared = true;
    return true;
}

bool ServerArticleWriter::run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = ServerConnection::messageOf(query.lastError());
    return false;
}

qint64 ServerArticleWriter::sourceId(const QString &name, QString *error)
{
    const QString key = name.toCaseFolded();
    auto cached = m_sourceIds.constFind(key);
    if (cached != m_sourceIds.constEnd())
        return *cached;
    m_findSource.addBindValue(key);
    if (!run(m_findSource, error))
        return 0;
    if (m_findSource.next()) {
        const qint64 id = m_findSource.value(0).toLongLong();
        m_findSource.finish();
        m_sourceIds.insert(key, id);
        return id;
    }
    m_insertSource.addBindValue(name);
    m_insertSource.addBindValue(key);
    if (!run(m_insertSource, error) || !m_insertSource.next())
        return 0;
    // Not cached: the transaction may yet be rolled back, and the id with it.
    const qint64 id = m_insertSource.value(0).toLongLong();
    m_insertSource.finish();
    return id;
}

bool ServerArticleWriter::writePage(qint64 dumpId, const ParsedPage &page, const PreparedPage &prepared,
                                    const QString &importedAt, qint64 *articleId, QString *error)
{
    if (!prepared.headlines.isEmpty()) {
        m_insertHeadlines.addBindValue(dumpId);
        m_insertHeadlines.addBindValue(prepared.page);
        m_insertHeadlines.addBindValue(QString::fromUtf8(prepared.headlines));
        if (!run(m_insertHeadlines, error))
            return false;
    }
    const QString source = page.source.trimmed();
    qint64 source_id = 0;
    if (!source.isEmpty() && (source_id = sourceId(source, error)) == 0)
        return false;
    m_insertArticle.addBindValue(dumpId);
    m_insertArticle.addBindValue(prepared.page);
    m_insertArticle.addBindValue(QString::fromLatin1(prepared.hash));
    m_insertArticle.addBindValue(textValue(page.title));
    m_insertArticle.addBindValue(source_id != 0 ? QVariant(source_id) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insertArticle.addBindValue(page.published.isValid() ? QVariant(page.published.toString(Qt::ISODate))
                                                          : QVariant(QMetaType(QMetaType::QString)));
    m_insertArticle.addBindValue(textValue(page.language));
    m_insertArticle.addBindValue(page.direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    m_insertArticle.addBindValue(textValue(page.url));
    m_insertArticle.addBindValue(textValue(page.profile));
    m_insertArticle.addBindValue(importedAt);
    m_insertArticle.addBindValue(QString::fromUtf8(prepared.body));
    QStringList kinds;
    QList<int> starts, ends;
    for (const Block &block : prepared.blocks) {
        kinds << Block::kindName(block.kind); // 'paragraph' or 'heading': nothing to quote
        starts << block.start;
        ends << block.end;
    }
    m_insertArticle.addBindValue(QLatin1Char('{') + kinds.join(QLatin1Char(',')) + QLatin1Char('}'));
    m_insertArticle.addBindValue(arrayOf(starts));
    m_insertArticle.addBindValue(arrayOf(ends));
    if (!run(m_insertArticle, error) || !m_insertArticle.next())
        return false;
    *articleId = m_insertArticle.value(0).toLongLong();
    m_insertArticle.finish();
    return true;
}

std::optional<bool> ServerArticleWriter::holdsPage(const QByteArray &hash, QString *error)
{
    m_findHash.addBindValue(QString::fromLatin1(hash));
    if (!run(m_findHash, error))
        return std::nullopt;
    const bool found = m_findHash.next();
    m_findHash.finish();
    return found;
}

qint64 ServerArticleWriter::dumpOf(const QString &sha256, QString *error)
{
    m_findDump.addBindValue(sha256);
    if (!run(m_findDump, error))
        return -1;
    const qint64 id = m_findDump.next() ? m_findDump.value(0).toLongLong() : 0;
    m_findDump.finish();
    return id;
}

qint64 ServerArticleWriter::insertDump(const PreparedDump &dump, const QString &importedAt, QString *error)
{
    m_insertDump.addBindValue(textValue(dump.fileName));
    m_insertDump.addBindValue(dump.sha256);
    m_insertDump.addBindValue(textValue(dump.document.encoding));
    m_insertDump.addBindValue(dump.byteSize);
    m_insertDump.addBindValue(importedAt);
    m_insertDump.addBindValue(dump.compressed);
    if (!run(m_insertDump, error))
        return 0;
    return insertedId(m_insertDump);
}

} // namespace glossa
