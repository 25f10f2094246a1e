#include "refiqdaexporter.h"

#include "model/codepoints.h"
#include "model/taxonomy.h"
#include "qdpxarchive.h"
#include "refiprojectwriter.h"
#include "refiqda.h"
#include "storage/tagstore.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace glossa {

namespace {

QString kindGuid(const QString &id) { return RefiQda::derivedGuid(QStringLiteral("code:kind:") + id); }
QString verdictGuid(const QString &id) { return RefiQda::derivedGuid(QStringLiteral("code:verdict:") + id); }
QString tagKey(const QString &tag) { return TagStore::normalizedName(tag).toCaseFolded(); }
QString tagGuid(const QString &tag) { return RefiQda::derivedGuid(QStringLiteral("code:tag:") + tagKey(tag)); }
QString variableGuid(const QString &name) { return RefiQda::derivedGuid(QStringLiteral("variable:") + name); }

QString validColor(const QString &color)
{
    static const QRegularExpression rgb(QStringLiteral("^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"));
    return rgb.match(color).hasMatch() ? color : QString();
}

// The tags of the codebook: every tag of the library and every one the export uses, once
// (without regard to case), in name order.
QMap<QString, QPair<QString, QString>> codebookTags(const RefiExportInput &input)
{
    QMap<QString, QPair<QString, QString>> tags; // by folded name → (name, colour)
    for (auto it = input.tagColors.cbegin(); it != input.tagColors.cend(); ++it)
        tags.insert(tagKey(it.key()), {TagStore::normalizedName(it.key()), validColor(it.value())});
    const auto add = [&tags](const QString &tag) {
        if (!TagStore::normalizedName(tag).isEmpty() && !tags.contains(tagKey(tag)))
            tags.insert(tagKey(tag), {TagStore::normalizedName(tag), QString()});
    };
    for (const ExportedArticle &exported : input.articles) {
        for (const QString &tag : exported.article.tags)
            add(tag);
        for (const Annotation &annotation : exported.annotations) {
            for (const QString &tag : annotation.tags)
                add(tag);
        }
    }
    return tags;
}

QString userGuid(const Analyst &analyst)
{
    return analyst.isValid() ? RefiQda::normalizedGuid(analyst.uuid) : QString();
}

QString annotationGuid(const Article &article, const Annotation &annotation)
{
    const QString guid = RefiQda::normalizedGuid(annotation.uuid);
    if (!guid.isEmpty())
        return guid;
    return RefiQda::derivedGuid(QStringLiteral("annotation:%1:%2").arg(article.contentHash).arg(annotation.id));
}

QString shortQuote(const QString &quote)
{
    const QString simplified = quote.simplified();
    return simplified.size() > 40 ? simplified.left(40) + QStringLiteral("…") : simplified;
}

} // namespace

QString RefiQdaExporter::sourceGuid(const Article &article)
{
    const QString identity = article.contentHash.isEmpty() ? QString::number(article.id) : article.contentHash;
    return RefiQda::derivedGuid(QStringLiteral("article:") + identity);
}

QList<RefiCode> RefiQdaExporter::codes(const RefiExportInput &input)
{
    const Taxonomy &taxonomy = input.taxonomy ? *input.taxonomy : Taxonomy::builtIn();
    RefiCode kinds{RefiQda::derivedGuid(QStringLiteral("code:root:kind")), RefiQda::kClaimKindCode, QString(), false,
                   QStringLiteral("What kind of claim a passage makes"), {}};
    for (const Taxonomy::Entry &kind : taxonomy.kinds())
        kinds.children.append({kindGuid(kind.id), kind.id, validColor(kind.color), true, kind.label, {}});
    // A kind or verdict of another taxonomy, still on an annotation: a code too, so that no
    // coding points at nothing.
    QStringList otherKinds, otherVerdicts;
    for (const ExportedArticle &exported : input.articles) {
        for (const Annotation &annotation : exported.annotations) {
            if (!annotation.claim)
                continue;
            if (!taxonomy.kind(annotation.claim->kind) && !otherKinds.contains(annotation.claim->kind))
                otherKinds << annotation.claim->kind;
            if (!taxonomy.verdict(annotation.claim->verdict) && !otherVerdicts.contains(annotation.claim->verdict))
                otherVerdicts << annotation.claim->verdict;
        }
    }
    for (const QString &kind : std::as_const(otherKinds))
        kinds.children.append({kindGuid(kind), kind, QString(), true, QString(), {}});
    RefiCode verdicts{RefiQda::derivedGuid(QStringLiteral("code:root:verdict")), RefiQda::kVerdictCode, QString(), false,
                      QStringLiteral("What checking the claim found"), {}};
    for (const Taxonomy::Entry &verdict : taxonomy.verdicts())
        verdicts.children.append({verdictGuid(verdict.id), verdict.id, validColor(verdict.color), true, verdict.label, {}});
    for (const QString &verdict : std::as_const(otherVerdicts))
        verdicts.children.append({verdictGuid(verdict), verdict, QString(), true, QString(), {}});
    RefiCode tags{RefiQda::derivedGuid(QStringLiteral("code:root:tags")), RefiQda::kTagsCode, QString(), false,
                  QStringLiteral("The analysts' tags"), {}};
    const auto tagList = codebookTags(input);
    for (auto it = tagList.cbegin(); it != tagList.cend(); ++it)
        tags.children.append({tagGuid(it.value().first), it.value().first, it.value().second, true, QString(), {}});
    QList<RefiCode> codes{kinds, verdicts};
    // A code without children is codable in other tools; "Tags" with none is left out.
    if (!tags.children.isEmpty())
        codes.append(tags);
    return codes;
}

RefiProject RefiQdaExporter::project(const RefiExportInput &input, QHash<QString, QString> *texts,
                                     QStringList *notCarried)
{
    RefiProject project;
    project.name = input.projectName;
    project.origin = RefiQda::kOrigin;
    project.created = input.created.isValid() ? input.created : QDateTime::currentDateTimeUtc();
    project.codes = codes(input);

    const RefiVariable outlet{variableGuid(RefiQda::kOutletVariable), RefiQda::kOutletVariable,
                              RefiVariable::Type::Text, QStringLiteral("The outlet that published the article")};
    const RefiVariable published{variableGuid(RefiQda::kPublishedVariable), RefiQda::kPublishedVariable,
                                 RefiVariable::Type::Date, QStringLiteral("The article's publication date")};
    const RefiVariable url{variableGuid(RefiQda::kUrlVariable), RefiQda::kUrlVariable, RefiVariable::Type::Text,
                           QStringLiteral("Where the article was found")};
    const RefiVariable language{variableGuid(RefiQda::kLanguageVariable), RefiQda::kLanguageVariable,
                                RefiVariable::Type::Text, QStringLiteral("The article's language (BCP 47)")};
    project.variables = {outlet, published, url, language};

    QMap<QString, RefiUser> users; // by GUID, so the list is in a stable order
    int headingArticles = 0, tickerArticles = 0, coloured = 0, finalLayer = 0, conflicted = 0;
    QHash<qint64, QString> sourceOf; // article id → source GUID
    for (const ExportedArticle &exported : input.articles) {
        const Article &article = exported.article;
        RefiSource source;
        source.guid = sourceGuid(article);
        sourceOf.insert(article.id, source.guid);
        source.name = article.title;
        source.plainTextPath = RefiQda::kInternalScheme + source.guid + QStringLiteral(".txt");
        source.created = article.provenance.importedAt;
        texts->insert(source.guid, article.text);
        if (!article.source.isEmpty())
            source.values.append({outlet.guid, article.source});
        if (article.published.isValid())
            source.values.append({published.guid, article.published.toString(Qt::ISODate)});
        if (!article.url.isEmpty())
            source.values.append({url.guid, article.url});
        if (!article.language.isEmpty())
            source.values.append({language.guid, article.language});
        if (!article.note.isEmpty()) {
            const QString guid = RefiQda::derivedGuid(QStringLiteral("note:article:") + source.guid);
            project.notes.append({guid, RefiQda::kArticleNoteName, QString(), QDateTime(), article.note});
            source.noteRefs.append(guid);
        }
        for (const QString &tag : article.tags) {
            source.codings.append({RefiQda::derivedGuid(QStringLiteral("coding:%1:tag:%2").arg(source.guid, tagKey(tag))),
                                   tagGuid(tag), QString(), QDateTime()});
        }
        if (std::any_of(article.blocks.cbegin(), article.blocks.cend(),
                        [](const Block &block) { return block.kind == Block::Kind::Heading; }))
            ++headingArticles;
        if (!article.headlines.isEmpty())
            ++tickerArticles;

        for (const Annotation &annotation : exported.annotations) {
            const QString quote = article.text.mid(annotation.anchor.start, annotation.anchor.end - annotation.anchor.start);
            if (annotation.orphaned || annotation.anchor.start < 0 || annotation.anchor.end > article.text.size()
                || annotation.anchor.end <= annotation.anchor.start || quote != annotation.anchor.exact) {
                *notCarried << tr("annotation “%1” in “%2”: its passage is no longer in the article's text (orphaned), "
                                 "and a selection needs one")
                                  .arg(shortQuote(annotation.anchor.exact), article.title);
                continue;
            }
            RefiSelection selection;
            selection.guid = annotationGuid(article, annotation);
            selection.start = CodePoints::fromUtf16(article.text, annotation.anchor.start);
            selection.end = CodePoints::fromUtf16(article.text, annotation.anchor.end);
            selection.creatingUser = userGuid(annotation.analyst);
            if (!selection.creatingUser.isEmpty())
                users.insert(selection.creatingUser, {selection.creatingUser, annotation.analyst.name});
            selection.created = annotation.created;
            selection.modified = annotation.modified;
            const auto coding = [&](const QString &what, const QString &codeGuid) {
                selection.codings.append({RefiQda::derivedGuid(QStringLiteral("coding:%1:%2").arg(selection.guid, what)),
                                          codeGuid, selection.creatingUser, annotation.created});
            };
            if (annotation.claim) {
                coding(QStringLiteral("kind"), kindGuid(annotation.claim->kind));
                coding(QStringLiteral("verdict"), verdictGuid(annotation.claim->verdict));
            }
            for (const QString &tag : annotation.tags)
                coding(QStringLiteral("tag:") + tagKey(tag), tagGuid(tag));
            const auto note = [&](const QString &name, const QString &text) {
                if (text.isEmpty())
                    return;
                const QString guid = RefiQda::derivedGuid(QStringLiteral("note:%1:%2").arg(selection.guid, name));
                project.notes.append({guid, name, selection.creatingUser, annotation.created, text});
                selection.noteRefs.append(guid);
            };
            note(RefiQda::kNoteName, annotation.note);
            if (annotation.claim) {
                note(RefiQda::kClaimantName, annotation.claim->claimant);
                note(RefiQda::kEvidenceName, annotation.claim->evidence);
                if (annotation.claim->confidence)
                    note(RefiQda::kConfidenceName, QString::number(*annotation.claim->confidence, 'g', 4));
            }
            if (!annotation.color.isEmpty())
                ++coloured;
            if (annotation.layer == Annotation::Layer::Final)
                ++finalLayer;
            if (annotation.conflicted)
                ++conflicted;
            source.selections.append(selection);
        }
        project.sources.append(source);
    }
    project.users = users.values();

    for (const RefiExportInput::Collection &collection : input.collections) {
        RefiSet set{RefiQda::derivedGuid(QStringLiteral("set:") + collection.name.toCaseFolded()), collection.name,
                    QString(), {}, 0, 0};
        for (qint64 id : collection.articleIds) {
            if (sourceOf.contains(id))
                set.memberSources.append(sourceOf.value(id));
        }
        if (!set.memberSources.isEmpty())
            project.sets.append(set);
    }

    if (coloured > 0)
        *notCarried << tr("the highlight colours of %n annotation(s): a selection has no colour in REFI-QDA (its codes do)",
                         nullptr, coloured);
    if (headingArticles > 0)
        *notCarried << tr("which lines are headings, in %n article(s): a source is plain text", nullptr, headingArticles);
    if (tickerArticles > 0)
        *notCarried << tr("the ticker headlines of %n article(s): REFI-QDA has no place for them", nullptr, tickerArticles);
    if (finalLayer > 0)
        *notCarried << tr("which of %n annotation(s) are the editor's final decisions: they are written as their "
                         "analyst's codings", nullptr, finalLayer);
    if (conflicted > 0)
        *notCarried << tr("the versions of %n annotation(s) waiting to be settled: only the library's own is written",
                         nullptr, conflicted);
    if (!input.articles.isEmpty())
        *notCarried << tr("read and starred marks, and the raw files the articles were imported from: REFI-QDA has no "
                         "place for them");
    return project;
}

RefiQdaExporter::Result RefiQdaExporter::qdpx(const RefiExportInput &input)
{
    Result result;
    QHash<QString, QString> texts;
    const RefiProject project = RefiQdaExporter::project(input, &texts, &result.notCarried);
    for (const RefiSource &source : project.sources)
        result.selections += int(source.selections.size());
    QList<QdpxArchive::Entry> entries{{QStringLiteral("project.qde"), RefiProjectWriter::project(project)}};
    for (const RefiSource &source : project.sources)
        entries.append({QStringLiteral("sources/") + source.guid + QStringLiteral(".txt"), texts.value(source.guid).toUtf8()});
    result.bytes = QdpxArchive::write(entries, project.created, &result.error);
    return result;
}

RefiQdaExporter::Result RefiQdaExporter::codebook(const RefiExportInput &input)
{
    Result result;
    result.bytes = RefiProjectWriter::codebook(codes(input), RefiQda::kOrigin);
    return result;
}

} // namespace glossa
