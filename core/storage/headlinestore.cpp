#include "headlinestore.h"

#include "sqlbackend.h"

#include "sqlitestatement.h"
#include "timestamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace glossa {

namespace {

// SQLite calls it every kProgressSteps virtual-machine steps; non-zero interrupts the statement.
int stopWhenCancelled(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}
constexpr int kProgressSteps = 10000;

// Watches \a cancelled for as long as it lives, on this connection only.
class CancelWatch
{
public:
    CancelWatch(const QSqlDatabase &db, const std::atomic_bool *cancelled)
        : m_handle(cancelled ? SqliteStatement::handle(db) : nullptr)
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, kProgressSteps, stopWhenCancelled, const_cast<std::atomic_bool *>(cancelled));
    }
    ~CancelWatch()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

private:
    sqlite3 *m_handle;
};

} // namespace

HeadlineStore::HeadlineStore(QSqlDatabase db) : m_db(db) {}

QList<TickerHeadline> HeadlineStore::headlines(const QString &contains, int limit, int offset,
                                               const std::atomic_bool *cancelled) const
{
    const CancelWatch watch(m_db, cancelled);
    const bool filtered = !contains.trimmed().isEmpty();
    const QString filter = filtered ? QStringLiteral(" WHERE instr(lower(j.value), lower(?)) > 0") : QString();
    const QString articleOfText = QStringLiteral(
        "(SELECT a.id FROM articles a WHERE a.title = j.value COLLATE NOCASE AND a.title = j.value ORDER BY a.id LIMIT 1)");
    // A page's ticker is one JSON array (006_page_headlines.sql): json_each() unrolls it in
    // ticker order, after the page's dump was looked up once for all its headlines. A headline
    // repeats in every dump of the same day: each text is shown once, from its first dump.
    QString sqlText;
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        sqlText = QStringLiteral("SELECT text, dump_id, file_name, first_seen, article, page FROM ("
                                 "SELECT DISTINCT ON (j.value) j.value AS text, d.id AS dump_id, d.file_name,"
                                 " d.imported_at AS first_seen, %1 AS article, h.page"
                                 " FROM page_headlines h JOIN dumps d ON d.id = h.dump_id CROSS JOIN LATERAL json_each(h.texts) j"
                                 "%2 ORDER BY j.value, d.imported_at, d.id) firsts"
                                 " ORDER BY first_seen DESC, text LIMIT ? OFFSET ?")
                      .arg(articleOfText, filter);
    } else {
        // With a single min(), SQLite takes the other columns from that row.
        sqlText = QStringLiteral("SELECT j.value AS text, d.id, d.file_name, min(d.imported_at) AS first_seen, %1, h.page"
                                 " FROM page_headlines h JOIN dumps d ON d.id = h.dump_id JOIN json_each(h.texts) j"
                                 "%2 GROUP BY j.value ORDER BY first_seen DESC, j.value LIMIT ? OFFSET ?")
                      .arg(articleOfText, filter);
    }
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    QList<TickerHeadline> result;
    QList<int> pages; // of each result's first sighting, in its dump
    if (!sql.prepare(sqlText)) {
        m_lastError = errorText(sql);
        return result;
    }
    if (filtered)
        sql.addBindValue(contains.trimmed());
    sql.addBindValue(limit);
    sql.addBindValue(qMax(0, offset));
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return result;
    }
    while (sql.next()) {
        if (cancelled && cancelled->load())
            break;
        TickerHeadline headline;
        headline.text = sql.value(0).toString();
        headline.dumpId = sql.value(1).toLongLong();
        headline.fileName = sql.value(2).toString();
        headline.importedAt = timestamps::fromText(sql.value(3).toString());
        headline.articleId = sql.value(4).toLongLong();
        pages.append(sql.value(5).toInt());
        result.append(headline);
    }
    if (cancelled && cancelled->load()) {
        m_lastError = QStringLiteral("cancelled");
        return {};
    }
    if (sql.lastError().isValid()) { // interrupted, or failed while stepping
        m_lastError = errorText(sql);
        return result;
    }
    // Where each was seen, for the rows asked only (a page of the list), one index lookup each:
    // joined into the grouping above it would be looked up for every page of the library.
    QSqlQuery origin(m_db);
    origin.setForwardOnly(true);
    if (!origin.prepare(QStringLiteral("SELECT s.name, a.published FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                                       " WHERE a.dump_id = ? AND a.page = ? ORDER BY a.id LIMIT 1"))) {
        m_lastError = errorText(origin);
        return result;
    }
    for (int i = 0; i < result.size(); ++i) {
        if (cancelled && cancelled->load())
            return {};
        origin.addBindValue(result.at(i).dumpId);
        origin.addBindValue(pages.at(i));
        if (origin.exec() && origin.next()) {
            result[i].seenOnOutlet = origin.value(0).toString();
            result[i].seenOnDate = QDate::fromString(origin.value(1).toString().left(10), Qt::ISODate);
        }
        origin.finish();
    }
    return result;
}

} // namespace glossa
