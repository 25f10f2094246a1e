#include "annotationbatchwriter.h"

#include "analyststore.h"
#include "annotationstore.h"
#include "sqlbackend.h"
#include "sqlvalue.h"
#include "tagstore.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace glossa {

namespace {

// The claim's fields as claim_history records a claim's first values (as AnnotationStore).
QList<QPair<QString, QVariant>> firstValues(const Claim &claim)
{
    const auto text = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    return {{QStringLiteral("kind"), text(claim.kind)},
            {QStringLiteral("verdict"), text(claim.verdict)},
            {QStringLiteral("claimant"), text(claim.claimant)},
            {QStringLiteral("evidence"), text(claim.evidence)},
            {QStringLiteral("confidence"), claim.confidence ? QVariant(*claim.confidence) : QVariant()}};
}

} // namespace

AnnotationBatchWriter::AnnotationBatchWriter(QSqlDatabase db) : m_db(db) {}

bool AnnotationBatchWriter::fail(const QString &error)
{
    m_lastError = error;
    return false;
}

const QString *AnnotationBatchWriter::body(qint64 articleId)
{
    auto found = m_bodies.constFind(articleId);
    if (found != m_bodies.cend())
        return &found.value();
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT body FROM article_texts WHERE article_id = ?"));
    sql.addBindValue(articleId);
    if (!sql.exec() || !sql.next())
        return nullptr;
    return &m_bodies.insert(articleId, sql.value(0).toString()).value();
}

bool AnnotationBatchWriter::analystId(const Annotation &annotation, QVariant *id)
{
    const QString key = annotation.analyst.isValid() ? annotation.analyst.uuid.toLower() : QString();
    if (const auto known = m_analysts.constFind(key); known != m_analysts.cend()) {
        *id = known.value() ? QVariant(known.value()) : QVariant();
        return true;
    }
    AnalystStore analysts(m_db);
    // Nobody named: the acting analyst, or nobody yet (the library's first analyst takes it).
    const qint64 found = annotation.analyst.isValid() ? analysts.ensure(annotation.analyst) : analysts.actingId();
    if (found == 0 && annotation.analyst.isValid())
        return fail(analysts.lastError());
    m_analysts.insert(key, found);
    *id = found ? QVariant(found) : QVariant();
    return true;
}

qint64 AnnotationBatchWriter::tagId(const QString &tag)
{
    const QString key = TagStore::normalizedName(tag).toCaseFolded();
    if (const auto known = m_tags.constFind(key); known != m_tags.cend())
        return known.value();
    TagStore tags(m_db);
    const qint64 id = tags.ensureTag(tag);
    if (id == 0 && !tags.lastError().isEmpty()) {
        m_lastError = tags.lastError();
        return -1;
    }
    m_tags.insert(key, id);
    return id;
}

bool AnnotationBatchWriter::insert(QList<Annotation> &annotations)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.errorText());
    const QString now = timestamps::now();
    const qint64 acting = AnalystStore(m_db).actingId();
    const std::optional<Analyst> actingAnalyst = AnalystStore(m_db).acting();

    QSqlQuery row(m_db), tag(m_db), claim(m_db), history(m_db);
    if (!row.prepare(QStringLiteral(
            "INSERT INTO annotations (%1, merged_modified) VALUES (%2) RETURNING id")
                         .arg(AnnotationStore::insertColumns(), AnnotationStore::insertPlaceholders(1)))
        || !tag.prepare(QStringLiteral(
            "INSERT INTO annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"))
        || !claim.prepare(AnnotationStore::claimInsertSql())
        || !history.prepare(QStringLiteral("INSERT INTO claim_history (annotation_uuid, analyst_id, changed_at, field,"
                                           " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")))
        return fail(errorText(m_db));

    QList<Annotation> stored = annotations;
    for (Annotation &annotation : stored) {
        if (const QString problem = AnnotationStore::quoteLengthProblem(annotation); !problem.isEmpty())
            return fail(problem);
        const QString *text = body(annotation.articleId);
        if (!text)
            return fail(QStringLiteral("no article %1").arg(annotation.articleId));
        if (const QString problem = AnnotationStore::spanProblem(annotation, *text); !problem.isEmpty())
            return fail(problem);
        const QString created = annotation.created.isValid() ? timestamps::toText(annotation.created) : now;
        const QString modified = annotation.modified.isValid() ? timestamps::toText(annotation.modified) : created;
        const QString uuid = annotation.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                       : annotation.uuid.toLower();
        QVariant analyst;
        if (!analystId(annotation, &analyst))
            return false;
        AnnotationStore::bindInsertValues(row, annotation, created, modified, uuid, analyst);
        row.addBindValue(modified); // merged from a file: the version merged is this one
        if (!row.exec())
            return fail(errorText(row));
        const qint64 id = insertedId(row);
        row.finish();

        int position = 0;
        for (const QString &name : std::as_const(annotation.tags)) {
            const qint64 tagRow = tagId(name);
            if (tagRow < 0)
                return false;
            if (tagRow == 0)
                continue;
            tag.addBindValue(id);
            tag.addBindValue(tagRow);
            tag.addBindValue(position++);
            if (!tag.exec())
                return fail(errorText(tag));
        }
        if (annotation.claim) {
            const Claim &value = *annotation.claim;
            AnnotationStore::bindClaimValues(claim, id, value);
            if (!claim.exec())
                return fail(errorText(claim));
            // Its first values start its history, by the acting analyst, as create() records them.
            for (const auto &[field, first] : firstValues(value)) {
                if (first.isNull())
                    continue;
                history.addBindValue(uuid);
                history.addBindValue(acting != 0 ? QVariant(acting) : QVariant());
                history.addBindValue(modified);
                history.addBindValue(field);
                history.addBindValue(QVariant());
                history.addBindValue(first);
                if (!history.exec())
                    return fail(errorText(history));
            }
        }
        annotation.id = id;
        annotation.uuid = uuid;
        annotation.created = timestamps::fromText(created);
        annotation.modified = timestamps::fromText(modified);
        annotation.mergedModified = annotation.modified;
        if (!annotation.analyst.isValid())
            annotation.analyst = actingAnalyst.value_or(Analyst());
    }
    if (!transaction.commit())
        return fail(transaction.errorText());
    annotations = stored;
    return true;
}

} // namespace glossa
