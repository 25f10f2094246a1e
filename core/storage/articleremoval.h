#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace glossa {

// An article as it was taken out of the library: its own row and every row that hangs on it
// (text, blocks, tags, annotations with their tags, claims and kept conflicts, claim appearances, collection
// memberships, "done" marks, answers to "Worth Checking" marks), each table's rows with their
// ids, in the order they go back in.
struct RemovedArticle
{
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    qint64 id = 0;
    QString title;
    int annotations = 0;
    QList<Rows> tables;
};

// Deletes articles, and puts them back exactly as they were (same ids, so that links, undo
// histories and claim histories still name them). The dump an article came from stays, with
// its raw bytes: other pages of the file may still be in the library, and importing the file
// again brings a deleted article back. A claim's history is kept by annotation UUID and never
// deleted, so a restored claim finds it again.
class ArticleRemoval
{
public:
    explicit ArticleRemoval(QSqlDatabase db);

    // Takes the articles out in one transaction: all of them, or none (lastError() says why).
    std::optional<QList<RemovedArticle>> remove(const QList<qint64> &ids);
    // Puts them back in one transaction: all of them, or none.
    bool restore(const QList<RemovedArticle> &articles);
    QString lastError() const { return m_error; }

private:
    std::optional<RemovedArticle> take(qint64 id);
    bool putBack(const RemovedArticle &article);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace glossa
