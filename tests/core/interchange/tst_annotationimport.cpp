// W3C import: round trip between libraries, duplicates, orphans, re-anchoring, refusals and
// the all-or-nothing transaction.
#include "../export/exportfixture.h"

#include "interchange/w3cannotationexporter.h"
#include "interchange/w3cannotationimporter.h"
#include "model/articlecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;

namespace {

int annotationCount(const QSqlDatabase &db)
{
    QSqlQuery sql(db);
    sql.exec("SELECT count(*) FROM annotations");
    return sql.next() ? sql.value(0).toInt() : -1;
}

QList<Annotation> allAnnotations(const ExportFixture &fixture)
{
    QList<Annotation> result;
    for (const ExportedArticle &exported : fixture.load())
        result += ArticleContext::inTextOrder(exported.annotations);
    return result;
}

// Everything the user made, ids aside.
void compareAnnotations(const QList<Annotation> &actual, const QList<Annotation> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        const Annotation &a = actual.at(i);
        const Annotation &e = expected.at(i);
        QCOMPARE(a.orphaned, e.orphaned);
        QCOMPARE(a.anchor.exact, e.anchor.exact);
        QCOMPARE(a.anchor.prefix, e.anchor.prefix);
        QCOMPARE(a.anchor.suffix, e.anchor.suffix);
        if (!e.orphaned) {
            QCOMPARE(a.anchor.start, e.anchor.start);
            QCOMPARE(a.anchor.end, e.anchor.end);
        }
        QCOMPARE(a.color, e.color);
        QCOMPARE(a.note, e.note);
        QCOMPARE(a.tags, e.tags);
        QVERIFY(a.claim == e.claim);
        QCOMPARE(a.created, e.created);
        QCOMPARE(a.modified, e.modified);
        QCOMPARE(a.uuid, e.uuid);
        QCOMPARE(a.analyst.uuid, e.analyst.uuid); // who, by id and name; colours are each library's
        QCOMPARE(a.analyst.name, e.analyst.name);
    }
}

QJsonObject validAnnotation()
{
    return QJsonObject{
        {"id", "urn:uuid:6a1c0c1e-0000-4000-8000-000000000001"},
        {"type", "Annotation"},
        {"target", QJsonObject{{"type", "SpecificResource"},
                               {"source", "urn:glossa:article:HASH"},
                               {"selector", QJsonArray{QJsonObject{{"type", "TextQuoteSelector"},
                                                                   {"exact", "480 millions de dirhams"}}}}}},
    };
}

QByteArray wrap(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{"@context", "http://www.w3.org/ns/anno.jsonld"},
                                     {"id", "urn:uuid:6a1c0c1e-0000-4000-8000-0000000000ff"},
                                     {"type", "AnnotationCollection"},
                                     {"total", items.size()},
                                     {"first", QJsonObject{{"type", "AnnotationPage"}, {"items", items}}}})
        .toJson();
}

} // namespace

class TestAnnotationImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTrip();
    void secondImportAddsNothing();
    void orphanWhenQuoteGone();
    void wrongPositionReanchored();
    void foreignMinimalAnnotation();
    void articleFoundByIdentityWhenTextChanged();
    void missingArticleSkipped();
    void refusals_data();
    void refusals();
    void oneBadItemRefusesAll();
    void failedWriteLeavesNothing();
    void mergesByUuid_data();
    void mergesByUuid();
    void creatorWithoutUuidIsKnownByItsIri();
    void uuidOfAnotherArticleRefusesTheFile();

private:
    QJsonObject exported() const { return QJsonDocument::fromJson(m_json).object(); }
    QJsonArray items() const { return exported()["first"].toObject()["items"].toArray(); }
    QByteArray withItems(const QJsonArray &items) const;
    QJsonObject valid() const;

    ExportFixture m_source;
    QByteArray m_json;
    std::unique_ptr<ExportFixture> m_target;
};

void TestAnnotationImport::initTestCase()
{
    QVERIFY(m_source.build());
    m_json = W3cAnnotationExporter().write(m_source.load());
}

void TestAnnotationImport::init()
{
    m_target = std::make_unique<ExportFixture>();
    QVERIFY(m_target->build(false));
    QCOMPARE(annotationCount(m_target->database()), 0);
}

QByteArray TestAnnotationImport::withItems(const QJsonArray &items) const
{
    QJsonObject root = exported();
    QJsonObject page = root["first"].toObject();
    page["items"] = items;
    root["first"] = page;
    root["total"] = items.size();
    return QJsonDocument(root).toJson();
}

QJsonObject TestAnnotationImport::valid() const
{
    QJsonObject annotation = validAnnotation();
    QJsonObject target = annotation["target"].toObject();
    target["source"] = ArticleContext::articleIri(m_source.load().first().article);
    annotation["target"] = target;
    return annotation;
}

void TestAnnotationImport::roundTrip()
{
    const AnnotationImportReport report = W3cAnnotationImporter(m_target->database()).importJson(m_json);
    QVERIFY2(report.complete(), qPrintable(report.fileError + report.refusals.join('\n')));
    QCOMPARE(report.read, 7);
    QCOMPARE(report.imported, 7);
    QCOMPARE(report.orphaned, 1);
    QCOMPARE(report.duplicates, 0);
    compareAnnotations(allAnnotations(*m_target), allAnnotations(m_source));
}

void TestAnnotationImport::secondImportAddsNothing()
{
    W3cAnnotationImporter importer(m_target->database());
    QCOMPARE(importer.importJson(m_json).imported, 7);
    const AnnotationImportReport again = importer.importJson(m_json);
    QVERIFY(again.complete());
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 7);
    QCOMPARE(annotationCount(m_target->database()), 7);
    // The same item twice in one file is one annotation.
    ExportFixture other;
    QVERIFY(other.build(false));
    const QJsonArray list = items();
    const AnnotationImportReport twice =
        W3cAnnotationImporter(other.database()).importJson(withItems(QJsonArray{list.at(0), list.at(0)}));
    QCOMPARE(twice.imported, 1);
    QCOMPARE(twice.duplicates, 1);
}

void TestAnnotationImport::orphanWhenQuoteGone()
{
    QJsonArray list = items();
    QJsonObject annotation = list.at(0).toObject();
    QJsonObject target = annotation["target"].toObject();
    target["selector"] = QJsonArray{QJsonObject{{"type", "TextQuoteSelector"},
                                                {"exact", "une phrase qui n'a jamais figuré dans cet article"},
                                                {"prefix", "rien "},
                                                {"suffix", " non plus"}},
                                    QJsonObject{{"type", "TextPositionSelector"}, {"start", 3}, {"end", 40}}};
    annotation["target"] = target;
    list[0] = annotation;
    const AnnotationImportReport report = W3cAnnotationImporter(m_target->database()).importJson(withItems(list));
    QVERIFY2(report.complete(), qPrintable(report.fileError));
    QCOMPARE(report.imported, 7);
    QCOMPARE(report.orphaned, 2);
    int orphans = 0;
    for (const Annotation &annotation : allAnnotations(*m_target)) {
        if (annotation.anchor.exact.startsWith("une phrase qui")) {
            QVERIFY(annotation.orphaned);
            QCOMPARE(annotation.note, QStringLiteral("Vérifier le montant.\nDeuxième ligne avec *étoiles* et _soulignés_\n\n- pas une liste"));
            ++orphans;
        }
    }
    QCOMPARE(orphans, 1);
}

void TestAnnotationImport::wrongPositionReanchored()
{
    QJsonObject annotation = valid();
    QJsonObject target = annotation["target"].toObject();
    QJsonArray selectors = target["selector"].toArray();
    selectors.append(QJsonObject{{"type", "TextPositionSelector"}, {"start", 2}, {"end", 25}});
    target["selector"] = selectors;
    annotation["target"] = target;
    const AnnotationImportReport report =
        W3cAnnotationImporter(m_target->database()).importJson(wrap(QJsonArray{annotation}));
    QVERIFY2(report.complete(), qPrintable(report.fileError + report.refusals.join('\n')));
    QCOMPARE(report.orphaned, 0);
    const Annotation stored = allAnnotations(*m_target).first();
    const QString text = m_target->load().first().article.text;
    QCOMPARE(stored.anchor.start, int(text.indexOf("480 millions")));
    QCOMPARE(text.mid(stored.anchor.start, stored.anchor.end - stored.anchor.start), QStringLiteral("480 millions de dirhams"));
}

void TestAnnotationImport::foreignMinimalAnnotation()
{
    QJsonObject annotation = valid();
    annotation["type"] = QJsonArray{"Annotation"};
    annotation["bodyValue"] = "Commentaire d'un autre outil";
    annotation["body"] = QJsonArray{QJsonObject{{"type", "TextualBody"}, {"purpose", "tagging"}, {"value", "  autre  "}},
                                    "http://example.org/external-body"};
    QJsonObject single = annotation;
    single["@context"] = "http://www.w3.org/ns/anno.jsonld";
    const AnnotationImportReport report =
        W3cAnnotationImporter(m_target->database()).importJson(QJsonDocument(single).toJson());
    QVERIFY2(report.complete(), qPrintable(report.fileError + report.refusals.join('\n')));
    QCOMPARE(report.imported, 1);
    const Annotation stored = allAnnotations(*m_target).first();
    QCOMPARE(stored.note, QStringLiteral("Commentaire d'un autre outil"));
    QCOMPARE(stored.tags, QStringList{"autre"});
    QCOMPARE(stored.color, QStringLiteral("#ffd54f"));
    QVERIFY(!stored.claim);
    QVERIFY(stored.created.isValid());
}

void TestAnnotationImport::articleFoundByIdentityWhenTextChanged()
{
    // Library C holds a corrected version of the French article: same title, outlet and date,
    // one more paragraph, hence another content hash.
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath("c.glossa")));
    ParsedPage page = frenchPage();
    page.blocks.prepend(paragraph("Mise à jour : la rédaction a corrigé cet article."));
    ParsedDocument document;
    document.encoding = "UTF-8";
    document.pages = {page};
    QVERIFY(ArticleWriter(library.database()).write("corrige.txt", "corrige", document).ok());
    const AnnotationImportReport report = W3cAnnotationImporter(library.database()).importJson(m_json);
    QCOMPARE(report.imported, 5);        // the French ones
    QCOMPARE(report.orphaned, 1);        // the one that was already orphaned
    QCOMPARE(report.missingArticle, 2);  // the Arabic article is not in library C
    QCOMPARE(report.refusals.size(), 2);
    QVERIFY(report.refusals.first().contains("is not in this library"));
    QVERIFY(report.fileError.isEmpty());
    const std::optional<Article> article = ArticleStore(library.database()).article(1);
    for (const Annotation &annotation : AnnotationStore(library.database()).annotationsForArticle(1)) {
        if (annotation.orphaned)
            continue;
        QCOMPARE(article->text.mid(annotation.anchor.start, annotation.anchor.end - annotation.anchor.start),
                 annotation.anchor.exact);
    }
}

void TestAnnotationImport::missingArticleSkipped()
{
    QJsonObject stranger = valid();
    QJsonObject target = stranger["target"].toObject();
    target["source"] = "urn:glossa:article:0000";
    stranger["target"] = target;
    const AnnotationImportReport report =
        W3cAnnotationImporter(m_target->database()).importJson(wrap(QJsonArray{valid(), stranger}));
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.missingArticle, 1);
    QCOMPARE(report.refusals.size(), 1);
    QVERIFY(report.refusals.first().startsWith("annotation 2:"));
    QVERIFY(!report.complete());
}

void TestAnnotationImport::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto item = [this](const std::function<void(QJsonObject &)> &change) {
        QJsonObject annotation = valid();
        change(annotation);
        return wrap(QJsonArray{annotation});
    };
    const auto selector = [item](const QJsonValue &selector) {
        return item([selector](QJsonObject &a) {
            QJsonObject target = a["target"].toObject();
            target["selector"] = selector;
            a["target"] = target;
        });
    };
    const auto body = [item](const QJsonValue &body) { return item([body](QJsonObject &a) { a["body"] = body; }); };
    QTest::newRow("not json") << QByteArray("{\"@context\": ") << "not JSON";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "not JSON";
    QTest::newRow("array item without context") << QByteArray("[{\"type\": \"Annotation\"}]") << "item 1's @context lacks";
    QTest::newRow("no context") << QByteArray("{\"type\": \"AnnotationCollection\"}") << "@context";
    QTest::newRow("other type")
        << QByteArray("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Person\"}") << "not an AnnotationCollection";
    QTest::newRow("linked page")
        << QByteArray("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\","
                      " \"first\": \"http://example.org/page1\"}")
        << "links, not embedded";
    QTest::newRow("items not array")
        << QByteArray("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationPage\", \"items\": 3}")
        << "no items array";
    QTest::newRow("item not object") << wrap(QJsonArray{42}) << "annotation 1: not a JSON object";
    QTest::newRow("not an annotation") << item([](QJsonObject &a) { a["type"] = "Note"; }) << "type is not Annotation";
    QTest::newRow("no target") << item([](QJsonObject &a) { a.remove("target"); }) << "no target";
    QTest::newRow("target number") << item([](QJsonObject &a) { a["target"] = 5; }) << "not a SpecificResource";
    QTest::newRow("two targets") << item([](QJsonObject &a) { a["target"] = QJsonArray{a["target"], a["target"]}; })
                                 << "exactly one target";
    QTest::newRow("no source") << item([](QJsonObject &a) {
        QJsonObject t = a["target"].toObject();
        t.remove("source");
        a["target"] = t;
    }) << "no source IRI";
    QTest::newRow("only an XPath selector") << selector(QJsonObject{{"type", "XPathSelector"}, {"value", "/p[1]"}})
                                           << "no TextQuoteSelector";
    QTest::newRow("exact number") << selector(QJsonObject{{"type", "TextQuoteSelector"}, {"exact", 3}}) << "no exact text";
    QTest::newRow("exact empty") << selector(QJsonObject{{"type", "TextQuoteSelector"}, {"exact", ""}}) << "no exact text";
    QTest::newRow("prefix number")
        << selector(QJsonObject{{"type", "TextQuoteSelector"}, {"exact", "x"}, {"prefix", 1}}) << "prefix must be a string";
    // 20 MB of quote was stored as an orphan: refused over the bound, as the store refuses it.
    QTest::newRow("quote of 20 MB")
        << selector(QJsonObject{{"type", "TextQuoteSelector"}, {"exact", QString(20 * 1024 * 1024, QLatin1Char('a'))}})
        << "the quote is too long (20971520 characters; at most 1000000)";
    QTest::newRow("prefix one over the bound")
        << selector(QJsonObject{{"type", "TextQuoteSelector"}, {"exact", "x"},
                                {"prefix", QString(TextAnchor::kMaxQuoteLength + 1, QLatin1Char('a'))}})
        << "the quote is too long";
    const QJsonObject quote{{"type", "TextQuoteSelector"}, {"exact", "480 millions de dirhams"}};
    QTest::newRow("negative start")
        << selector(QJsonArray{quote, QJsonObject{{"type", "TextPositionSelector"}, {"start", -1}, {"end", 4}}}) << "0 <= start <= end";
    QTest::newRow("fractional end")
        << selector(QJsonArray{quote, QJsonObject{{"type", "TextPositionSelector"}, {"start", 1}, {"end", 4.5}}}) << "whole numbers";
    QTest::newRow("start after end")
        << selector(QJsonArray{quote, QJsonObject{{"type", "TextPositionSelector"}, {"start", 9}, {"end", 4}}}) << "start <= end";
    QTest::newRow("start string")
        << selector(QJsonArray{quote, QJsonObject{{"type", "TextPositionSelector"}, {"start", "1"}, {"end", 4}}}) << "whole numbers";
    QTest::newRow("body value number") << body(QJsonObject{{"type", "TextualBody"}, {"value", 3}}) << "no string value";
    QTest::newRow("body number") << body(QJsonArray{7}) << "not a JSON object";
    QTest::newRow("unknown verdict")
        << body(QJsonObject{{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "pants-on-fire"}}) << "unknown verdict";
    QTest::newRow("unknown kind")
        << body(QJsonObject{{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "false"}, {"glossa:claimKind", "rumour"}})
        << "unknown claim kind";
    QTest::newRow("claimant number")
        << body(QJsonObject{{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "false"}, {"glossa:claimant", 1}})
        << "glossa:claimant must be a string";
    QTest::newRow("confidence too big")
        << body(QJsonObject{{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "false"}, {"glossa:confidence", 2}})
        << "from 0 to 1";
    QTest::newRow("two claims")
        << body(QJsonArray{QJsonObject{{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "false"}},
                           QJsonObject{{"type", "TextualBody"}, {"purpose", "classifying"}, {"value", "supported"}}})
        << "more than one claim";
    QTest::newRow("colour name") << item([](QJsonObject &a) { a["glossa:color"] = "red"; }) << "not a #rrggbb colour";
    QTest::newRow("colour injection")
        << item([](QJsonObject &a) { a["glossa:color"] = "#fff;background:url(x)"; }) << "not a #rrggbb colour";
    QTest::newRow("colour number") << item([](QJsonObject &a) { a["glossa:color"] = 255; }) << "must be a string";
    QTest::newRow("created text") << item([](QJsonObject &a) { a["created"] = "hier"; }) << "not an ISO 8601";
    QTest::newRow("modified number") << item([](QJsonObject &a) { a["modified"] = 5; }) << "modified must be a string";
    QTest::newRow("orphaned string") << item([](QJsonObject &a) { a["glossa:orphaned"] = "yes"; }) << "true or false";
}

void TestAnnotationImport::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const AnnotationImportReport report = W3cAnnotationImporter(m_target->database()).importJson(json);
    QVERIFY(!report.complete());
    QVERIFY(!report.fileError.isEmpty());
    const QString all = report.refusals.join('\n') + '\n' + report.fileError;
    QVERIFY2(all.contains(message), qPrintable(all));
    for (const QString &line : report.refusals + QStringList{report.fileError})
        QVERIFY2(!line.contains('\n'), qPrintable(line));
    QCOMPARE(report.imported, 0);
    QCOMPARE(annotationCount(m_target->database()), 0);
}

void TestAnnotationImport::oneBadItemRefusesAll()
{
    QJsonArray list = items();
    QJsonObject bad = list.at(3).toObject();
    bad["glossa:color"] = "pas une couleur";
    list[3] = bad;
    const AnnotationImportReport report = W3cAnnotationImporter(m_target->database()).importJson(withItems(list));
    QCOMPARE(report.refusals.size(), 1);
    QVERIFY(report.refusals.first().startsWith("annotation 4 (urn:uuid:"));
    QVERIFY(report.fileError.contains("nothing imported"));
    QCOMPARE(annotationCount(m_target->database()), 0);
}

void TestAnnotationImport::failedWriteLeavesNothing()
{
    // A library that fails on the fourth annotation's claim: the first three must not stay.
    QSqlQuery sql(m_target->database());
    QVERIFY(sql.exec("CREATE TEMP TRIGGER refuse_misleading BEFORE INSERT ON claims"
                     " WHEN NEW.verdict = 'misleading' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"));
    const AnnotationImportReport report = W3cAnnotationImporter(m_target->database()).importJson(m_json);
    QVERIFY2(report.fileError.contains("disk on fire"), qPrintable(report.fileError));
    QCOMPARE(report.imported, 0);
    QCOMPARE(annotationCount(m_target->database()), 0);
    QSqlQuery tags(m_target->database());
    QVERIFY(tags.exec("SELECT count(*) FROM tags WHERE name = 'budget'") && tags.next());
    QCOMPARE(tags.value(0).toInt(), 0);
}

// A file's annotation that the library has already (the same UUID): the merge base is the
// version last merged; what changed since on either side decides.
void TestAnnotationImport::mergesByUuid_data()
{
    QTest::addColumn<bool>("changedHere");
    QTest::addColumn<bool>("changedThere");
    QTest::addColumn<QString>("theirModified");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<int>("outdated");
    QTest::addColumn<QString>("verdictAfter");
    QTest::newRow("changed there only") << false << true << "2025-06-01T10:00:00.000Z" << 1 << 0 << 0 << "false";
    QTest::newRow("changed here only") << true << false << "2025-05-01T09:30:00.000Z" << 0 << 0 << 1 << "disputed";
    QTest::newRow("changed on both sides") << true << true << "2025-06-01T10:00:00.000Z" << 0 << 1 << 0 << "disputed";
    QTest::newRow("an older version") << false << true << "2025-04-01T10:00:00.000Z" << 0 << 0 << 1 << "disputed";
}

void TestAnnotationImport::mergesByUuid()
{
    QFETCH(bool, changedHere);
    QFETCH(bool, changedThere);
    QFETCH(QString, theirModified);
    QFETCH(int, updated);
    QFETCH(int, conflicts);
    QFETCH(int, outdated);
    QFETCH(QString, verdictAfter);
    QCOMPARE(W3cAnnotationImporter(m_target->database()).importJson(m_json).imported, 7);
    // The first item is a claim judged "disputed".
    QJsonObject item = items().at(0).toObject();
    const QString uuid = item["id"].toString().mid(9);
    AnnotationStore store(m_target->database());
    Annotation ours = *store.annotationByUuid(uuid);
    QCOMPARE(ours.claim->verdict, QStringLiteral("disputed"));
    QVERIFY(ours.mergedModified.isValid());
    if (changedHere) {
        ours.note = QStringLiteral("revu ici");
        QVERIFY(store.update(ours));
    }
    if (changedThere) {
        QJsonArray bodies = item["body"].toArray();
        for (int i = 0; i < bodies.size(); ++i) {
            QJsonObject body = bodies.at(i).toObject();
            if (body["purpose"].toString() == QLatin1String("assessing")) {
                body["value"] = "false";
                bodies[i] = body;
            }
        }
        item["body"] = bodies;
    }
    item["modified"] = theirModified;
    const AnnotationImportReport report = W3cAnnotationImporter(m_target->database()).importJson(withItems({item}));
    QVERIFY2(report.complete(), qPrintable(report.fileError + report.refusals.join('\n')));
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.updated, updated);
    QCOMPARE(report.conflicts, conflicts);
    QCOMPARE(report.outdated, outdated);
    QCOMPARE(annotationCount(m_target->database()), 7); // never a second annotation
    const Annotation after = *store.annotationByUuid(uuid);
    QCOMPARE(after.claim->verdict, verdictAfter);
    QCOMPARE(after.note, changedHere ? QStringLiteral("revu ici") : ours.note);
    QCOMPARE(after.analyst, ours.analyst); // still its maker's
    QCOMPARE(after.conflicted, conflicts > 0);
    const QList<QByteArray> versions = store.conflictingVersions(after.id);
    QCOMPARE(versions.size(), conflicts);
    if (conflicts > 0) { // theirs, whole, beside ours
        const QJsonObject theirs = QJsonDocument::fromJson(versions.first()).object();
        QCOMPARE(theirs["id"].toString(), item["id"].toString());
        QCOMPARE(theirs["modified"].toString(), theirModified);
        bool judgedFalse = false;
        for (const QJsonValue &body : theirs["body"].toArray())
            judgedFalse = judgedFalse || (body["purpose"] == "assessing" && body["value"] == "false");
        QVERIFY(judgedFalse);
    }
    if (updated > 0) {
        QCOMPARE(after.modified, QDateTime::fromString(theirModified, Qt::ISODateWithMs));
        QCOMPARE(store.claimHistory(after.id).last().to, QStringLiteral("false"));
        // Merging the same file again changes nothing more.
        const AnnotationImportReport again = W3cAnnotationImporter(m_target->database()).importJson(withItems({item}));
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(again.updated, 0);
    }
}

void TestAnnotationImport::creatorWithoutUuidIsKnownByItsIri()
{
    QJsonObject annotation = valid();
    annotation["creator"] = QJsonObject{{"type", "Person"}, {"name", "Rim Haddad"}, {"id", "https://example.org/rim"}};
    const AnnotationImportReport report = W3cAnnotationImporter(m_target->database()).importJson(wrap({annotation}));
    QVERIFY2(report.complete(), qPrintable(report.fileError + report.refusals.join('\n')));
    const Annotation stored = allAnnotations(*m_target).first();
    QCOMPARE(stored.analyst.name, QStringLiteral("Rim Haddad"));
    // Known by the IRI, which stays when a name changes.
    QCOMPARE(stored.analyst.uuid, Analyst::named(QStringLiteral("https://example.org/rim")).uuid);
    QCOMPARE(stored.uuid, QStringLiteral("6a1c0c1e-0000-4000-8000-000000000001"));
}

void TestAnnotationImport::uuidOfAnotherArticleRefusesTheFile()
{
    QCOMPARE(W3cAnnotationImporter(m_target->database()).importJson(m_json).imported, 7);
    // The first item's UUID on an annotation of the second article.
    const QJsonArray list = items();
    QJsonObject moved = list.at(0).toObject();
    for (const QJsonValue &other : list) {
        if (other.toObject()["target"].toObject()["source"] != moved["target"].toObject()["source"]) {
            const QString id = moved["id"].toString();
            moved = other.toObject();
            moved["id"] = id;
            break;
        }
    }
    QJsonObject fresh = valid();
    fresh["id"] = "urn:uuid:6a1c0c1e-0000-4000-8000-0000000000aa";
    const AnnotationImportReport report =
        W3cAnnotationImporter(m_target->database()).importJson(withItems({fresh, moved}));
    QVERIFY(!report.fileError.isEmpty());
    QCOMPARE(report.refusals.size(), 1);
    QCOMPARE(annotationCount(m_target->database()), 7); // the fresh one was not written either
}

QTEST_GUILESS_MAIN(TestAnnotationImport)
#include "tst_annotationimport.moc"
