// Analysts and attribution (schema 8): who made each annotation, by UUID; the acting analyst of
// a connection; the library's first analyst taking what was made before; a claim's history.
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/blindreviewstore.h"
#include "storage/collectionstore.h"
#include "storage/schemamigrator.h"
#include "testlibrary.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;

namespace {

Analyst analyst(const QString &uuid, const QString &name, const QString &initials = {}, const QString &color = {})
{
    return Analyst{uuid, name, initials, color};
}

const QString kAmina = QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e");
const QString kYoussef = QStringLiteral("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");

bool isUuid(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return form.match(text).hasMatch();
}

} // namespace

class TestAnalysts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void namesGiveInitials_data();
    void namesGiveInitials();
    void namedAnalystsKeepOneId();
    void ensureMatchesByUuidOnly();
    void annotationsBelongToTheActingAnalyst();
    void annotationsKeepTheirOwnAnalyst();
    void everyAnnotationGetsAUuid();
    void claimHistoryRecordsEachChange_data();
    void claimHistoryRecordsEachChange();
    void restoreKeepsUuidAndAnalyst();
    void claimHistorySurvivesDeleteAndUndo();
    void articleNotesAndTagsRecordTheirAnalyst();
    void firstAnalystTakesWhatCameBefore();
    void blindReview_data();
    void blindReview();

private:
    Annotation makeAnnotation(int start, int end) const;
    QTemporaryDir *m_dir = nullptr;
    Library *m_library = nullptr;
    qint64 m_articleId = 0;
    QString m_text;
};

void TestAnalysts::init()
{
    m_dir = new QTemporaryDir;
    m_library = new Library;
    QVERIFY(m_library->open(m_dir->filePath("a.glossa")));
    const WriteResult result = ArticleWriter(m_library->database())
                                   .write("a.txt", "a",
                                          makeDocument({makePage("Titre", "Barlamane", QDate(2025, 2, 12),
                                                                 {"Le ministère a démenti toute implication.",
                                                                  "Le port sera livré en 2026, selon le ministre."})}));
    QVERIFY(result.ok());
    m_articleId = result.articleIds.first();
    m_text = ArticleStore(m_library->database()).article(m_articleId)->text;
}

void TestAnalysts::cleanup()
{
    delete m_library;
    delete m_dir;
}

Annotation TestAnalysts::makeAnnotation(int start, int end) const
{
    Annotation annotation;
    annotation.articleId = m_articleId;
    annotation.anchor.start = start;
    annotation.anchor.end = end;
    annotation.anchor.exact = m_text.mid(start, end - start);
    return annotation;
}

void TestAnalysts::namesGiveInitials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("initials");
    QTest::newRow("two words") << "Amina El Idrissi" << "AI";
    QTest::newRow("one word") << "youssef" << "YO";
    QTest::newRow("spaces") << "  Léa   Martin " << "LM";
    QTest::newRow("arabic") << "أمينة الإدريسي" << "أا";
    QTest::newRow("empty") << "" << "?";
}

void TestAnalysts::namesGiveInitials()
{
    QFETCH(QString, name);
    QFETCH(QString, initials);
    QCOMPARE(Analyst::initialsOf(name), initials);
    QCOMPARE(analyst(QStringLiteral("x"), name).displayInitials(), initials);
    QCOMPARE(analyst(QStringLiteral("x"), name, QStringLiteral("ZZ")).displayInitials(), QStringLiteral("ZZ"));
}

void TestAnalysts::namedAnalystsKeepOneId()
{
    // Without a colour of their own, analysts still get one, the same everywhere.
    QCOMPARE(Analyst::named(QStringLiteral("Amina")).displayColor(), Analyst::named(QStringLiteral("Amina")).displayColor());
    QCOMPARE(analyst(kAmina, "Amina", {}, "#123456").displayColor(), QStringLiteral("#123456"));
    QSet<QString> colours;
    for (int i = 0; i < 40; ++i)
        colours.insert(Analyst::named(QStringLiteral("analyst %1").arg(i)).displayColor());
    QVERIFY(colours.size() >= 6);
    const Analyst a = Analyst::named(QStringLiteral("Amina"));
    QVERIFY(isUuid(a.uuid));
    QCOMPARE(Analyst::named(QStringLiteral(" Amina ")).uuid, a.uuid); // the same person on every run
    QVERIFY(Analyst::named(QStringLiteral("amina")).uuid != a.uuid);
    QCOMPARE(a.name, QStringLiteral("Amina"));
}

void TestAnalysts::ensureMatchesByUuidOnly()
{
    AnalystStore store(m_library->database());
    const qint64 first = store.ensure(analyst(kAmina, "Amina"));
    QVERIFY(first > 0);
    // Renamed: the same row, the new name.
    QCOMPARE(store.ensure(analyst(kAmina, "Amina El Idrissi", "AEI", "#336699")), first);
    QCOMPARE(store.byUuid(kAmina)->name, QStringLiteral("Amina El Idrissi"));
    QCOMPARE(store.byUuid(kAmina)->color, QStringLiteral("#336699"));
    // Another person with the same name is another analyst.
    const qint64 namesake = store.ensure(analyst(kYoussef, "Amina El Idrissi"));
    QVERIFY(namesake > 0 && namesake != first);
    QCOMPARE(store.all().size(), 2);
    // Who chose no colour gets the palette's next one; an empty colour later changes nothing.
    QCOMPARE(store.byUuid(kYoussef)->color, Analyst::paletteColor(1));
    QVERIFY(store.byUuid(kYoussef)->color != store.byUuid(kAmina)->color);
    store.ensure(analyst(kYoussef, "Amina El Idrissi"));
    QCOMPARE(store.byUuid(kYoussef)->color, Analyst::paletteColor(1));
    QCOMPARE(store.ensure(Analyst()), qint64(0));
    QVERIFY(!store.lastError().isEmpty());
}

void TestAnalysts::annotationsBelongToTheActingAnalyst()
{
    AnnotationStore annotations(m_library->database());
    Annotation nobody = makeAnnotation(0, 2);
    QVERIFY(annotations.create(nobody));
    QVERIFY(!annotations.annotation(nobody.id)->analyst.isValid());

    AnalystStore analysts(m_library->database());
    QVERIFY(analysts.actAs(analyst(kAmina, "Amina", "AM", "#aa0000")));
    QCOMPARE(analysts.acting()->uuid, kAmina);
    Annotation hers = makeAnnotation(3, 12);
    QVERIFY2(annotations.create(hers), qPrintable(annotations.lastError()));
    QCOMPARE(hers.analyst.uuid, kAmina);
    const Annotation read = *annotations.annotation(hers.id);
    QCOMPARE(read.analyst, analyst(kAmina, "Amina", "AM", "#aa0000"));
    QCOMPARE(read.layer, Annotation::Layer::Analyst);

    // Another connection to the same file acts as someone else; each keeps its own.
    Library other;
    QVERIFY(other.open(m_library->path()));
    AnalystStore otherAnalysts(other.database());
    QVERIFY(!otherAnalysts.acting());
    QVERIFY(otherAnalysts.actAs(analyst(kYoussef, "Youssef")));
    Annotation his = makeAnnotation(13, 20);
    QVERIFY(AnnotationStore(other.database()).create(his));
    QCOMPARE(annotations.annotation(his.id)->analyst.uuid, kYoussef);
    QCOMPARE(analysts.acting()->uuid, kAmina);

    // An edit by another analyst leaves the maker the maker.
    Annotation edited = *annotations.annotation(his.id);
    edited.note = QStringLiteral("vu");
    QVERIFY(annotations.update(edited));
    QCOMPARE(annotations.annotation(his.id)->analyst.uuid, kYoussef);
}

void TestAnalysts::annotationsKeepTheirOwnAnalyst()
{
    QVERIFY(AnalystStore(m_library->database()).actAs(analyst(kAmina, "Amina")));
    Annotation merged = makeAnnotation(0, 2);
    merged.uuid = QStringLiteral("5D1A3C4B-0000-4000-8000-00000000ABCD"); // case does not matter
    merged.analyst = analyst(kYoussef, "Youssef");
    merged.layer = Annotation::Layer::Final;
    AnnotationStore annotations(m_library->database());
    QVERIFY(annotations.create(merged));
    const Annotation read = *annotations.annotationByUuid(QStringLiteral("5d1a3c4b-0000-4000-8000-00000000abcd"));
    QCOMPARE(read.id, merged.id);
    QCOMPARE(read.analyst.uuid, kYoussef);
    QCOMPARE(read.layer, Annotation::Layer::Final);
    // A UUID is one annotation: the same one again is refused, and nothing is written.
    Annotation again = makeAnnotation(3, 12);
    again.uuid = merged.uuid;
    QVERIFY(!annotations.create(again));
    QCOMPARE(annotations.annotationsForArticle(m_articleId).size(), 1);
}

void TestAnalysts::everyAnnotationGetsAUuid()
{
    AnnotationStore annotations(m_library->database());
    QSet<QString> seen;
    for (int i = 0; i < 5; ++i) {
        Annotation annotation = makeAnnotation(i, i + 2);
        QVERIFY(annotations.create(annotation));
        QVERIFY2(isUuid(annotation.uuid), qPrintable(annotation.uuid));
        seen.insert(annotation.uuid);
    }
    QCOMPARE(seen.size(), 5);
    // Written by something that knows nothing of UUIDs: the library gives it one.
    QSqlQuery sql(m_library->database());
    QVERIFY2(sql.exec(QStringLiteral("INSERT INTO annotations (article_id, start, end, exact, created_at, modified_at)"
                                     " VALUES (%1, 0, 2, 'Le', 'x', 'x')")
                          .arg(m_articleId)),
             qPrintable(sql.lastError().text()));
    const Annotation raw = *annotations.annotation(sql.lastInsertId().toLongLong());
    QVERIFY2(isUuid(raw.uuid), qPrintable(raw.uuid));
    QVERIFY(!seen.contains(raw.uuid));
}

void TestAnalysts::claimHistoryRecordsEachChange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("to");
    QTest::newRow("verdict") << "verdict" << "false";
    QTest::newRow("kind") << "kind" << "statistic";
    QTest::newRow("claimant") << "claimant" << "le ministre";
    QTest::newRow("evidence") << "evidence" << "https://example.org/rapport";
    QTest::newRow("confidence") << "confidence" << "0.75";
}

void TestAnalysts::claimHistoryRecordsEachChange()
{
    QFETCH(QString, field);
    QFETCH(QString, to);
    AnalystStore analysts(m_library->database());
    QVERIFY(analysts.actAs(analyst(kAmina, "Amina")));
    AnnotationStore annotations(m_library->database());
    Annotation annotation = makeAnnotation(0, 2);
    annotation.claim = Claim();
    QVERIFY(annotations.create(annotation));
    // Made: kind and verdict from nothing (claimant and evidence are empty, confidence none).
    QList<ClaimChange> history = annotations.claimHistory(annotation.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).field, QStringLiteral("kind"));
    QCOMPARE(history.at(0).to, QStringLiteral("factual"));
    QVERIFY(history.at(0).from.isEmpty());

    QVERIFY(analysts.actAs(analyst(kYoussef, "Youssef")));
    Claim claim = *annotation.claim;
    if (field == QLatin1String("verdict"))
        claim.verdict = to;
    else if (field == QLatin1String("kind"))
        claim.kind = to;
    else if (field == QLatin1String("claimant"))
        claim.claimant = to;
    else if (field == QLatin1String("evidence"))
        claim.evidence = to;
    else
        claim.confidence = to.toDouble();
    annotation.claim = claim;
    annotation.note = QStringLiteral("a note is not part of the claim");
    QVERIFY(annotations.update(annotation));
    history = annotations.claimHistory(annotation.id);
    QCOMPARE(history.size(), 3); // one change, one row
    const ClaimChange change = history.last();
    QCOMPARE(change.field, field);
    QCOMPARE(change.to, to);
    QCOMPARE(change.analyst.uuid, kYoussef);
    QVERIFY(change.when.isValid());
    // The same values again change nothing.
    QVERIFY(annotations.update(annotation));
    QCOMPARE(annotations.claimHistory(annotation.id).size(), 3);
    // The claim taken away: each field that had a value goes to nothing.
    annotation.claim.reset();
    QVERIFY(annotations.update(annotation));
    const bool thirdField = field != QLatin1String("verdict") && field != QLatin1String("kind");
    history = annotations.claimHistory(annotation.id);
    QCOMPARE(history.size(), 3 + (thirdField ? 3 : 2));
    QVERIFY(history.last().to.isEmpty());
}

void TestAnalysts::restoreKeepsUuidAndAnalyst()
{
    QVERIFY(AnalystStore(m_library->database()).actAs(analyst(kAmina, "Amina")));
    AnnotationStore annotations(m_library->database());
    Annotation annotation = makeAnnotation(3, 12);
    QVERIFY(annotations.create(annotation));
    const Annotation before = *annotations.annotation(annotation.id);
    QVERIFY(annotations.remove(annotation.id));
    QVERIFY(AnalystStore(m_library->database()).actAs(analyst(kYoussef, "Youssef"))); // undone by another
    QVERIFY(annotations.restore(before));
    const Annotation after = *annotations.annotation(annotation.id);
    QCOMPARE(after.uuid, before.uuid);
    QCOMPARE(after.analyst.uuid, kAmina);
}

// A claim's history is kept by UUID: deleting the annotation does not erase it, and undoing the
// deletion finds it again.
void TestAnalysts::claimHistorySurvivesDeleteAndUndo()
{
    QVERIFY(AnalystStore(m_library->database()).actAs(analyst(kAmina, "Amina")));
    AnnotationStore annotations(m_library->database());
    Annotation claim = makeAnnotation(3, 12);
    claim.claim = Claim();
    QVERIFY(annotations.create(claim));
    claim.claim->verdict = QStringLiteral("false");
    QVERIFY(annotations.update(claim));
    const Annotation before = *annotations.annotation(claim.id);
    QCOMPARE(annotations.claimHistory(claim.id).size(), 3);
    QVERIFY(annotations.remove(claim.id));
    QVERIFY(annotations.restore(before));
    const QList<ClaimChange> history = annotations.claimHistory(claim.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.last().to, QStringLiteral("false"));
}

void TestAnalysts::articleNotesAndTagsRecordTheirAnalyst()
{
    const auto scalar = [this](const QString &text) {
        QSqlQuery sql(m_library->database());
        return sql.exec(text) && sql.next() ? sql.value(0) : QVariant();
    };
    ArticleStore articles(m_library->database());
    AnalystStore analysts(m_library->database());
    QVERIFY(analysts.actAs(analyst(kAmina, "Amina")));
    QVERIFY(articles.setNote(m_articleId, QStringLiteral("à vérifier")));
    QVERIFY(articles.setTags(m_articleId, {QStringLiteral("budget")}));
    QVERIFY(analysts.actAs(analyst(kYoussef, "Youssef")));
    QVERIFY(articles.setTags(m_articleId, {QStringLiteral("budget"), QStringLiteral("santé")}));
    const QString byTag = QStringLiteral("SELECT a.uuid FROM article_tags x JOIN tags t ON t.id = x.tag_id"
                                         " JOIN analysts a ON a.id = x.analyst_id WHERE t.name = '%1'");
    QCOMPARE(scalar(byTag.arg("budget")).toString(), kAmina); // kept: still hers
    QCOMPARE(scalar(byTag.arg("santé")).toString(), kYoussef);
    QCOMPARE(articles.article(m_articleId)->tags, (QStringList{"budget", "santé"}));
    const QString noteBy = QStringLiteral("SELECT a.uuid FROM articles r JOIN analysts a ON a.id = r.note_analyst_id");
    QCOMPARE(scalar(noteBy).toString(), kAmina);
    QVERIFY(articles.setNote(m_articleId, QStringLiteral("vérifié")));
    QCOMPARE(scalar(noteBy).toString(), kYoussef);
    QVERIFY(!scalar(QStringLiteral("SELECT note_modified_at FROM articles")).toString().isEmpty());
}

// A library of format 7, annotated before analysts existed: after the upgrade every annotation
// has its own UUID and nobody's name, until the first analyst recorded takes them all (and the
// article notes written then); later analysts take nothing.
void TestAnalysts::firstAnalystTakesWhatCameBefore()
{
    const QString path = m_dir->filePath("older.glossa");
    qint64 articleId = 0;
    {
        Library older;
        QVERIFY(older.openAtVersion(path, 7));
        const WriteResult result =
            ArticleWriter(older.database())
                .write("o.txt", "o", makeDocument({makePage("Ancien", "Hespress", QDate(2024, 5, 1), {"Un texte ancien ici."})}));
        QVERIFY(result.ok());
        articleId = result.articleIds.first();
        QSqlQuery sql(older.database());
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(sql.exec(QStringLiteral("INSERT INTO annotations (article_id, start, end, exact, created_at, modified_at)"
                                             " VALUES (%1, %2, %3, '%4', 'x', 'x')")
                                  .arg(articleId)
                                  .arg(i * 3)
                                  .arg(i * 3 + 2)
                                  .arg(QStringLiteral("Un texte ancien ici.").mid(i * 3, 2))),
                     qPrintable(sql.lastError().text()));
        }
        QVERIFY(sql.exec(QStringLiteral("UPDATE articles SET note = 'à revoir' WHERE id = %1").arg(articleId)));
    }
    Library library;
    QVERIFY(library.open(path));
    QCOMPARE(SchemaMigrator::currentVersion(library.database()), SchemaMigrator::latestVersion());
    AnnotationStore annotations(library.database());
    QList<Annotation> before = annotations.annotationsForArticle(articleId);
    QCOMPARE(before.size(), 3);
    QSet<QString> uuids;
    for (const Annotation &annotation : before) {
        QVERIFY(isUuid(annotation.uuid));
        QVERIFY(!annotation.analyst.isValid());
        uuids.insert(annotation.uuid);
    }
    QCOMPARE(uuids.size(), 3);

    QVERIFY(AnalystStore(library.database()).actAs(analyst(kAmina, "Amina")));
    for (const Annotation &annotation : annotations.annotationsForArticle(articleId))
        QCOMPARE(annotation.analyst.uuid, kAmina);
    QSqlQuery sql(library.database());
    QVERIFY(sql.exec(QStringLiteral("SELECT a.uuid FROM articles r JOIN analysts a ON a.id = r.note_analyst_id"
                                    " WHERE r.id = %1").arg(articleId)) && sql.next());
    QCOMPARE(sql.value(0).toString(), kAmina);

    Annotation unclaimed = makeAnnotation(0, 2);
    unclaimed.articleId = articleId;
    unclaimed.anchor.exact = QStringLiteral("Un");
    QVERIFY(AnnotationStore(library.database()).create(unclaimed)); // still acting as Amina
    QVERIFY(AnalystStore(library.database()).actAs(analyst(kYoussef, "Youssef")));
    for (const Annotation &annotation : annotations.annotationsForArticle(articleId))
        QCOMPARE(annotation.analyst.uuid, kAmina);
}

// Blind by the article's own flag or through a blind collection; done is each analyst's own.
void TestAnalysts::blindReview_data()
{
    QTest::addColumn<bool>("articleBlind");
    QTest::addColumn<bool>("collectionBlind");
    QTest::addColumn<bool>("blind");
    QTest::newRow("neither") << false << false << false;
    QTest::newRow("the article") << true << false << true;
    QTest::newRow("its collection") << false << true << true;
    QTest::newRow("both") << true << true << true;
}

void TestAnalysts::blindReview()
{
    QFETCH(bool, articleBlind);
    QFETCH(bool, collectionBlind);
    QFETCH(bool, blind);
    CollectionStore collections(m_library->database());
    const qint64 collection = collections.create(QStringLiteral("Dossier port"));
    QVERIFY(collection > 0);
    QCOMPARE(collections.addArticles(collection, {m_articleId}), 1);
    BlindReviewStore review(m_library->database());
    QVERIFY(review.setArticleBlind(m_articleId, articleBlind));
    QVERIFY(review.setCollectionBlind(collection, collectionBlind));
    QCOMPARE(review.isArticleBlind(m_articleId), articleBlind);
    QCOMPARE(review.isCollectionBlind(collection), collectionBlind);
    QCOMPARE(review.isBlind(m_articleId), blind);
    QVERIFY(!review.setArticleBlind(999, true)); // no such article
    QVERIFY(!review.lastError().isEmpty());

    QVERIFY(!review.setDone(m_articleId, true)); // nobody at the desk: nobody to be done
    AnalystStore analysts(m_library->database());
    QVERIFY(analysts.actAs(analyst(kAmina, "Amina")));
    QVERIFY(!review.isDone(m_articleId));
    QVERIFY(review.setDone(m_articleId, true));
    QVERIFY(review.isDone(m_articleId));
    QVERIFY(analysts.actAs(analyst(kYoussef, "Youssef")));
    QVERIFY(!review.isDone(m_articleId)); // Amina's, not his
    QVERIFY(analysts.actAs(analyst(kAmina, "Amina")));
    QVERIFY(review.setDone(m_articleId, false));
    QVERIFY(!review.isDone(m_articleId));
}

QTEST_GUILESS_MAIN(TestAnalysts)
#include "tst_analysts.moc"
