#include "exportsource.h"

#include "sqlbackend.h"

#include "annotationstore.h"
#include "articlestore.h"
#include "tagstore.h"

#include <QSqlError>
#include <algorithm>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

namespace {

bool hasTag(const QStringList &tags, const QString &folded)
{
    for (const QString &tag : tags) {
        if (TagStore::normalizedName(tag).toCaseFolded() == folded)
            return true;
    }
    return false;
}

} // namespace

ExportSource::ExportSource(QSqlDatabase db) : m_db(db) {}

QList<qint64> ExportSource::candidateIds(bool withNotes) const
{
    QList<qint64> ids;
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    const QString where = withNotes ? QStringLiteral(" WHERE annotation_count > 0 OR note <> ''")
                                    : QStringLiteral(" WHERE annotation_count > 0");
    if (!sql.exec(QStringLiteral("SELECT id FROM articles") + where
                  + QStringLiteral(" ORDER BY published IS NULL, published, id"))) {
        m_lastError = errorText(sql);
        return ids;
    }
    while (sql.next())
        ids << sql.value(0).toLongLong();
    return ids;
}

bool ExportSource::inLayer(const ExportScope &scope, const Annotation &annotation, bool articleHasFinal)
{
    const bool final = annotation.layer == Annotation::Layer::Final;
    switch (scope.layer) {
    case ExportScope::Layer::FinalElseAll:
        return final || !articleHasFinal;
    case ExportScope::Layer::Final:
        return final;
    case ExportScope::Layer::All:
        return true;
    case ExportScope::Layer::Analyst:
        return !final && annotation.analyst.uuid == scope.analystUuid;
    }
    return true;
}

bool ExportSource::load(const ExportScope &scope, QList<ExportedArticle> *articles) const
{
    articles->clear();
    m_lastError.clear();
    const bool filtered = !scope.tag.isEmpty() || !scope.verdict.isEmpty();
    const bool explicitIds = !scope.articleIds.isEmpty();
    const QList<qint64> ids = explicitIds ? scope.articleIds : candidateIds(!filtered);
    if (!m_lastError.isEmpty())
        return false;
    const QString tag = TagStore::normalizedName(scope.tag).toCaseFolded();
    ArticleStore articleStore(m_db);
    AnnotationStore annotationStore(m_db);
    for (const qint64 id : ids) {
        std::optional<Article> article = articleStore.article(id);
        if (!article) {
            m_lastError = QStringLiteral("no article %1").arg(id);
            return false;
        }
        ExportedArticle exported;
        const bool articleTagged = !tag.isEmpty() && hasTag(article->tags, tag);
        exported.article = std::move(*article);
        QList<Annotation> annotations = annotationStore.annotationsForArticle(id);
        const bool hasFinal = std::any_of(annotations.cbegin(), annotations.cend(),
                                          [](const Annotation &a) { return a.layer == Annotation::Layer::Final; });
        for (Annotation &annotation : annotations) {
            if (!inLayer(scope, annotation, hasFinal))
                continue;
            if (!tag.isEmpty() && !articleTagged && !hasTag(annotation.tags, tag))
                continue;
            if (!scope.verdict.isEmpty() && (!annotation.claim || annotation.claim->verdict != scope.verdict))
                continue;
            exported.annotations.append(std::move(annotation));
        }
        if (!annotationStore.lastError().isEmpty()) {
            m_lastError = annotationStore.lastError();
            return false;
        }
        if (explicitIds || !exported.annotations.isEmpty() || (!filtered && !exported.article.note.isEmpty()))
            articles->append(std::move(exported));
    }
    return true;
}

qint64 ExportSource::articleIdByContentHash(const QString &contentHash) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"));
    sql.addBindValue(contentHash);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    return sql.next() ? sql.value(0).toLongLong() : 0;
}

std::optional<QHash<QString, qint64>> ExportSource::articlesOfAnnotations(const QStringList &uuids) const
{
    QHash<QString, qint64> found;
    // Well under the bound-parameter limits of SQLite and PostgreSQL.
    constexpr qsizetype kPerStatement = 500;
    for (qsizetype first = 0; first < uuids.size(); first += kPerStatement) {
        const QStringList chunk = uuids.mid(first, kPerStatement);
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery sql(m_db);
        sql.setForwardOnly(true);
        sql.prepare(QStringLiteral("SELECT uuid, article_id FROM annotations WHERE uuid IN (%1)")
                        .arg(placeholders.join(QLatin1Char(','))));
        for (const QString &uuid : chunk)
            sql.addBindValue(uuid.toLower());
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return std::nullopt;
        }
        while (sql.next())
            found.insert(sql.value(0).toString(), sql.value(1).toLongLong());
    }
    return found;
}

std::optional<QList<QPair<qint64, QString>>> ExportSource::articleUrls() const
{
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    if (!sql.exec(QStringLiteral("SELECT id, url FROM articles WHERE url IS NOT NULL AND url <> '' ORDER BY id"))) {
        m_lastError = errorText(sql);
        return std::nullopt;
    }
    QList<QPair<qint64, QString>> urls;
    while (sql.next())
        urls.append({sql.value(0).toLongLong(), sql.value(1).toString()});
    return urls;
}

QStringList ExportSource::outletNames() const
{
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    QStringList names;
    if (!sql.exec(QStringLiteral("SELECT name FROM sources ORDER BY id"))) {
        m_lastError = errorText(sql);
        return names;
    }
    while (sql.next())
        names << sql.value(0).toString();
    return names;
}

qint64 ExportSource::articleIdByIdentity(const QString &title, const QString &outlet, const QDate &published) const
{
    if (title.isEmpty())
        return 0;
    QSqlQuery sql(m_db);
    // The NOCASE equality lets articles_by_title_nocase find the rows (007_one_title_index.sql);
    // the exact comparison keeps the match case-sensitive.
    QString text = QStringLiteral("SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                                  " WHERE a.title = ? COLLATE NOCASE AND a.title = ?");
    text += outlet.isEmpty() ? QStringLiteral(" AND a.source_id IS NULL") : QStringLiteral(" AND s.folded = ?");
    text += published.isValid() ? QStringLiteral(" AND a.published = ?") : QStringLiteral(" AND a.published IS NULL");
    text += QStringLiteral(" LIMIT 2");
    sql.prepare(text);
    sql.addBindValue(title);
    sql.addBindValue(title);
    if (!outlet.isEmpty())
        sql.addBindValue(outlet.trimmed().toCaseFolded());
    if (published.isValid())
        sql.addBindValue(published.toString(Qt::ISODate));
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    if (!sql.next())
        return 0;
    const qint64 id = sql.value(0).toLongLong();
    return sql.next() ? 0 : id;
}

} // namespace glossa
