#include "appearancedecision.h"

#include "anchoring/textanchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/claimmemorystore.h"
#include "storage/transaction.h"

namespace glossa {

AppearanceDecision::AppearanceDecision(QSqlDatabase db) : m_db(db) {}

QString AppearanceDecision::evidenceFor(const Appearance &appearance, const std::optional<Annotation> &original)
{
    // "Repeats a claim rated misleading (“Trompeur”) by AFP Factuel on 2025-01-20:" and, on a
    // line of its own so that it reads as a link, the original: the fact-check's page, or the
    // library claim's annotation (its UUID, as every export names it) and article.
    const RememberedClaim &claim = appearance.claim;
    QString rated = QStringLiteral("Repeats a claim rated ") + claim.verdict;
    if (!claim.rating.isEmpty() && claim.rating != claim.verdict)
        rated += QStringLiteral(" (\u201c") + claim.rating + QStringLiteral("\u201d)");
    if (!claim.reviewer.isEmpty())
        rated += QStringLiteral(" by ") + claim.reviewer;
    if (claim.settled.isValid())
        rated += QStringLiteral(" on ") + claim.settled.toUTC().date().toString(Qt::ISODate);
    if (claim.source == RememberedClaim::Source::Imported)
        return rated + QStringLiteral(":\n") + (claim.url.isEmpty() ? QStringLiteral("(the fact-check gives no page)") : claim.url);
    const QString which = original && !original->uuid.isEmpty() ? QStringLiteral("urn:uuid:") + original->uuid : claim.key();
    return rated + QStringLiteral(" in article %1:\n").arg(claim.articleId) + which;
}

std::optional<Annotation> AppearanceDecision::annotationFor(const Appearance &appearance, const QString &articleText,
                                                            const std::optional<Annotation> &original)
{
    int start = appearance.start;
    int end = appearance.end;
    if (start < 0 || end > articleText.size() || start >= end || QStringView(articleText).mid(start, end - start) != appearance.exact) {
        // The text changed since matching: the quote, found again, or nothing.
        TextAnchor recorded;
        recorded.start = appearance.start;
        recorded.end = appearance.end;
        recorded.exact = appearance.exact;
        const AnchorResult found = TextAnchoring::reanchor(recorded, articleText);
        if (found.status == AnchorResult::Status::Orphaned)
            return std::nullopt;
        start = found.anchor.start;
        end = found.anchor.end;
    }
    Annotation annotation;
    annotation.articleId = appearance.articleId;
    annotation.anchor = TextAnchoring::makeAnchor(articleText, start, end);
    Claim claim;
    const RememberedClaim &remembered = appearance.claim;
    if (!remembered.kind.isEmpty())
        claim.kind = remembered.kind;
    claim.verdict = remembered.verdict;
    claim.claimant = remembered.claimant;
    claim.evidence = evidenceFor(appearance, original);
    if (original && original->claim) {
        claim.summary = original->claim->summary;
        claim.claimantKind = original->claim->claimantKind;
    } else if (remembered.source == RememberedClaim::Source::Imported && remembered.text.size() < Claim::kSummaryLength) {
        claim.summary = remembered.text; // the fact-checker's wording of the claim
    }
    annotation.claim = claim;
    return annotation;
}

std::optional<Appearance> AppearanceDecision::load(qint64 appearanceId)
{
    ClaimMemoryStore store(m_db);
    std::optional<Appearance> appearance = store.appearance(appearanceId);
    if (!appearance)
        m_error = store.lastError();
    return appearance;
}

std::optional<Annotation> AppearanceDecision::accept(qint64 appearanceId)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return std::nullopt;
    }
    const std::optional<Appearance> appearance = load(appearanceId);
    if (!appearance)
        return std::nullopt;
    if (appearance->status == Appearance::Status::Accepted) {
        m_error = QStringLiteral("appearance %1 is accepted already (annotation %2)")
                      .arg(QString::number(appearanceId), QString::number(appearance->acceptedAnnotationId));
        return std::nullopt;
    }
    const std::optional<Article> article = ArticleStore(m_db).article(appearance->articleId);
    if (!article) {
        m_error = QStringLiteral("article %1 of appearance %2 is not in the library").arg(appearance->articleId).arg(appearanceId);
        return std::nullopt;
    }
    AnnotationStore annotations(m_db);
    std::optional<Annotation> original;
    if (appearance->claim.source == RememberedClaim::Source::Library)
        original = annotations.annotation(appearance->claim.id);
    std::optional<Annotation> annotation = annotationFor(*appearance, article->text, original);
    if (!annotation) {
        m_error = QStringLiteral("the passage of appearance %1 is no longer in article %2").arg(appearanceId).arg(appearance->articleId);
        return std::nullopt;
    }
    if (!annotations.create(*annotation)) {
        m_error = annotations.lastError();
        return std::nullopt;
    }
    ClaimMemoryStore store(m_db);
    if (!store.setStatus(appearanceId, Appearance::Status::Accepted, annotation->id)) {
        m_error = store.lastError();
        return std::nullopt;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return std::nullopt;
    }
    // As stored: its analyst, UUID and times.
    return annotations.annotation(annotation->id).value_or(*annotation);
}

bool AppearanceDecision::acceptAgain(qint64 appearanceId, const Annotation &annotation)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    const std::optional<Appearance> appearance = load(appearanceId);
    if (!appearance)
        return false;
    if (appearance->status == Appearance::Status::Accepted) {
        m_error = QStringLiteral("appearance %1 is accepted already (annotation %2)")
                      .arg(QString::number(appearanceId), QString::number(appearance->acceptedAnnotationId));
        return false;
    }
    AnnotationStore annotations(m_db);
    ClaimMemoryStore store(m_db);
    if (!annotations.restore(annotation)) {
        m_error = annotations.lastError();
        return false;
    }
    if (!store.setStatus(appearanceId, Appearance::Status::Accepted, annotation.id)) {
        m_error = store.lastError();
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    return true;
}

bool AppearanceDecision::dismiss(qint64 appearanceId)
{
    m_error.clear();
    const std::optional<Appearance> appearance = load(appearanceId);
    if (!appearance)
        return false;
    if (appearance->status == Appearance::Status::Accepted) {
        m_error = QStringLiteral("appearance %1 is accepted (annotation %2): undo the acceptance first")
                      .arg(QString::number(appearanceId), QString::number(appearance->acceptedAnnotationId));
        return false;
    }
    ClaimMemoryStore store(m_db);
    if (!store.setStatus(appearanceId, Appearance::Status::Dismissed)) {
        m_error = store.lastError();
        return false;
    }
    return true;
}

bool AppearanceDecision::reopen(qint64 appearanceId)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return false;
    }
    const std::optional<Appearance> appearance = load(appearanceId);
    if (!appearance)
        return false;
    if (appearance->status == Appearance::Status::Accepted && appearance->acceptedAnnotationId > 0) {
        AnnotationStore annotations(m_db);
        if (annotations.annotation(appearance->acceptedAnnotationId) && !annotations.remove(appearance->acceptedAnnotationId)) {
            m_error = annotations.lastError();
            return false;
        }
    }
    ClaimMemoryStore store(m_db);
    if (!store.setStatus(appearanceId, Appearance::Status::Proposed)) {
        m_error = store.lastError();
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace glossa
