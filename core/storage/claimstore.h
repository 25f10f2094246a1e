#pragma once

#include "model/annotation.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace glossa {

// One line of the claims board: a claim with its passage and where it was published.
struct ClaimRow
{
    qint64 annotationId = 0;
    qint64 articleId = 0;
    QString exact;
    QString color;
    QString note;
    Claim claim;
    QStringList tags;
    QString articleTitle;
    QString source;
    QDate published;
    QDateTime modified;
};

struct ClaimQuery
{
    QString verdict;
    QString kind;
    QString tag;
    QString source;
    QDate from, to;
    QString text; // words in the passage, note or claimant (plain substring, case-insensitive)
    int limit = -1;
};

// Library-wide reading of claims, for the claims board and `glossa-cli claims`.
class ClaimStore
{
public:
    explicit ClaimStore(QSqlDatabase db);

    QList<ClaimRow> claims(const ClaimQuery &query) const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
