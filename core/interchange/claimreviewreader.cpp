#include "claimreviewreader.h"

#include "model/taxonomy.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace glossa {

namespace {

// How deep the reader looks for reviews (a @graph in a DataFeed in an array …): files nest a
// few levels; a hostile one nesting thousands is not walked to the bottom.
constexpr int kMaxDepth = 12;
// A claim longer than this is not a claim but a page pasted in: the file is refused.
constexpr int kMaxClaimLength = 20000;

// A rating as compared: without accents or Arabic vowel marks, hamza seats, tatweel, case or
// punctuation, so that "Plutôt vrai", "plutot vrai!" and "PLUTÔT VRAI" are one rating, and
// "خطأ" one with "خطا".
QString normalized(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == QChar(0x0640)) // marks; tatweel
            continue;
        if (c == QChar(0x0629)) // ta marbuta is written as ha as often as not
            out += QChar(0x0647);
        else if (c == QChar(0x0649)) // alef maqsura for ya
            out += QChar(0x064A);
        else if (c.isLetterOrNumber())
            out += c.toCaseFolded();
        else
            out += QLatin1Char(' ');
    }
    return out.simplified();
}

struct RatingPhrase
{
    const char *words; // UTF-8, normalized when the table is built
    const char *verdict;
};

// What fact-checkers write, in English, French and Arabic. The longest phrase found in a
// rating decides, so "mostly false" is not "false", nor "غير صحيح" (not true) "صحيح" (true).
constexpr RatingPhrase kPhrases[] = {
    // supported
    {"true", "supported"}, {"correct", "supported"}, {"accurate", "supported"}, {"verified", "supported"},
    {"confirmed", "supported"}, {"supported", "supported"}, {"vrai", "supported"}, {"exact", "supported"},
    {"confirme", "supported"}, {"verifie", "supported"}, {"صحيح", "supported"}, {"صحيحة", "supported"},
    {"حقيقي", "supported"}, {"مؤكد", "supported"}, {"دقيق", "supported"},
    // partly supported
    {"mostly true", "partly-supported"}, {"partly true", "partly-supported"}, {"partially true", "partly-supported"},
    {"half true", "partly-supported"}, {"largely accurate", "partly-supported"}, {"mostly accurate", "partly-supported"},
    {"partly supported", "partly-supported"}, {"plutot vrai", "partly-supported"}, {"en partie vrai", "partly-supported"},
    {"partiellement vrai", "partly-supported"}, {"vrai mais", "partly-supported"}, {"a nuancer", "partly-supported"},
    {"صحيح جزئيا", "partly-supported"}, {"صحيح نسبيا", "partly-supported"}, {"نصف صحيح", "partly-supported"},
    {"جزئيا صحيح", "partly-supported"},
    // disputed
    {"disputed", "disputed"}, {"contested", "disputed"}, {"mixture", "disputed"}, {"mixed", "disputed"},
    {"controversial", "disputed"}, {"conteste", "disputed"}, {"controverse", "disputed"}, {"mitige", "disputed"},
    {"متنازع عليه", "disputed"}, {"مثير للجدل", "disputed"}, {"مختلط", "disputed"},
    // misleading
    {"misleading", "misleading"}, {"mostly false", "misleading"}, {"partly false", "misleading"},
    {"partially false", "misleading"}, {"missing context", "misleading"}, {"needs context", "misleading"},
    {"lacks context", "misleading"}, {"out of context", "misleading"}, {"exaggerated", "misleading"},
    {"exaggeration", "misleading"}, {"cherry picked", "misleading"}, {"distorted", "misleading"},
    {"trompeur", "misleading"}, {"trompeuse", "misleading"}, {"plutot faux", "misleading"},
    {"partiellement faux", "misleading"}, {"en partie faux", "misleading"}, {"manque de contexte", "misleading"},
    {"hors contexte", "misleading"}, {"sorti de son contexte", "misleading"}, {"exagere", "misleading"},
    {"mensonger", "misleading"}, {"مضلل", "misleading"}, {"مضللة", "misleading"}, {"خارج السياق", "misleading"},
    {"سياق ناقص", "misleading"}, {"ينقصه السياق", "misleading"}, {"مبالغ فيه", "misleading"},
    {"غير دقيق", "misleading"}, {"خطأ جزئيا", "misleading"}, {"زائف جزئيا", "misleading"},
    // false
    {"false", "false"}, {"fake", "false"}, {"fabricated", "false"}, {"incorrect", "false"}, {"inaccurate", "false"},
    {"wrong", "false"}, {"pants on fire", "false"}, {"hoax", "false"}, {"not true", "false"}, {"faux", "false"},
    {"fausse", "false"}, {"infonde", "false"}, {"intox", "false"}, {"pas vrai", "false"}, {"c est faux", "false"},
    {"خطأ", "false"}, {"خاطئ", "false"}, {"خاطئة", "false"}, {"زائف", "false"}, {"زائفة", "false"}, {"كاذب", "false"},
    {"كاذبة", "false"}, {"مفبرك", "false"}, {"مزيف", "false"}, {"ملفق", "false"}, {"غير صحيح", "false"},
    // unverifiable
    {"unverifiable", "unverifiable"}, {"unverified", "unverifiable"}, {"unproven", "unverifiable"},
    {"unsubstantiated", "unverifiable"}, {"no evidence", "unverifiable"}, {"cannot be verified", "unverifiable"},
    {"inverifiable", "unverifiable"}, {"non verifie", "unverifiable"}, {"non prouve", "unverifiable"},
    {"pas de preuve", "unverifiable"}, {"لا يمكن التحقق", "unverifiable"}, {"غير مؤكد", "unverifiable"},
    {"غير قابل للتحقق", "unverifiable"}, {"لا دليل", "unverifiable"},
};

struct Phrase
{
    QString words; // normalized, between spaces
    QString verdict;
};

const QList<Phrase> &phrases()
{
    static const QList<Phrase> table = [] {
        QList<Phrase> list;
        for (const RatingPhrase &phrase : kPhrases)
            list.append({QLatin1Char(' ') + normalized(QString::fromUtf8(phrase.words)) + QLatin1Char(' '),
                         QString::fromLatin1(phrase.verdict)});
        std::stable_sort(list.begin(), list.end(), [](const Phrase &a, const Phrase &b) { return a.words.size() > b.words.size(); });
        return list;
    }();
    return table;
}

bool isType(const QJsonObject &object, QLatin1String type)
{
    const QJsonValue value = object.value(QLatin1String("@type"));
    const QJsonArray types = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &t : types) {
        const QString name = t.toString();
        // "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview"
        if (name == type || name.endsWith(QLatin1Char(':') + type) || name.endsWith(QLatin1Char('/') + type))
            return true;
    }
    return false;
}

// A text a property gives: itself, an object's name (or @value), an array's first.
QString text(const QJsonValue &value, int depth = 0)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (depth > 3)
        return QString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"name", "@value", "alternateName"}) {
            const QString found = text(object.value(QLatin1String(key)), depth + 1);
            if (!found.isEmpty())
                return found;
        }
        return QString();
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QString found = text(item, depth + 1);
            if (!found.isEmpty())
                return found;
        }
    }
    return QString();
}

// An address a property gives: itself, an object's url (or @id), an array's first.
QString address(const QJsonValue &value, int depth = 0)
{
    if (value.isString())
        return value.toString().trimmed();
    if (depth > 3)
        return QString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString url = address(object.value(QLatin1String("url")), depth + 1);
        return url.isEmpty() ? object.value(QLatin1String("@id")).toString().trimmed() : url;
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QString found = address(item, depth + 1);
            if (!found.isEmpty())
                return found;
        }
    }
    return QString();
}

// The reviewing organisation among authors: an Organization's name first, else the first name.
QString reviewer(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject() && isType(item.toObject(), QLatin1String("Organization"))) {
                const QString name = text(item);
                if (!name.isEmpty())
                    return name;
            }
        }
    }
    return text(value);
}

double number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.toString().trimmed().toDouble(&ok);
    return ok ? parsed : -1;
}

QDateTime dateTime(const QJsonValue &value)
{
    const QString written = text(value);
    if (written.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(written, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(written, Qt::ISODate);
    if (when.isValid())
        return when.toUTC();
    const QDate day = QDate::fromString(written.left(10), Qt::ISODate);
    return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC) : QDateTime();
}

// inLanguage: "fr", or a Language object whose alternateName is the code.
QString language(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString code = text(object.value(QLatin1String("alternateName")));
        return code.isEmpty() ? text(object.value(QLatin1String("name"))) : code;
    }
    return text(value);
}

class Walk
{
public:
    explicit Walk(const ClaimReviewReader &reader) : m_reader(reader) {}

    void visit(const QJsonValue &value, int depth)
    {
        if (!m_error.isEmpty() || depth > kMaxDepth)
            return;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                visit(item, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (isType(object, QLatin1String("ClaimReview"))) {
            review(object);
            return;
        }
        if (object.value(QLatin1String("claims")).isArray()) {
            for (const QJsonValue &claim : object.value(QLatin1String("claims")).toArray())
                aggregated(claim.toObject());
        }
        // A graph, a DataFeed's elements and their items, an ItemList.
        for (const char *key : {"@graph", "dataFeedElement", "item", "itemListElement"})
            visit(object.value(QLatin1String(key)), depth + 1);
    }

    QList<FactCheck> checks;
    int reviews = 0;
    QString m_error;

private:
    bool accept(FactCheck check, const QString &where)
    {
        if (check.claimReviewed.isEmpty()) {
            m_error = QStringLiteral("%1 names no claim (claimReviewed)").arg(where);
            return false;
        }
        if (check.claimReviewed.size() > kMaxClaimLength) {
            m_error = QStringLiteral("%1: the claim is longer than %2 characters").arg(where).arg(kMaxClaimLength);
            return false;
        }
        check.verdict = m_reader.verdictFor(check.rating, check.ratingValue, check.bestRating, check.worstRating);
        checks.append(check);
        return true;
    }

    void review(const QJsonObject &object)
    {
        ++reviews;
        FactCheck check;
        check.claimReviewed = text(object.value(QLatin1String("claimReviewed")));
        const QJsonObject item = object.value(QLatin1String("itemReviewed")).toObject();
        if (check.claimReviewed.isEmpty()) // some publishers put the claim's words on the Claim itself
            check.claimReviewed = text(item.value(QLatin1String("text")));
        check.url = address(object.value(QLatin1String("url")));
        if (check.url.isEmpty()) // a review without a page of its own, as Glossa's export writes them
            check.url = object.value(QLatin1String("@id")).toString().trimmed();
        check.reviewer = reviewer(object.value(QLatin1String("author")));
        if (check.reviewer.isEmpty())
            check.reviewer = text(object.value(QLatin1String("publisher")));
        const QJsonValue ratingValue = object.value(QLatin1String("reviewRating"));
        const QJsonObject rating = ratingValue.isArray() ? ratingValue.toArray().at(0).toObject() : ratingValue.toObject();
        check.rating = text(rating.value(QLatin1String("alternateName")));
        if (check.rating.isEmpty())
            check.rating = text(rating.value(QLatin1String("name")));
        check.ratingValue = number(rating.value(QLatin1String("ratingValue")));
        check.bestRating = number(rating.value(QLatin1String("bestRating")));
        check.worstRating = number(rating.value(QLatin1String("worstRating")));
        check.claimant = text(item.value(QLatin1String("author")));
        check.appearanceUrl = address(item.value(QLatin1String("appearance")));
        if (check.appearanceUrl.isEmpty())
            check.appearanceUrl = address(item.value(QLatin1String("firstAppearance")));
        check.published = dateTime(object.value(QLatin1String("datePublished")));
        check.language = language(object.value(QLatin1String("inLanguage")));
        const QString name = check.url.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(check.url.left(200));
        accept(check, QStringLiteral("ClaimReview %1%2").arg(reviews).arg(name));
    }

    // One claim of a fact-check search (Google Fact Check Tools' claims:search), with its reviews.
    void aggregated(const QJsonObject &claim)
    {
        const QJsonArray reviewsOfClaim = claim.value(QLatin1String("claimReview")).toArray();
        for (const QJsonValue &value : reviewsOfClaim) {
            if (!m_error.isEmpty())
                return;
            ++reviews;
            const QJsonObject object = value.toObject();
            FactCheck check;
            check.claimReviewed = text(claim.value(QLatin1String("text")));
            check.claimant = text(claim.value(QLatin1String("claimant")));
            check.url = address(object.value(QLatin1String("url")));
            const QJsonObject publisher = object.value(QLatin1String("publisher")).toObject();
            check.reviewer = text(publisher.value(QLatin1String("name")));
            if (check.reviewer.isEmpty())
                check.reviewer = text(publisher.value(QLatin1String("site")));
            check.rating = text(object.value(QLatin1String("textualRating")));
            check.published = dateTime(object.value(QLatin1String("reviewDate")));
            check.language = text(object.value(QLatin1String("languageCode")));
            const QString name = check.url.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(check.url.left(200));
            accept(check, QStringLiteral("claim review %1%2").arg(reviews).arg(name));
        }
    }

    const ClaimReviewReader &m_reader;
};

} // namespace

ClaimReviewReader::ClaimReviewReader(const Taxonomy *taxonomy) : m_taxonomy(taxonomy ? taxonomy : &Taxonomy::builtIn()) {}

QString ClaimReviewReader::verdictFor(const QString &rating, double value, double best, double worst) const
{
    const QString words = normalized(rating);
    if (!words.isEmpty()) {
        // The taxonomy's own ids and labels ("false", "Partly supported"), as Glossa exports them.
        for (const Taxonomy::Entry &verdict : m_taxonomy->verdicts()) {
            if (verdict.id != QLatin1String("unverified") && (words == normalized(verdict.id) || words == normalized(verdict.label)))
                return verdict.id;
        }
        const QString spaced = QLatin1Char(' ') + words + QLatin1Char(' ');
        for (const Phrase &phrase : phrases()) {
            if (spaced.contains(phrase.words))
                return phrase.verdict;
        }
    }
    if (value >= 0) {
        // schema.org's defaults: 5 the best, 1 the worst.
        const double high = best >= 0 ? best : 5;
        const double low = worst >= 0 ? worst : 1;
        if (high != low) {
            const double place = (value - low) / (high - low); // 0 false … 1 supported
            if (place >= -1e-9 && place <= 1 + 1e-9) {
                if (place >= 0.875)
                    return QStringLiteral("supported");
                if (place >= 0.625)
                    return QStringLiteral("partly-supported");
                if (place >= 0.375)
                    return QStringLiteral("disputed");
                if (place >= 0.125)
                    return QStringLiteral("misleading");
                return QStringLiteral("false");
            }
        }
    }
    return QStringLiteral("unverifiable");
}

std::optional<QList<FactCheck>> ClaimReviewReader::read(const QByteArray &json)
{
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        m_error = QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    Walk walk(*this);
    walk.visit(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0);
    if (!walk.m_error.isEmpty()) {
        // One line, whatever the file's texts quoted in it hold (a URL with a line break in it).
        m_error = walk.m_error.simplified();
        return std::nullopt;
    }
    if (walk.reviews == 0) {
        m_error = QStringLiteral("no fact-check in the file (expected schema.org ClaimReview JSON-LD, or a fact-check"
                                 " search's \"claims\" with their \"claimReview\")");
        return std::nullopt;
    }
    return walk.checks;
}

std::optional<QList<FactCheck>> ClaimReviewReader::readFile(const QString &path)
{
    m_error.clear();
    const QFileInfo info(path);
    if (info.isDir()) {
        m_error = QStringLiteral("%1 is a folder, not a fact-check file").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileSize) {
        m_error = QStringLiteral("%1 is larger than %2 MB: not a fact-check file").arg(path).arg(kMaxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    const std::optional<QList<FactCheck>> checks = read(file.readAll());
    if (!checks)
        m_error = QStringLiteral("%1: %2").arg(info.fileName(), m_error).simplified();
    return checks;
}

} // namespace glossa
