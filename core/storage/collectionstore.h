#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace glossa {

struct Collection
{
    qint64 id = 0;
    QString name;
    int articles = 0;
};

// Named collections of articles: an analyst's case files.
class CollectionStore
{
public:
    explicit CollectionStore(QSqlDatabase db);

    QList<Collection> collections() const;
    std::optional<Collection> collection(qint64 id) const;
    qint64 idOf(const QString &name) const; // 0 when there is none
    // A new collection; 0 when the name is blank or taken (lastError says which).
    qint64 create(const QString &name);
    // Puts back a deleted collection with its id and articles (undo).
    bool restore(const Collection &collection, const QList<qint64> &articleIds);
    bool rename(qint64 id, const QString &name);
    bool remove(qint64 id);
    // Returns how many were new to the collection.
    int addArticles(qint64 id, const QList<qint64> &articleIds);
    int removeArticles(qint64 id, const QList<qint64> &articleIds);
    QList<qint64> articleIds(qint64 id) const;

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
