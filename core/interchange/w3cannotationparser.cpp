#include "w3cannotationparser.h"

#include "model/articlecontext.h"
#include "model/taxonomy.h"
#include "w3cvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace glossa {

namespace {

// A property that JSON-LD allows as one value or as an array of values.
QJsonArray many(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

QStringList typesOf(const QJsonObject &object)
{
    QStringList types;
    for (const QJsonValue &value : many(object.contains(QStringLiteral("type")) ? object.value(QStringLiteral("type"))
                                                                                : object.value(QStringLiteral("@type"))))
        types << value.toString();
    return types;
}

QString idOf(const QJsonObject &object)
{
    const QJsonValue id = object.contains(QStringLiteral("id")) ? object.value(QStringLiteral("id"))
                                                                : object.value(QStringLiteral("@id"));
    return id.toString();
}

bool hasAnnoContext(const QJsonValue &context)
{
    for (const QJsonValue &entry : many(context)) {
        if (entry.toString() == w3c::kAnnoContext)
            return true;
    }
    return false;
}

// Why an annotation of a whole page, or a reply to another annotation, is left out: nothing in
// it points at a passage.
const char *const kNoSelector = "it annotates the whole page (no selector), and Glossa annotates passages";

// Reads one item; returns an empty string on success, else why it is refused.
class ItemReader
{
public:
    ItemReader(const Taxonomy &taxonomy, const QHash<QString, W3cArticleIdentity> &articles)
        : m_taxonomy(taxonomy), m_articles(articles)
    {
    }

    QString read(const QJsonValue &value, W3cImportItem &item) const;

private:
    QString readTarget(const QJsonValue &value, W3cImportItem &item) const;
    QString readBody(const QJsonValue &value, W3cImportItem &item, QStringList &notes) const;
    QString readClaim(const QJsonObject &body, Annotation &annotation) const;

    const Taxonomy &m_taxonomy;
    const QHash<QString, W3cArticleIdentity> &m_articles;
};

QString optionalString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return QStringLiteral("%1 must be a string").arg(key);
    *out = value.toString();
    return QString();
}

QString optionalTime(const QJsonObject &object, const QString &key, QDateTime *out)
{
    QString text;
    const QString error = optionalString(object, key, &text);
    if (!error.isEmpty() || text.isEmpty())
        return error;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return QStringLiteral("%1 '%2' is not an ISO 8601 date-time").arg(key, text);
    *out = time.toUTC();
    return QString();
}

// The UUID in "urn:uuid:…", lower case without braces; empty for any other IRI.
QString uuidFromIri(const QString &iri)
{
    if (!iri.startsWith(w3c::kUuidScheme, Qt::CaseInsensitive))
        return QString();
    const QUuid uuid = QUuid::fromString(QStringView(iri).mid(w3c::kUuidScheme.size()));
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

// The Web Annotation model's creator: an Agent (Person) with an IRI and a name, or a bare IRI.
// Glossa knows people by the UUID in a urn:uuid: IRI; a creator named without one is taken as
// the analyst that name stands for (Analyst::named), never matched to one by name alone.
QString readCreator(const QJsonValue &value, Analyst *analyst)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    const QJsonArray creators = many(value);
    if (creators.size() != 1)
        return QStringLiteral("needs at most one creator (it has %1)").arg(creators.size());
    const QJsonValue creator = creators.first();
    QString id, name, initials;
    if (creator.isString()) {
        id = creator.toString();
    } else if (creator.isObject()) {
        const QJsonObject object = creator.toObject();
        id = idOf(object);
        QString error = optionalString(object, QStringLiteral("name"), &name);
        if (error.isEmpty())
            error = optionalString(object, QStringLiteral("nickname"), &initials);
        if (!error.isEmpty())
            return QStringLiteral("creator: ") + error;
    } else {
        return QStringLiteral("the creator is neither an IRI nor an object");
    }
    const QString uuid = uuidFromIri(id);
    if (uuid.isEmpty() && !id.trimmed().isEmpty()) {
        // Another tool's account (Hypothesis: acct:user@hypothes.is): the same person in every
        // file, an analyst whose UUID is derived from the IRI, named as the tool names them.
        const QString iri = id.trimmed();
        *analyst = Analyst::named(iri);
        QString shown = name.simplified();
        if (shown.isEmpty())
            shown = iri.startsWith(QLatin1String("acct:"), Qt::CaseInsensitive) ? iri.mid(5) : iri;
        analyst->name = shown.left(200);
        analyst->initials = initials.left(3);
        return QString();
    }
    if (uuid.isEmpty() && name.trimmed().isEmpty())
        return QString(); // nobody Glossa can name: the importing analyst's
    *analyst = uuid.isEmpty() ? Analyst::named(name) : Analyst{uuid, name.simplified(), initials.left(3), {}};
    if (analyst->name.isEmpty())
        analyst->name = QStringLiteral("?");
    return QString();
}

QString ItemReader::read(const QJsonValue &value, W3cImportItem &item) const
{
    if (!value.isObject())
        return QStringLiteral("not a JSON object");
    const QJsonObject object = value.toObject();
    item.id = idOf(object);
    if (!typesOf(object).contains(QStringLiteral("Annotation")))
        return QStringLiteral("type is not Annotation");
    Annotation &annotation = item.annotation;
    if (!object.contains(QStringLiteral("target")))
        return QStringLiteral("no target");
    QString error = readTarget(object.value(QStringLiteral("target")), item);
    if (!error.isEmpty())
        return error;

    QStringList notes;
    for (const QJsonValue &body : many(object.value(QStringLiteral("body")))) {
        error = readBody(body, item, notes);
        if (!error.isEmpty())
            return error;
    }
    // bodyValue is the model's shorthand for one plain-text comment.
    QString bodyValue;
    error = optionalString(object, QStringLiteral("bodyValue"), &bodyValue);
    if (!error.isEmpty())
        return error;
    if (!bodyValue.isEmpty())
        notes << bodyValue;
    annotation.note = notes.join(QStringLiteral("\n\n"));

    QString color;
    error = optionalString(object, w3c::kColor, &color);
    if (!error.isEmpty())
        return error;
    if (!color.isEmpty()) {
        annotation.color = ArticleContext::safeColor(color, QString());
        if (annotation.color.isEmpty())
            return QStringLiteral("%1 '%2' is not a #rrggbb colour").arg(w3c::kColor, color);
    }
    const QJsonValue orphaned = object.value(w3c::kOrphaned);
    if (!orphaned.isUndefined() && !orphaned.isBool())
        return QStringLiteral("%1 must be true or false").arg(w3c::kOrphaned);
    annotation.uuid = uuidFromIri(item.id);
    if (annotation.uuid.isEmpty()) {
        annotation.foreignId = item.id.trimmed();
    } else {
        // A Glossa file keeps the identifier an annotation had in the tool it first came from.
        for (const QJsonValue &via : many(object.value(QStringLiteral("via")))) {
            if (via.isString() && !via.toString().trimmed().isEmpty() && uuidFromIri(via.toString()).isEmpty()) {
                annotation.foreignId = via.toString().trimmed();
                break;
            }
        }
    }
    error = readCreator(object.value(QStringLiteral("creator")), &annotation.analyst);
    if (!error.isEmpty())
        return error;
    QString layer;
    error = optionalString(object, w3c::kLayer, &layer);
    if (!error.isEmpty())
        return error;
    if (!layer.isEmpty() && layer != QLatin1String("final") && layer != QLatin1String("analyst"))
        return QStringLiteral("%1 '%2' is neither 'final' nor 'analyst'").arg(w3c::kLayer, layer);
    annotation.layer = Annotation::layerFromName(layer);
    error = optionalTime(object, QStringLiteral("created"), &annotation.created);
    if (error.isEmpty())
        error = optionalTime(object, QStringLiteral("modified"), &annotation.modified);
    if (!annotation.modified.isValid())
        annotation.modified = annotation.created;
    return error;
}

QString ItemReader::readTarget(const QJsonValue &value, W3cImportItem &item) const
{
    const QJsonArray targets = many(value);
    if (targets.size() != 1)
        return QStringLiteral("needs exactly one target (it has %1)").arg(targets.size());
    if (targets.first().isString())
        return QString::fromLatin1(kNoSelector);
    if (!targets.first().isObject())
        return QStringLiteral("the target is not a SpecificResource with a selector");
    const QJsonObject target = targets.first().toObject();
    const QJsonValue source = target.value(QStringLiteral("source"));
    item.sourceIri = source.isObject() ? idOf(source.toObject()) : source.toString();
    if (item.sourceIri.isEmpty())
        return QStringLiteral("the target has no source IRI");
    item.addresses << item.sourceIri;
    const auto addAliases = [&](const QJsonObject &resource) {
        for (const QString &key : {QStringLiteral("canonical"), QStringLiteral("via")}) {
            for (const QJsonValue &alias : many(resource.value(key))) {
                if (alias.isString() && !alias.toString().isEmpty() && !item.addresses.contains(alias.toString()))
                    item.addresses << alias.toString();
            }
        }
    };
    addAliases(target);
    if (source.isObject())
        addAliases(source.toObject());
    for (const QString &address : std::as_const(item.addresses)) {
        item.contentHash = ArticleContext::contentHashFromIri(address);
        if (item.contentHash.isEmpty())
            item.contentHash = m_articles.value(address).contentHash;
        if (!item.contentHash.isEmpty())
            break;
    }

    bool haveQuote = false;
    TextAnchor &anchor = item.annotation.anchor;
    if (many(target.value(QStringLiteral("selector"))).isEmpty())
        return QString::fromLatin1(kNoSelector);
    for (const QJsonValue &selectorValue : many(target.value(QStringLiteral("selector")))) {
        if (!selectorValue.isObject())
            return QStringLiteral("a selector is not a JSON object");
        const QJsonObject selector = selectorValue.toObject();
        const QStringList types = typesOf(selector);
        if (types.contains(QStringLiteral("TextQuoteSelector"))) {
            const QJsonValue exact = selector.value(QStringLiteral("exact"));
            if (!exact.isString() || exact.toString().isEmpty())
                return QStringLiteral("the TextQuoteSelector has no exact text");
            anchor.exact = exact.toString();
            QString error = optionalString(selector, QStringLiteral("prefix"), &anchor.prefix);
            if (error.isEmpty())
                error = optionalString(selector, QStringLiteral("suffix"), &anchor.suffix);
            if (!error.isEmpty())
                return QStringLiteral("TextQuoteSelector: ") + error;
            const qsizetype longest = qMax(anchor.exact.size(), qMax(anchor.prefix.size(), anchor.suffix.size()));
            if (longest > TextAnchor::kMaxQuoteLength)
                return QStringLiteral("the quote is too long (%1 characters; at most %2)")
                    .arg(longest)
                    .arg(TextAnchor::kMaxQuoteLength);
            haveQuote = true;
        } else if (types.contains(QStringLiteral("TextPositionSelector"))) {
            const QJsonValue start = selector.value(QStringLiteral("start"));
            const QJsonValue end = selector.value(QStringLiteral("end"));
            const auto isOffset = [](const QJsonValue &v) {
                return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 2147483647.0
                    && v.toDouble() == double(qint64(v.toDouble()));
            };
            if (!isOffset(start) || !isOffset(end) || start.toDouble() > end.toDouble())
                return QStringLiteral("the TextPositionSelector needs whole numbers 0 <= start <= end");
            anchor.start = int(start.toDouble());
            anchor.end = int(end.toDouble());
            item.hasPosition = true;
        }
        // Other selectors (XPath, CSS, ...) describe other documents; they are not needed here.
    }
    if (!haveQuote)
        return QStringLiteral("the target has no TextQuoteSelector");
    return QString();
}

QString ItemReader::readBody(const QJsonValue &value, W3cImportItem &item, QStringList &notes) const
{
    if (value.isString())
        return QString(); // a link to an external body: nothing Glossa can hold
    if (!value.isObject())
        return QStringLiteral("a body is not a JSON object");
    const QJsonObject body = value.toObject();
    const QStringList types = typesOf(body);
    if (!types.isEmpty() && !types.contains(QStringLiteral("TextualBody")))
        return QString(); // an external resource body (image, link): not Glossa's to keep
    const QJsonValue text = body.value(QStringLiteral("value"));
    if (!text.isString())
        return QStringLiteral("a TextualBody has no string value");
    QStringList purposes;
    for (const QJsonValue &purpose : many(body.value(QStringLiteral("purpose"))))
        purposes << purpose.toString();
    if (purposes.contains(QStringLiteral("assessing")) || purposes.contains(QStringLiteral("classifying"))) {
        if (item.annotation.claim)
            return QStringLiteral("more than one claim body");
        return readClaim(body, item.annotation);
    }
    if (purposes.contains(QStringLiteral("tagging"))) {
        const QString tag = text.toString().simplified();
        if (!tag.isEmpty() && !item.annotation.tags.contains(tag, Qt::CaseInsensitive))
            item.annotation.tags << tag;
        return QString();
    }
    if (!text.toString().isEmpty()) {
        notes << text.toString();
        QString format;
        const QString error = optionalString(body, QStringLiteral("format"), &format);
        if (!error.isEmpty())
            return QStringLiteral("a TextualBody's ") + error;
        if (format.compare(Annotation::kMarkdown, Qt::CaseInsensitive) == 0)
            item.annotation.noteFormat = Annotation::kMarkdown;
    }
    return QString();
}

QString ItemReader::readClaim(const QJsonObject &body, Annotation &annotation) const
{
    Claim claim;
    const QString verdict = body.value(QStringLiteral("value")).toString();
    const Taxonomy::Entry *entry = m_taxonomy.verdict(verdict);
    if (!entry) {
        for (const Taxonomy::Entry &candidate : m_taxonomy.verdicts()) {
            if (candidate.label.compare(verdict, Qt::CaseInsensitive) == 0)
                entry = &candidate;
        }
    }
    if (!entry)
        return QStringLiteral("unknown verdict '%1'").arg(verdict);
    claim.verdict = entry->id;
    QString kind;
    QString error = optionalString(body, w3c::kClaimKind, &kind);
    if (error.isEmpty())
        error = optionalString(body, w3c::kClaimant, &claim.claimant);
    if (error.isEmpty())
        error = optionalString(body, w3c::kEvidence, &claim.evidence);
    if (!error.isEmpty())
        return error;
    if (!kind.isEmpty()) {
        if (!m_taxonomy.kind(kind))
            return QStringLiteral("unknown claim kind '%1'").arg(kind);
        claim.kind = kind;
    }
    const QJsonValue confidence = body.value(w3c::kConfidence);
    if (!confidence.isUndefined() && !confidence.isNull()) {
        if (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 1)
            return QStringLiteral("%1 must be a number from 0 to 1").arg(w3c::kConfidence);
        claim.confidence = confidence.toDouble();
    }
    annotation.claim = claim;
    return QString();
}

void readArticles(const QJsonValue &value, QHash<QString, W3cArticleIdentity> &articles)
{
    for (const QJsonValue &entry : many(value)) {
        const QJsonObject object = entry.toObject();
        W3cArticleIdentity identity;
        identity.iri = idOf(object);
        if (identity.iri.isEmpty())
            continue;
        identity.contentHash = object.value(w3c::kContentHash).toString();
        if (identity.contentHash.isEmpty())
            identity.contentHash = ArticleContext::contentHashFromIri(identity.iri);
        identity.title = object.value(w3c::kTitle).toString();
        identity.outlet = object.value(w3c::kOutlet).toString();
        identity.published = QDate::fromString(object.value(w3c::kPublished).toString(), Qt::ISODate);
        articles.insert(identity.iri, identity);
    }
}

// The annotations of a collection's embedded pages, of a page, or the annotation itself.
QString collectItems(const QJsonObject &root, QJsonArray *items)
{
    const QStringList types = typesOf(root);
    if (types.contains(QStringLiteral("Annotation"))) {
        items->append(root);
        return QString();
    }
    QJsonValue page;
    if (types.contains(QStringLiteral("AnnotationPage")))
        page = root;
    else if (types.contains(QStringLiteral("AnnotationCollection")))
        page = root.value(QStringLiteral("first"));
    else
        return QStringLiteral("not an AnnotationCollection, AnnotationPage or Annotation");
    // Pages are followed only when embedded: reading a linked page would mean network access.
    for (int pages = 0; !page.isUndefined() && !page.isNull(); ++pages) {
        if (!page.isObject())
            return QStringLiteral("its pages are links, not embedded (only embedded pages can be imported)");
        if (pages > 100000)
            return QStringLiteral("too many pages");
        const QJsonObject object = page.toObject();
        const QJsonValue pageItems = object.value(QStringLiteral("items"));
        if (!pageItems.isArray())
            return QStringLiteral("an AnnotationPage has no items array");
        for (const QJsonValue &item : pageItems.toArray())
            items->append(item);
        page = object.value(QStringLiteral("next"));
    }
    return QString();
}

} // namespace

W3cParseResult W3cAnnotationParser::parse(const QByteArray &json, const Taxonomy &taxonomy)
{
    W3cParseResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.fileError = QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    QJsonArray items;
    if (document.isArray()) {
        // A bare array: each annotation stands alone, with its own @context.
        items = document.array();
        for (int i = 0; i < items.size(); ++i) {
            if (!hasAnnoContext(items.at(i).toObject().value(QStringLiteral("@context")))) {
                result.fileError = QStringLiteral("not a W3C Web Annotation document (item %1's @context lacks %2)")
                                       .arg(i + 1)
                                       .arg(w3c::kAnnoContext);
                return result;
            }
        }
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        if (!hasAnnoContext(root.value(QStringLiteral("@context")))) {
            result.fileError = QStringLiteral("not a W3C Web Annotation document (@context lacks %1)").arg(w3c::kAnnoContext);
            return result;
        }
        readArticles(root.value(w3c::kArticles), result.articles);
        const QString error = collectItems(root, &items);
        if (!error.isEmpty()) {
            result.fileError = QStringLiteral("not importable: ") + error;
            return result;
        }
    } else {
        result.fileError = QStringLiteral("not a W3C Web Annotation document (the top level is neither an object nor an array)");
        return result;
    }
    const ItemReader reader(taxonomy, result.articles);
    for (int i = 0; i < items.size(); ++i) {
        W3cImportItem item;
        item.index = i + 1;
        const QString refusal = reader.read(items.at(i), item);
        if (refusal == QLatin1String(kNoSelector)) {
            result.skipped << QStringLiteral("annotation %1%2: left out, %3")
                                  .arg(item.index)
                                  .arg(item.id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(item.id), refusal);
            continue;
        }
        if (!refusal.isEmpty()) {
            result.refusals << QStringLiteral("annotation %1%2: %3")
                                   .arg(item.index)
                                   .arg(item.id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(item.id), refusal);
            continue;
        }
        item.annotation.orphaned = items.at(i).toObject().value(w3c::kOrphaned).toBool();
        result.items.append(item);
    }
    return result;
}

} // namespace glossa
