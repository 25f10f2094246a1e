#include "export/claimreviewexporter.h"
#include "search/appearancefinder.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/claimmemorystore.h"
#include "backendtest.h"
#include "../storage/testlibrary.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

Q_DECLARE_METATYPE(glossa::Appearance::Status)

// A library claim's ClaimReview names, among the claim's appearances, every article where an
// analyst accepted a repeat of it (a reworded one too, which where-else does not find), once.
class TestClaimReviewAppearances : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestClaimReviewAppearances(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();
    void namesAcceptedAppearances_data();
    void namesAcceptedAppearances();

private:
    Library *m_library = nullptr;
    QList<qint64> m_ids;
};

void TestClaimReviewAppearances::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    if (backend() == Backend::Sqlite)
        QVERIFY(AnalystStore(m_library->database())
                    .actAs(Analyst{QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e"), QStringLiteral("Amina"), {}, {}}));
    const WriteResult result = ArticleWriter(m_library->database())
                                   .write("a.txt", "a",
                                          makeDocument({makePage("Chômage", "Barlamane", QDate(2025, 2, 12),
                                                                 {"Le ministre a affirmé que le chômage a baissé de 31 % en un an."}),
                                                        makePage("Reprise", "Hespress", QDate(2025, 3, 1),
                                                                 {"En un an, selon le gouvernement, le nombre de chômeurs a reculé de 31 %."}),
                                                        makePage("Copie", "Le Matin", QDate(2025, 1, 30),
                                                                 {"Hier, le ministre a affirmé que le chômage a baissé de 31 % en un an."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_ids = result.articleIds;
}

void TestClaimReviewAppearances::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

void TestClaimReviewAppearances::namesAcceptedAppearances_data()
{
    QTest::addColumn<Appearance::Status>("reworded");  // what became of the reworded repeat (article 2)
    QTest::addColumn<bool>("copyAccepted");            // the word-for-word copy (article 3) accepted too
    QTest::addColumn<QStringList>("appearances");      // sources named, the claim's own first
    QTest::addColumn<QString>("first");                // the firstAppearance's source
    QTest::newRow("proposed: where-else only") << Appearance::Status::Proposed << false
                                               << QStringList{"Barlamane", "Le Matin"} << "Le Matin";
    QTest::newRow("dismissed") << Appearance::Status::Dismissed << false << QStringList{"Barlamane", "Le Matin"} << "Le Matin";
    QTest::newRow("accepted reworded") << Appearance::Status::Accepted << false
                                       << QStringList{"Barlamane", "Le Matin", "Hespress"} << "Le Matin";
    QTest::newRow("accepted copy named once") << Appearance::Status::Accepted << true
                                              << QStringList{"Barlamane", "Le Matin", "Hespress"} << "Le Matin";
}

void TestClaimReviewAppearances::namesAcceptedAppearances()
{
    QFETCH(Appearance::Status, reworded);
    QFETCH(bool, copyAccepted);
    QFETCH(QStringList, appearances);
    QFETCH(QString, first);
    QSqlDatabase db = m_library->database();
    ArticleStore articles(db);
    const QString quote = QStringLiteral("le chômage a baissé de 31 %");
    const QString text = articles.article(m_ids.first())->text;
    Annotation original;
    original.articleId = m_ids.first();
    original.anchor = {int(text.indexOf(quote)), int(text.indexOf(quote) + quote.size()), quote, {}, {}};
    Claim claim;
    claim.kind = QStringLiteral("statistic");
    claim.verdict = QStringLiteral("false");
    original.claim = claim;
    AnnotationStore annotations(db);
    QVERIFY2(annotations.create(original), qPrintable(annotations.lastError()));

    ClaimMemoryStore store(db);
    const RememberedClaim remembered = store.rememberedClaims().first();
    QList<Appearance> found;
    for (const auto &[article, passage] : {std::pair{m_ids.at(1), QStringLiteral("le nombre de chômeurs a reculé de 31 %")},
                                           std::pair{m_ids.at(2), quote}}) {
        Appearance appearance;
        appearance.articleId = article;
        const QString body = articles.article(article)->text;
        appearance.start = int(body.indexOf(passage));
        appearance.end = appearance.start + int(passage.size());
        appearance.exact = passage;
        appearance.claim = remembered;
        found << appearance;
    }
    QCOMPARE(store.propose(found), 2);
    const QList<Appearance> listed = store.appearances({});
    QCOMPARE(listed.size(), 2);
    auto annotate = [&](const Appearance &appearance) {
        Annotation repeat;
        repeat.articleId = appearance.articleId;
        repeat.anchor = {appearance.start, appearance.end, appearance.exact, {}, {}};
        repeat.claim = claim;
        if (!annotations.create(repeat))
            qWarning("refused: %s", qPrintable(annotations.lastError()));
        return repeat.id;
    };
    for (const Appearance &appearance : listed) {
        if (appearance.articleId == m_ids.at(1) && reworded != Appearance::Status::Proposed)
            QVERIFY(store.setStatus(appearance.id, reworded, reworded == Appearance::Status::Accepted ? annotate(appearance) : 0));
        if (appearance.articleId == m_ids.at(2) && copyAccepted)
            QVERIFY(store.setStatus(appearance.id, Appearance::Status::Accepted, annotate(appearance)));
    }

    ExportedArticle exported;
    exported.article = *articles.article(m_ids.first());
    exported.annotations = {*annotations.annotation(original.id)};
    QList<ExportedArticle> list{exported};
    AppearanceFinder::fill(db, &list);
    const QJsonArray reviews = ClaimReviewExporter().graph(list)[QStringLiteral("@graph")].toArray();
    QCOMPARE(reviews.size(), 1);
    const QJsonObject item = reviews.first()[QStringLiteral("itemReviewed")].toObject();
    const QJsonValue appearance = item[QStringLiteral("appearance")];
    const QJsonArray named = appearance.isArray() ? appearance.toArray() : QJsonArray{appearance};
    QStringList sources;
    for (const QJsonValue &value : named)
        sources << value[QStringLiteral("publisher")][QStringLiteral("name")].toString();
    QCOMPARE(sources, appearances);
    QCOMPARE(item[QStringLiteral("firstAppearance")][QStringLiteral("publisher")][QStringLiteral("name")].toString(), first);
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestClaimReviewAppearances)
#include "tst_claimreview_appearances.moc"
