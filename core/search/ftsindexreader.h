#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace glossa {

// Reads the records of articles_fts's own index (FTS5 data format 4: the structure record,
// the %_idx b-tree of leaf pages and the leaves' term lists) for what FTS5's SQL interface only
// answers by reading whole doclists: which terms a prefix stands for (fts5vocab counts every
// term's documents, which grows with the library for every common word) and
// how many segments each lookup seeks. Reads only; whenever a record is not as expected, or the
// connection has writes FTS5 has not flushed to its segments yet, it answers nullopt and the
// caller keeps FTS5's own way.
class FtsIndexReader
{
public:
    explicit FtsIndexReader(QSqlDatabase db);

    // The index terms that start with \a prefix (as a user typed it: folded here by the table's
    // own tokenizer), sorted; nullopt when there are more than \a maxTerms or the index cannot
    // be read exactly. Costs one %_idx seek and a few leaf pages per segment.
    std::optional<QStringList> prefixTerms(const QString &prefix, int maxTerms) const;

    // The number of b-tree segments of the index: every lookup of a term seeks each of them.
    // nullopt when the structure record cannot be read.
    std::optional<int> segmentCount() const;

private:
    struct Segment
    {
        qint64 id = 0;
        qint64 firstPage = 0;
        qint64 lastPage = 0;
    };
    std::optional<QList<Segment>> segments() const;
    // \a prefix as the tokenizer indexes it (UTF-8, without the index's leading '0'); nullopt
    // unless it is exactly one token.
    std::optional<QByteArray> foldedToken(const QString &prefix) const;
    bool readable() const;

    QSqlDatabase m_db;
};

} // namespace glossa
