#include "memory/appearancescan.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/claimmemorystore.h"
#include "backendtest.h"
#include "../storage/testlibrary.h"

#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

namespace {

const QString kClaim = QStringLiteral("Le taux de chômage des jeunes a atteint 31 % en 2019 dans la région de Marseille.");

} // namespace

// Matching a library against its claim memory, on both backends: what is proposed, what is not,
// the scope, a second run, progress and cancel.
class TestAppearanceScan : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestAppearanceScan(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void proposesRepeatsAndRewordings();
    void secondRunProposesNothingAndDismissedStays();
    void scope_data();
    void scope();
    void importedFactCheck();
    void progressAndCancel();
    void manyArticlesInBatches();
    void emptyMemory();

private:
    QList<qint64> write(const QString &file, const QList<ParsedPage> &pages);
    QList<Appearance> appearances() const { return ClaimMemoryStore(m_library->database()).appearances({}); }

    Library *m_library = nullptr;
    qint64 m_original = 0;   // the article the claim was made in
    QList<qint64> m_later;   // copy, reworded, number changed, unrelated
};

QList<qint64> TestAppearanceScan::write(const QString &file, const QList<ParsedPage> &pages)
{
    const WriteResult result = ArticleWriter(m_library->database()).write(file, file.toUtf8(), makeDocument(pages));
    if (!result.ok())
        qWarning("not written: %s", qPrintable(result.error));
    return result.articleIds;
}

void TestAppearanceScan::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    if (backend() == Backend::Sqlite) {
        QVERIFY(AnalystStore(m_library->database())
                    .actAs(Analyst{QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e"), QStringLiteral("Desk Editor"), {}, {}}));
    }
    m_original = write(QStringLiteral("a.txt"),
                       {makePage("Chômage", "Le Courrier du Nord", QDate(2024, 3, 2),
                                 {"Un rapport dresse un bilan sombre.", kClaim, "Les syndicats demandent un plan."})})
                     .value(0);
    QVERIFY(m_original > 0);
    const QString text = ArticleStore(m_library->database()).article(m_original)->text;
    Annotation annotation;
    annotation.articleId = m_original;
    annotation.anchor = {int(text.indexOf(kClaim)), int(text.indexOf(kClaim) + kClaim.size()), kClaim, {}, {}};
    Claim claim;
    claim.kind = QStringLiteral("statistic");
    claim.verdict = QStringLiteral("false");
    annotation.claim = claim;
    AnnotationStore annotations(m_library->database());
    QVERIFY2(annotations.create(annotation), qPrintable(annotations.lastError()));
    m_later = write(QStringLiteral("b.txt"),
                    {makePage("Le débat", "Le Matin du Sud", QDate(2024, 3, 5),
                              {"La polémique enfle. Sur les réseaux, on lit que le taux de chômage des jeunes a atteint 31 % "
                               "en 2019 dans la région de Marseille. Le préfet se tait."}),
                     makePage("Un chiffre", "Barlamane", QDate(2024, 3, 6),
                              {"En 2019, dans la région de Marseille, 31 % des jeunes étaient au chômage, selon ce taux."}),
                     makePage("Contesté", "Al Akhbar Hebdo", QDate(2024, 3, 7),
                              {"Le taux de chômage des jeunes a atteint 13 % en 2019 dans la région de Marseille."}),
                     makePage("Jazz", "Le Matin du Sud", QDate(2024, 3, 8),
                              {"Le festival de jazz a attiré des milliers de visiteurs sur le Vieux-Port."})});
    QCOMPARE(m_later.size(), 4);
}

void TestAppearanceScan::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

void TestAppearanceScan::proposesRepeatsAndRewordings()
{
    AppearanceScan scan(m_library->database());
    const AppearanceScan::Result result = scan.run({});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.articles, 5);
    QCOMPARE(result.claims, 1);
    QCOMPARE(result.proposed, 2);
    const QList<Appearance> found = appearances();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).articleId, m_later.at(0));
    QCOMPARE(found.at(0).match, Appearance::Match::Copy);
    QVERIFY(found.at(0).exact.contains(QStringLiteral("le taux de chômage des jeunes a atteint 31 %")));
    QVERIFY(found.at(0).reason.startsWith(QStringLiteral("word for word")));
    const QString copyText = ArticleStore(m_library->database()).article(m_later.at(0))->text;
    QCOMPARE(copyText.mid(found.at(0).start, found.at(0).end - found.at(0).start), found.at(0).exact);
    QVERIFY(!found.at(0).exact.contains(QStringLiteral("polémique"))); // the sentence, not the paragraph
    QCOMPARE(found.at(1).articleId, m_later.at(1));
    QCOMPARE(found.at(1).match, Appearance::Match::Reworded);
    QVERIFY(found.at(1).reason.contains(QStringLiteral("31 % and 2019 agree")));
    QCOMPARE(found.at(1).claim.verdict, QStringLiteral("false"));
    QCOMPARE(found.at(1).status, Appearance::Status::Proposed);
}

void TestAppearanceScan::secondRunProposesNothingAndDismissedStays()
{
    QCOMPARE(AppearanceScan(m_library->database()).run({}).proposed, 2);
    ClaimMemoryStore store(m_library->database());
    QVERIFY(store.setStatus(appearances().first().id, Appearance::Status::Dismissed));
    const AppearanceScan::Result again = AppearanceScan(m_library->database()).run({});
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.proposed, 0);
    const QList<Appearance> found = appearances();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first().status, Appearance::Status::Dismissed);
}

void TestAppearanceScan::scope_data()
{
    QTest::addColumn<QList<int>>("which");  // indexes into m_later; empty: every article
    QTest::addColumn<QDate>("since");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("proposed");
    QTest::newRow("the copy only") << QList<int>{0} << QDate() << 1 << 1;
    QTest::newRow("number changed and unrelated") << QList<int>{2, 3} << QDate() << 2 << 0;
    QTest::newRow("published since the rewording") << QList<int>{} << QDate(2024, 3, 6) << 3 << 1;
    QTest::newRow("since after everything") << QList<int>{} << QDate(2025, 1, 1) << 0 << 0;
}

void TestAppearanceScan::scope()
{
    QFETCH(QList<int>, which);
    QFETCH(QDate, since);
    QFETCH(int, articles);
    QFETCH(int, proposed);
    AppearanceScan::Scope scope;
    for (int i : which)
        scope.articleIds.append(m_later.at(i));
    scope.since = since;
    const AppearanceScan::Result result = AppearanceScan(m_library->database()).run(scope);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.articles, articles);
    QCOMPARE(result.proposed, proposed);
}

void TestAppearanceScan::importedFactCheck()
{
    FactCheck check;
    check.claimReviewed = QStringLiteral("Le festival de jazz a attiré 80 000 visiteurs sur le Vieux-Port en 2023.");
    check.url = QStringLiteral("https://factuel.example/jazz");
    check.reviewer = QStringLiteral("AFP Factuel");
    check.rating = QStringLiteral("Faux");
    check.verdict = QStringLiteral("false");
    check.published = QDateTime(QDate(2024, 1, 20), QTime(9, 0), Qt::UTC);
    ClaimMemoryStore store(m_library->database());
    QCOMPARE(store.addFactChecks({check}), 1);
    const QList<qint64> ids = write(QStringLiteral("c.txt"),
                                    {makePage("Jazz", "Barlamane", QDate(2024, 4, 1),
                                              {"En 2023, 80 000 visiteurs ont été attirés sur le Vieux-Port par le festival de jazz."}),
                                     makePage("Jazz 2", "Barlamane", QDate(2024, 4, 2),
                                              {"Le festival de jazz a attiré 8 000 visiteurs sur le Vieux-Port en 2023."})});
    AppearanceScan::Scope scope;
    scope.articleIds = ids;
    const AppearanceScan::Result result = AppearanceScan(m_library->database()).run(scope);
    QCOMPARE(result.claims, 2);
    QCOMPARE(result.proposed, 1);
    const QList<Appearance> found = appearances();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().articleId, ids.first());
    QCOMPARE(found.first().claim.source, RememberedClaim::Source::Imported);
    QCOMPARE(found.first().claim.reviewer, QStringLiteral("AFP Factuel"));
}

void TestAppearanceScan::progressAndCancel()
{
    QList<QPair<int, int>> calls;
    const AppearanceScan::Result cancelled = AppearanceScan(m_library->database()).run({}, [&](int done, int total) {
        calls.append({done, total});
        return false;
    });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.proposed, 0);
    QVERIFY(appearances().isEmpty());
    QCOMPARE(calls, (QList<QPair<int, int>>{{0, 5}}));

    calls.clear();
    const AppearanceScan::Result done = AppearanceScan(m_library->database()).run({}, [&](int at, int total) {
        calls.append({at, total});
        return true;
    });
    QVERIFY(!done.cancelled);
    QCOMPARE(done.proposed, 2);
    QCOMPARE(calls.last(), qMakePair(5, 5));
}

void TestAppearanceScan::manyArticlesInBatches()
{
    QList<ParsedPage> pages;
    for (int i = 0; i < 600; ++i) {
        pages.append(makePage(QStringLiteral("Page %1").arg(i), "Le Matin du Sud", QDate(2024, 5, 1),
                              {i % 100 == 7 ? QStringLiteral("Numéro %1. ").arg(i) + kClaim
                                            : QStringLiteral("Le conseil municipal numéro %1 a voté le budget.").arg(i)}));
    }
    const QList<qint64> ids = write(QStringLiteral("many.txt"), pages);
    QCOMPARE(ids.size(), 600);
    int lastDone = -1;
    bool ordered = true;
    const AppearanceScan::Result result = AppearanceScan(m_library->database()).run({}, [&](int done, int) {
        ordered = ordered && done >= lastDone;
        lastDone = done;
        return true;
    });
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(ordered);
    QCOMPARE(result.articles, 605);
    QCOMPARE(result.proposed, 2 + 6);

    // Cancelled after the first batch (the next is read and matched while it is proposed): what
    // was matched before the cancel is proposed, nothing after it, and a new run finds the rest.
    QSqlQuery wipe(m_library->database());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM claim_appearances")));
    const AppearanceScan::Result cancelled = AppearanceScan(m_library->database()).run({}, [](int done, int) {
        return done == 0;
    });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.articles, 256);
    QCOMPARE(int(appearances().size()), cancelled.proposed);
    const AppearanceScan::Result rest = AppearanceScan(m_library->database()).run({});
    QCOMPARE(cancelled.proposed + rest.proposed, 2 + 6);
}

void TestAppearanceScan::emptyMemory()
{
    AnnotationStore annotations(m_library->database());
    const QList<Annotation> all = annotations.annotationsForArticle(m_original);
    QCOMPARE(all.size(), 1);
    QVERIFY(annotations.remove(all.first().id));
    const AppearanceScan::Result result = AppearanceScan(m_library->database()).run({});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.claims, 0);
    QCOMPARE(result.proposed, 0);
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestAppearanceScan)
#include "tst_appearancescan.moc"
