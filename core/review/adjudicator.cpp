#include "adjudicator.h"

#include "claimmatcher.h"
#include "storage/annotationstore.h"
#include "storage/transaction.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace glossa {

bool ClaimGroup::agreed() const
{
    if (sides.size() < 2)
        return false;
    const Annotation &first = sides.first();
    return std::all_of(sides.cbegin(), sides.cend(), [&](const Annotation &side) {
        return side.anchor.start == first.anchor.start && side.anchor.end == first.anchor.end
            && side.claim->verdict == first.claim->verdict;
    });
}

Adjudicator::Adjudicator(QSqlDatabase db) : m_db(db) {}

QList<ClaimGroup> Adjudicator::groups(qint64 articleId) const
{
    // The analysts' anchored claims, analyst by analyst (by name, then UUID: the same order
    // on every call); the decisions by the claim they took.
    QMap<QPair<QString, QString>, QList<Annotation>> byAnalyst;
    QHash<QString, Annotation> decisions;
    for (const Annotation &annotation : AnnotationStore(m_db).annotationsForArticle(articleId)) {
        if (annotation.layer == Annotation::Layer::Final) {
            if (!annotation.decidedFrom.isEmpty())
                decisions.insert(annotation.decidedFrom, annotation);
        } else if (annotation.claim && !annotation.orphaned) {
            byAnalyst[{annotation.analyst.name.toCaseFolded(), annotation.analyst.uuid}].append(annotation);
        }
    }
    QList<ClaimGroup> groups;
    for (const QList<Annotation> &claims : std::as_const(byAnalyst)) {
        // Each analyst's claims are matched against the first side of the groups so far; what
        // finds no partner starts a group of its own.
        QList<CodedSpan> representatives, mine;
        for (const ClaimGroup &group : std::as_const(groups))
            representatives.append({group.sides.first().uuid, group.sides.first().anchor.start,
                                    group.sides.first().anchor.end, {}, {}});
        for (const Annotation &claim : claims)
            mine.append({claim.uuid, claim.anchor.start, claim.anchor.end, {}, {}});
        QList<bool> placed(claims.size(), false);
        for (const auto &[group, claim] : ClaimMatcher::match(representatives, mine)) {
            groups[group].sides.append(claims.at(claim));
            placed[claim] = true;
        }
        for (qsizetype i = 0; i < claims.size(); ++i) {
            if (!placed.at(i))
                groups.append(ClaimGroup{{claims.at(i)}, std::nullopt});
        }
    }
    for (ClaimGroup &group : groups) {
        for (const Annotation &side : std::as_const(group.sides)) {
            const auto decision = decisions.constFind(side.uuid);
            if (decision != decisions.cend())
                group.decision = *decision;
        }
    }
    std::sort(groups.begin(), groups.end(), [](const ClaimGroup &a, const ClaimGroup &b) {
        return a.sides.first().anchor.start < b.sides.first().anchor.start;
    });
    return groups;
}

std::optional<Annotation> Adjudicator::decide(const Annotation &side, const std::optional<Annotation> &previous,
                                              const QString &verdict)
{
    AnnotationStore store(m_db);
    if (previous && !store.remove(previous->id)) {
        m_lastError = store.lastError();
        return std::nullopt;
    }
    Annotation decision = side;
    decision.id = 0;
    decision.uuid.clear();
    decision.analyst = Analyst(); // the acting analyst: who decides
    decision.layer = Annotation::Layer::Final;
    decision.decidedFrom = side.uuid;
    decision.created = QDateTime();
    decision.modified = QDateTime();
    decision.mergedModified = QDateTime();
    if (!verdict.isEmpty())
        decision.claim->verdict = verdict;
    if (!store.create(decision)) {
        m_lastError = store.lastError();
        return std::nullopt;
    }
    return decision;
}

std::optional<QList<Annotation>> Adjudicator::acceptAgreed(qint64 articleId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return std::nullopt;
    }
    QList<Annotation> made;
    for (const ClaimGroup &group : groups(articleId)) {
        if (!group.agreed() || group.decision)
            continue;
        const std::optional<Annotation> decision = decide(group.sides.first(), std::nullopt, QString());
        if (!decision)
            return std::nullopt;
        made << *decision;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return std::nullopt;
    }
    return made;
}

std::optional<Annotation> Adjudicator::accept(const QString &uuid, const QString &verdict)
{
    const std::optional<Annotation> side = AnnotationStore(m_db).annotationByUuid(uuid);
    if (!side || side->layer != Annotation::Layer::Analyst || !side->claim) {
        m_lastError = side ? QStringLiteral("annotation %1 is not an analyst's claim").arg(uuid)
                           : QStringLiteral("no annotation %1").arg(uuid);
        return std::nullopt;
    }
    std::optional<Annotation> previous;
    for (const ClaimGroup &group : groups(side->articleId)) {
        const bool here = std::any_of(group.sides.cbegin(), group.sides.cend(),
                                      [&](const Annotation &a) { return a.uuid == side->uuid; });
        if (here)
            previous = group.decision;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return std::nullopt;
    }
    const std::optional<Annotation> decision = decide(*side, previous, verdict);
    if (!decision)
        return std::nullopt;
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return std::nullopt;
    }
    return decision;
}

} // namespace glossa
