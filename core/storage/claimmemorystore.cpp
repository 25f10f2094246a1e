#include "claimmemorystore.h"

#include "sqlbackend.h"
#include "sqlvalue.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

namespace {

// A library claim was settled when its verdict last changed (its history), else when the
// annotation last changed (a claim made before the library kept histories). History rows are
// appended in time order: the last one by id is one step down the (annotation_uuid, id) index,
// where max(changed_at) read every row of the claim's history (10,000 claims: 14 ms, not 174).
const char kSettledLibrary[] =
    "COALESCE((SELECT h.changed_at FROM claim_history h WHERE h.annotation_uuid = an.uuid AND h.field = 'verdict'"
    " ORDER BY h.id DESC LIMIT 1), an.modified_at)";

// The columns readClaim() takes, in its order, for a library claim (an annotation `an` with its
// claim `c`, its analyst `n` and its article `a`) …
QString libraryClaimColumns()
{
    return QStringLiteral("'library', an.id, an.exact, c.kind, c.verdict, c.claimant, COALESCE(n.name, ''), '', '', %1,"
                          " an.article_id, a.language")
        .arg(QLatin1String(kSettledLibrary));
}
const char kLibraryClaimsFrom[] = " FROM claims c JOIN annotations an ON an.id = c.annotation_id"
                                  " JOIN articles a ON a.id = an.article_id LEFT JOIN analysts n ON n.id = an.analyst_id";

// … and for an imported fact-check `f`.
const char kImportedClaimColumns[] = "'imported', f.id, f.claim_text, '', f.verdict, f.claimant, f.reviewer, f.url, f.rating,"
                                     " f.published, 0, f.language";

// An appearance `p` with the claim it repeats, whichever source that is (12 claim columns in
// readClaim()'s order after the appearance's own 12).
QString appearanceSelect()
{
    return QStringLiteral(
               "SELECT p.id, p.article_id, p.start, p.\"end\", p.exact, p.score, p.\"match\", p.reason, p.status,"
               " p.accepted_annotation_id, p.created_at, p.claim_source,"
               " p.claim_source, p.claim_id, COALESCE(an.exact, f.claim_text), COALESCE(c.kind, ''),"
               " COALESCE(c.verdict, f.verdict), COALESCE(c.claimant, f.claimant), COALESCE(n.name, f.reviewer, ''),"
               " COALESCE(f.url, ''), COALESCE(f.rating, ''),"
               " CASE WHEN p.claim_source = 'library' THEN %1 ELSE f.published END,"
               " COALESCE(an.article_id, 0), COALESCE(a.language, f.language, '')"
               " FROM claim_appearances p"
               " LEFT JOIN annotations an ON p.claim_source = 'library' AND an.id = p.claim_id"
               " LEFT JOIN claims c ON c.annotation_id = an.id"
               " LEFT JOIN analysts n ON n.id = an.analyst_id"
               " LEFT JOIN articles a ON a.id = an.article_id"
               " LEFT JOIN fact_checks f ON p.claim_source = 'imported' AND f.id = p.claim_id"
               // An appearance of a claim that is gone (its annotation deleted, or no longer a
               // claim) is not listed; it is kept, and comes back with an undone deletion.
               " WHERE (c.annotation_id IS NOT NULL OR f.id IS NOT NULL)")
        .arg(QLatin1String(kSettledLibrary));
}

RememberedClaim readClaim(const QSqlQuery &sql, int first)
{
    RememberedClaim claim;
    claim.source = sql.value(first).toString() == QLatin1String("imported") ? RememberedClaim::Source::Imported
                                                                            : RememberedClaim::Source::Library;
    claim.id = sql.value(first + 1).toLongLong();
    claim.text = sql.value(first + 2).toString();
    claim.kind = sql.value(first + 3).toString();
    claim.verdict = sql.value(first + 4).toString();
    claim.claimant = sql.value(first + 5).toString();
    claim.reviewer = sql.value(first + 6).toString();
    claim.url = sql.value(first + 7).toString();
    claim.rating = sql.value(first + 8).toString();
    const QString settled = sql.value(first + 9).toString();
    if (!settled.isEmpty())
        claim.settled = timestamps::fromText(settled);
    claim.articleId = sql.value(first + 10).toLongLong();
    claim.language = sql.value(first + 11).toString();
    return claim;
}

Appearance readAppearance(const QSqlQuery &sql)
{
    Appearance appearance;
    appearance.id = sql.value(0).toLongLong();
    appearance.articleId = sql.value(1).toLongLong();
    appearance.start = sql.value(2).toInt();
    appearance.end = sql.value(3).toInt();
    appearance.exact = sql.value(4).toString();
    appearance.score = sql.value(5).toDouble();
    appearance.match = sql.value(6).toString() == QLatin1String("reworded") ? Appearance::Match::Reworded : Appearance::Match::Copy;
    appearance.reason = sql.value(7).toString();
    appearance.status = ClaimMemoryStore::statusFromName(sql.value(8).toString()).value_or(Appearance::Status::Proposed);
    appearance.acceptedAnnotationId = sql.value(9).toLongLong();
    appearance.created = timestamps::fromText(sql.value(10).toString());
    appearance.claim = readClaim(sql, 12);
    return appearance;
}

QVariant optionalNumber(double value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

} // namespace

ClaimMemoryStore::ClaimMemoryStore(QSqlDatabase db) : m_db(db) {}

std::optional<Appearance::Status> ClaimMemoryStore::statusFromName(const QString &name)
{
    for (const Appearance::Status status : {Appearance::Status::Proposed, Appearance::Status::Accepted, Appearance::Status::Dismissed}) {
        if (name == Appearance::statusName(status))
            return status;
    }
    return std::nullopt;
}

bool ClaimMemoryStore::run(QSqlQuery &sql, const QString &text, const QVariantList &values) const
{
    sql.setForwardOnly(true);
    if (!sql.prepare(text)) {
        m_lastError = errorText(sql);
        return false;
    }
    for (const QVariant &value : values)
        sql.addBindValue(value);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    return true;
}

QList<RememberedClaim> ClaimMemoryStore::rememberedClaims() const
{
    m_lastError.clear();
    QList<RememberedClaim> claims;
    // A claim an analyst made by accepting an appearance repeats one the memory holds already:
    // remembering it too would propose every later repeat twice.
    QSqlQuery library(m_db);
    if (!run(library,
             QStringLiteral("SELECT %1%2 WHERE c.verdict <> 'unverified' AND NOT EXISTS (SELECT 1 FROM claim_appearances p"
                            " WHERE p.accepted_annotation_id = an.id) ORDER BY an.id")
                 .arg(libraryClaimColumns(), QLatin1String(kLibraryClaimsFrom))))
        return {};
    while (library.next())
        claims << readClaim(library, 0);
    QSqlQuery imported(m_db);
    if (!run(imported, QStringLiteral("SELECT %1 FROM fact_checks f ORDER BY f.id").arg(QLatin1String(kImportedClaimColumns))))
        return {};
    while (imported.next())
        claims << readClaim(imported, 0);
    return claims;
}

std::optional<RememberedClaim> ClaimMemoryStore::rememberedClaim(RememberedClaim::Source source, qint64 id) const
{
    m_lastError.clear();
    QSqlQuery sql(m_db);
    const QString text = source == RememberedClaim::Source::Library
                             ? QStringLiteral("SELECT %1%2 WHERE an.id = ?").arg(libraryClaimColumns(), QLatin1String(kLibraryClaimsFrom))
                             : QStringLiteral("SELECT %1 FROM fact_checks f WHERE f.id = ?").arg(QLatin1String(kImportedClaimColumns));
    if (!run(sql, text, {id}))
        return std::nullopt;
    if (!sql.next()) {
        m_lastError = QStringLiteral("no %1 claim %2 in the library").arg(RememberedClaim::sourceName(source), QString::number(id));
        return std::nullopt;
    }
    return readClaim(sql, 0);
}

int ClaimMemoryStore::addFactChecks(const QList<FactCheck> &checks, int *skipped)
{
    m_lastError.clear();
    if (skipped)
        *skipped = 0;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return -1;
    }
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO fact_checks (claim_text, url, reviewer, rating, rating_value, best_rating, worst_rating, verdict,"
            " claimant, appearance_url, published, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING"))) {
        m_lastError = errorText(insert);
        return -1;
    }
    const QString now = timestamps::now();
    int added = 0;
    for (const FactCheck &check : checks) {
        if (check.claimReviewed.trimmed().isEmpty()) {
            m_lastError = QStringLiteral("a fact-check without the claim it reviews cannot be kept");
            return -1;
        }
        const QVariantList values{check.claimReviewed,
                                  textValue(check.url),
                                  textValue(check.reviewer),
                                  textValue(check.rating),
                                  optionalNumber(check.ratingValue),
                                  optionalNumber(check.bestRating),
                                  optionalNumber(check.worstRating),
                                  check.verdict.isEmpty() ? QStringLiteral("unverifiable") : check.verdict,
                                  textValue(check.claimant),
                                  textValue(check.appearanceUrl),
                                  check.published.isValid() ? QVariant(timestamps::toText(check.published)) : QVariant(),
                                  textValue(check.language),
                                  now};
        bindAll(insert, values);
        if (!insert.exec()) {
            m_lastError = errorText(insert);
            return -1;
        }
        if (insert.numRowsAffected() > 0)
            ++added;
        else if (skipped)
            ++*skipped;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return -1;
    }
    return added;
}

QList<Appearance> ClaimMemoryStore::appearances(const AppearanceQuery &query) const
{
    m_lastError.clear();
    QString text = appearanceSelect();
    QVariantList values;
    if (!query.verdict.isEmpty()) {
        text += QStringLiteral(" AND COALESCE(c.verdict, f.verdict) = ?");
        values << query.verdict;
    }
    if (query.articleId > 0) {
        text += QStringLiteral(" AND p.article_id = ?");
        values << query.articleId;
    }
    if (query.status) {
        text += QStringLiteral(" AND p.status = ?");
        values << Appearance::statusName(*query.status);
    }
    text += QStringLiteral(" ORDER BY p.article_id, p.start, p.\"end\", p.id");
    if (query.limit >= 0) {
        text += QStringLiteral(" LIMIT ?");
        values << query.limit;
    }
    QSqlQuery sql(m_db);
    if (!run(sql, text, values))
        return {};
    QList<Appearance> found;
    while (sql.next())
        found << readAppearance(sql);
    return found;
}

std::optional<Appearance> ClaimMemoryStore::appearance(qint64 id) const
{
    m_lastError.clear();
    QSqlQuery sql(m_db);
    if (!run(sql, appearanceSelect() + QStringLiteral(" AND p.id = ?"), {id}))
        return std::nullopt;
    if (!sql.next()) {
        m_lastError = QStringLiteral("no appearance %1 in the library").arg(id);
        return std::nullopt;
    }
    return readAppearance(sql);
}

int ClaimMemoryStore::propose(const QList<Appearance> &found)
{
    m_lastError.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return -1;
    }
    QSqlQuery insert(m_db);
    QSqlQuery own(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO claim_appearances (article_id, start, \"end\", exact, claim_source, claim_id,"
                                       " score, \"match\", reason, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?)"
                                       " ON CONFLICT DO NOTHING"))
        || !own.prepare(QStringLiteral("SELECT 1 FROM annotations WHERE id = ? AND article_id = ? AND start < ? AND \"end\" > ?"))) {
        m_lastError = errorText(insert.lastError().isValid() ? insert : own);
        return -1;
    }
    const QString now = timestamps::now();
    int added = 0;
    for (const Appearance &appearance : found) {
        if (appearance.articleId <= 0 || appearance.claim.id <= 0 || appearance.start < 0 || appearance.end <= appearance.start) {
            m_lastError = QStringLiteral("an appearance needs an article, a claim and a span (article %1, %2–%3)")
                              .arg(QString::number(appearance.articleId), QString::number(appearance.start),
                                   QString::number(appearance.end));
            return -1;
        }
        if (appearance.claim.source == RememberedClaim::Source::Library) {
            // A claim found where it was made is the claim itself, not a repeat of it.
            own.addBindValue(appearance.claim.id);
            own.addBindValue(appearance.articleId);
            own.addBindValue(appearance.end);
            own.addBindValue(appearance.start);
            if (!own.exec()) {
                m_lastError = errorText(own);
                return -1;
            }
            const bool itself = own.next();
            own.finish();
            if (itself)
                continue;
        }
        const QVariantList values{appearance.articleId,
                                  appearance.start,
                                  appearance.end,
                                  textValue(appearance.exact),
                                  RememberedClaim::sourceName(appearance.claim.source),
                                  appearance.claim.id,
                                  qBound(0.0, appearance.score, 1.0),
                                  Appearance::matchName(appearance.match),
                                  textValue(appearance.reason),
                                  now};
        bindAll(insert, values);
        if (!insert.exec()) {
            m_lastError = errorText(insert);
            return -1;
        }
        if (insert.numRowsAffected() > 0)
            ++added;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return -1;
    }
    return added;
}

QList<OtherAppearance> ClaimMemoryStore::acceptedArticles(qint64 annotationId) const
{
    m_lastError.clear();
    QSqlQuery sql(m_db);
    if (!run(sql,
             QStringLiteral("SELECT a.title, s.name, a.published, a.url, a.content_hash FROM articles a"
                            " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN (SELECT p.article_id FROM claim_appearances p"
                            " WHERE p.claim_source = 'library' AND p.claim_id = ? AND p.status = 'accepted'"
                            // an accepted repeat whose annotation was deleted since is not shown
                            " AND EXISTS (SELECT 1 FROM annotations an WHERE an.id = p.accepted_annotation_id))"
                            " ORDER BY a.published, a.id"),
             {annotationId}))
        return {};
    QList<OtherAppearance> articles;
    while (sql.next())
        articles.append({sql.value(0).toString(), sql.value(1).toString(),
                         QDate::fromString(sql.value(2).toString(), Qt::ISODate), sql.value(3).toString(),
                         sql.value(4).toString()});
    return articles;
}

bool ClaimMemoryStore::setStatus(qint64 appearanceId, Appearance::Status status, qint64 acceptedAnnotationId)
{
    m_lastError.clear();
    if (status == Appearance::Status::Accepted && acceptedAnnotationId <= 0) {
        m_lastError = QStringLiteral("an accepted appearance needs the annotation it became");
        return false;
    }
    const bool decided = status != Appearance::Status::Proposed;
    QSqlQuery sql(m_db);
    // Reopened, an appearance is nobody's decision again.
    const QString text = decided ? QStringLiteral("UPDATE claim_appearances SET status = ?, accepted_annotation_id = ?,"
                                                  " decided_by = (SELECT analyst_id FROM temp.session), decided_at = ? WHERE id = ?")
                                 : QStringLiteral("UPDATE claim_appearances SET status = ?, accepted_annotation_id = ?,"
                                                  " decided_by = NULL, decided_at = ? WHERE id = ?");
    const QVariant annotation = status == Appearance::Status::Accepted ? QVariant(acceptedAnnotationId) : QVariant(QMetaType::fromType<qint64>());
    if (!run(sql, text, {Appearance::statusName(status), annotation, decided ? QVariant(timestamps::now()) : QVariant(QMetaType::fromType<QString>()), appearanceId}))
        return false;
    if (sql.numRowsAffected() != 1) {
        // A server's row-level security hides another analyst's decision from all but editors.
        m_lastError = QStringLiteral("appearance %1 is not in the library, or not this analyst's to change").arg(appearanceId);
        return false;
    }
    return true;
}

} // namespace glossa
