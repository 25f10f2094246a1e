#include "librarycopier.h"

#include "sqlbackend.h"
#include "transaction.h"

#include <QHash>
#include <map>
#include <memory>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace glossa {

namespace {

constexpr int kRowsPerTransaction = 500;

struct Reference
{
    const char *column;
    const char *table; // whose ids the column holds
    // A column that names one table or another by a second column (an appearance's claim_id is
    // an annotation's or a fact-check's, by its claim_source): this one holds only when that
    // column says so.
    const char *whenColumn = nullptr;
    const char *whenValue = nullptr;
};

} // namespace

// Each source row id → the id of the same row in the target, per table with ids.
struct LibraryCopier::IdMaps
{
    std::map<QString, QHash<qint64, qint64>> byTable; // a map keeps references to its values valid
};

// One table as it is copied: the columns both libraries have (never the row id, nor what the
// target computes itself, such as an article's annotation count), the columns that name a row
// in both, and the columns that hold another table's ids.
struct LibraryCopier::Table
{
    const char *name;
    QStringList columns;
    QStringList key;
    QList<Reference> references;
    bool hasId = true;     // rows others refer to by id
    bool uniqueKey = true; // the key is a unique constraint in both schemas, else it is looked up first
};

LibraryCopier::LibraryCopier(QSqlDatabase source, QSqlDatabase target)
    : m_source(source), m_target(target), m_ids(std::make_shared<IdMaps>())
{
}

bool LibraryCopier::copy()
{
    auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    // In the order of their references: a row's referenced rows are copied before it.
    const QList<Table> tables = {
        {"analysts", list("uuid name initials color first_seen"), list("uuid"), {}},
        {"sources", list("name folded"), list("folded"), {}},
        {"dumps", list("file_name sha256 encoding byte_size imported_at raw"), list("sha256"), {}},
        {"page_headlines", list("dump_id page texts"), list("dump_id page"), {{"dump_id", "dumps"}}, false},
        {"articles",
         list("dump_id page content_hash title source_id published language direction url profile is_read is_starred note"
              " imported_at note_analyst_id note_modified_at blind"),
         list("content_hash"),
         {{"dump_id", "dumps"}, {"source_id", "sources"}, {"note_analyst_id", "analysts"}}},
        {"article_texts", list("article_id body"), list("article_id"), {{"article_id", "articles"}}, false},
        {"blocks", list("article_id position kind start end"), list("article_id position"), {{"article_id", "articles"}}, false},
        {"tags", list("name folded color"), list("folded"), {}},
        {"article_tags", list("article_id tag_id analyst_id added_at"), list("article_id tag_id"),
         {{"article_id", "articles"}, {"tag_id", "tags"}, {"analyst_id", "analysts"}}, false},
        {"annotations",
         list("article_id start end exact prefix suffix color note orphaned created_at modified_at uuid analyst_id layer"
              " decided_from merged_modified foreign_id note_format"),
         list("uuid"),
         {{"article_id", "articles"}, {"analyst_id", "analysts"}}},
        {"annotation_tags", list("annotation_id tag_id position"), list("annotation_id tag_id"),
         {{"annotation_id", "annotations"}, {"tag_id", "tags"}}, false},
        {"claims", list("annotation_id kind verdict claimant evidence confidence summary claimant_kind"), list("annotation_id"),
         {{"annotation_id", "annotations"}}, false},
        {"claim_history", list("annotation_uuid analyst_id changed_at field old_value new_value"),
         list("annotation_uuid changed_at field"), {{"analyst_id", "analysts"}}, true, false},
        {"annotation_conflicts", list("annotation_id received_at modified_at version"), list("annotation_id received_at"),
         {{"annotation_id", "annotations"}}, true, false},
        {"collections", list("name folded created_at blind"), list("folded"), {}},
        {"collection_articles", list("collection_id article_id added_at"), list("collection_id article_id"),
         {{"collection_id", "collections"}, {"article_id", "articles"}}, false},
        {"article_done", list("article_id analyst_id done_at"), list("article_id analyst_id"),
         {{"article_id", "articles"}, {"analyst_id", "analysts"}}, false},
        {"fact_checks",
         list("claim_text url reviewer rating rating_value best_rating worst_rating verdict claimant appearance_url published"
              " language created_at"),
         list("url claim_text"), {}},
        {"claim_appearances",
         list("article_id start end exact claim_source claim_id score match reason status accepted_annotation_id decided_by"
              " created_at decided_at"),
         list("article_id start end claim_source claim_id"),
         {{"article_id", "articles"},
          {"accepted_annotation_id", "annotations"},
          {"decided_by", "analysts"},
          {"claim_id", "annotations", "claim_source", "library"},
          {"claim_id", "fact_checks", "claim_source", "imported"}}},
    };
    m_added = 0;
    for (const Table &table : tables) {
        if (!copyTable(table))
            return false;
    }
    return true;
}

bool LibraryCopier::copyTable(const Table &table)
{
    const QString name = QString::fromLatin1(table.name);
    // "end" is a reserved word on the server: every column is quoted, on both backends.
    auto quoted = [](const QStringList &columns) {
        QStringList out;
        for (const QString &column : columns)
            out << QLatin1Char('"') + column + QLatin1Char('"');
        return out;
    };
    Progress progress{name, 0, 0, 0};
    {
        QSqlQuery count(m_source);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(name)) || !count.next()) {
            m_lastError = QStringLiteral("cannot read %1 of the source: %2").arg(name, errorText(count));
            return false;
        }
        progress.total = count.value(0).toLongLong();
    }
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    const QStringList selected = (table.hasId ? QStringList{QStringLiteral("id")} : QStringList()) + quoted(table.columns);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(selected.join(QStringLiteral(", ")), name,
                            table.hasId ? QStringLiteral("id") : quoted(table.key).join(QStringLiteral(", "))))) {
        m_lastError = QStringLiteral("cannot read %1 of the source: %2").arg(name, errorText(read));
        return false;
    }
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), table.columns.size());
    QSqlQuery insert(m_target);
    const QString insertText = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING%4")
                                   .arg(name, quoted(table.columns).join(QStringLiteral(", ")),
                                        placeholders.join(QStringLiteral(", ")),
                                        table.hasId ? QStringLiteral(" RETURNING id") : QString());
    QSqlQuery find(m_target);
    QStringList keyConditions;
    for (const QString &column : quoted(table.key))
        keyConditions << column + QStringLiteral(" = ?");
    const QString findText =
        QStringLiteral("SELECT id FROM %1 WHERE %2").arg(name, keyConditions.join(QStringLiteral(" AND ")));
    if (!insert.prepare(insertText) || (table.hasId && !find.prepare(findText))) {
        m_lastError = QStringLiteral("cannot write %1 into the target: %2")
                          .arg(name, errorText(insert.lastError().isValid() ? insert : find));
        return false;
    }
    QHash<qint64, qint64> &ids = m_ids->byTable[name];
    std::unique_ptr<Transaction> transaction;
    int inTransaction = 0;
    auto commit = [&]() {
        if (transaction && !transaction->commit()) {
            m_lastError = QStringLiteral("cannot write %1 into the target: %2").arg(name, transaction->errorText());
            return false;
        }
        transaction.reset();
        inTransaction = 0;
        if (m_progress && !m_progress(progress)) {
            m_lastError = QStringLiteral("stopped; copying again resumes where it stopped");
            return false;
        }
        return true;
    };
    const int first = table.hasId ? 1 : 0;
    while (read.next()) {
        if (!transaction) {
            transaction = std::make_unique<Transaction>(m_target);
            if (!transaction->isActive()) {
                m_lastError = QStringLiteral("cannot write into the target: %1").arg(transaction->errorText());
                return false;
            }
        }
        QVariantList values;
        for (int i = 0; i < table.columns.size(); ++i)
            values << read.value(first + i);
        bool orphan = false; // a reference to a row the source itself lacks: nothing to copy it to
        for (const Reference &reference : table.references) {
            const int at = int(table.columns.indexOf(QString::fromLatin1(reference.column)));
            if (values.at(at).isNull())
                continue;
            if (reference.whenColumn
                && values.at(table.columns.indexOf(QString::fromLatin1(reference.whenColumn))).toString()
                       != QLatin1String(reference.whenValue))
                continue;
            const QHash<qint64, qint64> &map = m_ids->byTable[QString::fromLatin1(reference.table)];
            const auto mapped = map.constFind(values.at(at).toLongLong());
            if (mapped == map.constEnd()) {
                orphan = true;
                break;
            }
            values[at] = *mapped;
        }
        ++progress.done;
        if (orphan)
            continue;
        // The target's id of the row when it has it already: copying again adds nothing.
        auto findExisting = [&](qint64 *id) {
            for (const QString &column : table.key)
                find.addBindValue(values.at(table.columns.indexOf(column)));
            if (!find.exec()) {
                m_lastError = QStringLiteral("cannot match %1 in the target: %2").arg(name, errorText(find));
                return false;
            }
            *id = find.next() ? find.value(0).toLongLong() : 0;
            find.finish();
            return true;
        };
        qint64 targetId = 0;
        if (!table.uniqueKey && !findExisting(&targetId))
            return false;
        bool added = false;
        if (targetId == 0) {
            for (const QVariant &value : std::as_const(values))
                insert.addBindValue(value);
            if (!insert.exec()) {
                m_lastError = QStringLiteral("cannot write %1 into the target: %2").arg(name, errorText(insert));
                return false;
            }
            added = table.hasId ? insert.next() : insert.numRowsAffected() > 0;
            if (added && table.hasId)
                targetId = insert.value(0).toLongLong();
            insert.finish();
            if (table.hasId && !added && !findExisting(&targetId))
                return false;
        }
        if (added) {
            ++progress.added;
            ++m_added;
        }
        if (table.hasId)
            ids.insert(read.value(0).toLongLong(), targetId);
        if (++inTransaction >= kRowsPerTransaction && !commit())
            return false;
    }
    if (read.lastError().isValid()) {
        m_lastError = QStringLiteral("cannot read %1 of the source: %2").arg(name, errorText(read));
        return false;
    }
    return commit();
}

} // namespace glossa
