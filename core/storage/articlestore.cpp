#include "articlestore.h"

#include "search/ftsquery.h"
#include "sqlvalue.h"
#include "tagstore.h"
#include "timestamps.h"
#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

namespace {

// The FROM/WHERE part shared by summaries() and count(); only constant SQL text, every user
// value bound.
struct Selection
{
    QString from;
    QString where;
    QVariantList values;
    bool searching = false;
};

Selection buildSelection(const ArticleQuery &query)
{
    Selection selection;
    selection.from = QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
    QStringList conditions;
    const QString match = FtsQuery::toMatchExpression(query.search);
    if (!match.isEmpty()) {
        selection.searching = true;
        selection.from += QStringLiteral(" JOIN articles_fts ON articles_fts.rowid = a.id");
        conditions << QStringLiteral("articles_fts MATCH ?");
        selection.values << match;
    }
    if (!query.source.isEmpty()) {
        conditions << QStringLiteral("s.folded = ?");
        selection.values << query.source.trimmed().toCaseFolded();
    }
    if (!query.tag.isEmpty()) {
        conditions << QStringLiteral(
            "(a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.folded = ?)"
            " OR a.id IN (SELECT an.article_id FROM annotations an"
            " JOIN annotation_tags nt ON nt.annotation_id = an.id JOIN tags t ON t.id = nt.tag_id WHERE t.folded = ?))");
        const QString tag = TagStore::normalizedName(query.tag).toCaseFolded();
        selection.values << tag << tag;
    }
    if (!query.verdict.isEmpty()) {
        conditions << QStringLiteral("a.id IN (SELECT an.article_id FROM annotations an"
                                     " JOIN claims c ON c.annotation_id = an.id WHERE c.verdict = ?)");
        selection.values << query.verdict;
    }
    if (query.collectionId > 0) {
        conditions << QStringLiteral("a.id IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)");
        selection.values << query.collectionId;
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("a.published >= ?");
        selection.values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("a.published <= ?");
        selection.values << query.to.toString(Qt::ISODate);
    }
    if (query.unreadOnly)
        conditions << QStringLiteral("a.is_read = 0");
    if (query.starredOnly)
        conditions << QStringLiteral("a.is_starred = 1");
    if (!conditions.isEmpty())
        selection.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return selection;
}

QString orderBy(const ArticleQuery &query, bool searching)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    switch (query.sort) {
    case ArticleQuery::Sort::Title:
        return QStringLiteral(" ORDER BY a.title COLLATE NOCASE %1, a.id %1").arg(dir);
    case ArticleQuery::Sort::Source:
        return QStringLiteral(" ORDER BY s.name COLLATE NOCASE %1, a.published DESC, a.id DESC").arg(dir);
    case ArticleQuery::Sort::Annotations:
        return QStringLiteral(" ORDER BY a.annotation_count %1, a.published DESC, a.id DESC").arg(dir);
    case ArticleQuery::Sort::Relevance:
        if (searching) // bm25 is smaller for better matches; titles weigh ten times the body.
            return QStringLiteral(" ORDER BY bm25(articles_fts, 10.0, 1.0), a.published DESC, a.id DESC");
        [[fallthrough]];
    case ArticleQuery::Sort::Published:
        break;
    }
    return QStringLiteral(" ORDER BY a.published %1, a.id %1").arg(dir);
}

void bindAll(QSqlQuery &sql, const QVariantList &values)
{
    for (const QVariant &value : values)
        sql.addBindValue(value);
}

} // namespace

ArticleStore::ArticleStore(QSqlDatabase db) : m_db(db) {}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral(
        "SELECT a.title, s.name, a.published, a.language, a.direction, a.url, t.body, a.content_hash,"
        " a.is_read, a.is_starred, a.note, a.dump_id, a.page, d.file_name, d.sha256, d.encoding, d.imported_at"
        " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
        " LEFT JOIN article_texts t ON t.article_id = a.id"
        " LEFT JOIN dumps d ON d.id = a.dump_id WHERE a.id = ?"));
    sql.addBindValue(id);
    if (!sql.exec() || !sql.next()) {
        m_lastError = sql.lastError().isValid() ? sql.lastError().text() : QStringLiteral("no article %1").arg(id);
        return std::nullopt;
    }
    Article article;
    article.id = id;
    article.title = sql.value(0).toString();
    article.source = sql.value(1).toString();
    article.published = QDate::fromString(sql.value(2).toString(), Qt::ISODate);
    article.language = sql.value(3).toString();
    article.direction = sql.value(4).toString() == QLatin1String("rtl") ? Qt::RightToLeft : Qt::LeftToRight;
    article.url = sql.value(5).toString();
    article.text = sql.value(6).toString();
    article.contentHash = sql.value(7).toString();
    article.read = sql.value(8).toBool();
    article.starred = sql.value(9).toBool();
    article.note = sql.value(10).toString();
    article.provenance.dumpId = sql.value(11).toLongLong();
    const int page = sql.value(12).toInt();
    article.provenance.fileName = sql.value(13).toString();
    article.provenance.sha256 = sql.value(14).toString();
    article.provenance.encoding = sql.value(15).toString();
    article.provenance.importedAt = timestamps::fromText(sql.value(16).toString());

    sql.prepare(QStringLiteral("SELECT kind, start, end FROM blocks WHERE article_id = ? ORDER BY position"));
    sql.addBindValue(id);
    if (sql.exec()) {
        while (sql.next()) {
            Block block;
            block.kind = Block::kindFromName(sql.value(0).toString());
            block.start = sql.value(1).toInt();
            block.end = sql.value(2).toInt();
            article.blocks.append(block);
        }
    }
    sql.prepare(QStringLiteral("SELECT text FROM headlines WHERE dump_id = ? AND page = ? ORDER BY position"));
    sql.addBindValue(article.provenance.dumpId);
    sql.addBindValue(page);
    if (sql.exec()) {
        while (sql.next())
            article.headlines << sql.value(0).toString();
    }
    sql.prepare(QStringLiteral("SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                               " WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE"));
    sql.addBindValue(id);
    if (sql.exec()) {
        while (sql.next())
            article.tags << sql.value(0).toString();
    }
    return article;
}

QList<ArticleSummary> ArticleStore::summaries(const ArticleQuery &query) const
{
    const Selection selection = buildSelection(query);
    QString text = QStringLiteral("SELECT a.id, a.title, s.name, a.published, a.annotation_count, a.is_read, a.is_starred");
    text += selection.from + selection.where + orderBy(query, selection.searching);
    QVariantList values = selection.values;
    if (query.limit >= 0 || query.offset > 0) {
        text += QStringLiteral(" LIMIT ? OFFSET ?");
        values << query.limit << qMax(0, query.offset);
    }
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    QList<ArticleSummary> rows;
    if (!sql.prepare(text)) {
        m_lastError = sql.lastError().text();
        return rows;
    }
    bindAll(sql, values);
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return rows;
    }
    while (sql.next()) {
        ArticleSummary row;
        row.id = sql.value(0).toLongLong();
        row.title = sql.value(1).toString();
        row.source = sql.value(2).toString();
        row.published = QDate::fromString(sql.value(3).toString(), Qt::ISODate);
        row.annotationCount = sql.value(4).toInt();
        row.read = sql.value(5).toBool();
        row.starred = sql.value(6).toBool();
        rows.append(row);
    }
    if (selection.searching && query.withSnippets)
        addSnippets(FtsQuery::toMatchExpression(query.search), &rows);
    return rows;
}

void ArticleStore::addSnippets(const QString &match, QList<ArticleSummary> *rows) const
{
    // A second pass for the page of rows only: with ORDER BY ... LIMIT in one statement,
    // SQLite would build a snippet for every matching article before sorting.
    if (rows->isEmpty())
        return;
    QHash<qint64, int> indexOf;
    QStringList placeholders;
    for (int i = 0; i < rows->size(); ++i) {
        indexOf.insert(rows->at(i).id, i);
        placeholders << QStringLiteral("?");
    }
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    // Snippet markers are STX/ETX so that views can render the match without parsing HTML.
    sql.prepare(QStringLiteral("SELECT rowid, snippet(articles_fts, -1, char(2), char(3), '…', 16) FROM articles_fts"
                               " WHERE articles_fts MATCH ? AND rowid IN (%1)")
                    .arg(placeholders.join(QLatin1Char(','))));
    sql.addBindValue(match);
    for (const ArticleSummary &row : std::as_const(*rows))
        sql.addBindValue(row.id);
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return;
    }
    while (sql.next()) {
        const int index = indexOf.value(sql.value(0).toLongLong(), -1);
        if (index >= 0)
            (*rows)[index].snippet = sql.value(1).toString();
    }
}

int ArticleStore::count(const ArticleQuery &query) const
{
    const Selection selection = buildSelection(query);
    QSqlQuery sql(m_db);
    if (!sql.prepare(QStringLiteral("SELECT count(*)") + selection.from + selection.where)) {
        m_lastError = sql.lastError().text();
        return 0;
    }
    bindAll(sql, selection.values);
    if (!sql.exec() || !sql.next()) {
        m_lastError = sql.lastError().text();
        return 0;
    }
    return sql.value(0).toInt();
}

QStringList ArticleStore::sources() const
{
    QStringList names;
    QSqlQuery sql(m_db);
    if (sql.exec(QStringLiteral("SELECT name FROM sources ORDER BY name COLLATE NOCASE"))) {
        while (sql.next())
            names << sql.value(0).toString();
    }
    return names;
}

LibraryStats ArticleStore::stats() const
{
    LibraryStats stats;
    QSqlQuery sql(m_db);
    if (sql.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE is_read = 0),"
            " (SELECT count(*) FROM articles WHERE is_starred = 1), (SELECT count(*) FROM sources),"
            " (SELECT count(*) FROM dumps), (SELECT count(*) FROM annotations), (SELECT count(*) FROM claims),"
            " (SELECT count(*) FROM annotations WHERE orphaned = 1), (SELECT count(*) FROM tags),"
            " (SELECT coalesce(sum(byte_size), 0) FROM dumps)"))
        && sql.next()) {
        stats.articles = sql.value(0).toInt();
        stats.unread = sql.value(1).toInt();
        stats.starred = sql.value(2).toInt();
        stats.sources = sql.value(3).toInt();
        stats.dumps = sql.value(4).toInt();
        stats.annotations = sql.value(5).toInt();
        stats.claims = sql.value(6).toInt();
        stats.orphaned = sql.value(7).toInt();
        stats.tags = sql.value(8).toInt();
        stats.rawBytes = sql.value(9).toLongLong();
    } else {
        m_lastError = sql.lastError().text();
    }
    return stats;
}

QByteArray ArticleStore::rawDump(qint64 dumpId) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT raw FROM dumps WHERE id = ?"));
    sql.addBindValue(dumpId);
    if (!sql.exec() || !sql.next())
        return QByteArray();
    return qUncompress(sql.value(0).toByteArray());
}

bool ArticleStore::setFlag(const char *column, qint64 id, bool value)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    sql.addBindValue(value ? 1 : 0);
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return false;
    }
    return sql.numRowsAffected() == 1;
}

bool ArticleStore::setRead(qint64 id, bool read)
{
    return setFlag("is_read", id, read);
}

bool ArticleStore::setStarred(qint64 id, bool starred)
{
    return setFlag("is_starred", id, starred);
}

bool ArticleStore::setNote(qint64 id, const QString &note)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("UPDATE articles SET note = ? WHERE id = ?"));
    sql.addBindValue(textValue(note));
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return false;
    }
    return sql.numRowsAffected() == 1;
}

bool ArticleStore::setTags(qint64 id, const QStringList &tags)
{
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"));
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return false;
    }
    TagStore tagStore(m_db);
    sql.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)"));
    for (const QString &tag : tags) {
        const qint64 tagId = tagStore.ensureTag(tag);
        if (tagId == 0)
            continue;
        sql.addBindValue(id);
        sql.addBindValue(tagId);
        if (!sql.exec()) {
            m_lastError = sql.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

std::optional<ArticleSummary> ArticleStore::summary(qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT a.title, s.name, a.published, a.annotation_count, a.is_read, a.is_starred"
                               " FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?"));
    sql.addBindValue(id);
    if (!sql.exec() || !sql.next()) {
        m_lastError = sql.lastError().isValid() ? sql.lastError().text() : QStringLiteral("no article %1").arg(id);
        return std::nullopt;
    }
    ArticleSummary row;
    row.id = id;
    row.title = sql.value(0).toString();
    row.source = sql.value(1).toString();
    row.published = QDate::fromString(sql.value(2).toString(), Qt::ISODate);
    row.annotationCount = sql.value(3).toInt();
    row.read = sql.value(4).toBool();
    row.starred = sql.value(5).toBool();
    return row;
}

QList<qint64> ArticleStore::ids(const ArticleQuery &query) const
{
    const Selection selection = buildSelection(query);
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    QList<qint64> ids;
    if (!sql.prepare(QStringLiteral("SELECT a.id") + selection.from + selection.where
                     + orderBy(query, selection.searching))) {
        m_lastError = sql.lastError().text();
        return ids;
    }
    bindAll(sql, selection.values);
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return ids;
    }
    while (sql.next())
        ids << sql.value(0).toLongLong();
    return ids;
}

} // namespace glossa
