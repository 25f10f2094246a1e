#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace glossa {

// Merges the full-text index's segments into one. Every search seeks each segment for each
// word it checks row by row, and imports leave many, so a common phrase's probe is several
// times cheaper over one segment (README, Performance). FTS5's 'optimize' does the same in one
// transaction that holds the write lock for the whole index; here the work goes in bounded
// 'merge' steps, each its own transaction, so an import or an edit waits for one step at most.
class SearchIndexCompactor
{
public:
    explicit SearchIndexCompactor(QSqlDatabase db);

    // One step: merges about kPagesPerStep pages. False when nothing was left to merge, or on
    // an error (lastError() then says which).
    bool step();
    // Steps until the index is one segment, or until \a keepGoing (asked before each step)
    // returns false. False on an error.
    bool compact(const std::function<bool()> &keepGoing = {});

    QString lastError() const { return m_lastError; }

    static constexpr int kPagesPerStep = 500;

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace glossa
