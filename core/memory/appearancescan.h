#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace glossa {

// Matches articles against the claim memory and records what it finds as proposed appearances:
// after an import (the new articles), on demand (the whole library, or what was published
// since a date). Reads the memory once, matches articles in parallel off the calling thread's
// connection, writes on \a db. Run it on a worker thread with a connection of its own.
class AppearanceScan
{
public:
    struct Scope
    {
        QList<qint64> articleIds; // these articles; empty: every article (published since `since`)
        QDate since;
    };
    struct Result
    {
        int articles = 0;   // matched
        int claims = 0;     // in the memory
        int proposed = 0;   // new appearances recorded
        bool cancelled = false;
        QString error;      // empty when it succeeded
    };
    // Called now and then with how far the run is; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit AppearanceScan(QSqlDatabase db);
    Result run(const Scope &scope, const Progress &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace glossa
