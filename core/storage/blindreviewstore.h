#pragma once

#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Blind double-checking. An article is blind when it is flagged itself or sits in a blind
// collection; on a blind article an analyst sees only their own annotations until they mark it
// done, so that two readings stay independent. "Done" is the acting analyst's
// (AnalystStore::actAs).
class BlindReviewStore
{
public:
    explicit BlindReviewStore(QSqlDatabase db);

    bool setArticleBlind(qint64 articleId, bool blind);
    bool setCollectionBlind(qint64 collectionId, bool blind);
    // The article's own flag.
    bool isArticleBlind(qint64 articleId) const;
    bool isCollectionBlind(qint64 collectionId) const;
    // Blind by its own flag or through a blind collection.
    bool isBlind(qint64 articleId) const;

    // The acting analyst has finished the article (or takes that back). False without an
    // acting analyst: nobody to be done.
    bool setDone(qint64 articleId, bool done);
    bool isDone(qint64 articleId) const;

    QString lastError() const { return m_lastError; }

private:
    bool setFlag(const QString &table, qint64 id, bool value);
    bool flag(const QString &text, qint64 id) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
