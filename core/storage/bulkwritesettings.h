#pragma once

#include <QSqlDatabase>

namespace glossa {

// Connection settings for as long as a bulk write (an import) runs, put back when it ends:
// page caches large enough for a batch, and a WAL checkpoint every checkpointPages pages
// instead of SQLite's 1,000. Each checkpoint syncs the library file, and at the default an
// import spent more time waiting for those syncs than working. A value of 0 leaves a setting
// as it is.
class BulkWriteSettings
{
public:
    BulkWriteSettings(const QSqlDatabase &db, int cacheKiB, int checkpointPages);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    // Sets a pragma, returning its value before; a value of 0 leaves it as it is.
    int set(const QString &pragma, int value) const;

    QSqlDatabase m_db;
    int m_cacheSize = 0;
    int m_tempCacheSize = 0;
    int m_checkpoint = 0;
};

} // namespace glossa
