// Adjudication: claims grouped by passage across analysts, agreed ones accepted at once, one
// side taken (or given the editor's verdict) into the final layer, a decision replaced by the
// next one on the same claim; exports take the final layer by default.
#include "review/adjudicator.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/exportsource.h"

#include "../storage/testlibrary.h"

#include <QTest>

using namespace glossa;
using namespace glossa::testing;

namespace {

const Analyst kAmina{QStringLiteral("00000000-0000-4000-8000-00000000000a"), QStringLiteral("Amina"), {}, {}};
const Analyst kYoussef{QStringLiteral("00000000-0000-4000-8000-00000000000b"), QStringLiteral("Youssef"), {}, {}};
const Analyst kLea{QStringLiteral("00000000-0000-4000-8000-00000000000c"), QStringLiteral("Léa"), {}, {}};
const Analyst kEditor{QStringLiteral("00000000-0000-4000-8000-0000000000ed"), QStringLiteral("Rédaction"), {}, {}};

// One analyst's claim: [start, end) and its verdict.
struct Coded
{
    Analyst analyst;
    int start;
    int end;
    QString verdict;
    bool orphaned = false;
};

} // namespace

Q_DECLARE_METATYPE(QList<Coded>)

class TestAdjudicator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groups_data();
    void groups();
    void acceptsAgreedOnce();
    void acceptReplacesTheDecision();
    void acceptRefusesWhatIsNotAClaim();
    void exportsTakeTheFinalLayer_data();
    void exportsTakeTheFinalLayer();

private:
    QList<Annotation> code(const QList<Coded> &claims);

    QTemporaryDir *m_dir = nullptr;
    Library *m_library = nullptr;
    qint64 m_articleId = 0;
    QString m_text;
};

void TestAdjudicator::init()
{
    m_dir = new QTemporaryDir;
    m_library = new Library;
    QVERIFY(m_library->open(m_dir->filePath("a.glossa")));
    const WriteResult result = ArticleWriter(m_library->database())
                                   .write("a.txt", "a",
                                          makeDocument({makePage("Titre", "Barlamane", QDate(2025, 2, 12),
                                                                 {"Le ministère a démenti toute implication dans l'affaire.",
                                                                  "Le port sera livré en 2026, selon le ministre de l'Équipement."})}));
    QVERIFY(result.ok());
    m_articleId = result.articleIds.first();
    m_text = ArticleStore(m_library->database()).article(m_articleId)->text;
}

void TestAdjudicator::cleanup()
{
    delete m_library;
    delete m_dir;
}

QList<Annotation> TestAdjudicator::code(const QList<Coded> &claims)
{
    QList<Annotation> made;
    AnnotationStore store(m_library->database());
    for (const Coded &coded : claims) {
        Annotation annotation;
        annotation.articleId = m_articleId;
        annotation.analyst = coded.analyst;
        annotation.anchor.start = coded.start;
        annotation.anchor.end = coded.end;
        annotation.anchor.exact = m_text.mid(coded.start, coded.end - coded.start);
        annotation.orphaned = coded.orphaned;
        Claim claim;
        claim.verdict = coded.verdict;
        annotation.claim = claim;
        if (!store.create(annotation))
            qFatal("%s", qPrintable(store.lastError()));
        made << annotation;
    }
    return made;
}

void TestAdjudicator::groups_data()
{
    QTest::addColumn<QList<Coded>>("claims");
    QTest::addColumn<QList<int>>("sizes");   // sides per group, in text order
    QTest::addColumn<QList<bool>>("agreed"); // per group
    QTest::newRow("same passage, same verdict") << QList<Coded>{{kAmina, 3, 20, "false"}, {kYoussef, 3, 20, "false"}}
                                                << QList<int>{2} << QList<bool>{true};
    QTest::newRow("same passage, verdicts differ") << QList<Coded>{{kAmina, 3, 20, "false"}, {kYoussef, 3, 20, "supported"}}
                                                   << QList<int>{2} << QList<bool>{false};
    QTest::newRow("overlapping passages") << QList<Coded>{{kAmina, 3, 20, "false"}, {kYoussef, 5, 22, "false"}}
                                          << QList<int>{2} << QList<bool>{false};
    QTest::newRow("apart") << QList<Coded>{{kAmina, 3, 20, "false"}, {kYoussef, 40, 50, "false"}} << QList<int>{1, 1}
                           << QList<bool>{false, false};
    QTest::newRow("three analysts") << QList<Coded>{{kAmina, 3, 20, "false"}, {kYoussef, 3, 20, "false"},
                                                    {kLea, 3, 20, "false"}, {kLea, 60, 70, "supported"}}
                                    << QList<int>{3, 1} << QList<bool>{true, false};
    QTest::newRow("orphans set aside") << QList<Coded>{{kAmina, 3, 20, "false"}, {kYoussef, 3, 20, "false", true}}
                                       << QList<int>{1} << QList<bool>{false};
}

void TestAdjudicator::groups()
{
    QFETCH(QList<Coded>, claims);
    QFETCH(QList<int>, sizes);
    QFETCH(QList<bool>, agreed);
    code(claims);
    const QList<ClaimGroup> groups = Adjudicator(m_library->database()).groups(m_articleId);
    QCOMPARE(groups.size(), sizes.size());
    for (int i = 0; i < groups.size(); ++i) {
        QCOMPARE(groups.at(i).sides.size(), sizes.at(i));
        QCOMPARE(groups.at(i).agreed(), agreed.at(i));
        QVERIFY(!groups.at(i).decision);
    }
}

void TestAdjudicator::acceptsAgreedOnce()
{
    const QList<Annotation> sides = code({{kAmina, 3, 20, "false"}, {kYoussef, 3, 20, "false"},
                                          {kAmina, 40, 50, "supported"}, {kYoussef, 40, 50, "misleading"}});
    QVERIFY(AnalystStore(m_library->database()).actAs(kEditor));
    Adjudicator adjudicator(m_library->database());
    const std::optional<QList<Annotation>> made = adjudicator.acceptAgreed(m_articleId);
    QVERIFY2(made, qPrintable(adjudicator.lastError()));
    QCOMPARE(made->size(), 1);
    const Annotation decision = made->first();
    QCOMPARE(decision.layer, Annotation::Layer::Final);
    QCOMPARE(decision.decidedFrom, sides.at(0).uuid);
    QCOMPARE(decision.analyst.uuid, kEditor.uuid); // who decided
    QVERIFY(decision.created.isValid());           // and when
    QCOMPARE(decision.claim->verdict, QStringLiteral("false"));
    QVERIFY(decision.uuid != sides.at(0).uuid);
    // Again: nothing new; the decided group says so.
    QCOMPARE(adjudicator.acceptAgreed(m_articleId)->size(), 0);
    const QList<ClaimGroup> groups = adjudicator.groups(m_articleId);
    QCOMPARE(groups.size(), 2);
    QVERIFY(groups.at(0).decision);
    QVERIFY(!groups.at(1).decision);
    // The analysts' own annotations are untouched.
    QCOMPARE(AnnotationStore(m_library->database()).annotationsForArticle(m_articleId).size(), 5);
}

void TestAdjudicator::acceptReplacesTheDecision()
{
    const QList<Annotation> sides = code({{kAmina, 40, 50, "supported"}, {kYoussef, 40, 50, "misleading"}});
    QVERIFY(AnalystStore(m_library->database()).actAs(kEditor));
    Adjudicator adjudicator(m_library->database());
    const std::optional<Annotation> first = adjudicator.accept(sides.at(0).uuid);
    QVERIFY2(first, qPrintable(adjudicator.lastError()));
    QCOMPARE(first->claim->verdict, QStringLiteral("supported"));
    // The editor changes their mind: Youssef's side, then a verdict of their own.
    QVERIFY(adjudicator.accept(sides.at(1).uuid));
    const std::optional<Annotation> own = adjudicator.accept(sides.at(1).uuid, QStringLiteral("disputed"));
    QVERIFY(own);
    const QList<ClaimGroup> groups = adjudicator.groups(m_articleId);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().decision->uuid, own->uuid);
    QCOMPARE(groups.first().decision->claim->verdict, QStringLiteral("disputed"));
    int finals = 0;
    for (const Annotation &a : AnnotationStore(m_library->database()).annotationsForArticle(m_articleId))
        finals += a.layer == Annotation::Layer::Final ? 1 : 0;
    QCOMPARE(finals, 1); // one decision per claim, never two
}

void TestAdjudicator::acceptRefusesWhatIsNotAClaim()
{
    Annotation highlight;
    highlight.articleId = m_articleId;
    highlight.anchor = {3, 20, m_text.mid(3, 17), {}, {}};
    QVERIFY(AnnotationStore(m_library->database()).create(highlight));
    Adjudicator adjudicator(m_library->database());
    QVERIFY(!adjudicator.accept(highlight.uuid));
    QVERIFY(!adjudicator.lastError().isEmpty());
    QVERIFY(!adjudicator.accept(QStringLiteral("00000000-0000-4000-8000-999999999999")));
    const std::optional<QList<Annotation>> none = adjudicator.acceptAgreed(m_articleId);
    QVERIFY(none && none->isEmpty());
}

void TestAdjudicator::exportsTakeTheFinalLayer_data()
{
    QTest::addColumn<bool>("decide");
    QTest::addColumn<int>("layer"); // ExportScope::Layer
    QTest::addColumn<QString>("analystUuid");
    QTest::addColumn<int>("expected");
    using L = ExportScope::Layer;
    QTest::newRow("default, undecided: every analyst's") << false << int(L::FinalElseAll) << "" << 4;
    QTest::newRow("default, decided: the final layer") << true << int(L::FinalElseAll) << "" << 1;
    QTest::newRow("final only, undecided") << false << int(L::Final) << "" << 0;
    QTest::newRow("all") << true << int(L::All) << "" << 5;
    QTest::newRow("one analyst") << true << int(L::Analyst) << kYoussef.uuid << 2;
}

void TestAdjudicator::exportsTakeTheFinalLayer()
{
    QFETCH(bool, decide);
    QFETCH(int, layer);
    QFETCH(QString, analystUuid);
    QFETCH(int, expected);
    code({{kAmina, 3, 20, "false"}, {kYoussef, 3, 20, "false"}, {kAmina, 40, 50, "supported"},
          {kYoussef, 40, 50, "misleading"}});
    if (decide)
        QVERIFY(Adjudicator(m_library->database()).acceptAgreed(m_articleId));
    ExportScope scope;
    scope.articleIds = {m_articleId};
    scope.layer = ExportScope::Layer(layer);
    scope.analystUuid = analystUuid;
    QList<ExportedArticle> articles;
    QVERIFY(ExportSource(m_library->database()).load(scope, &articles));
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().annotations.size(), expected);
}

QTEST_GUILESS_MAIN(TestAdjudicator)
#include "tst_adjudicator.moc"
