#include "searchindexcompactor.h"

#include "storage/sqlbackend.h"

#include "storage/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace glossa {

SearchIndexCompactor::SearchIndexCompactor(QSqlDatabase db) : m_db(db) {}

bool SearchIndexCompactor::step()
{
    m_lastError.clear();
    sqlite3 *handle = SqliteStatement::handle(m_db);
    if (!handle) {
        m_lastError = QStringLiteral("the library is not open");
        return false;
    }
    // A negative budget merges the level with the most segments even below 'usermerge', so
    // repeated steps end with a single segment. FTS5's documented test for the end: a step
    // that had nothing to merge changes fewer than two rows.
    const sqlite3_int64 before = sqlite3_total_changes64(handle);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', ?)"));
    sql.addBindValue(-kPagesPerStep);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    return sqlite3_total_changes64(handle) - before >= 2;
}

bool SearchIndexCompactor::compact(const std::function<bool()> &keepGoing)
{
    while (!keepGoing || keepGoing()) {
        if (!step())
            return m_lastError.isEmpty();
    }
    return true;
}

} // namespace glossa
