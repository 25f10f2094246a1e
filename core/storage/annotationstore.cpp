#include "annotationstore.h"

#include "sqlbackend.h"

#include "analyststore.h"
#include "annotationbatchwriter.h"
#include "sqlvalue.h"
#include "tagstore.h"
#include "timestamps.h"
#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace glossa {

namespace {

const char *const kSelect =
    "SELECT an.id, an.article_id, an.start, an.end, an.exact, an.prefix, an.suffix, an.color, an.note,"
    " an.orphaned, an.created_at, an.modified_at, c.kind, c.verdict, c.claimant, c.evidence, c.confidence,"
    " an.uuid, an.layer, who.uuid, who.name, who.initials, who.color, an.merged_modified,"
    " EXISTS (SELECT 1 FROM annotation_conflicts k WHERE k.annotation_id = an.id), an.decided_from, an.row_version,"
    " an.note_format, an.foreign_id, c.summary, c.claimant_kind"
    " FROM annotations an LEFT JOIN claims c ON c.annotation_id = an.id"
    " LEFT JOIN analysts who ON who.id = an.analyst_id";

// A claim's fields as claim_history names and keeps them (text; confidence as a number).
QList<QPair<QString, QVariant>> claimFields(const std::optional<Claim> &claim)
{
    if (!claim)
        return {{QStringLiteral("kind"), QVariant()},     {QStringLiteral("verdict"), QVariant()},
                {QStringLiteral("claimant"), QVariant()}, {QStringLiteral("evidence"), QVariant()},
                {QStringLiteral("confidence"), QVariant()}};
    // Empty text is no value, as no claim is: a claim made with an empty claimant has no
    // claimant to record.
    const auto text = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    return {{QStringLiteral("kind"), text(claim->kind)},
            {QStringLiteral("verdict"), text(claim->verdict)},
            {QStringLiteral("claimant"), text(claim->claimant)},
            {QStringLiteral("evidence"), text(claim->evidence)},
            {QStringLiteral("confidence"), claim->confidence ? QVariant(*claim->confidence) : QVariant()}};
}

} // namespace

AnnotationStore::AnnotationStore(QSqlDatabase db) : m_db(db) {}

// Why a change of annotation \a id touched no row: there is none, or (on a team library, whose
// row-level security hides from a change the rows it may not touch) it is not this analyst's.
QString AnnotationStore::noSuchAnnotation(qint64 id) const
{
    if (backendOf(m_db) == SqlBackend::PostgreSql && annotation(id))
        return QStringLiteral("the server refused: annotation %1 is another analyst's, and only an editor may change it").arg(id);
    return QStringLiteral("no annotation %1").arg(id);
}

QString AnnotationStore::spanProblem(const Annotation &annotation, const QString &body)
{
    // An orphaned annotation is kept whatever its offsets say: it no longer points into the text.
    if (annotation.orphaned)
        return QString();
    const TextAnchor &anchor = annotation.anchor;
    if (anchor.start < 0 || anchor.end > body.size() || anchor.start >= anchor.end)
        return QStringLiteral("the span %1–%2 is outside the article's text (length %3)")
            .arg(anchor.start)
            .arg(anchor.end)
            .arg(body.size());
    if (QStringView(body).mid(anchor.start, anchor.end - anchor.start) != anchor.exact)
        return QStringLiteral("the quote does not match the article's text at %1–%2").arg(anchor.start).arg(anchor.end);
    return QString();
}

QString AnnotationStore::quoteLengthProblem(const Annotation &annotation)
{
    const TextAnchor &quote = annotation.anchor;
    const qsizetype longest = qMax(quote.exact.size(), qMax(quote.prefix.size(), quote.suffix.size()));
    if (longest > TextAnchor::kMaxQuoteLength)
        return QStringLiteral("the quote is too long (%1 characters; at most %2)").arg(longest).arg(TextAnchor::kMaxQuoteLength);
    return QString();
}

bool AnnotationStore::checkSpan(const Annotation &annotation)
{
    m_lastError = quoteLengthProblem(annotation);
    if (!m_lastError.isEmpty())
        return false;
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT body FROM article_texts WHERE article_id = ?"));
    sql.addBindValue(annotation.articleId);
    if (!sql.exec() || !sql.next()) {
        m_lastError = QStringLiteral("no article %1").arg(annotation.articleId);
        return false;
    }
    m_lastError = spanProblem(annotation, sql.value(0).toString());
    return m_lastError.isEmpty();
}

bool AnnotationStore::writeDetails(const Annotation &annotation)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    sql.addBindValue(annotation.id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    TagStore tagStore(m_db);
    sql.prepare(QStringLiteral(
        "INSERT INTO annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
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
            m_lastError = errorText(sql);
            return false;
        }
    }
    sql.prepare(QStringLiteral("DELETE FROM claims WHERE annotation_id = ?"));
    sql.addBindValue(annotation.id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        sql.prepare(claimInsertSql());
        bindClaimValues(sql, annotation.id, claim);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return false;
        }
    }
    return true;
}

bool AnnotationStore::create(Annotation &annotation)
{
    return insertNew(annotation, timestamps::now(), timestamps::now());
}

bool AnnotationStore::createAll(QList<Annotation> &annotations)
{
    AnnotationBatchWriter batch(m_db);
    if (!batch.insert(annotations)) {
        m_lastError = batch.lastError();
        return false;
    }
    return true;
}

QString AnnotationStore::insertColumns()
{
    return QStringLiteral("article_id, start, \"end\", exact, prefix, suffix, color, note, orphaned, created_at,"
                          " modified_at, uuid, analyst_id, layer, decided_from, note_format, foreign_id");
}

QString AnnotationStore::insertPlaceholders(int extra)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), 17 + extra);
    return marks.join(QStringLiteral(", "));
}

QString AnnotationStore::noteFormatValue(const Annotation &annotation)
{
    return annotation.noteFormat.isEmpty() ? QString(Annotation::kPlainText) : annotation.noteFormat;
}

QString AnnotationStore::claimInsertSql()
{
    return QStringLiteral("INSERT INTO claims (annotation_id, kind, verdict, claimant, evidence, confidence, summary,"
                          " claimant_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
}

void AnnotationStore::bindClaimValues(QSqlQuery &query, qint64 annotationId, const Claim &claim)
{
    query.addBindValue(annotationId);
    query.addBindValue(textValue(claim.kind));
    query.addBindValue(textValue(claim.verdict));
    query.addBindValue(textValue(claim.claimant));
    query.addBindValue(textValue(claim.evidence));
    query.addBindValue(claim.confidence ? QVariant(*claim.confidence) : QVariant());
    query.addBindValue(textValue(claim.summary));
    query.addBindValue(textValue(claim.claimantKind));
}

void AnnotationStore::bindInsertValues(QSqlQuery &query, const Annotation &annotation, const QString &created,
                                       const QString &modified, const QString &uuid, const QVariant &analystId)
{
    query.addBindValue(annotation.articleId);
    query.addBindValue(annotation.anchor.start);
    query.addBindValue(annotation.anchor.end);
    query.addBindValue(textValue(annotation.anchor.exact));
    query.addBindValue(textValue(annotation.anchor.prefix));
    query.addBindValue(textValue(annotation.anchor.suffix));
    query.addBindValue(textValue(annotation.color));
    query.addBindValue(textValue(annotation.note));
    query.addBindValue(annotation.orphaned ? 1 : 0);
    query.addBindValue(created);
    query.addBindValue(modified);
    query.addBindValue(uuid);
    query.addBindValue(analystId);
    query.addBindValue(Annotation::layerName(annotation.layer));
    query.addBindValue(annotation.decidedFrom.isEmpty() ? QVariant() : QVariant(annotation.decidedFrom));
    query.addBindValue(noteFormatValue(annotation));
    query.addBindValue(annotation.foreignId.isEmpty() ? QVariant() : QVariant(annotation.foreignId));
}

bool AnnotationStore::insertNew(Annotation &annotation, const QString &created, const QString &modified)
{
    if (!checkSpan(annotation))
        return false;
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    const QString uuid = annotation.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                   : annotation.uuid.toLower();
    QVariant analystId;
    if (!analystIdFor(annotation, &analystId))
        return false;
    sql.prepare(QStringLiteral("INSERT INTO annotations (%1) VALUES (%2) RETURNING id").arg(insertColumns(), insertPlaceholders()));
    bindInsertValues(sql, annotation, created, modified, uuid, analystId);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    const qint64 id = insertedId(sql);
    Annotation stored = annotation;
    stored.id = id;
    if (!writeDetails(stored) || !recordClaimChanges(id, std::nullopt, annotation.claim, modified))
        return false;
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    annotation.id = id;
    annotation.uuid = uuid;
    annotation.created = timestamps::fromText(created);
    annotation.modified = timestamps::fromText(modified);
    if (!annotation.analyst.isValid())
        annotation.analyst = AnalystStore(m_db).acting().value_or(Analyst());
    return true;
}

bool AnnotationStore::analystIdFor(const Annotation &annotation, QVariant *id)
{
    AnalystStore analysts(m_db);
    if (annotation.analyst.isValid()) {
        const qint64 known = analysts.ensure(annotation.analyst);
        if (known == 0) {
            m_lastError = analysts.lastError();
            return false;
        }
        *id = known;
    } else if (const qint64 acting = analysts.actingId(); acting != 0) {
        *id = acting;
    } else {
        *id = QVariant(); // nobody yet: the library's first analyst will take it
    }
    return true;
}

bool AnnotationStore::recordClaimChanges(qint64 annotationId, const std::optional<Claim> &before,
                                         const std::optional<Claim> &after, const QString &when)
{
    if (before == after)
        return true;
    const qint64 acting = AnalystStore(m_db).actingId();
    const auto old = claimFields(before);
    const auto now = claimFields(after);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO claim_history (annotation_uuid, analyst_id, changed_at, field, old_value,"
                               " new_value) VALUES ((SELECT uuid FROM annotations WHERE id = ?), ?, ?, ?, ?, ?)"));
    for (int i = 0; i < old.size(); ++i) {
        if (old.at(i).second.isNull() == now.at(i).second.isNull() && old.at(i).second == now.at(i).second)
            continue;
        sql.addBindValue(annotationId);
        sql.addBindValue(acting != 0 ? QVariant(acting) : QVariant());
        sql.addBindValue(when);
        sql.addBindValue(old.at(i).first);
        sql.addBindValue(old.at(i).second);
        sql.addBindValue(now.at(i).second);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return false;
        }
    }
    return true;
}

namespace {

// Runs one statement per chunk of ids ("%1" stands for the placeholders), row by row.
template<typename OnRow>
bool forEachChunk(const QSqlDatabase &db, const QList<qint64> &ids, const QString &text, QString *error, OnRow onRow)
{
    // Well under SQLite's limit of bound parameters (32,766).
    constexpr qsizetype kIdsPerStatement = 500;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerStatement) {
        const QList<qint64> chunk = ids.mid(first, kIdsPerStatement);
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery sql(db);
        sql.setForwardOnly(true);
        if (!sql.prepare(text.arg(placeholders.join(QLatin1Char(','))))) {
            *error = errorText(sql);
            return false;
        }
        for (const qint64 id : chunk)
            sql.addBindValue(id);
        if (!sql.exec()) {
            *error = errorText(sql);
            return false;
        }
        while (sql.next())
            onRow(sql);
    }
    return true;
}

} // namespace

QList<Coding> AnnotationStore::codings(const QList<qint64> &articleIds) const
{
    QList<Coding> codings;
    forEachChunk(m_db, articleIds,
                 QStringLiteral("SELECT an.article_id, an.uuid, who.uuid, who.name, who.initials, who.color, an.start,"
                                " an.end, an.orphaned, c.kind, c.verdict FROM annotations an"
                                " JOIN analysts who ON who.id = an.analyst_id"
                                " LEFT JOIN claims c ON c.annotation_id = an.id"
                                " WHERE an.layer = 'analyst' AND an.article_id IN (%1) ORDER BY an.article_id, an.start"),
                 &m_lastError, [&codings](const QSqlQuery &sql) {
                     Coding coding;
                     coding.articleId = sql.value(0).toLongLong();
                     coding.uuid = sql.value(1).toString();
                     coding.analyst = {sql.value(2).toString(), sql.value(3).toString(), sql.value(4).toString(),
                                       sql.value(5).toString()};
                     coding.start = sql.value(6).toInt();
                     coding.end = sql.value(7).toInt();
                     coding.orphaned = sql.value(8).toBool();
                     coding.isClaim = !sql.value(9).isNull();
                     coding.kind = sql.value(9).toString();
                     coding.verdict = sql.value(10).toString();
                     codings << coding;
                 });
    return codings;
}

QList<qint64> AnnotationStore::articlesCodedByTwoOrMore() const
{
    QList<qint64> ids;
    QSqlQuery sql(m_db);
    if (!sql.exec(QStringLiteral("SELECT article_id FROM annotations WHERE layer = 'analyst' AND analyst_id IS NOT NULL"
                                 " GROUP BY article_id HAVING count(DISTINCT analyst_id) >= 2 ORDER BY article_id"))) {
        m_lastError = errorText(sql);
        return ids;
    }
    while (sql.next())
        ids << sql.value(0).toLongLong();
    return ids;
}

QHash<qint64, int> AnnotationStore::textLengths(const QList<qint64> &articleIds) const
{
    QHash<qint64, int> lengths;
    forEachChunk(m_db, articleIds, QStringLiteral("SELECT article_id, body FROM article_texts WHERE article_id IN (%1)"),
                 &m_lastError, [&lengths](const QSqlQuery &sql) {
                     lengths.insert(sql.value(0).toLongLong(), int(sql.value(1).toString().size()));
                 });
    return lengths;
}

QList<ClaimChange> AnnotationStore::claimHistory(qint64 annotationId) const
{
    QList<ClaimChange> changes;
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT h.changed_at, h.field, h.old_value, h.new_value, a.uuid, a.name, a.initials,"
                               " a.color FROM claim_history h LEFT JOIN analysts a ON a.id = h.analyst_id"
                               " WHERE h.annotation_uuid = (SELECT uuid FROM annotations WHERE id = ?) ORDER BY h.id"));
    sql.addBindValue(annotationId);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return changes;
    }
    while (sql.next()) {
        ClaimChange change;
        change.when = timestamps::fromText(sql.value(0).toString());
        change.field = sql.value(1).toString();
        change.from = sql.value(2).isNull() ? QString() : sql.value(2).toString();
        change.to = sql.value(3).isNull() ? QString() : sql.value(3).toString();
        change.analyst.uuid = sql.value(4).toString();
        change.analyst.name = sql.value(5).toString();
        change.analyst.initials = sql.value(6).toString();
        change.analyst.color = sql.value(7).toString();
        changes << change;
    }
    return changes;
}

bool AnnotationStore::restore(const Annotation &annotation)
{
    if (annotation.id <= 0) {
        m_lastError = QStringLiteral("cannot restore an annotation without an id");
        return false;
    }
    if (!checkSpan(annotation))
        return false;
    Transaction transaction(m_db);
    QSqlQuery sql(m_db);
    QVariant analystId;
    if (!analystIdFor(annotation, &analystId))
        return false;
    sql.prepare(QStringLiteral(
        "INSERT INTO annotations (id, article_id, start, \"end\", exact, prefix, suffix, color, note, orphaned,"
        " created_at, modified_at, uuid, analyst_id, layer, decided_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?)"));
    sql.addBindValue(annotation.id);
    sql.addBindValue(annotation.articleId);
    sql.addBindValue(annotation.anchor.start);
    sql.addBindValue(annotation.anchor.end);
    sql.addBindValue(textValue(annotation.anchor.exact));
    sql.addBindValue(textValue(annotation.anchor.prefix));
    sql.addBindValue(textValue(annotation.anchor.suffix));
    sql.addBindValue(textValue(annotation.color));
    sql.addBindValue(textValue(annotation.note));
    sql.addBindValue(annotation.orphaned ? 1 : 0);
    const QString now = timestamps::now();
    sql.addBindValue(annotation.created.isValid() ? timestamps::toText(annotation.created) : now);
    sql.addBindValue(annotation.modified.isValid() ? timestamps::toText(annotation.modified) : now);
    sql.addBindValue(annotation.uuid.isEmpty() ? QVariant() : QVariant(annotation.uuid.toLower()));
    sql.addBindValue(analystId);
    sql.addBindValue(Annotation::layerName(annotation.layer));
    sql.addBindValue(annotation.decidedFrom.isEmpty() ? QVariant() : QVariant(annotation.decidedFrom));
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    if (!writeDetails(annotation))
        return false;
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    return true;
}

bool AnnotationStore::update(Annotation &annotation)
{
    return rewrite(annotation, timestamps::now(), false);
}

bool AnnotationStore::applyMerged(Annotation &annotation)
{
    const QDateTime modified = annotation.modified.isValid() ? annotation.modified : QDateTime::currentDateTimeUtc();
    if (!rewrite(annotation, timestamps::toText(modified), true))
        return false;
    annotation.mergedModified = annotation.modified;
    return true;
}

bool AnnotationStore::rewrite(Annotation &annotation, const QString &modified, bool merged)
{
    if (!checkSpan(annotation))
        return false;
    Transaction transaction(m_db);
    const std::optional<Claim> claimBefore = claimOf(annotation.id);
    QSqlQuery sql(m_db);
    m_conflict.reset();
    // Based on the version read: a row changed since by someone else is not written over.
    sql.prepare(QStringLiteral("UPDATE annotations SET start = ?, \"end\" = ?, exact = ?, prefix = ?, suffix = ?, color = ?,"
                               " note = ?, note_format = ?, orphaned = ?, modified_at = ?%1 WHERE id = ? AND article_id = ?%2")
                    .arg(merged ? QStringLiteral(", merged_modified = modified_at") : QString(),
                         annotation.version > 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    sql.addBindValue(annotation.anchor.start);
    sql.addBindValue(annotation.anchor.end);
    sql.addBindValue(textValue(annotation.anchor.exact));
    sql.addBindValue(textValue(annotation.anchor.prefix));
    sql.addBindValue(textValue(annotation.anchor.suffix));
    sql.addBindValue(textValue(annotation.color));
    sql.addBindValue(textValue(annotation.note));
    sql.addBindValue(noteFormatValue(annotation));
    sql.addBindValue(annotation.orphaned ? 1 : 0);
    sql.addBindValue(modified);
    sql.addBindValue(annotation.id);
    sql.addBindValue(annotation.articleId);
    if (annotation.version > 0)
        sql.addBindValue(annotation.version);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    if (sql.numRowsAffected() != 1) {
        const std::optional<Annotation> current = this->annotation(annotation.id);
        if (current && annotation.version > 0 && current->version != annotation.version && mayChange(*current)) {
            m_conflict = current;
            m_lastError = QStringLiteral("annotation %1 was changed by someone else since it was read (%2)")
                              .arg(annotation.uuid.isEmpty() ? QString::number(annotation.id) : annotation.uuid,
                                   current->modified.toString(Qt::ISODate));
        } else {
            m_lastError = noSuchAnnotation(annotation.id);
        }
        return false;
    }
    if (!writeDetails(annotation) || !recordClaimChanges(annotation.id, claimBefore, annotation.claim, modified))
        return false;
    // The version the row has now, for the next change based on it.
    QSqlQuery version(m_db);
    version.prepare(QStringLiteral("SELECT row_version FROM annotations WHERE id = ?"));
    version.addBindValue(annotation.id);
    if (!version.exec() || !version.next()) {
        m_lastError = errorText(version);
        return false;
    }
    const int written = version.value(0).toInt();
    version.finish();
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    annotation.modified = timestamps::fromText(modified);
    annotation.version = written;
    return true;
}

bool AnnotationStore::addConflict(qint64 annotationId, const QDateTime &modified, const QByteArray &version)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("INSERT INTO annotation_conflicts (annotation_id, received_at, modified_at, version)"
                               " VALUES (?, ?, ?, ?)"));
    sql.addBindValue(annotationId);
    sql.addBindValue(timestamps::now());
    sql.addBindValue(timestamps::toText(modified));
    sql.addBindValue(QString::fromUtf8(version));
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    return true;
}

QList<QByteArray> AnnotationStore::conflictingVersions(qint64 annotationId) const
{
    QList<QByteArray> versions;
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT version FROM annotation_conflicts WHERE annotation_id = ? ORDER BY id"));
    sql.addBindValue(annotationId);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return versions;
    }
    while (sql.next())
        versions << sql.value(0).toString().toUtf8();
    return versions;
}

bool AnnotationStore::mayChange(const Annotation &annotation) const
{
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        QSqlQuery sql(m_db);
        sql.prepare(QStringLiteral("SELECT glossa_may_change_annotation(?)"));
        sql.addBindValue(annotation.id);
        if (!sql.exec() || !sql.next()) {
            m_lastError = errorText(sql);
            return false;
        }
        if (sql.value(0).toBool())
            return true;
        m_lastError = QStringLiteral("annotation %1 is %2's; only they or an editor of the team can change it")
                          .arg(annotation.uuid, annotation.analyst.name);
        return false;
    }
    const std::optional<Analyst> me = AnalystStore(m_db).acting();
    if (!annotation.analyst.isValid() || !me || annotation.analyst.uuid == me->uuid)
        return true;
    m_lastError = QStringLiteral("annotation %1 is %2's; only they can change it (run as --analyst with their name)")
                      .arg(annotation.uuid, annotation.analyst.name);
    return false;
}

bool AnnotationStore::remove(qint64 id)
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    if (sql.numRowsAffected() != 1) {
        m_lastError = noSuchAnnotation(id);
        return false;
    }
    return true;
}

QList<Annotation> AnnotationStore::load(const QString &where, const QVariant &value) const
{
    QList<Annotation> result;
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    sql.prepare(QLatin1String(kSelect) + where + QStringLiteral(" ORDER BY an.start, an.end, an.id"));
    sql.addBindValue(value);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return result;
    }
    QHash<qint64, int> indexOf;
    while (sql.next()) {
        Annotation a;
        a.id = sql.value(0).toLongLong();
        a.articleId = sql.value(1).toLongLong();
        a.anchor.start = sql.value(2).toInt();
        a.anchor.end = sql.value(3).toInt();
        a.anchor.exact = sql.value(4).toString();
        a.anchor.prefix = sql.value(5).toString();
        a.anchor.suffix = sql.value(6).toString();
        a.color = sql.value(7).toString();
        a.note = sql.value(8).toString();
        a.orphaned = sql.value(9).toBool();
        a.created = timestamps::fromText(sql.value(10).toString());
        a.modified = timestamps::fromText(sql.value(11).toString());
        if (!sql.value(12).isNull()) {
            Claim claim;
            claim.kind = sql.value(12).toString();
            claim.verdict = sql.value(13).toString();
            claim.claimant = sql.value(14).toString();
            claim.evidence = sql.value(15).toString();
            if (!sql.value(16).isNull())
                claim.confidence = sql.value(16).toDouble();
            a.claim = claim;
        }
        a.uuid = sql.value(17).toString();
        a.layer = Annotation::layerFromName(sql.value(18).toString());
        a.analyst.uuid = sql.value(19).toString();
        a.analyst.name = sql.value(20).toString();
        a.analyst.initials = sql.value(21).toString();
        a.analyst.color = sql.value(22).toString();
        if (!sql.value(23).isNull())
            a.mergedModified = timestamps::fromText(sql.value(23).toString());
        a.conflicted = sql.value(24).toBool();
        a.decidedFrom = sql.value(25).toString();
        a.version = sql.value(26).toInt();
        a.noteFormat = sql.value(27).toString();
        if (a.noteFormat == Annotation::kPlainText)
            a.noteFormat.clear();
        a.foreignId = sql.value(28).toString();
        if (a.claim) {
            a.claim->summary = sql.value(29).toString();
            a.claim->claimantKind = sql.value(30).toString();
        }
        indexOf.insert(a.id, int(result.size()));
        result.append(a);
    }
    if (result.isEmpty())
        return result;
    QSqlQuery tags(m_db);
    tags.setForwardOnly(true);
    tags.prepare(QStringLiteral("SELECT at.annotation_id, t.name FROM annotation_tags at"
                                " JOIN tags t ON t.id = at.tag_id"
                                " WHERE at.annotation_id IN (SELECT an.id FROM annotations an")
                 + where + QStringLiteral(") ORDER BY at.annotation_id, at.position"));
    tags.addBindValue(value);
    if (tags.exec()) {
        while (tags.next()) {
            const int index = indexOf.value(tags.value(0).toLongLong(), -1);
            if (index >= 0)
                result[index].tags << tags.value(1).toString();
        }
    }
    return result;
}

std::optional<Claim> AnnotationStore::claimOf(qint64 id) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT kind, verdict, claimant, evidence, confidence, summary, claimant_kind FROM claims"
                               " WHERE annotation_id = ?"));
    sql.addBindValue(id);
    if (!sql.exec() || !sql.next())
        return std::nullopt;
    Claim claim;
    claim.kind = sql.value(0).toString();
    claim.verdict = sql.value(1).toString();
    claim.claimant = sql.value(2).toString();
    claim.evidence = sql.value(3).toString();
    if (!sql.value(4).isNull())
        claim.confidence = sql.value(4).toDouble();
    claim.summary = sql.value(5).toString();
    claim.claimantKind = sql.value(6).toString();
    return claim;
}

std::optional<Annotation> AnnotationStore::annotationByUuid(const QString &uuid) const
{
    const QList<Annotation> found = load(QStringLiteral(" WHERE an.uuid = ?"), uuid.toLower());
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Annotation> AnnotationStore::annotationByForeignId(const QString &foreignId) const
{
    if (foreignId.isEmpty())
        return std::nullopt;
    const QList<Annotation> found = load(QStringLiteral(" WHERE an.foreign_id = ?"), foreignId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    const QList<Annotation> found = load(QStringLiteral(" WHERE an.id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool AnnotationStore::updateAll(QList<Annotation> &annotations)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return false;
    }
    // Work on copies so a failure leaves the caller's list (its modified times) untouched.
    QList<Annotation> updated = annotations;
    for (Annotation &annotation : updated) {
        if (!update(annotation))
            return false;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return false;
    }
    annotations = updated;
    return true;
}

QList<Annotation> AnnotationStore::annotationsForArticle(qint64 articleId) const
{
    return load(QStringLiteral(" WHERE an.article_id = ?"), articleId);
}

} // namespace glossa
