#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <atomic>

namespace glossa {

// A headline seen in a dump's ticker, with where it came from and, when the library holds the
// article it announces, that article.
struct TickerHeadline
{
    QString text;
    qint64 dumpId = 0;
    QString fileName;
    QDateTime importedAt;
    qint64 articleId = 0; // 0 when the article is not in the library
    // The page whose ticker showed it first: its outlet and date (empty when that page's
    // article is not in the library, a duplicate of another one).
    QString seenOnOutlet;
    QDate seenOnDate;
};

class HeadlineStore
{
public:
    explicit HeadlineStore(QSqlDatabase db);

    // Distinct headlines, newest dump first; \a contains filters by a case-insensitive substring.
    // It groups every headline of the library (seconds at 100k articles, minutes at a million),
    // so a caller on a worker thread can stop it: when \a cancelled becomes true, the statement
    // is interrupted within a few milliseconds and the result is empty, with lastError() set.
    QList<TickerHeadline> headlines(const QString &contains = QString(), int limit = 500, int offset = 0,
                                    const std::atomic_bool *cancelled = nullptr) const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
