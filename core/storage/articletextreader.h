#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace glossa {

// An article's canonical text and language, and nothing else: what matching reads, many at once.
struct ArticleText
{
    qint64 id = 0;
    QString language;
    QString text;
};

// Reads articles' texts in batches, on either backend, for the passes that read the whole library
// (claim matching) and cannot afford a query per article.
class ArticleTextReader
{
public:
    explicit ArticleTextReader(QSqlDatabase db);

    // Every article id, in order; with \a since, only those published on or after that day.
    QList<qint64> ids(const QDate &since = {}) const;
    // The texts of \a ids (those still in the library), in the order given.
    QList<ArticleText> texts(const QList<qint64> &ids) const;

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
