#pragma once

#include "articlequery.h"
#include "model/article.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace glossa {

struct LibraryStats
{
    int articles = 0;
    int unread = 0;
    int starred = 0;
    int sources = 0;
    int dumps = 0;
    int annotations = 0;
    int claims = 0;
    int orphaned = 0;
    int tags = 0;
    qint64 rawBytes = 0;
};

// Reads articles and keeps their reading state. All SQL for articles outside import lives here.
class ArticleStore
{
public:
    explicit ArticleStore(QSqlDatabase db);

    std::optional<Article> article(qint64 id) const;
    QList<ArticleSummary> summaries(const ArticleQuery &query) const;
    int count(const ArticleQuery &query) const;
    QStringList sources() const;
    LibraryStats stats() const;
    // The raw bytes of the dump an article came from, decompressed.
    QByteArray rawDump(qint64 dumpId) const;

    bool setRead(qint64 id, bool read);
    bool setStarred(qint64 id, bool starred);
    bool setNote(qint64 id, const QString &note);
    bool setTags(qint64 id, const QStringList &tags);

    QString lastError() const { return m_lastError; }

    // One row of the headline list, without a snippet: lets a view refresh a single row after
    // an edit instead of re-running its whole query.
    std::optional<ArticleSummary> summary(qint64 id) const;

    // Every article matching the query's filters, in the query's order, limit and offset ignored:
    // exporting "the filtered list" covers the whole list, not the page a view has loaded.
    QList<qint64> ids(const ArticleQuery &query) const;

private:
    bool setFlag(const char *column, qint64 id, bool value);
    void addSnippets(const QString &match, QList<ArticleSummary> *rows) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
