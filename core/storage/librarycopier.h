#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace glossa {

// Copies a whole library into another, across backends: a library file into a team library on
// a server to start a desk's shared library, a server's into a file for an offline copy.
// Articles with their texts, blocks and raw dumps, analysts, annotations with their UUIDs,
// claims and their history, tags, collections, reading marks, the claim memory (imported
// fact-checks, appearances with their decisions). Rows are matched by what names
// them in both libraries (an article's content hash, an annotation's or analyst's UUID, a tag's
// or collection's folded name), never by row id, so that copying again adds only what is new
// (nothing doubles) and a copy stopped midway resumes where it stopped. Each batch of rows is
// one transaction in the target.
//
// Into a team library, copy as its owner (the role that ran `team init`): the rows are every
// analyst's, which row-level security lets nobody else write.
class LibraryCopier
{
public:
    LibraryCopier(QSqlDatabase source, QSqlDatabase target);

    struct Progress
    {
        QString table;
        qint64 done = 0;  // rows of the table looked at
        qint64 total = 0; // rows of the table in the source
        qint64 added = 0; // rows of the table the target did not have
    };
    // Called after each batch and at the end of each table; returning false stops the copy
    // (what was committed stays, and a later copy resumes from it).
    void setProgress(std::function<bool(const Progress &)> progress) { m_progress = std::move(progress); }

    bool copy();
    // Rows added to the target, all tables together.
    qint64 added() const { return m_added; }
    QString lastError() const { return m_lastError; }

private:
    struct Table;
    bool copyTable(const Table &table);

    QSqlDatabase m_source;
    QSqlDatabase m_target;
    std::function<bool(const Progress &)> m_progress;
    qint64 m_added = 0;
    QString m_lastError;
    struct IdMaps;
    std::shared_ptr<IdMaps> m_ids;
};

} // namespace glossa
