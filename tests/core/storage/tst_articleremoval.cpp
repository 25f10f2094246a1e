#include "search/articlefinder.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articleremoval.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/blindreviewstore.h"
#include "storage/checkworthyfeedbackstore.h"
#include "storage/collectionstore.h"
#include "backendtest.h"
#include "testlibrary.h"

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

// Deleting articles and undoing it, on both backends: everything that hung on an article comes
// back with the same ids, and the search indexes and counts follow both ways.
class TestArticleRemoval : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestArticleRemoval(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void removesAndRestores_data();
    void removesAndRestores();
    void refusesAllWhenOneIsMissing();
    void reimportBringsADeletedArticleBack();

private:
    qint64 annotate(qint64 articleId, int start, int end, bool withClaim);
    int searchCount(const QString &words) const;

    Library *m_library = nullptr;
    QList<qint64> m_ids;
};

void TestArticleRemoval::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    ArticleWriter writer(m_library->database());
    const WriteResult result = writer.write(
        "a.txt", "a",
        makeDocument({makePage("Barrage de Béni Haroun", "Barlamane", QDate(2025, 2, 12),
                               {"Le ministère a annoncé la mise en service du barrage.", "الجيش نفى أي تورط 🙂."}),
                      makePage("Récolte record", "Hespress", QDate(2025, 2, 13), {"La récolte de blé atteint 31 %."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_ids = result.articleIds;
    QCOMPARE(m_ids.size(), 2);
}

void TestArticleRemoval::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

qint64 TestArticleRemoval::annotate(qint64 articleId, int start, int end, bool withClaim)
{
    const QString text = ArticleStore(m_library->database()).article(articleId)->text;
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.anchor.start = start;
    annotation.anchor.end = end;
    annotation.anchor.exact = text.mid(start, end - start);
    annotation.note = QStringLiteral("à vérifier");
    annotation.tags = {QStringLiteral("énergie")};
    if (withClaim) {
        Claim claim;
        claim.kind = QStringLiteral("allegation");
        claim.verdict = QStringLiteral("false");
        claim.claimant = QStringLiteral("Le ministère");
        annotation.claim = claim;
    }
    AnnotationStore store(m_library->database());
    if (!store.create(annotation))
        qWarning("annotation refused: %s", qPrintable(store.lastError()));
    return annotation.id;
}

int TestArticleRemoval::searchCount(const QString &words) const
{
    ArticleQuery query;
    query.search = words;
    return ArticleFinder(m_library->database()).count(query);
}

void TestArticleRemoval::removesAndRestores_data()
{
    QTest::addColumn<int>("annotations");
    QTest::addColumn<bool>("claims");
    QTest::addColumn<bool>("tagsCollectionAndNote");
    QTest::newRow("bare article") << 0 << false << false;
    QTest::newRow("highlights") << 2 << false << false;
    QTest::newRow("claims") << 2 << true << false;
    QTest::newRow("tags, collection, note, done") << 1 << true << true;
}

void TestArticleRemoval::removesAndRestores()
{
    QFETCH(int, annotations);
    QFETCH(bool, claims);
    QFETCH(bool, tagsCollectionAndNote);
    const qint64 id = m_ids.first();
    QList<qint64> annotationIds;
    for (int i = 0; i < annotations; ++i) {
        annotationIds << annotate(id, 3 + 10 * i, 11 + 10 * i, claims);
        QVERIFY(annotationIds.last() > 0);
    }
    ArticleStore articles(m_library->database());
    CollectionStore collections(m_library->database());
    qint64 collectionId = 0;
    if (tagsCollectionAndNote) {
        QVERIFY(articles.setTags(id, {QStringLiteral("barrages"), QStringLiteral("à vérifier")}));
        QVERIFY(articles.setNote(id, QStringLiteral("Relire le communiqué")));
        collectionId = collections.create(QStringLiteral("Énergie"));
        QVERIFY(collectionId > 0);
        QCOMPARE(collections.addArticles(collectionId, {id}), 1);
        if (backend() == Backend::Sqlite) // a team library's analyst is the connecting role
            QVERIFY(AnalystStore(m_library->database())
                        .actAs(Analyst{QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e"), QStringLiteral("Amina"), {}, {}}));
        QVERIFY(BlindReviewStore(m_library->database()).setDone(id, true));
        CheckWorthyFeedback answer;
        answer.articleId = id;
        answer.start = 0;
        answer.end = 20;
        answer.sentence = QStringLiteral("Le ministère a annoncé");
        answer.features = {QStringLiteral("attribution")};
        answer.score = 0.3;
        answer.decision = CheckWorthyFeedback::Decision::Dismissed;
        CheckWorthyFeedbackStore feedback(m_library->database());
        QVERIFY2(feedback.record(answer) > 0, qPrintable(feedback.lastError()));
    }
    const Article before = *articles.article(id);
    const LibraryStats statsBefore = articles.stats();
    QCOMPARE(searchCount(QStringLiteral("barrage")), 1);

    ArticleRemoval removal(m_library->database());
    const std::optional<QList<RemovedArticle>> removed = removal.remove({id});
    QVERIFY2(removed, qPrintable(removal.lastError()));
    QCOMPARE(removed->size(), 1);
    QCOMPARE(removed->first().title, QStringLiteral("Barrage de Béni Haroun"));
    QCOMPARE(removed->first().annotations, annotations);

    QVERIFY(!articles.article(id));
    QVERIFY(articles.article(m_ids.last())); // the other page of the file stays
    QCOMPARE(articles.stats().articles, statsBefore.articles - 1);
    QCOMPARE(articles.stats().annotations, statsBefore.annotations - annotations);
    QCOMPARE(searchCount(QStringLiteral("barrage")), 0);
    QCOMPARE(searchCount(QStringLiteral("récolte")), 1);
    for (qint64 annotationId : std::as_const(annotationIds))
        QVERIFY(!AnnotationStore(m_library->database()).annotation(annotationId));
    if (collectionId)
        QVERIFY(collections.articleIds(collectionId).isEmpty());
    QVERIFY(CheckWorthyFeedbackStore(m_library->database()).answers(id).isEmpty());

    QVERIFY2(removal.restore(*removed), qPrintable(removal.lastError()));
    const std::optional<Article> after = articles.article(id);
    QVERIFY(after);
    QCOMPARE(after->title, before.title);
    QCOMPARE(after->text, before.text);
    QCOMPARE(after->source, before.source);
    QCOMPARE(after->published, before.published);
    QCOMPARE(articles.stats().articles, statsBefore.articles);
    QCOMPARE(articles.stats().annotations, statsBefore.annotations);
    QCOMPARE(articles.stats().claims, statsBefore.claims);
    QCOMPARE(searchCount(QStringLiteral("barrage")), 1);
    const QList<Annotation> back = AnnotationStore(m_library->database()).annotationsForArticle(id);
    QCOMPARE(back.size(), annotations);
    for (const Annotation &annotation : back) {
        QVERIFY(annotationIds.contains(annotation.id));
        QCOMPARE(annotation.tags, QStringList{QStringLiteral("énergie")});
        QCOMPARE(bool(annotation.claim), claims);
        if (claims)
            QCOMPARE(annotation.claim->verdict, QStringLiteral("false"));
    }
    ArticleQuery annotated;
    annotated.sort = ArticleQuery::Sort::Annotations;
    const QList<ArticleSummary> rows = ArticleFinder(m_library->database()).summaries(annotated);
    for (const ArticleSummary &row : rows) {
        if (row.id == id)
            QCOMPARE(row.annotationCount, annotations); // counted once, not twice
    }
    if (tagsCollectionAndNote) {
        QCOMPARE(articles.state(id)->note, QStringLiteral("Relire le communiqué"));
        QCOMPARE(collections.articleIds(collectionId), QList<qint64>{id});
        QCOMPARE(articles.state(id)->tags.size(), 2);
        const QList<CheckWorthyFeedback> answers = CheckWorthyFeedbackStore(m_library->database()).answers(id);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().decision, CheckWorthyFeedback::Decision::Dismissed);
        QCOMPARE(answers.first().features, QStringList{QStringLiteral("attribution")});
    }
}

void TestArticleRemoval::refusesAllWhenOneIsMissing()
{
    ArticleRemoval removal(m_library->database());
    QVERIFY(!removal.remove({m_ids.first(), 999999}));
    QVERIFY(removal.lastError().contains(QStringLiteral("999999")));
    QVERIFY(ArticleStore(m_library->database()).article(m_ids.first())); // the library as it was
}

void TestArticleRemoval::reimportBringsADeletedArticleBack()
{
    ArticleRemoval removal(m_library->database());
    QVERIFY(removal.remove({m_ids.first()}));
    ArticleWriter writer(m_library->database());
    const WriteResult again = writer.write(
        "a.txt", "a",
        makeDocument({makePage("Barrage de Béni Haroun", "Barlamane", QDate(2025, 2, 12),
                               {"Le ministère a annoncé la mise en service du barrage.", "الجيش نفى أي تورط 🙂."}),
                      makePage("Récolte record", "Hespress", QDate(2025, 2, 13), {"La récolte de blé atteint 31 %."})}));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.added, 1);
    QCOMPARE(again.duplicates, 1);
    QCOMPARE(searchCount(QStringLiteral("barrage")), 1);
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestArticleRemoval)
#include "tst_articleremoval.moc"
