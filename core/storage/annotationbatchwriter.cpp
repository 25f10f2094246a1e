#include "annotationbatchwriter.h"

#include "sqlvalue.h"
#include "tagstore.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

AnnotationBatchWriter::AnnotationBatchWriter(QSqlDatabase db) : m_db(db) {}

bool AnnotationBatchWriter::insertOne(Annotation &annotation, const QString &now)
{
    if (!annotation.orphaned && (annotation.anchor.start < 0 || annotation.anchor.start >= annotation.anchor.end)) {
        m_lastError = QStringLiteral("an empty or reversed span %1–%2").arg(annotation.anchor.start).arg(annotation.anchor.end);
        return false;
    }
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral(
        "INSERT INTO annotations (article_id, start, end, exact, prefix, suffix, color, note, orphaned,"
        " created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString created = annotation.created.isValid() ? timestamps::toText(annotation.created) : now;
    const QString modified = annotation.modified.isValid() ? timestamps::toText(annotation.modified) : created;
    sql.addBindValue(annotation.articleId);
    sql.addBindValue(annotation.anchor.start);
    sql.addBindValue(annotation.anchor.end);
    sql.addBindValue(textValue(annotation.anchor.exact));
    sql.addBindValue(textValue(annotation.anchor.prefix));
    sql.addBindValue(textValue(annotation.anchor.suffix));
    sql.addBindValue(textValue(annotation.color));
    sql.addBindValue(textValue(annotation.note));
    sql.addBindValue(annotation.orphaned ? 1 : 0);
    sql.addBindValue(created);
    sql.addBindValue(modified);
    if (!sql.exec()) {
        m_lastError = sql.lastError().text();
        return false;
    }
    annotation.id = sql.lastInsertId().toLongLong();
    annotation.created = timestamps::fromText(created);
    annotation.modified = timestamps::fromText(modified);

    TagStore tagStore(m_db);
    sql.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (const QString &tag : annotation.tags) {
        const qint64 tagId = tagStore.ensureTag(tag);
        if (tagId == 0) {
            if (!tagStore.lastError().isEmpty()) {
                m_lastError = tagStore.lastError();
                return false;
            }
            continue;
        }
        sql.addBindValue(annotation.id);
        sql.addBindValue(tagId);
        sql.addBindValue(position++);
        if (!sql.exec()) {
            m_lastError = sql.lastError().text();
            return false;
        }
    }
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        sql.prepare(QStringLiteral("INSERT INTO claims (annotation_id, kind, verdict, claimant, evidence, confidence)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"));
        sql.addBindValue(annotation.id);
        sql.addBindValue(textValue(claim.kind));
        sql.addBindValue(textValue(claim.verdict));
        sql.addBindValue(textValue(claim.claimant));
        sql.addBindValue(textValue(claim.evidence));
        sql.addBindValue(claim.confidence ? QVariant(*claim.confidence) : QVariant());
        if (!sql.exec()) {
            m_lastError = sql.lastError().text();
            return false;
        }
    }
    return true;
}

bool AnnotationBatchWriter::insertAll(QList<Annotation> &annotations)
{
    m_lastError.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = QStringLiteral("cannot start a transaction: %1").arg(transaction.errorText());
        return false;
    }
    const QString now = timestamps::now();
    QList<Annotation> stored = annotations;
    for (Annotation &annotation : stored) {
        if (!insertOne(annotation, now))
            return false; // the transaction rolls back
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    annotations = stored;
    return true;
}

} // namespace glossa
