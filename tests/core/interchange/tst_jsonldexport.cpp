// W3C Web Annotation JSON-LD and schema.org ClaimReview, read back with QJsonDocument.
#include "../export/exportfixture.h"

#include "export/claimreviewexporter.h"
#include "interchange/w3cannotationexporter.h"
#include "model/articlecontext.h"
#include "model/codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace glossa;
using namespace glossa::testing;

namespace {

bool isIri(const QString &value)
{
    static const QRegularExpression iri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"));
    return iri.match(value).hasMatch();
}

bool isUtcDateTime(const QString &value)
{
    static const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    return time.match(value).hasMatch();
}

QJsonArray asArray(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

QJsonObject selector(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue &value : asArray(annotation["target"].toObject()["selector"])) {
        if (value.toObject()["type"].toString() == type)
            return value.toObject();
    }
    return QJsonObject();
}

} // namespace

class TestJsonLdExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void collectionMusts();
    void annotationMusts();
    void bodies();
    void positionsAreCodePoints();
    void articleIdentityTravels();
    void claimReview();
    void claimReviewAuthor();

private:
    ExportFixture m_fixture;
    QList<ExportedArticle> m_articles;
    QJsonObject m_collection;
    QJsonArray m_items;
};

void TestJsonLdExport::initTestCase()
{
    QVERIFY(m_fixture.build());
    m_articles = m_fixture.load();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(W3cAnnotationExporter().write(m_articles), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    m_collection = document.object();
    m_items = m_collection["first"].toObject()["items"].toArray();
}

void TestJsonLdExport::collectionMusts()
{
    const QJsonArray context = m_collection["@context"].toArray();
    QCOMPARE(context.first().toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(context.at(1).toObject()["glossa"].toString(), QStringLiteral("https://glossa.example/ns#"));
    QVERIFY(isIri(m_collection["id"].toString()));
    QVERIFY(m_collection["id"].toString().startsWith("urn:uuid:"));
    QCOMPARE(m_collection["type"].toString(), QStringLiteral("AnnotationCollection"));
    QVERIFY(!m_collection["label"].toString().isEmpty());
    QCOMPARE(m_collection["total"].toInt(), 7);
    const QJsonObject page = m_collection["first"].toObject();
    QCOMPARE(page["type"].toString(), QStringLiteral("AnnotationPage"));
    QVERIFY(isIri(page["id"].toString()));
    QVERIFY(page["id"] != m_collection["id"]);
    QCOMPARE(page["partOf"], m_collection["id"]);
    QCOMPARE(page["startIndex"].toInt(), 0);
    QCOMPARE(m_items.size(), 7);
}

void TestJsonLdExport::annotationMusts()
{
    QSet<QString> ids;
    for (const QJsonValue &value : m_items) {
        const QJsonObject annotation = value.toObject();
        QVERIFY(annotation["id"].toString().startsWith("urn:uuid:"));
        ids.insert(annotation["id"].toString());
        QCOMPARE(annotation["type"].toString(), QStringLiteral("Annotation"));
        QVERIFY(isUtcDateTime(annotation["created"].toString()));
        QVERIFY(isUtcDateTime(annotation["modified"].toString()));
        QVERIFY(annotation["glossa:color"].toString().startsWith('#'));
        const QJsonObject target = annotation["target"].toObject();
        QCOMPARE(target["type"].toString(), QStringLiteral("SpecificResource"));
        QVERIFY(target["source"].toString().startsWith("urn:glossa:article:"));
        const QJsonObject quote = selector(annotation, "TextQuoteSelector");
        QVERIFY(!quote["exact"].toString().isEmpty());
        const bool orphaned = annotation["glossa:orphaned"].toBool();
        const QJsonObject position = selector(annotation, "TextPositionSelector");
        QCOMPARE(position.isEmpty(), orphaned);
        if (!orphaned) {
            QVERIFY(position["start"].isDouble() && position["end"].isDouble());
            QVERIFY(position["start"].toInt() < position["end"].toInt());
        }
        for (const QJsonValue &bodyValue : asArray(annotation["body"])) {
            if (bodyValue.isUndefined())
                continue;
            const QJsonObject body = bodyValue.toObject();
            QCOMPARE(body["type"].toString(), QStringLiteral("TextualBody"));
            QVERIFY(body["value"].isString()); // a TextualBody MUST have a value
            QVERIFY(QStringList({"commenting", "tagging", "assessing"}).contains(body["purpose"].toString()));
        }
    }
    QCOMPARE(ids.size(), 7);
}

void TestJsonLdExport::bodies()
{
    // The French statistic: note, three tags, a claim with Glossa's properties.
    QJsonObject first;
    for (const QJsonValue &value : m_items) {
        if (selector(value.toObject(), "TextQuoteSelector")["exact"] == QStringLiteral("480 millions de dirhams"))
            first = value.toObject();
    }
    QVERIFY(!first.isEmpty());
    QCOMPARE(first["motivation"].toString(), QStringLiteral("assessing"));
    QStringList tags;
    QJsonObject note, claim;
    for (const QJsonValue &value : first["body"].toArray()) {
        const QJsonObject body = value.toObject();
        if (body["purpose"] == QStringLiteral("tagging"))
            tags << body["value"].toString();
        else if (body["purpose"] == QStringLiteral("commenting"))
            note = body;
        else
            claim = body;
    }
    QCOMPARE(tags, (QStringList{"budget", "=HYPERLINK(\"x\")", "chiffres; clés"}));
    QCOMPARE(note["format"].toString(), QStringLiteral("text/plain"));
    QVERIFY(note["value"].toString().startsWith("Vérifier le montant.\n"));
    QCOMPARE(claim["purpose"].toString(), QStringLiteral("assessing"));
    QCOMPARE(claim["value"].toString(), QStringLiteral("disputed"));
    QCOMPARE(claim["glossa:claimKind"].toString(), QStringLiteral("statistic"));
    QCOMPARE(claim["glossa:claimant"].toString(), QStringLiteral("Élus \"locaux\", opposition"));
    QCOMPARE(claim["glossa:evidence"].toString(), QStringLiteral("https://example.org/rapport\nCour des comptes, p. 12"));
    QCOMPARE(claim["glossa:confidence"].toDouble(), 0.8);
    QCOMPARE(first["glossa:color"].toString(), QStringLiteral("#ffd54f"));
}

void TestJsonLdExport::positionsAreCodePoints()
{
    int checked = 0;
    for (const QJsonValue &value : m_items) {
        const QJsonObject annotation = value.toObject();
        const QJsonObject position = selector(annotation, "TextPositionSelector");
        if (position.isEmpty())
            continue;
        const QString source = annotation["target"].toObject()["source"].toString();
        QString text;
        for (const ExportedArticle &exported : m_articles) {
            if (ArticleContext::articleIri(exported.article) == source)
                text = exported.article.text;
        }
        // Counting in UTF-32, as a JavaScript or Python consumer of the file would.
        const QList<uint> ucs4 = text.toUcs4();
        const int start = position["start"].toInt();
        const int end = position["end"].toInt();
        QVERIFY(end <= ucs4.size());
        const QString exact = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData() + start), end - start);
        QCOMPARE(exact, selector(annotation, "TextQuoteSelector")["exact"].toString());
        ++checked;
    }
    QCOMPARE(checked, 6);
    // The ones after an emoji really differ from their UTF-16 offsets.
    const Annotation arabic = m_articles.at(1).annotations.last();
    QVERIFY(arabic.anchor.exact.startsWith("92"));
    QCOMPARE(CodePoints::fromUtf16(m_articles.at(1).article.text, arabic.anchor.start), arabic.anchor.start - 2);
}

void TestJsonLdExport::articleIdentityTravels()
{
    const QJsonArray articles = m_collection["glossa:articles"].toArray();
    QCOMPARE(articles.size(), 3);
    const QJsonObject arabic = articles.at(1).toObject();
    QCOMPARE(arabic["id"].toString(), ArticleContext::articleIri(m_articles.at(1).article));
    QCOMPARE(arabic["glossa:contentHash"].toString(), m_articles.at(1).article.contentHash);
    QCOMPARE(arabic["glossa:title"].toString(), m_articles.at(1).article.title);
    QCOMPARE(arabic["glossa:outlet"].toString(), QStringLiteral("الصباح اليومي"));
    QCOMPARE(arabic["glossa:published"].toString(), QStringLiteral("2025-04-15"));
    QCOMPARE(arabic["glossa:language"].toString(), QStringLiteral("ar"));
    QVERIFY(!articles.at(2).toObject().contains("glossa:published"));
}

void TestJsonLdExport::claimReview()
{
    const QByteArray bytes = ClaimReviewExporter().write(m_articles);
    QVERIFY(!bytes.contains('<')); // safe to paste into <script type="application/ld+json">
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root["@context"].toString(), QStringLiteral("https://schema.org"));
    const QJsonArray reviews = root["@graph"].toArray();
    // Claims with a verdict other than "unverified": disputed, false, misleading, supported.
    QCOMPARE(reviews.size(), 4);
    QStringList reviewed;
    for (const QJsonValue &value : reviews) {
        const QJsonObject review = value.toObject();
        QCOMPARE(review["@type"].toString(), QStringLiteral("ClaimReview"));
        reviewed << review["claimReviewed"].toString();
        const QJsonObject rating = review["reviewRating"].toObject();
        QCOMPARE(rating["@type"].toString(), QStringLiteral("Rating"));
        QCOMPARE(rating["bestRating"].toInt(), 5);
        QCOMPARE(rating["worstRating"].toInt(), 1);
        QVERIFY(rating["ratingValue"].toInt() >= 1 && rating["ratingValue"].toInt() <= 5);
        QCOMPARE(review["author"].toObject()["name"].toString(), QStringLiteral("Glossa user"));
        QCOMPARE(review["author"].toObject()["@type"].toString(), QStringLiteral("Organization"));
        QVERIFY(QDate::fromString(review["datePublished"].toString(), Qt::ISODate).isValid());
        const QJsonObject claim = review["itemReviewed"].toObject();
        QCOMPARE(claim["@type"].toString(), QStringLiteral("Claim"));
        const QJsonObject appearance = claim["appearance"].toObject();
        QCOMPARE(appearance["@type"].toString(), QStringLiteral("NewsArticle"));
        QVERIFY(!appearance["headline"].toString().isEmpty());
        QVERIFY(!appearance["publisher"].toObject()["name"].toString().isEmpty());
        QCOMPARE(claim["firstAppearance"], claim["appearance"]);
    }
    QCOMPARE(reviewed, (QStringList{"480 millions de dirhams", "=HYPERLINK(\"x\") apparaît",
                                    "« tous les délais ont été respectés » </textarea>", "مليوني طفل 👶🏽 في المناطق"}));
    const QJsonObject first = reviews.first().toObject();
    QCOMPARE(first["reviewRating"].toObject()["alternateName"].toString(), QStringLiteral("Disputed"));
    QCOMPARE(first["reviewRating"].toObject()["ratingValue"].toInt(), 3);
    QCOMPARE(first["datePublished"].toString(), QStringLiteral("2025-05-01"));
    QCOMPARE(first["itemReviewed"].toObject()["author"].toObject()["name"].toString(),
             QStringLiteral("Élus \"locaux\", opposition"));
    QCOMPARE(first["itemReviewed"].toObject()["author"].toObject()["@type"].toString(), QStringLiteral("Person"));
    // The outlet quoting itself is an organisation.
    QCOMPARE(reviews.at(2).toObject()["itemReviewed"].toObject()["author"].toObject()["@type"].toString(),
             QStringLiteral("Organization"));
    QCOMPARE(reviews.at(3).toObject()["itemReviewed"].toObject()["appearance"].toObject()["publisher"].toObject()["name"].toString(),
             QStringLiteral("الصباح اليومي"));
    QCOMPARE(reviews.at(1).toObject()["reviewRating"].toObject()["ratingValue"].toInt(), 1);
}

void TestJsonLdExport::claimReviewAuthor()
{
    QList<ExportedArticle> articles = m_articles;
    articles[1].annotations.last().claim->verdict = "unverifiable";
    ClaimReviewExporter exporter;
    exporter.setPublisher({QStringLiteral("Desk Vérif"), {}, {}, {}});
    const QJsonArray reviews = QJsonDocument::fromJson(exporter.write(articles)).object()["@graph"].toArray();
    QCOMPARE(reviews.size(), 5);
    QCOMPARE(reviews.first().toObject()["author"].toObject()["name"].toString(), QStringLiteral("Desk Vérif"));
    // No 1..5 rating for "unverifiable": the label alone.
    const QJsonObject rating = reviews.last().toObject()["reviewRating"].toObject();
    QCOMPARE(rating["alternateName"].toString(), QStringLiteral("Unverifiable"));
    QVERIFY(!rating.contains("ratingValue"));
    // A decision of the final layer: the desk and the analyst who settled it.
    articles[1].annotations.last().layer = Annotation::Layer::Final;
    articles[1].annotations.last().analyst = {"00000000-0000-4000-8000-0000000000ed", "Rédaction en chef", {}, {}};
    const QJsonArray settled = QJsonDocument::fromJson(exporter.write(articles)).object()["@graph"].toArray();
    const QJsonArray authors = settled.last().toObject()["author"].toArray();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors.at(0).toObject()["name"].toString(), QStringLiteral("Desk Vérif"));
    QCOMPARE(authors.at(1).toObject()["@type"].toString(), QStringLiteral("Person"));
    QCOMPARE(authors.at(1).toObject()["name"].toString(), QStringLiteral("Rédaction en chef"));
}

QTEST_GUILESS_MAIN(TestJsonLdExport)
#include "tst_jsonldexport.moc"
