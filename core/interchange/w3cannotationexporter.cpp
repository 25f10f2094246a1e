#include "w3cannotationexporter.h"

#include "model/articlecontext.h"
#include "model/codepoints.h"
#include "w3cvocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace glossa {

namespace {

// Characters of context each side of a quote, as TextAnchoring::makeAnchor takes them.
constexpr int kContextLength = 32;

// Namespace of Glossa's name-based UUIDs (itself a random v4 UUID, fixed forever).
const QUuid kNamespace(QStringLiteral("{3f0c9a56-5a1e-4c8e-9d1b-6f7e2b4a8c11}"));

QString uuidIri(const QString &name)
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

QJsonObject textualBody(const QString &purpose, const QString &value, const QString &format = QString())
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("format"), format.isEmpty() ? QString(Annotation::kPlainText) : format}};
}

// The @context of the collection and of every annotation in it: each annotation can be taken out
// of the file and still be read, its glossa: terms included.
QJsonArray context()
{
    return QJsonArray{w3c::kAnnoContext, QJsonObject{{w3c::kGlossaPrefix, w3c::kGlossaNamespace}}};
}

// A right-to-left note says so, with its language, for a reader that does not guess: the
// article's language when that is written right to left, else the script's usual language.
void addDirection(QJsonObject &body, const QString &text, const Article &article)
{
    if (!text.isRightToLeft())
        return;
    static const QStringList kRightToLeft{QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("he"),
                                          QStringLiteral("ur"), QStringLiteral("ps"), QStringLiteral("yi")};
    QString language = article.language.section(QLatin1Char('-'), 0, 0).toLower();
    if (!kRightToLeft.contains(language)) {
        language.clear();
        for (const QChar c : text) {
            if (c.script() == QChar::Script_Arabic) {
                language = QStringLiteral("ar");
                break;
            }
            if (c.script() == QChar::Script_Hebrew) {
                language = QStringLiteral("he");
                break;
            }
        }
    }
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    body.insert(QStringLiteral("textDirection"), QStringLiteral("rtl"));
}

QJsonObject articleIdentity(const Article &article)
{
    QJsonObject identity{{QStringLiteral("id"), ArticleContext::articleIri(article)},
                         {w3c::kContentHash, article.contentHash},
                         {w3c::kTitle, article.title}};
    if (!article.source.isEmpty())
        identity.insert(w3c::kOutlet, article.source);
    if (article.published.isValid())
        identity.insert(w3c::kPublished, ArticleContext::dateText(article.published));
    if (!article.language.isEmpty())
        identity.insert(w3c::kLanguage, article.language);
    return identity;
}

} // namespace

QString W3cAnnotationExporter::annotationId(const Article &article, const Annotation &annotation)
{
    // An annotation's own UUID: the same in every file and every library it travels to.
    if (!annotation.uuid.isEmpty())
        return w3c::kUuidScheme + annotation.uuid;
    // Annotations made in memory only (never stored) get a stable one from what they are.
    return uuidIri(QStringLiteral("annotation/%1/%2/%3")
                       .arg(article.contentHash)
                       .arg(annotation.id)
                       .arg(ArticleContext::timeText(annotation.created)));
}

QJsonObject W3cAnnotationExporter::annotation(const Article &article, const Annotation &annotation)
{
    QJsonArray bodies;
    if (!annotation.note.isEmpty()) {
        QJsonObject note = textualBody(QStringLiteral("commenting"), annotation.note, annotation.noteFormat);
        addDirection(note, annotation.note, article);
        bodies.append(note);
    }
    for (const QString &tag : annotation.tags)
        bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                  {QStringLiteral("purpose"), QStringLiteral("tagging")},
                                  {QStringLiteral("value"), tag}});
    if (annotation.claim) {
        const Claim &claim = *annotation.claim;
        QJsonObject body = textualBody(QStringLiteral("assessing"), claim.verdict);
        body.insert(w3c::kClaimKind, claim.kind);
        if (!claim.claimant.isEmpty())
            body.insert(w3c::kClaimant, claim.claimant);
        if (!claim.evidence.isEmpty())
            body.insert(w3c::kEvidence, claim.evidence);
        if (claim.confidence)
            body.insert(w3c::kConfidence, *claim.confidence);
        bodies.append(body);
    }

    TextAnchor anchor = annotation.anchor;
    // The context as this text has it around the quote, whatever the tool the annotation came
    // from saw: a reader of this file finds the quote by it.
    if (!annotation.orphaned && anchor.start >= 0 && anchor.end <= article.text.size() && anchor.start < anchor.end
        && QStringView(article.text).mid(anchor.start, anchor.end - anchor.start) == anchor.exact) {
        anchor.prefix = article.text.mid(qMax(0, anchor.start - kContextLength), anchor.start - qMax(0, anchor.start - kContextLength));
        anchor.suffix = article.text.mid(anchor.end, kContextLength);
        if (!anchor.prefix.isEmpty() && anchor.prefix.front().isLowSurrogate())
            anchor.prefix.remove(0, 1);
        if (!anchor.suffix.isEmpty() && anchor.suffix.back().isHighSurrogate())
            anchor.suffix.chop(1);
    }
    QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                      {QStringLiteral("exact"), anchor.exact}};
    if (!anchor.prefix.isEmpty())
        quote.insert(QStringLiteral("prefix"), anchor.prefix);
    if (!anchor.suffix.isEmpty())
        quote.insert(QStringLiteral("suffix"), anchor.suffix);
    QJsonArray selectors{quote};
    // An orphaned annotation's offsets no longer point at its quote: only the quote travels.
    if (!annotation.orphaned) {
        selectors.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
            {QStringLiteral("start"), CodePoints::fromUtf16(article.text, anchor.start)},
            {QStringLiteral("end"), CodePoints::fromUtf16(article.text, anchor.end)}});
    }
    const QJsonObject target{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                             {QStringLiteral("source"), ArticleContext::articleIri(article)},
                             {QStringLiteral("selector"), selectors}};

    QString motivation = QStringLiteral("highlighting");
    if (annotation.claim)
        motivation = QStringLiteral("assessing");
    else if (!annotation.note.isEmpty())
        motivation = QStringLiteral("commenting");
    else if (!annotation.tags.isEmpty())
        motivation = QStringLiteral("tagging");

    QJsonObject object{{QStringLiteral("@context"), context()},
                       {QStringLiteral("id"), annotationId(article, annotation)},
                       {QStringLiteral("type"), QStringLiteral("Annotation")},
                       {QStringLiteral("motivation"), motivation},
                       {QStringLiteral("target"), target},
                       {w3c::kColor, annotation.color}};
    if (annotation.analyst.isValid()) {
        QJsonObject creator{{QStringLiteral("id"), w3c::kUuidScheme + annotation.analyst.uuid},
                            {QStringLiteral("type"), QStringLiteral("Person")},
                            {QStringLiteral("name"), annotation.analyst.name}};
        if (!annotation.analyst.initials.isEmpty())
            creator.insert(QStringLiteral("nickname"), annotation.analyst.initials);
        object.insert(QStringLiteral("creator"), creator);
    }
    if (annotation.layer == Annotation::Layer::Final)
        object.insert(w3c::kLayer, QStringLiteral("final"));
    if (annotation.created.isValid())
        object.insert(QStringLiteral("created"), ArticleContext::timeText(annotation.created));
    if (annotation.modified.isValid())
        object.insert(QStringLiteral("modified"), ArticleContext::timeText(annotation.modified));
    if (!bodies.isEmpty())
        object.insert(QStringLiteral("body"), bodies);
    if (annotation.orphaned)
        object.insert(w3c::kOrphaned, true);
    // Where it came from: the identifier it has in another tool (Hypothesis's page of it).
    if (!annotation.foreignId.isEmpty())
        object.insert(QStringLiteral("via"), annotation.foreignId);
    return object;
}

QJsonObject W3cAnnotationExporter::collection(const QList<ExportedArticle> &articles) const
{
    QJsonArray items;
    QJsonArray identities;
    QCryptographicHash content(QCryptographicHash::Sha256);
    for (const ExportedArticle &exported : articles) {
        identities.append(articleIdentity(exported.article));
        for (const Annotation &annotation : ArticleContext::inTextOrder(exported.annotations)) {
            const QJsonObject item = W3cAnnotationExporter::annotation(exported.article, annotation);
            content.addData(item.value(QStringLiteral("id")).toString().toUtf8());
            items.append(item);
        }
    }
    const QString collectionId = uuidIri(QStringLiteral("collection/") + QString::fromLatin1(content.result().toHex()));
    QJsonObject collection{
        {QStringLiteral("@context"), context()},
        {QStringLiteral("id"), collectionId},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), QStringLiteral("Glossa annotations")},
        {QStringLiteral("total"), items.size()},
        {w3c::kArticles, identities},
    };
    // The model requires a first page only when there are annotations.
    if (!items.isEmpty()) {
        collection.insert(QStringLiteral("first"),
                          QJsonObject{{QStringLiteral("id"), uuidIri(QStringLiteral("page/") + collectionId)},
                                      {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                      {QStringLiteral("partOf"), collectionId},
                                      {QStringLiteral("startIndex"), 0},
                                      {QStringLiteral("items"), items}});
    }
    return collection;
}

QByteArray W3cAnnotationExporter::write(const QList<ExportedArticle> &articles) const
{
    return QJsonDocument(collection(articles)).toJson(QJsonDocument::Indented);
}

} // namespace glossa
