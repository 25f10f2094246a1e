#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlewriter.h"
#include "storage/checkworthyfeedbackstore.h"
#include "storage/knownnames.h"
#include "backendtest.h"
#include "testlibrary.h"

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

// The analysts' answers to "Worth Checking" marks and the names the library knows, on both
// backends.
class TestCheckWorthyFeedback : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestCheckWorthyFeedback(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void recordsAndReadsBack_data();
    void recordsAndReadsBack();
    void aNewAnswerReplacesTheOld();
    void forgetTakesAnAnswerBack();
    void refusesBadInput_data();
    void refusesBadInput();
    void knownNamesAreOutletsAndClaimants();

private:
    CheckWorthyFeedback answer(int start, int end, CheckWorthyFeedback::Decision decision) const;

    Library *m_library = nullptr;
    QList<qint64> m_ids;
};

void TestCheckWorthyFeedback::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    ArticleWriter writer(m_library->database());
    const WriteResult result = writer.write(
        "a.txt", "a",
        makeDocument({makePage("Barrage", "El Watan", QDate(2025, 2, 12), {"Selon le ministère, 31 % des foyers sont raccordés."}),
                      makePage("Récolte", "El Watan", QDate(2025, 2, 13), {"La récolte de blé atteint un record."}),
                      makePage("حصاد", "هسبريس", QDate(2025, 2, 14), {"قال الوزير إن المحصول بلغ 31٪."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_ids = result.articleIds;
    if (backend() == Backend::Sqlite) // a team library's analyst is the connecting role
        QVERIFY(AnalystStore(m_library->database())
                    .actAs(Analyst{QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e"), QStringLiteral("Amina"), {}, {}}));
}

void TestCheckWorthyFeedback::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

CheckWorthyFeedback TestCheckWorthyFeedback::answer(int start, int end, CheckWorthyFeedback::Decision decision) const
{
    CheckWorthyFeedback f;
    f.articleId = m_ids.first();
    f.start = start;
    f.end = end;
    f.sentence = QStringLiteral("Selon le ministère, 31 % des foyers sont raccordés.");
    f.features = {QStringLiteral("percentage"), QStringLiteral("attribution")};
    f.score = 0.55;
    f.decision = decision;
    f.decided = QDateTime(QDate(2026, 12, 6), QTime(19, 30), Qt::UTC);
    return f;
}

void TestCheckWorthyFeedback::recordsAndReadsBack_data()
{
    QTest::addColumn<int>("decision");
    QTest::newRow("accepted") << int(CheckWorthyFeedback::Decision::Accepted);
    QTest::newRow("dismissed") << int(CheckWorthyFeedback::Decision::Dismissed);
}

void TestCheckWorthyFeedback::recordsAndReadsBack()
{
    QFETCH(int, decision);
    CheckWorthyFeedbackStore store(m_library->database());
    const CheckWorthyFeedback given = answer(0, 52, CheckWorthyFeedback::Decision(decision));
    const qint64 id = store.record(given);
    QVERIFY2(id > 0, qPrintable(store.lastError()));
    const std::optional<CheckWorthyFeedback> back = store.answer(m_ids.first(), 0, 52);
    QVERIFY(back);
    QCOMPARE(back->id, id);
    QCOMPARE(back->articleId, m_ids.first());
    QCOMPARE(back->start, 0);
    QCOMPARE(back->end, 52);
    QCOMPARE(back->sentence, given.sentence);
    QCOMPARE(back->features, given.features);
    QCOMPARE(back->score, 0.55);
    QCOMPARE(int(back->decision), decision);
    QCOMPARE(back->decided, given.decided);
    QVERIFY(back->analystId > 0);
    QVERIFY(!back->analystName.isEmpty());
    QCOMPARE(store.answers(m_ids.first()).size(), 1);
    QCOMPARE(store.answers().size(), 1);
    QVERIFY(store.answers(m_ids.at(1)).isEmpty());
    QVERIFY(!store.answer(m_ids.first(), 0, 51));
}

void TestCheckWorthyFeedback::aNewAnswerReplacesTheOld()
{
    CheckWorthyFeedbackStore store(m_library->database());
    QVERIFY(store.record(answer(0, 52, CheckWorthyFeedback::Decision::Accepted)) > 0);
    QVERIFY(store.record(answer(0, 52, CheckWorthyFeedback::Decision::Dismissed)) > 0);
    QVERIFY(store.record(answer(53, 60, CheckWorthyFeedback::Decision::Accepted)) > 0);
    const QList<CheckWorthyFeedback> all = store.answers(m_ids.first());
    QCOMPARE(all.size(), 2);
    QCOMPARE(store.answer(m_ids.first(), 0, 52)->decision, CheckWorthyFeedback::Decision::Dismissed);
}

void TestCheckWorthyFeedback::forgetTakesAnAnswerBack()
{
    CheckWorthyFeedbackStore store(m_library->database());
    const qint64 id = store.record(answer(0, 52, CheckWorthyFeedback::Decision::Accepted));
    QVERIFY(id > 0);
    QVERIFY2(store.forget(id), qPrintable(store.lastError()));
    QVERIFY(!store.answer(m_ids.first(), 0, 52));
    QVERIFY(!store.forget(id)); // gone already: said, not ignored
    QVERIFY(!store.lastError().isEmpty());
}

void TestCheckWorthyFeedback::refusesBadInput_data()
{
    QTest::addColumn<qint64>("article");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("no such article") << qint64(999999) << 0 << 5;
    QTest::newRow("negative start") << qint64(0) << -1 << 5;
    QTest::newRow("end before start") << qint64(0) << 9 << 5;
}

void TestCheckWorthyFeedback::refusesBadInput()
{
    QFETCH(qint64, article);
    QFETCH(int, start);
    QFETCH(int, end);
    CheckWorthyFeedbackStore store(m_library->database());
    CheckWorthyFeedback f = answer(start, end, CheckWorthyFeedback::Decision::Accepted);
    if (article)
        f.articleId = article;
    QCOMPARE(store.record(f), qint64(0));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.answers().isEmpty()); // the library as it was
}

void TestCheckWorthyFeedback::knownNamesAreOutletsAndClaimants()
{
    // A claimant on a claim, and the same outlet name as a claimant (kept once).
    AnnotationStore annotations(m_library->database());
    for (const QString &claimant : {QStringLiteral("Abdelmadjid Tebboune"), QStringLiteral("el watan"), QString()}) {
        Annotation annotation;
        annotation.articleId = m_ids.first();
        annotation.anchor.start = 0;
        annotation.anchor.end = 5;
        annotation.anchor.exact = QStringLiteral("Selon");
        Claim claim;
        claim.kind = QStringLiteral("statistic");
        claim.verdict = QStringLiteral("unverified");
        claim.claimant = claimant;
        annotation.claim = claim;
        QVERIFY2(annotations.create(annotation), qPrintable(annotations.lastError()));
    }
    KnownNames known(m_library->database());
    const QStringList names = known.names();
    QVERIFY2(known.lastError().isEmpty(), qPrintable(known.lastError()));
    // Outlets first, the one with more articles first; then claimants; no empty name.
    QCOMPARE(names, (QStringList{QStringLiteral("El Watan"), QStringLiteral("هسبريس"), QStringLiteral("Abdelmadjid Tebboune")}));
    QCOMPARE(known.names(1), (QStringList{QStringLiteral("El Watan"), QStringLiteral("Abdelmadjid Tebboune")}));
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestCheckWorthyFeedback)
#include "tst_checkworthyfeedback.moc"
