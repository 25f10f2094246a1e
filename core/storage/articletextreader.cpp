#include "articletextreader.h"

#include "sqlbackend.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace glossa {

namespace {

// Ids bound per statement: under SQLite's and PostgreSQL's limits on parameters, and enough that
// a batch is one round trip.
constexpr int kIdsPerQuery = 500;

} // namespace

ArticleTextReader::ArticleTextReader(QSqlDatabase db) : m_db(std::move(db)) {}

QList<qint64> ArticleTextReader::ids(const QDate &since) const
{
    QList<qint64> out;
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    if (since.isValid()) {
        sql.prepare(QStringLiteral("SELECT id FROM articles WHERE published >= ? ORDER BY id"));
        sql.addBindValue(since.toString(Qt::ISODate));
    } else {
        sql.prepare(QStringLiteral("SELECT id FROM articles ORDER BY id"));
    }
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return {};
    }
    while (sql.next())
        out.append(sql.value(0).toLongLong());
    return out;
}

QList<ArticleText> ArticleTextReader::texts(const QList<qint64> &ids) const
{
    QHash<qint64, ArticleText> found;
    for (int from = 0; from < ids.size(); from += kIdsPerQuery) {
        const QList<qint64> chunk = ids.mid(from, kIdsPerQuery);
        QString marks;
        for (int i = 0; i < chunk.size(); ++i)
            marks += i ? QStringLiteral(",?") : QStringLiteral("?");
        QSqlQuery sql(m_db);
        sql.setForwardOnly(true);
        sql.prepare(QStringLiteral("SELECT a.id, a.language, t.body FROM articles a"
                                   " JOIN article_texts t ON t.article_id = a.id WHERE a.id IN (%1)").arg(marks));
        for (qint64 id : chunk)
            sql.addBindValue(id);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return {};
        }
        while (sql.next()) {
            ArticleText text;
            text.id = sql.value(0).toLongLong();
            text.language = sql.value(1).toString();
            text.text = sql.value(2).toString();
            found.insert(text.id, text);
        }
    }
    QList<ArticleText> out;
    out.reserve(found.size());
    for (qint64 id : ids) {
        auto it = found.constFind(id);
        if (it != found.cend())
            out.append(it.value());
    }
    return out;
}

} // namespace glossa
