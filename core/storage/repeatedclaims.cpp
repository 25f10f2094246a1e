#include "repeatedclaims.h"

#include "sqlbackend.h"

#include "model/taxonomy.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace glossa {

namespace {

// An appearance's claim, whichever kind it is: a library claim (its annotation's claims row)
// or an imported fact-check. The verdict is NULL when the claim is gone.
const char kAppearancesWithVerdict[] =
    " FROM claim_appearances ap"
    " LEFT JOIN claims c ON ap.claim_source = 'library' AND c.annotation_id = ap.claim_id"
    " LEFT JOIN fact_checks f ON ap.claim_source = 'imported' AND f.id = ap.claim_id"
    " WHERE ap.status IN ('proposed', 'accepted') AND coalesce(c.verdict, f.verdict) <> 'unverified'";

// By the taxonomy's rating, 1 (false) first; unrated verdicts after every rated one.
int seriousness(const QString &verdict)
{
    const Taxonomy::Entry *entry = Taxonomy::builtIn().verdict(verdict);
    return entry && entry->rating > 0 ? entry->rating : 100;
}

} // namespace

QString RepeatedClaims::condition(const QString &verdict, QVariantList *values)
{
    // The set of such articles is small beside the library: built once, each listed row then
    // probes it (the list's own index keeps the order).
    QString text = QStringLiteral("a.id IN (SELECT ap.article_id") + QLatin1String(kAppearancesWithVerdict);
    if (!verdict.isEmpty()) {
        text += QStringLiteral(" AND coalesce(c.verdict, f.verdict) = ?");
        *values << verdict;
    }
    return text + QLatin1Char(')');
}

namespace {

// Runs \a text, its placeholder list "(%1)" filled with \a ids; each row is handed to \a take.
bool runOverIds(const QSqlDatabase &db, const QString &text, const QList<qint64> &ids, QString *error,
                const std::function<void(const QSqlQuery &)> &take)
{
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), ids.size());
    QSqlQuery sql(db);
    sql.setForwardOnly(true);
    if (!sql.prepare(text.arg(placeholders.join(QLatin1Char(','))))) {
        if (error)
            *error = errorText(sql);
        return false;
    }
    for (const qint64 id : ids)
        sql.addBindValue(id);
    if (!sql.exec()) {
        if (error)
            *error = errorText(sql);
        return false;
    }
    while (sql.next())
        take(sql);
    return true;
}

} // namespace

bool RepeatedClaims::fill(const QSqlDatabase &db, QList<ArticleSummary> *rows, QString *error)
{
    constexpr qsizetype kIdsPerStatement = 500;
    QHash<qint64, QStringList> verdicts;
    for (qsizetype first = 0; first < rows->size(); first += kIdsPerStatement) {
        QList<qint64> ids;
        for (qsizetype i = first; i < std::min(first + kIdsPerStatement, rows->size()); ++i)
            ids << rows->at(i).id;
        // Most rows of a page repeat nothing: first which have any appearance at all, off the
        // index alone (a page costs a fraction of a millisecond), then the verdicts of those.
        QList<qint64> withAppearances;
        if (!runOverIds(db, QStringLiteral("SELECT DISTINCT article_id FROM claim_appearances WHERE article_id IN (%1)"),
                        ids, error, [&](const QSqlQuery &sql) { withAppearances << sql.value(0).toLongLong(); }))
            return false;
        if (withAppearances.isEmpty())
            continue;
        if (!runOverIds(db,
                        QStringLiteral("SELECT DISTINCT ap.article_id, coalesce(c.verdict, f.verdict)")
                            + QLatin1String(kAppearancesWithVerdict) + QStringLiteral(" AND ap.article_id IN (%1)"),
                        withAppearances, error,
                        [&](const QSqlQuery &sql) { verdicts[sql.value(0).toLongLong()] << sql.value(1).toString(); }))
            return false;
    }
    for (ArticleSummary &row : *rows)
        row.repeatedVerdicts = bySeriousness(verdicts.value(row.id));
    return true;
}

QStringList RepeatedClaims::bySeriousness(QStringList verdicts)
{
    verdicts.removeDuplicates();
    std::stable_sort(verdicts.begin(), verdicts.end(),
                     [](const QString &a, const QString &b) { return seriousness(a) < seriousness(b); });
    return verdicts;
}

} // namespace glossa
