#include "articlestore.h"

#include "sqlbackend.h"

#include "rawdumpcodec.h"
#include "repeatedclaims.h"
#include "sqlvalue.h"
#include "tagstore.h"
#include "timestamps.h"
#include "transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace glossa {
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
        m_lastError = sql.lastError().isValid() ? errorText(sql) : QStringLiteral("no article %1").arg(id);
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

    sql.prepare(QStringLiteral("SELECT kind, start, \"end\" FROM blocks WHERE article_id = ? ORDER BY position"));
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
    // One row per page, the ticker as a JSON array (006_page_headlines.sql), read back in order.
    sql.prepare(QStringLiteral("SELECT j.value FROM page_headlines h, json_each(h.texts) j"
                               " WHERE h.dump_id = ? AND h.page = ? ORDER BY j.key"));
    sql.addBindValue(article.provenance.dumpId);
    sql.addBindValue(page);
    if (sql.exec()) {
        while (sql.next())
            article.headlines << sql.value(0).toString();
    }
    article.tags = tagsOf(id);
    return article;
}

QHash<qint64, QString> ArticleStore::texts(const QList<qint64> &ids) const
{
    QHash<qint64, QString> texts;
    constexpr int kChunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        const QList<qint64> chunk = ids.mid(first, kChunk);
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery sql(m_db);
        sql.setForwardOnly(true);
        sql.prepare(QStringLiteral("SELECT article_id, body FROM article_texts WHERE article_id IN (%1)")
                        .arg(placeholders.join(QStringLiteral(", "))));
        for (const qint64 id : chunk)
            sql.addBindValue(id);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return texts;
        }
        while (sql.next())
            texts.insert(sql.value(0).toLongLong(), sql.value(1).toString());
    }
    return texts;
}

std::optional<ArticleState> ArticleStore::state(qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT is_read, is_starred, note FROM articles WHERE id = ?"));
    sql.addBindValue(id);
    if (!sql.exec() || !sql.next()) {
        m_lastError = sql.lastError().isValid() ? errorText(sql) : QStringLiteral("no article %1").arg(id);
        return std::nullopt;
    }
    ArticleState state;
    state.read = sql.value(0).toBool();
    state.starred = sql.value(1).toBool();
    state.note = sql.value(2).toString();
    state.tags = tagsOf(id);
    return state;
}

QStringList ArticleStore::tagsOf(qint64 id) const
{
    QStringList tags;
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                               " WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE"));
    sql.addBindValue(id);
    if (sql.exec()) {
        while (sql.next())
            tags << sql.value(0).toString();
    }
    return tags;
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

QDate ArticleStore::newestPublished() const
{
    QSqlQuery sql(m_db);
    if (sql.exec(QStringLiteral("SELECT max(published) FROM articles")) && sql.next())
        return QDate::fromString(sql.value(0).toString().left(10), Qt::ISODate);
    m_lastError = errorText(sql);
    return {};
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
        m_lastError = errorText(sql);
    }
    return stats;
}

qint64 ArticleStore::largestId() const
{
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT max(id) FROM articles")) || !sql.next()) {
        m_lastError = errorText(sql);
        return 0;
    }
    return sql.value(0).toLongLong();
}

QByteArray ArticleStore::rawDump(qint64 dumpId) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT raw FROM dumps WHERE id = ?"));
    sql.addBindValue(dumpId);
    if (!sql.exec() || !sql.next())
        return QByteArray();
    return RawDumpCodec::decompress(sql.value(0).toByteArray());
}

bool ArticleStore::setFlag(const char *column, qint64 id, bool value)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    sql.addBindValue(value ? 1 : 0);
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
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

bool ArticleStore::setNote(qint64 id, const QString &note, const std::optional<QString> &basedOn)
{
    m_noteConflict.reset();
    QSqlQuery sql(m_db);
    // Who wrote the note last: the connection's acting analyst (AnalystStore::actAs). The note
    // the edit started from is its version: compared in the same statement, so that nothing
    // comes between the check and the write.
    sql.prepare(QStringLiteral("UPDATE articles SET note = ?, note_analyst_id = (SELECT analyst_id FROM temp.session),"
                               " note_modified_at = ? WHERE id = ?")
                + (basedOn ? QStringLiteral(" AND note = ?") : QString()));
    sql.addBindValue(textValue(note));
    sql.addBindValue(timestamps::now());
    sql.addBindValue(id);
    if (basedOn)
        sql.addBindValue(textValue(*basedOn));
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    if (sql.numRowsAffected() == 1)
        return true;
    if (!basedOn)
        return false;
    QSqlQuery now(m_db);
    now.prepare(QStringLiteral("SELECT a.note, n.name, a.note_modified_at FROM articles a"
                               " LEFT JOIN analysts n ON n.id = a.note_analyst_id WHERE a.id = ?"));
    now.addBindValue(id);
    if (now.exec() && now.next()) {
        m_noteConflict = ArticleNoteVersion{now.value(0).toString(), now.value(1).toString(),
                                            timestamps::fromText(now.value(2).toString())};
        m_lastError = QStringLiteral("the note was changed meanwhile");
    }
    return false;
}

bool ArticleStore::setTags(qint64 id, const QStringList &tags)
{
    Transaction transaction(m_db);
    TagStore tagStore(m_db);
    QStringList keep;
    QList<qint64> tagIds;
    for (const QString &tag : tags) {
        const qint64 tagId = tagStore.ensureTag(tag);
        if (tagId == 0)
            continue;
        tagIds << tagId;
        keep << QString::number(tagId);
    }
    // A tag the article keeps keeps who gave it and when; only new ones are the acting analyst's.
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id NOT IN (%1)")
                    .arg(keep.isEmpty() ? QStringLiteral("0") : keep.join(QLatin1Char(','))));
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    sql.prepare(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, analyst_id, added_at)"
                               " VALUES (?, ?, (SELECT analyst_id FROM temp.session), ?) ON CONFLICT DO NOTHING"));
    const QString now = timestamps::now();
    for (const qint64 tagId : std::as_const(tagIds)) {
        sql.addBindValue(id);
        sql.addBindValue(tagId);
        sql.addBindValue(now);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return false;
        }
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

qint64 ArticleStore::textLength(qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT \"end\" FROM blocks WHERE article_id = ? ORDER BY position DESC LIMIT 1"));
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    return sql.next() ? sql.value(0).toLongLong() : 0;
}

std::optional<ArticleSummary> ArticleStore::summary(qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT a.title, s.name, a.published, a.annotation_count, a.is_read, a.is_starred"
                               " FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?"));
    sql.addBindValue(id);
    if (!sql.exec() || !sql.next()) {
        m_lastError = sql.lastError().isValid() ? errorText(sql) : QStringLiteral("no article %1").arg(id);
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
    QList<ArticleSummary> one{row};
    if (!RepeatedClaims::fill(m_db, &one, &m_lastError))
        return row;
    return one.constFirst();
}

} // namespace glossa
