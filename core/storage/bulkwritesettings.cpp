#include "bulkwritesettings.h"

#include "sqlbackend.h"

#include <QSqlQuery>
#include <QVariant>

namespace glossa {

BulkWriteSettings::BulkWriteSettings(const QSqlDatabase &db, int cacheKiB, int checkpointPages) : m_db(db)
{
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        // An import's commits do not wait for the server's disk: a server crash may lose its
        // last fraction of a second of files (never half of one), which the next import adds
        // again, as a killed import loses its batch on a library file.
        QSqlQuery(m_db).exec(QStringLiteral("SET synchronous_commit TO off"));
        return;
    }
    m_cacheSize = set(QStringLiteral("cache_size"), -cacheKiB);
    // The bodies of a batch wait in a temporary table (ArticleWriter::beginBatch): at the
    // temporary schema's default cache of 2 MB, a batch of 1,000 pages spilled them to a
    // temporary file, written and read back once more.
    m_tempCacheSize = set(QStringLiteral("temp.cache_size"), -cacheKiB);
    m_checkpoint = set(QStringLiteral("wal_autocheckpoint"), checkpointPages);
}

BulkWriteSettings::~BulkWriteSettings()
{
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        QSqlQuery(m_db).exec(QStringLiteral("RESET synchronous_commit"));
        return;
    }
    set(QStringLiteral("cache_size"), m_cacheSize);
    set(QStringLiteral("temp.cache_size"), m_tempCacheSize);
    set(QStringLiteral("wal_autocheckpoint"), m_checkpoint);
}

int BulkWriteSettings::set(const QString &pragma, int value) const
{
    // A server tunes itself; and a failed statement would abort the transaction around it there.
    if (backendOf(m_db) == SqlBackend::PostgreSql)
        return 0;
    QSqlQuery query(m_db);
    int previous = 0;
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        previous = query.value(0).toInt();
    query.finish();
    if (value != 0)
        query.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value));
    return previous;
}

} // namespace glossa
