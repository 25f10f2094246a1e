// The headline list and the claim memory: the "repeats a checked claim" filter (any verdict or
// one), the mark on each row (RepeatedClaims: the verdicts, the most serious first), in every
// way a row is read (a page, a page by key, rows by id, one article), and the count; on both
// backends.
#include "anchoring/textanchoring.h"
#include "search/articlefinder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/claimmemorystore.h"
#include "storage/repeatedclaims.h"
#include "../storage/testlibrary.h"
#include "backendtest.h"

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

class TestRepeatedClaims : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT
public:
    explicit TestRepeatedClaims(Backend backend) : BackendTest(backend) {}

private slots:
    void initTestCase();
    void filter_data();
    void filter();
    void marksOnEveryRead();
    void seriousness_data();
    void seriousness();

private:
    qint64 id(const QString &title) const { return m_ids.value(title); }
    void propose(const QString &title, const QString &exact, RememberedClaim::Source source, qint64 claimId);

    Library m_library;
    QHash<QString, qint64> m_ids; // title -> article id
    QHash<QString, QString> m_texts;
    QList<qint64> m_appearanceIds;
};

void TestRepeatedClaims::propose(const QString &title, const QString &exact, RememberedClaim::Source source,
                                 qint64 claimId)
{
    Appearance appearance;
    appearance.articleId = id(title);
    appearance.start = int(m_texts.value(title).indexOf(exact));
    QVERIFY(appearance.start >= 0);
    appearance.end = appearance.start + int(exact.size());
    appearance.exact = exact;
    appearance.claim.source = source;
    appearance.claim.id = claimId;
    appearance.score = 0.9;
    appearance.reason = QStringLiteral("test");
    ClaimMemoryStore memory(m_library.database());
    QCOMPARE(memory.propose({appearance}), 1);
}

void TestRepeatedClaims::initTestCase()
{
    QString error;
    QVERIFY2(open(m_library, &error), qPrintable(error));
    const QString claim = QStringLiteral("Le chômage a baissé de 31 % en un an.");
    const QList<ParsedPage> pages = {
        makePage(QStringLiteral("Origine"), QStringLiteral("Le Veilleur"), QDate(2025, 1, 10), {claim}),
        makePage(QStringLiteral("Copie"), QStringLiteral("Barlamane"), QDate(2025, 2, 1),
                 {QStringLiteral("Selon le ministre, ") + claim}),
        makePage(QStringLiteral("Deux reprises"), QStringLiteral("Barlamane"), QDate(2025, 2, 2),
                 {claim + QStringLiteral(" Et le vaccin modifie l'ADN.")}),
        makePage(QStringLiteral("Écartée"), QStringLiteral("Le Veilleur"), QDate(2025, 2, 3),
                 {QStringLiteral("On lit que ") + claim}),
        makePage(QStringLiteral("Sans rapport"), QStringLiteral("Le Veilleur"), QDate(2025, 2, 4),
                 {QStringLiteral("La pluie est revenue.")}),
    };
    const WriteResult written = ArticleWriter(m_library.database()).write(QStringLiteral("f.txt"), "raw", makeDocument(pages));
    QVERIFY2(written.ok(), qPrintable(written.error));
    for (int i = 0; i < pages.size(); ++i) {
        m_ids.insert(pages.at(i).title, written.articleIds.at(i));
        m_texts.insert(pages.at(i).title, ArticleStore(m_library.database()).article(written.articleIds.at(i))->text);
    }
    // The desk rated the claim false in "Origine".
    Annotation original;
    original.articleId = id(QStringLiteral("Origine"));
    original.anchor = TextAnchoring::makeAnchor(m_texts.value(QStringLiteral("Origine")), 0, int(claim.size()));
    Claim rated;
    rated.verdict = QStringLiteral("false");
    original.claim = rated;
    QVERIFY(AnnotationStore(m_library.database()).create(original));
    // A fact-checker rated another one misleading.
    FactCheck check;
    check.claimReviewed = QStringLiteral("Le vaccin modifie l'ADN.");
    check.url = QStringLiteral("https://factuel.example/adn");
    check.reviewer = QStringLiteral("Factuel");
    check.rating = QStringLiteral("Trompeur");
    check.verdict = QStringLiteral("misleading");
    ClaimMemoryStore memory(m_library.database());
    QCOMPARE(memory.addFactChecks({check}), 1);
    const qint64 checkId = memory.rememberedClaims().constLast().id;

    propose(QStringLiteral("Copie"), claim, RememberedClaim::Source::Library, original.id);
    propose(QStringLiteral("Deux reprises"), claim, RememberedClaim::Source::Library, original.id);
    propose(QStringLiteral("Deux reprises"), QStringLiteral("Et le vaccin modifie l'ADN."), RememberedClaim::Source::Imported,
            checkId);
    propose(QStringLiteral("Écartée"), claim, RememberedClaim::Source::Library, original.id);
    // Accepted still counts; dismissed does not.
    const QList<Appearance> all = memory.appearances(AppearanceQuery{});
    QCOMPARE(all.size(), 4);
    for (const Appearance &appearance : all) {
        if (appearance.articleId == id(QStringLiteral("Écartée")))
            QVERIFY(memory.setStatus(appearance.id, Appearance::Status::Dismissed));
        if (appearance.articleId == id(QStringLiteral("Copie")))
            QVERIFY(memory.setStatus(appearance.id, Appearance::Status::Accepted, original.id));
    }
}

void TestRepeatedClaims::filter_data()
{
    QTest::addColumn<bool>("repeats");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("titles"); // newest first
    const QStringList all = {QStringLiteral("Sans rapport"), QStringLiteral("Écartée"), QStringLiteral("Deux reprises"),
                             QStringLiteral("Copie"), QStringLiteral("Origine")};
    QTest::newRow("no filter") << false << QString() << QString() << all;
    QTest::newRow("verdict ignored without the switch") << false << QStringLiteral("false") << QString() << all;
    QTest::newRow("any verdict: proposed and accepted, never dismissed")
        << true << QString() << QString() << QStringList{QStringLiteral("Deux reprises"), QStringLiteral("Copie")};
    QTest::newRow("false") << true << QStringLiteral("false") << QString()
                           << QStringList{QStringLiteral("Deux reprises"), QStringLiteral("Copie")};
    QTest::newRow("misleading (an imported fact-check)")
        << true << QStringLiteral("misleading") << QString() << QStringList{QStringLiteral("Deux reprises")};
    QTest::newRow("a verdict nobody repeats") << true << QStringLiteral("supported") << QString() << QStringList{};
    QTest::newRow("with another filter") << true << QString() << QStringLiteral("Barlamane")
                                         << QStringList{QStringLiteral("Deux reprises"), QStringLiteral("Copie")};
    QTest::newRow("another filter leaves none") << true << QStringLiteral("misleading") << QStringLiteral("Le Veilleur")
                                                << QStringList{};
}

void TestRepeatedClaims::filter()
{
    QFETCH(bool, repeats);
    QFETCH(QString, verdict);
    QFETCH(QString, source);
    QFETCH(QStringList, titles);
    ArticleQuery query;
    query.repeatsCheckedClaim = repeats;
    query.repeatedVerdict = verdict;
    query.source = source;
    ArticleFinder finder(m_library.database());
    QStringList listed;
    for (const ArticleSummary &row : finder.summaries(query))
        listed << row.title;
    QVERIFY2(finder.lastError().isEmpty(), qPrintable(finder.lastError()));
    QCOMPARE(listed, titles);
    QCOMPARE(finder.count(query), int(titles.size()));
    QCOMPARE(finder.ids(query).size(), titles.size());
    // Page by page (one row a page, each after the last row's key), as the window scrolls.
    query.limit = 1;
    QStringList paged;
    for (QList<ArticleSummary> page = finder.summaries(query); !page.isEmpty(); page = finder.summaries(query)) {
        paged << page.constFirst().title;
        query.after = page.constFirst();
        QVERIFY(paged.size() <= titles.size());
    }
    QCOMPARE(paged, titles);
}

void TestRepeatedClaims::marksOnEveryRead()
{
    const QHash<QString, QStringList> expected = {
        {QStringLiteral("Origine"), {}},
        {QStringLiteral("Copie"), {QStringLiteral("false")}},
        {QStringLiteral("Deux reprises"), {QStringLiteral("false"), QStringLiteral("misleading")}},
        {QStringLiteral("Écartée"), {}},
        {QStringLiteral("Sans rapport"), {}},
    };
    ArticleFinder finder(m_library.database());
    const QList<ArticleSummary> listed = finder.summaries(ArticleQuery{});
    QCOMPARE(listed.size(), expected.size());
    QList<qint64> ids;
    for (const ArticleSummary &row : listed) {
        QCOMPARE(row.repeatedVerdicts, expected.value(row.title));
        ids << row.id;
    }
    for (const ArticleSummary &row : finder.summariesOf(ids))
        QCOMPARE(row.repeatedVerdicts, expected.value(row.title));
    for (const qint64 articleId : std::as_const(ids)) {
        const std::optional<ArticleSummary> one = ArticleStore(m_library.database()).summary(articleId);
        QVERIFY(one);
        QCOMPARE(one->repeatedVerdicts, expected.value(one->title));
    }
}

void TestRepeatedClaims::seriousness_data()
{
    QTest::addColumn<QStringList>("verdicts");
    QTest::addColumn<QStringList>("ordered");
    QTest::newRow("empty") << QStringList{} << QStringList{};
    QTest::newRow("false first") << QStringList{QStringLiteral("supported"), QStringLiteral("false")}
                                 << QStringList{QStringLiteral("false"), QStringLiteral("supported")};
    QTest::newRow("by rating") << QStringList{QStringLiteral("disputed"), QStringLiteral("partly-supported"),
                                              QStringLiteral("misleading")}
                               << QStringList{QStringLiteral("misleading"), QStringLiteral("disputed"),
                                              QStringLiteral("partly-supported")};
    QTest::newRow("unrated last, once each")
        << QStringList{QStringLiteral("unverifiable"), QStringLiteral("supported"), QStringLiteral("unverifiable")}
        << QStringList{QStringLiteral("supported"), QStringLiteral("unverifiable")};
}

void TestRepeatedClaims::seriousness()
{
    QFETCH(QStringList, verdicts);
    QFETCH(QStringList, ordered);
    QCOMPARE(RepeatedClaims::bySeriousness(verdicts), ordered);
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestRepeatedClaims)
#include "tst_repeatedclaims.moc"
