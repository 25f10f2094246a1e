#include "claimstore.h"

#include "sqlbackend.h"

#include "tagstore.h"
#include "timestamps.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

ClaimStore::ClaimStore(QSqlDatabase db) : m_db(db) {}

QList<ClaimRow> ClaimStore::claims(const ClaimQuery &query) const
{
    QStringList conditions;
    QVariantList values;
    if (!query.verdict.isEmpty()) {
        conditions << QStringLiteral("c.verdict = ?");
        values << query.verdict;
    }
    if (!query.kind.isEmpty()) {
        conditions << QStringLiteral("c.kind = ?");
        values << query.kind;
    }
    if (!query.tag.isEmpty()) {
        conditions << QStringLiteral("an.id IN (SELECT nt.annotation_id FROM annotation_tags nt"
                                     " JOIN tags t ON t.id = nt.tag_id WHERE t.folded = ?)");
        values << TagStore::normalizedName(query.tag).toCaseFolded();
    }
    if (!query.source.isEmpty()) {
        conditions << QStringLiteral("s.folded = ?");
        values << query.source.trimmed().toCaseFolded();
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("a.published >= ?");
        values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("a.published <= ?");
        values << query.to.toString(Qt::ISODate);
    }
    if (!query.text.trimmed().isEmpty()) {
        // instr() on lower(): a plain substring test, no pattern syntax a user could trip on.
        conditions << QStringLiteral("(instr(lower(an.exact), lower(?)) > 0 OR instr(lower(an.note), lower(?)) > 0"
                                     " OR instr(lower(c.claimant), lower(?)) > 0)");
        const QString text = query.text.trimmed();
        values << text << text << text;
    }
    QString sqlText = QStringLiteral(
        "SELECT an.id, an.article_id, an.exact, an.color, an.note, an.modified_at, c.kind, c.verdict, c.claimant,"
        " c.evidence, c.confidence, a.title, s.name, a.published, c.summary, c.claimant_kind"
        " FROM claims c JOIN annotations an ON an.id = c.annotation_id JOIN articles a ON a.id = an.article_id"
        " LEFT JOIN sources s ON s.id = a.source_id");
    if (!conditions.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sqlText += QStringLiteral(" ORDER BY a.published DESC, a.id DESC, an.start, an.id");
    if (query.limit >= 0) {
        sqlText += QStringLiteral(" LIMIT ?");
        values << query.limit;
    }
    QList<ClaimRow> rows;
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    if (!sql.prepare(sqlText)) {
        m_lastError = errorText(sql);
        return rows;
    }
    for (const QVariant &value : values)
        sql.addBindValue(value);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return rows;
    }
    QHash<qint64, int> indexOf;
    while (sql.next()) {
        ClaimRow row;
        row.annotationId = sql.value(0).toLongLong();
        row.articleId = sql.value(1).toLongLong();
        row.exact = sql.value(2).toString();
        row.color = sql.value(3).toString();
        row.note = sql.value(4).toString();
        row.modified = timestamps::fromText(sql.value(5).toString());
        row.claim.kind = sql.value(6).toString();
        row.claim.verdict = sql.value(7).toString();
        row.claim.claimant = sql.value(8).toString();
        row.claim.evidence = sql.value(9).toString();
        if (!sql.value(10).isNull())
            row.claim.confidence = sql.value(10).toDouble();
        row.articleTitle = sql.value(11).toString();
        row.source = sql.value(12).toString();
        row.published = QDate::fromString(sql.value(13).toString(), Qt::ISODate);
        row.claim.summary = sql.value(14).toString();
        row.claim.claimantKind = sql.value(15).toString();
        indexOf.insert(row.annotationId, int(rows.size()));
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;
    // Tags of every claimed annotation in one pass.
    QSqlQuery tags(m_db);
    tags.setForwardOnly(true);
    if (tags.exec(QStringLiteral("SELECT nt.annotation_id, t.name FROM annotation_tags nt JOIN tags t ON t.id = nt.tag_id"
                                 " WHERE nt.annotation_id IN (SELECT annotation_id FROM claims)"
                                 " ORDER BY nt.annotation_id, nt.position"))) {
        while (tags.next()) {
            const int index = indexOf.value(tags.value(0).toLongLong(), -1);
            if (index >= 0)
                rows[index].tags << tags.value(1).toString();
        }
    }
    return rows;
}

} // namespace glossa
