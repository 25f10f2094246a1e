// ClaimReview as fact-check search takes it, checked against two outside references:
// schema.org's vocabulary (a trimmed copy of the schemaorg repository's release file, in
// tests/data/schemaorg) — every type and property used exists, each property on a type of its
// domain, each value of its range — and Google's required and recommended properties for
// ClaimReview (url, claimReviewed, reviewRating.alternateName; author, datePublished,
// itemReviewed with its appearance, author and date; the rating's name and numbers).
#include "export/claimreviewexporter.h"
#include "model/taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace glossa;

namespace {

// schema.org as the test reads it: each class's parents, each property's domain and range.
struct Vocabulary
{
    QHash<QString, QStringList> parents; // class → its rdfs:subClassOf
    QHash<QString, QStringList> domains; // property → schema:domainIncludes
    QHash<QString, QStringList> ranges;  // property → schema:rangeIncludes

    static QStringList ids(const QJsonValue &value)
    {
        QStringList result;
        const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &entry : values) {
            const QString id = entry.toObject().value("@id").toString();
            if (id.startsWith("schema:"))
                result << id.mid(7);
        }
        return result;
    }

    bool load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const QJsonValue &node : QJsonDocument::fromJson(file.readAll()).object().value("@graph").toArray()) {
            const QJsonObject object = node.toObject();
            const QString name = object.value("@id").toString().mid(7);
            const QStringList types = object.value("@type").isArray()
                ? QVariant(object.value("@type").toArray().toVariantList()).toStringList()
                : QStringList{object.value("@type").toString()};
            if (types.contains("rdf:Property")) {
                domains.insert(name, ids(object.value("schema:domainIncludes")));
                ranges.insert(name, ids(object.value("schema:rangeIncludes")));
            } else {
                parents.insert(name, ids(object.value("rdfs:subClassOf")));
            }
        }
        return !domains.isEmpty() && !parents.isEmpty();
    }

    // The class and every class above it.
    QSet<QString> lineage(const QString &type) const
    {
        QSet<QString> seen;
        QStringList todo{type};
        while (!todo.isEmpty()) {
            const QString next = todo.takeFirst();
            if (seen.contains(next))
                continue;
            seen.insert(next);
            todo += parents.value(next);
        }
        return seen;
    }
};

Article article(qint64 id, const QString &title, const QString &source, const QDate &published, const QString &url,
                const QString &text, const QString &language = QStringLiteral("fr"))
{
    Article a;
    a.id = id;
    a.title = title;
    a.source = source;
    a.published = published;
    a.url = url;
    a.text = text;
    a.language = language;
    a.contentHash = QStringLiteral("hash%1").arg(id);
    return a;
}

Annotation claimOn(const Article &a, const QString &exact, const QString &verdict, const QString &claimant,
                   const QString &uuid)
{
    Annotation annotation;
    annotation.id = uuid.right(2).toInt();
    annotation.uuid = uuid;
    annotation.articleId = a.id;
    annotation.anchor.start = int(a.text.indexOf(exact));
    annotation.anchor.end = annotation.anchor.start + int(exact.size());
    annotation.anchor.exact = exact;
    annotation.created = annotation.modified = QDateTime(QDate(2025, 2, 15), QTime(10, 0), Qt::UTC);
    Claim claim;
    claim.kind = QStringLiteral("statistic");
    claim.verdict = verdict;
    claim.claimant = claimant;
    annotation.claim = claim;
    return annotation;
}

ClaimReviewPublisher desk()
{
    ClaimReviewPublisher publisher;
    publisher.name = QStringLiteral("Desk Vérif");
    publisher.url = QStringLiteral("https://desk.example");
    publisher.logo = QStringLiteral("https://desk.example/logo.png");
    publisher.reviewUrlTemplate = QStringLiteral("https://desk.example/checks/{id}");
    return publisher;
}

} // namespace

class TestClaimReviewGoogle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vocabulary_data();
    void vocabulary();
    void googleRequiredAndRecommended();
    void ratingOfEachVerdict_data();
    void ratingOfEachVerdict();
    void claimantKind_data();
    void claimantKind();
    void publisherProblems_data();
    void publisherProblems();

private:
    void checkNode(const QJsonObject &node, const QString &path);
    QJsonArray reviews(const ClaimReviewPublisher &publisher) const;

    Vocabulary m_vocabulary;
    QList<ExportedArticle> m_articles;
    int m_checkedProperties = 0;
};

void TestClaimReviewGoogle::initTestCase()
{
    QVERIFY(m_vocabulary.load(QStringLiteral(GLOSSA_TEST_DATA "/schemaorg/claimreview-vocabulary.jsonld")));
    const Article french = article(1, "Budget 2025", "Le Matin", QDate(2025, 2, 12),
                                   "https://www.lematin.example/politique/budget-2025.html",
                                   "Le ministère a engagé 480 millions de dirhams dans le programme, a dit le ministre.");
    const Article arabic = article(2, "البطالة", "اليوم", QDate(2025, 2, 14), "https://alyaoum.example/ar/news/55",
                                   "ارتفعت البطالة بنسبة 30 في المائة خلال السنة الماضية.", "ar");
    const Article undated = article(3, "Sans date", QString(), QDate(), QString(), "Un chiffre de 12 % circule.");
    ExportedArticle a{french, {}, {}};
    Annotation budget = claimOn(french, "480 millions de dirhams", "false", "Le ministre", "6a1c0c1e-0000-4000-8000-000000000011");
    budget.claim->summary = QStringLiteral("Le ministère a engagé 480 millions de dirhams");
    budget.claim->claimantKind = QStringLiteral("Person");
    budget.note = QStringLiteral("Le rapport dit 48 millions.");
    a.annotations << budget;
    // A passage found in another article too: a second appearance with that article's own URL.
    a.otherAppearances.insert(budget.id, {OtherAppearance{"Reprise", "Autre", QDate(2025, 2, 10), "https://autre.example/480", "hash9"}});
    ExportedArticle b{arabic, {claimOn(arabic, "30 في المائة", "unverifiable", "اليوم", "6a1c0c1e-0000-4000-8000-000000000012")}, {}};
    ExportedArticle c{undated, {claimOn(undated, "12 %", "partly-supported", QString(), "6a1c0c1e-0000-4000-8000-000000000013")}, {}};
    m_articles = {a, b, c};
}

QJsonArray TestClaimReviewGoogle::reviews(const ClaimReviewPublisher &publisher) const
{
    ClaimReviewExporter exporter;
    exporter.setPublisher(publisher);
    exporter.setOutlets({"Le Matin", "اليوم"});
    return QJsonDocument::fromJson(exporter.write(m_articles)).object().value("@graph").toArray();
}

// Every typed object: its type is a schema.org class; each property exists, is used on a type
// of its domain, and its value is of its range.
void TestClaimReviewGoogle::checkNode(const QJsonObject &node, const QString &path)
{
    const QString type = node.value("@type").toString();
    QVERIFY2(m_vocabulary.parents.contains(type), qPrintable(path + ": no schema.org type " + type));
    const QSet<QString> lineage = m_vocabulary.lineage(type);
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it.key().startsWith('@'))
            continue;
        const QString property = it.key();
        const QString where = path + "." + property;
        QVERIFY2(m_vocabulary.domains.contains(property), qPrintable(where + ": no schema.org property"));
        bool inDomain = false;
        for (const QString &domain : m_vocabulary.domains.value(property))
            inDomain = inDomain || lineage.contains(domain);
        QVERIFY2(inDomain, qPrintable(where + ": not a property of " + type));
        const QStringList range = m_vocabulary.ranges.value(property);
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &value : values) {
            ++m_checkedProperties;
            if (value.isObject()) {
                const QSet<QString> valueLineage = m_vocabulary.lineage(value.toObject().value("@type").toString());
                bool inRange = false;
                for (const QString &expected : range)
                    inRange = inRange || valueLineage.contains(expected);
                QVERIFY2(inRange, qPrintable(where + ": a " + value.toObject().value("@type").toString()
                                             + " is not in its range " + range.join(',')));
                checkNode(value.toObject(), where);
            } else if (value.isDouble()) {
                QVERIFY2(range.contains("Number") || range.contains("Integer"), qPrintable(where + ": a number"));
            } else {
                const QString text = value.toString();
                QVERIFY2(value.isString() && !text.isEmpty(), qPrintable(where + ": not text"));
                if (range.contains("URL") && !range.contains("Text")) {
                    const QUrl url(text, QUrl::StrictMode);
                    QVERIFY2(url.isValid() && url.scheme().startsWith("http"), qPrintable(where + ": not a URL: " + text));
                } else if (range.contains("Date") && !range.contains("Text")) {
                    QVERIFY2(QDate::fromString(text, Qt::ISODate).isValid(), qPrintable(where + ": not a date: " + text));
                } else {
                    QVERIFY2(range.contains("Text") || range.contains("URL"), qPrintable(where + ": text out of range"));
                }
            }
        }
    }
}

void TestClaimReviewGoogle::vocabulary_data()
{
    QTest::addColumn<bool>("withPublisher");
    QTest::newRow("the desk's publisher") << true;
    QTest::newRow("no settings") << false;
}

void TestClaimReviewGoogle::vocabulary()
{
    QFETCH(bool, withPublisher);
    const QJsonArray graph = reviews(withPublisher ? desk() : ClaimReviewPublisher());
    QCOMPARE(graph.size(), 3);
    m_checkedProperties = 0;
    for (int i = 0; i < graph.size(); ++i)
        checkNode(graph.at(i).toObject(), QStringLiteral("review %1").arg(i + 1));
    QVERIFY(m_checkedProperties > 40);
}

void TestClaimReviewGoogle::googleRequiredAndRecommended()
{
    const QJsonArray graph = reviews(desk());
    QCOMPARE(graph.size(), 3);
    for (int i = 0; i < graph.size(); ++i) {
        const QJsonObject review = graph.at(i).toObject();
        const Annotation &annotation = m_articles.at(i).annotations.first();
        const Article &reviewed = m_articles.at(i).article;
        // Required: the page of the check, the claim in short, the rating's text.
        QCOMPARE(review.value("url").toString(), "https://desk.example/checks/" + annotation.uuid);
        const QString claimReviewed = review.value("claimReviewed").toString();
        QVERIFY(!claimReviewed.isEmpty());
        if (!annotation.claim->summary.isEmpty()) {
            QCOMPARE(claimReviewed, annotation.claim->summary);
            QVERIFY(claimReviewed.size() < 75);
        } else {
            QCOMPARE(claimReviewed, annotation.anchor.exact);
        }
        const QJsonObject rating = review.value("reviewRating").toObject();
        QVERIFY(!rating.value("alternateName").toString().isEmpty());
        // Recommended: the rating's name, who reviewed and when, what was reviewed.
        QCOMPARE(rating.value("name"), rating.value("alternateName"));
        const QJsonObject author = review.value("author").toObject();
        QCOMPARE(author.value("name").toString(), QStringLiteral("Desk Vérif"));
        QCOMPARE(author.value("url").toString(), QStringLiteral("https://desk.example"));
        QCOMPARE(author.value("logo").toString(), QStringLiteral("https://desk.example/logo.png"));
        QCOMPARE(review.value("datePublished").toString(), QStringLiteral("2025-02-15"));
        const QJsonObject claim = review.value("itemReviewed").toObject();
        QCOMPARE(claim.value("@type").toString(), QStringLiteral("Claim"));
        const QJsonArray appearances = claim.value("appearance").isArray() ? claim.value("appearance").toArray()
                                                                            : QJsonArray{claim.value("appearance")};
        QVERIFY(!appearances.isEmpty());
        // Each appearance with its article's own URL when the library knows it.
        if (reviewed.url.isEmpty())
            QVERIFY(!appearances.first().toObject().contains("url"));
        else
            QCOMPARE(appearances.first().toObject().value("url").toString(), reviewed.url);
        if (i == 0) {
            QCOMPARE(appearances.size(), 2);
            QCOMPARE(appearances.at(1).toObject().value("url").toString(), QStringLiteral("https://autre.example/480"));
        }
        if (!annotation.claim->claimant.isEmpty())
            QCOMPARE(claim.value("author").toObject().value("name").toString(), annotation.claim->claimant);
        QCOMPARE(claim.value("datePublished").toString(), reviewed.published.isValid() ? reviewed.published.toString(Qt::ISODate)
                                                                                        : QString());
    }
}

void TestClaimReviewGoogle::ratingOfEachVerdict_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("rating"); // 0: no number
    QTest::newRow("supported") << "supported" << 5;
    QTest::newRow("partly supported") << "partly-supported" << 4;
    QTest::newRow("disputed") << "disputed" << 3;
    QTest::newRow("misleading") << "misleading" << 2;
    QTest::newRow("false") << "false" << 1;
    // A finding, but no point between false and true: its label only.
    QTest::newRow("unverifiable") << "unverifiable" << 0;
}

void TestClaimReviewGoogle::ratingOfEachVerdict()
{
    QFETCH(QString, verdict);
    QFETCH(int, rating);
    QList<ExportedArticle> articles = {m_articles.first()};
    articles.first().annotations.first().claim->verdict = verdict;
    ClaimReviewExporter exporter;
    exporter.setPublisher(desk());
    const QJsonObject review = QJsonDocument::fromJson(exporter.write(articles)).object().value("@graph").toArray().first().toObject();
    const QJsonObject reviewRating = review.value("reviewRating").toObject();
    QCOMPARE(reviewRating.value("alternateName").toString(), Taxonomy::builtIn().verdict(verdict)->label);
    QCOMPARE(reviewRating.value("name").toString(), Taxonomy::builtIn().verdict(verdict)->label);
    if (rating == 0) {
        QVERIFY(!reviewRating.contains("ratingValue"));
        QVERIFY(!reviewRating.contains("bestRating"));
    } else {
        QCOMPARE(reviewRating.value("ratingValue").toInt(), rating);
        QCOMPARE(reviewRating.value("bestRating").toInt(), 5);
        QCOMPARE(reviewRating.value("worstRating").toInt(), 1);
    }
}

void TestClaimReviewGoogle::claimantKind_data()
{
    QTest::addColumn<QString>("claimant");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("type");
    QTest::newRow("said: a person") << "Le Matin" << "Person" << "Person";
    QTest::newRow("said: an organisation") << "Ahmed Benali" << "Organization" << "Organization";
    QTest::newRow("not said, an outlet of the library") << "  اليوم " << "" << "Organization";
    QTest::newRow("not said, an outlet in another case") << "LE MATIN" << "" << "Organization";
    QTest::newRow("not said, anyone else") << "Ahmed Benali" << "" << "Person";
}

void TestClaimReviewGoogle::claimantKind()
{
    QFETCH(QString, claimant);
    QFETCH(QString, kind);
    QFETCH(QString, type);
    QList<ExportedArticle> articles = {m_articles.at(2)}; // an article of no outlet
    articles.first().annotations.first().claim->claimant = claimant;
    articles.first().annotations.first().claim->claimantKind = kind;
    ClaimReviewExporter exporter;
    exporter.setOutlets({"Le Matin", "اليوم"});
    const QJsonObject review = QJsonDocument::fromJson(exporter.write(articles)).object().value("@graph").toArray().first().toObject();
    QCOMPARE(review.value("itemReviewed").toObject().value("author").toObject().value("@type").toString(), type);
}

void TestClaimReviewGoogle::publisherProblems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("the desk's") << "" << "" << "";
    QTest::newRow("template without {id}") << "template" << "https://desk.example/checks/" << "has no {id}";
    QTest::newRow("template not a URL") << "template" << "checks/{id}" << "does not make an http(s) address";
    QTest::newRow("template of another scheme") << "template" << "ftp://desk.example/{id}" << "does not make";
    QTest::newRow("organisation URL not a URL") << "url" << "desk.example" << "not an http(s) address";
    QTest::newRow("logo not a URL") << "logo" << "javascript:alert(1)" << "logo";
}

void TestClaimReviewGoogle::publisherProblems()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    ClaimReviewPublisher publisher = desk();
    if (field == "template")
        publisher.reviewUrlTemplate = value;
    else if (field == "url")
        publisher.url = value;
    else if (field == "logo")
        publisher.logo = value;
    if (problem.isEmpty())
        QCOMPARE(publisher.problem(), QString());
    else
        QVERIFY2(publisher.problem().contains(problem), qPrintable(publisher.problem()));
}

QTEST_GUILESS_MAIN(TestClaimReviewGoogle)
#include "tst_claimreview_google.moc"
