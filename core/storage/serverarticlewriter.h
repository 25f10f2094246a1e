#pragma once

#include "articlewriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace glossa {

// ArticleWriter on a team library's server: a whole prepared file in one statement, the
// server's glossa_write_file() (sql/postgresql/002_file_writer.sql), which takes the steps of
// ArticleWriter::write on the server's side. Each statement is a round trip, and a file written
// step by step kept the importer and the server waiting on each other for half the import.
class ServerArticleWriter
{
public:
    explicit ServerArticleWriter(QSqlDatabase db);

    // The file's new pages and its dump, or nothing of it (and why) when the server refuses.
    // Atomic on its own: inside the importer's batch a failed file leaves the batch usable.
    WriteResult write(const PreparedDump &dump, const QString &importedAt);

private:
    QSqlDatabase m_db;
    QSqlQuery m_writeFile;
    bool m_prepared = false;
};

} // namespace glossa
