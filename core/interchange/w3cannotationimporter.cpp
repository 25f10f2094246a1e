#include "w3cannotationimporter.h"

#include "anchoring/textanchoring.h"
#include "model/articleurl.h"
#include "model/codepoints.h"
#include "model/taxonomy.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/exportsource.h"
#include "storage/sqlbackend.h"
#include "storage/tagstore.h"
#include "storage/transaction.h"
#include "w3cannotationexporter.h"
#include "w3cannotationparser.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>

namespace glossa {

namespace {

struct TargetArticle
{
    qint64 id = 0;
    QString text;
    QList<Annotation> known; // already stored, plus those accepted from this file
};

QStringList foldedTags(const QStringList &tags)
{
    QStringList folded;
    for (const QString &tag : tags)
        folded << TagStore::normalizedName(tag).toCaseFolded();
    return folded;
}

// "Exact duplicate": same span and quote (just the quote for orphans, whose span means nothing),
// same note, tags and claim. Colour and timestamps do not make an annotation different.
bool sameAnnotation(const Annotation &a, const Annotation &b)
{
    if (a.orphaned != b.orphaned || a.anchor.exact != b.anchor.exact)
        return false;
    if (!a.orphaned && (a.anchor.start != b.anchor.start || a.anchor.end != b.anchor.end))
        return false;
    return a.note == b.note && a.claim == b.claim && foldedTags(a.tags) == foldedTags(b.tags);
}

QString describe(const W3cImportItem &item, const W3cParseResult &parsed)
{
    const W3cArticleIdentity identity = parsed.articles.value(item.sourceIri);
    return identity.title.isEmpty() ? item.sourceIri : QStringLiteral("'%1'").arg(identity.title);
}

} // namespace

W3cAnnotationImporter::W3cAnnotationImporter(QSqlDatabase db, const Taxonomy *taxonomy)
    : m_db(db), m_taxonomy(taxonomy ? taxonomy : &Taxonomy::builtIn())
{
}

AnnotationImportReport W3cAnnotationImporter::importJson(const QByteArray &json)
{
    AnnotationImportReport report;
    const W3cParseResult parsed = W3cAnnotationParser::parse(json, *m_taxonomy);
    report.read = int(parsed.items.size() + parsed.refusals.size() + parsed.skipped.size());
    if (!parsed.fileError.isEmpty()) {
        report.fileError = parsed.fileError;
        return report;
    }
    if (!parsed.refusals.isEmpty()) {
        report.refusals = parsed.refusals;
        report.fileError = QStringLiteral("%1 of %2 annotation(s) refused; nothing imported")
                               .arg(parsed.refusals.size())
                               .arg(report.read);
        return report;
    }

    report.skipped = int(parsed.skipped.size());
    report.refusals = parsed.skipped;

    ExportSource finder(m_db);
    // Articles by the key of their URL, read once the file names a page by its address.
    std::optional<QHash<QString, QList<qint64>>> byUrl;
    const auto articlesAt = [&](const QStringList &addresses, QList<qint64> *found) {
        if (!byUrl) {
            const auto urls = finder.articleUrls();
            if (!urls)
                return false;
            byUrl.emplace();
            for (const auto &[id, url] : *urls) {
                const QString key = ArticleUrl::matchKey(url);
                if (!key.isEmpty())
                    (*byUrl)[key].append(id);
            }
        }
        for (const QString &address : addresses) {
            const QString key = ArticleUrl::matchKey(address);
            if (key.isEmpty())
                continue;
            for (const qint64 id : byUrl->value(key)) {
                if (!found->contains(id))
                    found->append(id);
            }
        }
        return true;
    };
    ArticleStore articles(m_db);
    AnnotationStore annotations(m_db);
    QHash<QString, TargetArticle> targets; // by source IRI
    QList<Annotation> accepted;
    struct Merge
    {
        Annotation ours;
        Annotation theirs; // with ours' id
        QString text;      // the article's
    };
    QList<Merge> merges;
    for (const W3cImportItem &item : parsed.items) {
        auto target = targets.find(item.sourceIri);
        if (target == targets.end()) {
            TargetArticle found;
            if (!item.contentHash.isEmpty())
                found.id = finder.articleIdByContentHash(item.contentHash);
            QList<qint64> atAddress;
            if (found.id == 0 && !articlesAt(item.addresses, &atAddress)) {
                report.fileError = QStringLiteral("cannot read the articles' addresses: %1").arg(finder.lastError());
                return report;
            }
            // Two articles at one address (the page scraped twice, changed): the one whose text
            // holds the quote.
            for (const qint64 candidate : std::as_const(atAddress)) {
                const std::optional<Article> article = articles.article(candidate);
                if (found.id == 0 || (article && article->text.contains(item.annotation.anchor.exact))) {
                    found.id = candidate;
                    if (article && article->text.contains(item.annotation.anchor.exact))
                        break;
                }
            }
            if (found.id == 0 && parsed.articles.contains(item.sourceIri)) {
                const W3cArticleIdentity identity = parsed.articles.value(item.sourceIri);
                found.id = finder.articleIdByIdentity(identity.title, identity.outlet, identity.published);
            }
            if (found.id != 0) {
                const std::optional<Article> article = articles.article(found.id);
                if (!article) {
                    report.fileError = QStringLiteral("cannot read article %1: %2").arg(found.id).arg(articles.lastError());
                    return report;
                }
                found.text = article->text;
                found.known = annotations.annotationsForArticle(found.id);
            }
            target = targets.insert(item.sourceIri, found);
        }
        if (target->id == 0) {
            ++report.missingArticle;
            report.refusals << QStringLiteral("annotation %1: its article %2 is not in this library")
                                   .arg(item.index)
                                   .arg(describe(item, parsed));
            continue;
        }

        Annotation annotation = item.annotation;
        annotation.articleId = target->id;
        TextAnchor hint = annotation.anchor;
        // Positions travel in code points; re-anchoring works on this text's UTF-16 units.
        const int start = item.hasPosition ? CodePoints::toUtf16(target->text, hint.start) : -1;
        const int end = item.hasPosition ? CodePoints::toUtf16(target->text, hint.end) : -1;
        hint.start = start < 0 ? 0 : start;
        hint.end = end < 0 ? hint.start : end;
        const AnchorResult found = TextAnchoring::reanchor(hint, target->text);
        annotation.orphaned = found.status == AnchorResult::Status::Orphaned;
        // The context is this text's, so that an export's TextQuoteSelector matches it.
        annotation.anchor = annotation.orphaned ? hint
                                                : TextAnchoring::makeAnchor(target->text, found.anchor.start, found.anchor.end);

        // Another tool's annotation imported before: the same one, known by its id there.
        if (annotation.uuid.isEmpty() && !annotation.foreignId.isEmpty()) {
            if (const std::optional<Annotation> ours = annotations.annotationByForeignId(annotation.foreignId))
                annotation.uuid = ours->uuid;
            else if (std::any_of(accepted.cbegin(), accepted.cend(),
                                 [&](const Annotation &other) { return other.foreignId == annotation.foreignId; })) {
                ++report.duplicates; // twice in the file
                continue;
            }
        }

        if (!annotation.uuid.isEmpty()) {
            if (const std::optional<Annotation> ours = annotations.annotationByUuid(annotation.uuid)) {
                if (ours->articleId != target->id) {
                    report.refusals << QStringLiteral("annotation %1: its id is already an annotation of another article")
                                           .arg(item.index);
                    continue;
                }
                annotation.id = ours->id;
                merges.append({*ours, annotation, target->text});
                continue;
            }
            if (std::any_of(accepted.cbegin(), accepted.cend(),
                            [&](const Annotation &other) { return other.uuid == annotation.uuid; })) {
                ++report.duplicates; // twice in the file
                continue;
            }
        }
        const bool duplicate = std::any_of(target->known.cbegin(), target->known.cend(),
                                           [&](const Annotation &known) { return sameAnnotation(known, annotation); });
        if (duplicate) {
            ++report.duplicates;
            continue;
        }
        target->known.append(annotation);
        accepted.append(annotation);
    }

    if (report.missingArticle + report.skipped < int(report.refusals.size())) {
        report.fileError = QStringLiteral("%1 annotation(s) refused; nothing imported")
                               .arg(report.refusals.size() - report.skipped);
        return report;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        report.fileError = QStringLiteral("nothing imported: ") + transaction.errorText();
        return report;
    }
    // A team library records what its analyst adds as theirs (the server's row-level security):
    // the file's other creators are said, not carried.
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        const QString acting = AnalystStore(m_db).acting().value_or(Analyst()).uuid;
        int others = 0;
        for (Annotation &annotation : accepted) {
            if (annotation.analyst.isValid() && annotation.analyst.uuid != acting) {
                annotation.analyst = Analyst();
                ++others;
            }
        }
        if (others > 0)
            report.notCarried << QStringLiteral("the creators of %1 annotation(s): on a team library what an analyst "
                                                "imports is theirs")
                                     .arg(others);
    }
    for (Merge &merge : merges) {
        if (!mergeOne(annotations, merge.ours, merge.theirs, merge.text, &report)) {
            report.fileError = QStringLiteral("nothing imported: ") + annotations.lastError();
            return report;
        }
    }
    if (!annotations.createAll(accepted)) {
        report.fileError = QStringLiteral("nothing imported: ") + annotations.lastError();
        return report;
    }
    if (!transaction.commit()) {
        report.fileError = QStringLiteral("nothing imported: ") + transaction.errorText();
        return report;
    }
    report.imported = int(accepted.size());
    report.orphaned = int(std::count_if(accepted.cbegin(), accepted.cend(), [](const Annotation &a) { return a.orphaned; }));
    return report;
}

bool W3cAnnotationImporter::mergeOne(AnnotationStore &annotations, const Annotation &ours, Annotation theirs,
                                     const QString &text, AnnotationImportReport *report)
{
    if (sameAnnotation(ours, theirs)) {
        ++report->duplicates;
        return true;
    }
    // Who made it stays who made it; a file cannot hand an annotation to someone else.
    theirs.analyst = ours.analyst;
    theirs.layer = ours.layer;
    const QDateTime base = ours.mergedModified;
    const bool theirsChanged = base.isValid() ? theirs.modified > base : theirs.modified > ours.modified;
    const bool oursChanged = base.isValid() ? ours.modified > base : !theirsChanged;
    if (!theirsChanged) {
        ++report->outdated;
        return true;
    }
    if (!oursChanged) {
        ++report->updated;
        return annotations.applyMerged(theirs);
    }
    // Both sides changed since they last merged: ours stays, theirs is kept beside it.
    ++report->conflicts;
    Article article;
    article.text = text;
    const QByteArray version = QJsonDocument(W3cAnnotationExporter::annotation(article, theirs)).toJson(QJsonDocument::Compact);
    return annotations.addConflict(ours.id, theirs.modified, version);
}

} // namespace glossa
