// Library-wide views: tag editing with undo data, the claims board query, collections,
// ticker headlines.
#include "search/articlefinder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/claimstore.h"
#include "storage/collectionstore.h"
#include "storage/headlinestore.h"
#include "storage/tagstore.h"
#include "backendtest.h"
#include "testlibrary.h"

#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;

class TestTagsClaimsCollections : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestTagsClaimsCollections(glossa::test::Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void renamesTags_data();
    void renamesTags();
    void mergeAndUnmerge();
    void deleteAndRestoreTag();
    void claimsBoardFilters_data();
    void claimsBoardFilters();
    void collections();
    void tickerHeadlines();

private:
    qint64 annotate(qint64 articleId, const QString &quote, const QStringList &tags, const QString &kind = {},
                    const QString &verdict = {}, const QString &claimant = {});
    Library *m_library = nullptr;
    QList<qint64> m_articles;
};

void TestTagsClaimsCollections::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    ArticleWriter writer(m_library->database());
    ParsedPage first = makePage("Le budget du pont contesté", "Le Courrier du Nord", QDate(2025, 3, 3),
                                {"Le chantier aurait coûté 480 millions de dirhams selon le ministère."});
    first.headlines = {"Pluies record sur la côte", "Un autre titre du jour"};
    const ParsedPage second = makePage("Pluies record sur la côte", "Barlamane", QDate(2025, 4, 1),
                                       {"Les pluies ont inondé le port, affirme la préfecture."});
    const WriteResult result = writer.write("t.txt", "t", makeDocument({first, second}));
    QVERIFY(result.ok());
    m_articles = result.articleIds;
}

void TestTagsClaimsCollections::cleanup()
{
    delete m_library;
}

qint64 TestTagsClaimsCollections::annotate(qint64 articleId, const QString &quote, const QStringList &tags,
                                           const QString &kind, const QString &verdict, const QString &claimant)
{
    const QString text = ArticleStore(m_library->database()).article(articleId)->text;
    Annotation annotation;
    annotation.articleId = articleId;
    const int start = int(text.indexOf(quote));
    annotation.anchor = {start, start + int(quote.size()), quote, QString(), QString()};
    annotation.tags = tags;
    if (!kind.isEmpty()) {
        Claim claim;
        claim.kind = kind;
        claim.verdict = verdict;
        claim.claimant = claimant;
        annotation.claim = claim;
    }
    AnnotationStore store(m_library->database());
    if (!store.create(annotation))
        qWarning() << store.lastError();
    return annotation.id;
}

void TestTagsClaimsCollections::renamesTags_data()
{
    QTest::addColumn<QString>("newName");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("new name") << "finances publiques" << true;
    QTest::newRow("case change of itself") << "BUDGET" << true;
    QTest::newRow("blank") << "   " << false;
    QTest::newRow("onto another tag") << "Infrastructure" << false;
}

void TestTagsClaimsCollections::renamesTags()
{
    QFETCH(QString, newName);
    QFETCH(bool, accepted);
    const qint64 annotation = annotate(m_articles.at(0), "480 millions de dirhams", {"budget", "infrastructure"});
    TagStore tags(m_library->database());
    const qint64 id = tags.idOf("budget");
    QCOMPARE(tags.rename(id, newName), accepted);
    const QStringList expected = accepted ? QStringList{newName.simplified(), "infrastructure"}
                                          : QStringList{"budget", "infrastructure"};
    QCOMPARE(AnnotationStore(m_library->database()).annotation(annotation)->tags, expected);
}

void TestTagsClaimsCollections::mergeAndUnmerge()
{
    const qint64 a = annotate(m_articles.at(0), "480 millions", {"budget", "chiffres"});
    const qint64 b = annotate(m_articles.at(1), "inondé le port", {"chiffres"});
    ArticleStore(m_library->database()).setTags(m_articles.at(1), {"budget"});
    TagStore tags(m_library->database());
    const qint64 budget = tags.idOf("budget");
    const qint64 numbers = tags.idOf("chiffres");
    const TagAssignments fromBefore = *tags.assignments(numbers);
    const TagAssignments intoBefore = *tags.assignments(budget);
    QVERIFY2(tags.merge(numbers, budget), qPrintable(tags.lastError()));
    AnnotationStore annotations(m_library->database());
    QCOMPARE(annotations.annotation(a)->tags, QStringList{"budget"}); // had both: keeps one
    QCOMPARE(annotations.annotation(b)->tags, QStringList{"budget"});
    QCOMPARE(tags.idOf("chiffres"), 0);
    QCOMPARE(tags.tag(budget)->annotations, 2);
    QVERIFY(!tags.merge(budget, budget));

    QVERIFY2(tags.unmerge(fromBefore, intoBefore), qPrintable(tags.lastError()));
    QCOMPARE(annotations.annotation(a)->tags, (QStringList{"budget", "chiffres"}));
    QCOMPARE(annotations.annotation(b)->tags, QStringList{"chiffres"});
    QCOMPARE(tags.idOf("chiffres"), numbers);
    QCOMPARE(ArticleStore(m_library->database()).article(m_articles.at(1))->tags, QStringList{"budget"});
}

void TestTagsClaimsCollections::deleteAndRestoreTag()
{
    const qint64 a = annotate(m_articles.at(0), "480 millions", {"x", "budget", "y"});
    TagStore tags(m_library->database());
    const qint64 budget = tags.idOf("budget");
    QVERIFY(tags.recolor(budget, "#c62828"));
    const TagAssignments before = *tags.assignments(budget);
    QVERIFY(tags.remove(budget));
    QCOMPARE(AnnotationStore(m_library->database()).annotation(a)->tags, (QStringList{"x", "y"}));
    QVERIFY(tags.restore(before));
    QCOMPARE(AnnotationStore(m_library->database()).annotation(a)->tags, (QStringList{"x", "budget", "y"}));
    QCOMPARE(tags.tag(budget)->color, QStringLiteral("#c62828"));
    QVERIFY(!tags.remove(424242));
}

void TestTagsClaimsCollections::claimsBoardFilters_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("all") << "" << "" << "" << "" << "" << 2;
    QTest::newRow("verdict") << "disputed" << "" << "" << "" << "" << 1;
    QTest::newRow("kind") << "" << "statistic" << "" << "" << "" << 1;
    QTest::newRow("tag") << "" << "" << "Météo" << "" << "" << 1;
    QTest::newRow("outlet") << "" << "" << "" << "barlamane" << "" << 1;
    QTest::newRow("text in passage") << "" << "" << "" << "" << "MILLIONS" << 1;
    QTest::newRow("text in claimant") << "" << "" << "" << "" << "préfecture" << 1;
    QTest::newRow("hostile text") << "" << "" << "" << "" << "%' OR 1=1 --" << 0;
    QTest::newRow("nothing") << "false" << "" << "" << "" << "" << 0;
}

void TestTagsClaimsCollections::claimsBoardFilters()
{
    QFETCH(QString, verdict);
    QFETCH(QString, kind);
    QFETCH(QString, tag);
    QFETCH(QString, source);
    QFETCH(QString, text);
    QFETCH(int, count);
    annotate(m_articles.at(0), "480 millions de dirhams", {"budget"}, "statistic", "disputed", "le ministère");
    annotate(m_articles.at(1), "inondé le port", {"météo"}, "factual", "supported", "la préfecture");
    annotate(m_articles.at(1), "Les pluies", {"météo"}); // a highlight, not a claim
    ClaimQuery query;
    query.verdict = verdict;
    query.kind = kind;
    query.tag = tag;
    query.source = source;
    query.text = text;
    const QList<ClaimRow> rows = ClaimStore(m_library->database()).claims(query);
    QCOMPARE(rows.size(), count);
    for (const ClaimRow &row : rows) {
        QVERIFY(!row.exact.isEmpty());
        QVERIFY(!row.articleTitle.isEmpty());
        QCOMPARE(row.tags.size(), 1);
    }
}

void TestTagsClaimsCollections::collections()
{
    CollectionStore store(m_library->database());
    const qint64 id = store.create("Dossier pont");
    QVERIFY(id > 0);
    QCOMPARE(store.create("dossier PONT"), 0);
    QCOMPARE(store.create("  "), 0);
    QCOMPARE(store.addArticles(id, m_articles), 2);
    QCOMPARE(store.addArticles(id, m_articles), 0);
    QCOMPARE(store.collections().first().articles, 2);
    QCOMPARE(store.removeArticles(id, {m_articles.at(1)}), 1);
    ArticleQuery query;
    query.collectionId = id;
    QCOMPARE(ArticleFinder(m_library->database()).count(query), 1);
    QVERIFY(store.rename(id, "Dossier Sebou"));
    const Collection before = *store.collection(id);
    const QList<qint64> members = store.articleIds(id);
    QVERIFY(store.remove(id));
    QVERIFY(store.collections().isEmpty());
    QVERIFY(store.restore(before, members));
    QCOMPARE(store.collection(id)->name, QStringLiteral("Dossier Sebou"));
    QCOMPARE(store.articleIds(id), members);
}

void TestTagsClaimsCollections::tickerHeadlines()
{
    const QList<TickerHeadline> all = HeadlineStore(m_library->database()).headlines();
    QCOMPARE(all.size(), 2);
    bool linked = false;
    for (const TickerHeadline &headline : all) {
        QCOMPARE(headline.fileName, QStringLiteral("t.txt"));
        // Both were in the ticker of the first page: its outlet and date say where they were seen.
        QCOMPARE(headline.seenOnOutlet, QStringLiteral("Le Courrier du Nord"));
        QCOMPARE(headline.seenOnDate, QDate(2025, 3, 3));
        if (headline.text == "Pluies record sur la côte") {
            QCOMPARE(headline.articleId, m_articles.at(1)); // the announced article is in the library
            linked = true;
        } else {
            QCOMPARE(headline.articleId, 0);
        }
    }
    QVERIFY(linked);
    QCOMPARE(HeadlineStore(m_library->database()).headlines("AUTRE").size(), 1);
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestTagsClaimsCollections)
#include "tst_tagsclaimscollections.moc"
