#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articleremoval.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/claimmemorystore.h"
#include "storage/librarycopier.h"
#include "backendtest.h"
#include "testlibrary.h"

#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

Q_DECLARE_METATYPE(glossa::Appearance::Status)

// The claim memory on both backends: which claims it remembers, the fact-checks imported into
// it, and the appearances matching proposes and analysts decide.
class TestClaimMemoryStore : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestClaimMemoryStore(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void remembersSettledClaims_data();
    void remembersSettledClaims();
    void remembersImportedFactChecks();
    void addsFactChecksOnce_data();
    void addsFactChecksOnce();
    void refusesABadBatchWhole();
    void proposesEachSpanOnce_data();
    void proposesEachSpanOnce();
    void listsAppearancesByFilter_data();
    void listsAppearancesByFilter();
    void decidesAndReopens_data();
    void decidesAndReopens();
    void deletedArticleTakesItsAppearancesAndUndoBringsThemBack();
    void appearanceOfADeletedClaimIsNotListed();
    void copiesTheMemoryToAnotherLibrary();
    void acceptedAnnotationDeletedAndRestored();
    void settledIsWhenTheVerdictWasLastGiven();

private:
    qint64 claim(qint64 articleId, const QString &quote, const QString &verdict);
    Appearance appearanceOf(qint64 articleId, const QString &quote, const RememberedClaim &claim) const;
    QString textOf(qint64 articleId) const;

    Library *m_library = nullptr;
    QList<qint64> m_ids;
    QString m_analyst; // the display name of who settles claims in this library
};

void TestClaimMemoryStore::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    if (backend() == Backend::Sqlite) { // a team library's analyst is the connecting role
        QVERIFY(AnalystStore(m_library->database())
                    .actAs(Analyst{QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e"), QStringLiteral("Amina"), {}, {}}));
        m_analyst = QStringLiteral("Amina");
    } else {
        m_analyst = QStringLiteral("Desk Editor");
    }
    ArticleWriter writer(m_library->database());
    const WriteResult result = writer.write(
        "a.txt", "a",
        makeDocument({makePage("Chômage", "Barlamane", QDate(2025, 2, 12),
                               {"Le ministre a affirmé que le chômage a baissé de 31 % en un an.", "الجيش نفى أي تورط 🙂."}),
                      makePage("Reprise", "Hespress", QDate(2025, 3, 1),
                               {"Selon le porte-parole, le chômage a baissé de 31 % en un an, un record.",
                                "Le chômage a baissé de 13 % en un an, dit un autre."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_ids = result.articleIds;
    QCOMPARE(m_ids.size(), 2);
}

void TestClaimMemoryStore::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

QString TestClaimMemoryStore::textOf(qint64 articleId) const
{
    return ArticleStore(m_library->database()).article(articleId)->text;
}

qint64 TestClaimMemoryStore::claim(qint64 articleId, const QString &quote, const QString &verdict)
{
    const QString text = textOf(articleId);
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.anchor.start = int(text.indexOf(quote));
    annotation.anchor.end = annotation.anchor.start + int(quote.size());
    annotation.anchor.exact = quote;
    Claim claim;
    claim.kind = QStringLiteral("statistic");
    claim.verdict = verdict;
    claim.claimant = QStringLiteral("Le ministre");
    annotation.claim = claim;
    AnnotationStore store(m_library->database());
    if (!store.create(annotation))
        qWarning("annotation refused: %s", qPrintable(store.lastError()));
    return annotation.id;
}

Appearance TestClaimMemoryStore::appearanceOf(qint64 articleId, const QString &quote, const RememberedClaim &claim) const
{
    Appearance appearance;
    appearance.articleId = articleId;
    appearance.start = int(textOf(articleId).indexOf(quote));
    appearance.end = appearance.start + int(quote.size());
    appearance.exact = quote;
    appearance.claim = claim;
    appearance.score = 0.93;
    appearance.match = Appearance::Match::Reworded;
    appearance.reason = QStringLiteral("shares 31 %, chômage, baissé");
    return appearance;
}

namespace {

FactCheck factCheck(const QString &text, const QString &url, const QString &verdict = QStringLiteral("false"))
{
    FactCheck check;
    check.claimReviewed = text;
    check.url = url;
    check.reviewer = QStringLiteral("Les Surligneurs");
    check.rating = QStringLiteral("Faux");
    check.ratingValue = 1;
    check.bestRating = 5;
    check.worstRating = 1;
    check.verdict = verdict;
    check.claimant = QStringLiteral("Le ministre");
    check.appearanceUrl = QStringLiteral("https://example.org/interview");
    check.published = QDateTime(QDate(2025, 1, 20), QTime(9, 30), Qt::UTC);
    check.language = QStringLiteral("fr");
    return check;
}

} // namespace

void TestClaimMemoryStore::remembersSettledClaims_data()
{
    QTest::addColumn<QStringList>("verdicts");
    QTest::addColumn<QStringList>("remembered");
    QTest::newRow("nothing settled") << QStringList{QStringLiteral("unverified")} << QStringList{};
    QTest::newRow("false") << QStringList{QStringLiteral("false")} << QStringList{QStringLiteral("false")};
    QTest::newRow("unverifiable is a verdict") << QStringList{QStringLiteral("unverifiable")}
                                               << QStringList{QStringLiteral("unverifiable")};
    QTest::newRow("mixed") << QStringList{QStringLiteral("supported"), QStringLiteral("unverified"), QStringLiteral("misleading")}
                           << QStringList{QStringLiteral("supported"), QStringLiteral("misleading")};
}

void TestClaimMemoryStore::remembersSettledClaims()
{
    QFETCH(QStringList, verdicts);
    QFETCH(QStringList, remembered);
    const QStringList quotes{QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("Le ministre"),
                             QStringLiteral("en un an")};
    QList<qint64> ids;
    for (int i = 0; i < verdicts.size(); ++i)
        ids << claim(m_ids.first(), quotes.at(i), verdicts.at(i));
    ClaimMemoryStore store(m_library->database());
    const QList<RememberedClaim> claims = store.rememberedClaims();
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    QStringList got;
    for (const RememberedClaim &claim : claims) {
        got << claim.verdict;
        QCOMPARE(claim.source, RememberedClaim::Source::Library);
        QVERIFY(ids.contains(claim.id));
        QCOMPARE(claim.text, quotes.at(int(ids.indexOf(claim.id))));
        QCOMPARE(claim.kind, QStringLiteral("statistic"));
        QCOMPARE(claim.claimant, QStringLiteral("Le ministre"));
        QCOMPARE(claim.reviewer, m_analyst);
        QCOMPARE(claim.articleId, m_ids.first());
        QCOMPARE(claim.language, QStringLiteral("fr"));
        QVERIFY(claim.settled.isValid());
        QVERIFY(qAbs(claim.settled.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(claim.key(), QStringLiteral("library:%1").arg(claim.id));
        const std::optional<RememberedClaim> one = store.rememberedClaim(RememberedClaim::Source::Library, claim.id);
        QVERIFY(one);
        QCOMPARE(one->text, claim.text);
        QCOMPARE(one->verdict, claim.verdict);
    }
    QCOMPARE(got, remembered);
    QVERIFY(!store.rememberedClaim(RememberedClaim::Source::Library, 987654));
}

void TestClaimMemoryStore::remembersImportedFactChecks()
{
    ClaimMemoryStore store(m_library->database());
    const qint64 own = claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    QCOMPARE(store.addFactChecks({factCheck(QStringLiteral("Le chômage a baissé de 31 % en un an"),
                                            QStringLiteral("https://factuel.example/chomage"))}),
             1);
    const QList<RememberedClaim> claims = store.rememberedClaims();
    QCOMPARE(claims.size(), 2);
    QCOMPARE(claims.first().id, own); // the library's own claims first
    const RememberedClaim imported = claims.last();
    QCOMPARE(imported.source, RememberedClaim::Source::Imported);
    QCOMPARE(imported.text, QStringLiteral("Le chômage a baissé de 31 % en un an"));
    QCOMPARE(imported.verdict, QStringLiteral("false"));
    QCOMPARE(imported.reviewer, QStringLiteral("Les Surligneurs"));
    QCOMPARE(imported.url, QStringLiteral("https://factuel.example/chomage"));
    QCOMPARE(imported.rating, QStringLiteral("Faux"));
    QCOMPARE(imported.claimant, QStringLiteral("Le ministre"));
    QCOMPARE(imported.settled, QDateTime(QDate(2025, 1, 20), QTime(9, 30), Qt::UTC));
    QCOMPARE(imported.language, QStringLiteral("fr"));
    QCOMPARE(imported.articleId, 0);
    QVERIFY(imported.kind.isEmpty());
    const std::optional<RememberedClaim> again = store.rememberedClaim(RememberedClaim::Source::Imported, imported.id);
    QVERIFY(again);
    QCOMPARE(again->url, imported.url);
}

void TestClaimMemoryStore::addsFactChecksOnce_data()
{
    QTest::addColumn<QList<QStringList>>("batches"); // each: text|url pairs
    QTest::addColumn<QList<int>>("added");
    QTest::addColumn<QList<int>>("skipped");
    const QStringList one{QStringLiteral("Le chômage a baissé de 31 %|https://a.example/1")};
    QTest::newRow("one") << QList<QStringList>{one} << QList<int>{1} << QList<int>{0};
    QTest::newRow("again") << QList<QStringList>{one, one} << QList<int>{1, 0} << QList<int>{0, 1};
    QTest::newRow("twice in one file") << QList<QStringList>{one + one} << QList<int>{1} << QList<int>{1};
    QTest::newRow("same page, another claim")
        << QList<QStringList>{one, {QStringLiteral("Le chômage a baissé de 13 %|https://a.example/1")}} << QList<int>{1, 1}
        << QList<int>{0, 0};
    QTest::newRow("same claim, another page")
        << QList<QStringList>{one, {QStringLiteral("Le chômage a baissé de 31 %|https://b.example/9")}} << QList<int>{1, 1}
        << QList<int>{0, 0};
    QTest::newRow("no page, twice") << QList<QStringList>{{QStringLiteral("قال الوزير إن البطالة انخفضت|")},
                                                          {QStringLiteral("قال الوزير إن البطالة انخفضت|")}}
                                    << QList<int>{1, 0} << QList<int>{0, 1};
}

void TestClaimMemoryStore::addsFactChecksOnce()
{
    QFETCH(QList<QStringList>, batches);
    QFETCH(QList<int>, added);
    QFETCH(QList<int>, skipped);
    ClaimMemoryStore store(m_library->database());
    int total = 0;
    for (int i = 0; i < batches.size(); ++i) {
        QList<FactCheck> checks;
        for (const QString &pair : batches.at(i))
            checks << factCheck(pair.section(QLatin1Char('|'), 0, 0), pair.section(QLatin1Char('|'), 1));
        int skip = -1;
        QCOMPARE(store.addFactChecks(checks, &skip), added.at(i));
        QCOMPARE(skip, skipped.at(i));
        total += added.at(i);
    }
    QCOMPARE(store.rememberedClaims().size(), total);
}

void TestClaimMemoryStore::refusesABadBatchWhole()
{
    ClaimMemoryStore store(m_library->database());
    QList<FactCheck> checks{factCheck(QStringLiteral("Le chômage a baissé"), QStringLiteral("https://a.example/1")),
                            factCheck(QStringLiteral("   "), QStringLiteral("https://a.example/2"))};
    QCOMPARE(store.addFactChecks(checks), -1);
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.rememberedClaims().isEmpty()); // nothing of the batch was kept
}

void TestClaimMemoryStore::proposesEachSpanOnce_data()
{
    QTest::addColumn<QString>("firstStatus"); // what became of the first proposal
    QTest::addColumn<bool>("otherClaim");      // the second proposal names another claim
    QTest::addColumn<bool>("otherSpan");       // … or another span
    QTest::addColumn<int>("added");
    QTest::newRow("proposed again") << "proposed" << false << false << 0;
    QTest::newRow("accepted, proposed again") << "accepted" << false << false << 0;
    QTest::newRow("dismissed is never proposed again") << "dismissed" << false << false << 0;
    QTest::newRow("same span, another claim") << "dismissed" << true << false << 1;
    QTest::newRow("same claim, another span") << "dismissed" << false << true << 1;
}

void TestClaimMemoryStore::proposesEachSpanOnce()
{
    QFETCH(QString, firstStatus);
    QFETCH(bool, otherClaim);
    QFETCH(bool, otherSpan);
    QFETCH(int, added);
    claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    ClaimMemoryStore store(m_library->database());
    QCOMPARE(store.addFactChecks({factCheck(QStringLiteral("Le chômage a baissé de 31 %"), QStringLiteral("https://a.example/1"))}), 1);
    const QList<RememberedClaim> claims = store.rememberedClaims();
    QCOMPARE(claims.size(), 2);
    const Appearance first = appearanceOf(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), claims.first());
    QCOMPARE(store.propose({first}), 1);
    const QList<Appearance> listed = store.appearances({});
    QCOMPARE(listed.size(), 1);
    const qint64 acceptedAs = claim(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), QStringLiteral("false"));
    const Appearance::Status status = *ClaimMemoryStore::statusFromName(firstStatus);
    QVERIFY2(store.setStatus(listed.first().id, status, acceptedAs), qPrintable(store.lastError()));

    Appearance second = first;
    if (otherClaim)
        second.claim = claims.last();
    if (otherSpan)
        second = appearanceOf(m_ids.last(), QStringLiteral("Le chômage a baissé de 13 %"), first.claim);
    QCOMPARE(store.propose({second}), added);
    QCOMPARE(store.appearances({}).size(), 1 + added);
    QCOMPARE(store.appearance(listed.first().id)->status, status); // the first decision stands
}

void TestClaimMemoryStore::listsAppearancesByFilter_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("article"); // 0 any, 1 first, 2 second
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << QString() << 0 << QString() << 3;
    QTest::newRow("false") << "false" << 0 << QString() << 2;
    QTest::newRow("misleading") << "misleading" << 0 << QString() << 1;
    QTest::newRow("supported") << "supported" << 0 << QString() << 0;
    QTest::newRow("second article") << QString() << 2 << QString() << 3;
    QTest::newRow("first article") << QString() << 1 << QString() << 0;
    QTest::newRow("dismissed") << QString() << 0 << "dismissed" << 1;
    QTest::newRow("proposed false") << "false" << 0 << "proposed" << 1;
}

void TestClaimMemoryStore::listsAppearancesByFilter()
{
    QFETCH(QString, verdict);
    QFETCH(int, article);
    QFETCH(QString, status);
    QFETCH(int, expected);
    const qint64 own = claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    ClaimMemoryStore store(m_library->database());
    QCOMPARE(store.addFactChecks({factCheck(QStringLiteral("Le chômage a baissé de 13 %"), QStringLiteral("https://a.example/2"),
                                            QStringLiteral("misleading")),
                                  factCheck(QStringLiteral("Un record"), QStringLiteral("https://a.example/3"))}),
             2);
    const QList<RememberedClaim> claims = store.rememberedClaims();
    QCOMPARE(claims.size(), 3);
    QCOMPARE(claims.first().id, own);
    QCOMPARE(store.propose({appearanceOf(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), claims.at(0)),
                            appearanceOf(m_ids.last(), QStringLiteral("Le chômage a baissé de 13 %"), claims.at(1)),
                            appearanceOf(m_ids.last(), QStringLiteral("un record"), claims.at(2))}),
             3);
    const QList<Appearance> all = store.appearances({});
    QCOMPARE(all.size(), 3);
    const auto record = std::find_if(all.cbegin(), all.cend(), [](const Appearance &a) { return a.exact == QLatin1String("un record"); });
    QVERIFY(record != all.cend());
    QVERIFY(store.setStatus(record->id, Appearance::Status::Dismissed));

    AppearanceQuery query;
    query.verdict = verdict;
    query.articleId = article == 0 ? 0 : m_ids.at(article - 1);
    if (!status.isEmpty())
        query.status = ClaimMemoryStore::statusFromName(status);
    const QList<Appearance> found = store.appearances(query);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    QCOMPARE(found.size(), expected);
    for (const Appearance &appearance : found) {
        QCOMPARE(textOf(appearance.articleId).mid(appearance.start, appearance.end - appearance.start), appearance.exact);
        QVERIFY(verdict.isEmpty() || appearance.claim.verdict == verdict);
        QCOMPARE(appearance.match, Appearance::Match::Reworded);
        QCOMPARE(appearance.score, 0.93);
        QVERIFY(!appearance.reason.isEmpty());
        QVERIFY(appearance.created.isValid());
        if (appearance.claim.source == RememberedClaim::Source::Library) {
            QCOMPARE(appearance.claim.id, own);
            QCOMPARE(appearance.claim.text, QStringLiteral("le chômage a baissé de 31 %"));
            QCOMPARE(appearance.claim.reviewer, m_analyst);
            QCOMPARE(appearance.claim.articleId, m_ids.first());
            QCOMPARE(appearance.claim.kind, QStringLiteral("statistic"));
        } else {
            QCOMPARE(appearance.claim.reviewer, QStringLiteral("Les Surligneurs"));
            QVERIFY(appearance.claim.url.startsWith(QStringLiteral("https://a.example/")));
        }
    }
    query.limit = 1;
    QCOMPARE(store.appearances(query).size(), qMin(expected, 1));
}

void TestClaimMemoryStore::decidesAndReopens_data()
{
    QTest::addColumn<Appearance::Status>("status");
    QTest::addColumn<bool>("withAnnotation");
    QTest::addColumn<bool>("ok");
    QTest::newRow("accepted") << Appearance::Status::Accepted << true << true;
    QTest::newRow("accepted without an annotation") << Appearance::Status::Accepted << false << false;
    QTest::newRow("dismissed") << Appearance::Status::Dismissed << false << true;
}

void TestClaimMemoryStore::decidesAndReopens()
{
    QFETCH(Appearance::Status, status);
    QFETCH(bool, withAnnotation);
    QFETCH(bool, ok);
    claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    ClaimMemoryStore store(m_library->database());
    const RememberedClaim original = store.rememberedClaims().first();
    QCOMPARE(store.propose({appearanceOf(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), original)}), 1);
    const qint64 id = store.appearances({}).first().id;
    const qint64 annotation =
        withAnnotation ? claim(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), QStringLiteral("false")) : 0;
    QCOMPARE(store.setStatus(id, status, annotation), ok);
    const QString refusal = store.lastError();
    std::optional<Appearance> after = store.appearance(id);
    QVERIFY(after);
    if (!ok) {
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(after->status, Appearance::Status::Proposed);
        return;
    }
    QCOMPARE(after->status, status);
    QCOMPARE(after->acceptedAnnotationId, annotation);
    QSqlQuery decided(privileged(*m_library));
    QVERIFY(decided.exec(QStringLiteral("SELECT n.name, p.decided_at FROM claim_appearances p JOIN analysts n ON n.id = p.decided_by"
                                        " WHERE p.id = %1").arg(id)));
    QVERIFY(decided.next());
    QCOMPARE(decided.value(0).toString(), m_analyst);
    QVERIFY(!decided.value(1).toString().isEmpty());
    decided.finish();
    if (withAnnotation) // an accepted repeat is not remembered as a claim of its own
        QCOMPARE(store.rememberedClaims().size(), 1);

    QVERIFY2(store.setStatus(id, Appearance::Status::Proposed), qPrintable(store.lastError()));
    after = store.appearance(id);
    QCOMPARE(after->status, Appearance::Status::Proposed);
    QCOMPARE(after->acceptedAnnotationId, 0);
    QVERIFY(!store.setStatus(987654, Appearance::Status::Dismissed));
    QVERIFY(store.lastError().contains(QStringLiteral("987654")));
}

void TestClaimMemoryStore::deletedArticleTakesItsAppearancesAndUndoBringsThemBack()
{
    claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    ClaimMemoryStore store(m_library->database());
    const RememberedClaim original = store.rememberedClaims().first();
    QCOMPARE(store.propose({appearanceOf(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), original),
                            appearanceOf(m_ids.last(), QStringLiteral("Le chômage a baissé de 13 %"), original)}),
             2);
    const QList<Appearance> before = store.appearances({});
    QVERIFY(store.setStatus(before.last().id, Appearance::Status::Dismissed));

    ArticleRemoval removal(m_library->database());
    const std::optional<QList<RemovedArticle>> removed = removal.remove({m_ids.last()});
    QVERIFY2(removed, qPrintable(removal.lastError()));
    QVERIFY(store.appearances({}).isEmpty());
    QVERIFY2(removal.restore(*removed), qPrintable(removal.lastError()));
    const QList<Appearance> after = store.appearances({});
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).exact, before.at(i).exact);
    }
    QCOMPARE(after.last().status, Appearance::Status::Dismissed);
    // The dismissed span is still known: proposing it again adds nothing.
    QCOMPARE(store.propose({appearanceOf(m_ids.last(), QStringLiteral("Le chômage a baissé de 13 %"), original)}), 0);
}

void TestClaimMemoryStore::appearanceOfADeletedClaimIsNotListed()
{
    const qint64 own = claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    ClaimMemoryStore store(m_library->database());
    const RememberedClaim original = store.rememberedClaims().first();
    // A library claim is not proposed over its own annotation.
    QCOMPARE(store.propose({appearanceOf(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), original)}), 0);
    QCOMPARE(store.propose({appearanceOf(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), original)}), 1);
    QVERIFY(AnnotationStore(m_library->database()).remove(own));
    QVERIFY(store.appearances({}).isEmpty());
    QVERIFY(!store.rememberedClaim(RememberedClaim::Source::Library, own));
}

void TestClaimMemoryStore::copiesTheMemoryToAnotherLibrary()
{
    claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    ClaimMemoryStore store(m_library->database());
    QCOMPARE(store.addFactChecks({factCheck(QStringLiteral("Le chômage a baissé de 13 %"), QStringLiteral("https://a.example/2"),
                                            QStringLiteral("misleading"))}),
             1);
    const QList<RememberedClaim> claims = store.rememberedClaims();
    QCOMPARE(store.propose({appearanceOf(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), claims.at(0)),
                            appearanceOf(m_ids.last(), QStringLiteral("Le chômage a baissé de 13 %"), claims.at(1))}),
             2);
    const QList<Appearance> before = store.appearances({});
    const qint64 accepted = claim(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), QStringLiteral("false"));
    QVERIFY(store.setStatus(before.first().id, Appearance::Status::Accepted, accepted));
    QVERIFY(store.setStatus(before.last().id, Appearance::Status::Dismissed));

    QTemporaryDir dir;
    Library target;
    QString why;
    QVERIFY2(target.open(dir.filePath(QStringLiteral("copy.glossa")), &why), qPrintable(why));
    // The target's own fact-check first, so that row ids differ between the two libraries.
    QCOMPARE(ClaimMemoryStore(target.database()).addFactChecks({factCheck(QStringLiteral("Autre chose"), QString())}), 1);
    for (int pass = 0; pass < 2; ++pass) { // copying again adds nothing
        LibraryCopier copier(m_library->database(), target.database());
        QVERIFY2(copier.copy(), qPrintable(copier.lastError()));
        if (pass == 1)
            QCOMPARE(copier.added(), 0);
    }
    ClaimMemoryStore copied(target.database());
    const QList<RememberedClaim> claimsThere = copied.rememberedClaims();
    QCOMPARE(claimsThere.size(), 3);
    QCOMPARE(claimsThere.last().url, QStringLiteral("https://a.example/2"));
    QCOMPARE(claimsThere.last().reviewer, QStringLiteral("Les Surligneurs"));
    const QList<Appearance> after = copied.appearances({});
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.at(i).exact, before.at(i).exact);
        QCOMPARE(after.at(i).claim.text, before.at(i).claim.text);
        QCOMPARE(after.at(i).claim.source, before.at(i).claim.source);
        QCOMPARE(after.at(i).score, before.at(i).score);
    }
    QCOMPARE(after.first().status, Appearance::Status::Accepted);
    QVERIFY(after.first().acceptedAnnotationId > 0);
    QCOMPARE(AnnotationStore(target.database()).annotation(after.first().acceptedAnnotationId)->anchor.exact,
             QStringLiteral("le chômage a baissé de 31 % en un an"));
    QCOMPARE(after.last().status, Appearance::Status::Dismissed);
}

void TestClaimMemoryStore::acceptedAnnotationDeletedAndRestored()
{
    const qint64 own = claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    ClaimMemoryStore store(m_library->database());
    QCOMPARE(store.propose({appearanceOf(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"),
                                         store.rememberedClaims().first())}),
             1);
    const qint64 id = store.appearances({}).first().id;
    const qint64 repeat = claim(m_ids.last(), QStringLiteral("le chômage a baissé de 31 % en un an"), QStringLiteral("false"));
    QVERIFY(store.setStatus(id, Appearance::Status::Accepted, repeat));
    QCOMPARE(store.acceptedArticles(own).size(), 1);
    QCOMPARE(store.acceptedArticles(own).first().title, QStringLiteral("Reprise"));

    AnnotationStore annotations(m_library->database());
    const Annotation kept = *annotations.annotation(repeat);
    QVERIFY(annotations.remove(repeat));
    QVERIFY(store.acceptedArticles(own).isEmpty()); // its annotation is gone
    QVERIFY2(annotations.restore(kept), qPrintable(annotations.lastError())); // undo of the deletion
    QCOMPARE(store.appearance(id)->acceptedAnnotationId, repeat);
    QCOMPARE(store.appearance(id)->status, Appearance::Status::Accepted);
    QCOMPARE(store.acceptedArticles(own).size(), 1);
    QCOMPARE(store.rememberedClaims().size(), 1); // still a repeat, not a claim of its own
}

void TestClaimMemoryStore::settledIsWhenTheVerdictWasLastGiven()
{
    const qint64 own = claim(m_ids.first(), QStringLiteral("le chômage a baissé de 31 %"), QStringLiteral("false"));
    const QString uuid = AnnotationStore(m_library->database()).annotation(own)->uuid;
    QSqlQuery change(privileged(*m_library));
    // The verdict given on 5 January, changed again on 9 February; the note edited in June.
    QVERIFY(change.exec(QStringLiteral("UPDATE claim_history SET changed_at = '2025-01-05T10:00:00.000Z' WHERE annotation_uuid = '%1'").arg(uuid)));
    QVERIFY(change.exec(QStringLiteral("INSERT INTO claim_history (annotation_uuid, changed_at, field, old_value, new_value)"
                                       " VALUES ('%1', '2025-02-09T08:30:00.000Z', 'verdict', 'misleading', 'false')").arg(uuid)));
    QVERIFY(change.exec(QStringLiteral("INSERT INTO claim_history (annotation_uuid, changed_at, field, old_value, new_value)"
                                       " VALUES ('%1', '2025-03-01T08:30:00.000Z', 'claimant', '', 'Le ministre')").arg(uuid)));
    QVERIFY(change.exec(QStringLiteral("UPDATE annotations SET modified_at = '2025-06-01T00:00:00.000Z' WHERE id = %1").arg(own)));
    ClaimMemoryStore store(m_library->database());
    const QDateTime verdictGiven(QDate(2025, 2, 9), QTime(8, 30), Qt::UTC);
    QCOMPARE(store.rememberedClaims().first().settled, verdictGiven);
    QCOMPARE(store.rememberedClaim(RememberedClaim::Source::Library, own)->settled, verdictGiven);
    // No history (a claim older than histories): the annotation's last change.
    QVERIFY(change.exec(QStringLiteral("DELETE FROM claim_history WHERE annotation_uuid = '%1'").arg(uuid)));
    QCOMPARE(store.rememberedClaims().first().settled, QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestClaimMemoryStore)
#include "tst_claimmemorystore.moc"
