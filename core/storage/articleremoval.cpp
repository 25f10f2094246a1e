#include "articleremoval.h"

#include "sqlbackend.h"
#include "sqlvalue.h"
#include "transaction.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace glossa {

namespace {

// The tables that hang on an article, in the order their rows go back in (a row's referenced
// rows first), and how each finds the article's rows (?1 is the article id).
struct DependentTable
{
    const char *name;
    const char *where;
};

constexpr DependentTable kTables[] = {
    {"articles", "id = ?"},
    {"article_texts", "article_id = ?"},
    {"blocks", "article_id = ?"},
    {"article_tags", "article_id = ?"},
    {"annotations", "article_id = ?"},
    {"annotation_tags", "annotation_id IN (SELECT id FROM annotations WHERE article_id = ?)"},
    {"claims", "annotation_id IN (SELECT id FROM annotations WHERE article_id = ?)"},
    {"annotation_conflicts", "annotation_id IN (SELECT id FROM annotations WHERE article_id = ?)"},
    {"claim_appearances", "article_id = ?"},
    {"collection_articles", "article_id = ?"},
    {"article_done", "article_id = ?"},
    {"check_worthy_feedback", "article_id = ?"},
};

// Columns the library computes itself as rows go in: an article's annotation count (each
// annotation put back counts itself) and, on a server, the search vectors of a text and a note.
bool computedColumn(const QString &table, const QString &column)
{
    return (table == QLatin1String("articles")
            && (column == QLatin1String("annotation_count") || column == QLatin1String("note_search")))
           || (table == QLatin1String("article_texts") && column == QLatin1String("search"));
}

QString quotedList(const QStringList &columns)
{
    QStringList out;
    for (const QString &column : columns)
        out << QLatin1Char('"') + column + QLatin1Char('"');
    return out.join(QStringLiteral(", "));
}

} // namespace

ArticleRemoval::ArticleRemoval(QSqlDatabase db) : m_db(db) {}

std::optional<QList<RemovedArticle>> ArticleRemoval::remove(const QList<qint64> &ids)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return std::nullopt;
    }
    QList<RemovedArticle> removed;
    for (qint64 id : ids) {
        std::optional<RemovedArticle> article = take(id);
        if (!article)
            return std::nullopt;
        removed << std::move(*article);
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return std::nullopt;
    }
    return removed;
}

std::optional<RemovedArticle> ArticleRemoval::take(qint64 id)
{
    RemovedArticle article;
    article.id = id;
    for (const DependentTable &table : kTables) {
        const QString name = QString::fromLatin1(table.name);
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(name, QString::fromLatin1(table.where)));
        read.addBindValue(id);
        if (!read.exec()) {
            m_error = errorText(read);
            return std::nullopt;
        }
        RemovedArticle::Rows rows{name, {}, {}};
        QList<int> kept;
        const QSqlRecord record = read.record();
        for (int i = 0; i < record.count(); ++i) {
            if (computedColumn(name, record.fieldName(i)))
                continue;
            kept << i;
            rows.columns << record.fieldName(i);
        }
        while (read.next()) {
            QVariantList values;
            for (int i : std::as_const(kept))
                values << read.value(i);
            rows.values << values;
        }
        if (name == QLatin1String("articles")) {
            if (rows.values.isEmpty()) {
                m_error = QStringLiteral("article %1 is not in the library").arg(id);
                return std::nullopt;
            }
            article.title = rows.values.constFirst().value(int(rows.columns.indexOf(QStringLiteral("title")))).toString();
        } else if (name == QLatin1String("annotations")) {
            article.annotations = int(rows.values.size());
        }
        if (!rows.values.isEmpty())
            article.tables << rows;
    }
    // Everything else goes with the article (ON DELETE CASCADE), and the library's triggers
    // take it out of the search indexes and the counts.
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec()) {
        m_error = errorText(remove);
        return std::nullopt;
    }
    if (remove.numRowsAffected() != 1) {
        // A server's row-level security hides what this analyst may not delete.
        m_error = QStringLiteral("article %1 may not be deleted by this analyst").arg(id);
        return std::nullopt;
    }
    return article;
}

bool ArticleRemoval::restore(const QList<RemovedArticle> &articles)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    for (const RemovedArticle &article : articles) {
        if (!putBack(article))
            return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    return true;
}

bool ArticleRemoval::putBack(const RemovedArticle &article)
{
    for (const RemovedArticle::Rows &rows : article.tables) {
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), rows.columns.size());
        QSqlQuery insert(m_db);
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(rows.table, quotedList(rows.columns), placeholders.join(QStringLiteral(", "))))) {
            m_error = errorText(insert);
            return false;
        }
        for (const QVariantList &values : rows.values) {
            bindAll(insert, values);
            if (!insert.exec()) {
                m_error = QStringLiteral("article %1 could not be put back (%2): %3")
                              .arg(QString::number(article.id), rows.table, errorText(insert));
                return false;
            }
        }
    }
    return true;
}

} // namespace glossa
