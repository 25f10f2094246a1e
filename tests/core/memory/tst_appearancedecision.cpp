#include "memory/appearancedecision.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/claimmemorystore.h"
#include "backendtest.h"
#include "../storage/testlibrary.h"

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

// Accepting, dismissing and reopening an appearance, on both backends: the annotation an
// acceptance makes, and every undo leaving the library as it was.
class TestAppearanceDecision : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestAppearanceDecision(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void acceptMakesTheClaimsAnnotation_data();
    void acceptMakesTheClaimsAnnotation();
    void reopenUndoesAndAcceptAgainRedoes_data();
    void reopenUndoesAndAcceptAgainRedoes();
    void dismissAndReopen();
    void refusesWhatCannotBeDecided_data();
    void refusesWhatCannotBeDecided();
    void anchorsAgainstAChangedText_data();
    void anchorsAgainstAChangedText();

private:
    // A proposed appearance of a library claim (or an imported fact-check) in the second article.
    qint64 propose(bool imported, const QString &quote = QStringLiteral("le chômage a baissé de 31 % en un an"));
    int annotationCount() const;

    Library *m_library = nullptr;
    QList<qint64> m_ids;
    qint64 m_original = 0;
    QString m_originalUuid;
    QString m_analyst;
};

void TestAppearanceDecision::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    m_analyst = QStringLiteral("Desk Editor");
    if (backend() == Backend::Sqlite) { // a team library's analyst is the connecting role
        QVERIFY(AnalystStore(m_library->database())
                    .actAs(Analyst{QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e"), m_analyst, {}, {}}));
    }
    const WriteResult result = ArticleWriter(m_library->database())
                                   .write("a.txt", "a",
                                          makeDocument({makePage("Chômage", "Barlamane", QDate(2025, 2, 12),
                                                                 {"Le ministre a affirmé que le chômage a baissé de 31 % en un an."}),
                                                        makePage("Reprise", "Hespress", QDate(2025, 3, 1),
                                                                 {"Selon le porte-parole, le chômage a baissé de 31 % en un an, un record."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_ids = result.articleIds;
    const QString text = ArticleStore(m_library->database()).article(m_ids.first())->text;
    const QString quote = QStringLiteral("le chômage a baissé de 31 %");
    Annotation annotation;
    annotation.articleId = m_ids.first();
    annotation.anchor = {int(text.indexOf(quote)), int(text.indexOf(quote) + quote.size()), quote, {}, {}};
    Claim claim;
    claim.kind = QStringLiteral("statistic");
    claim.verdict = QStringLiteral("false");
    claim.claimant = QStringLiteral("Le ministre");
    claim.claimantKind = QStringLiteral("Person");
    claim.summary = QStringLiteral("Le chômage aurait baissé de 31 %");
    annotation.claim = claim;
    AnnotationStore store(m_library->database());
    QVERIFY2(store.create(annotation), qPrintable(store.lastError()));
    m_original = annotation.id;
    m_originalUuid = annotation.uuid;
}

void TestAppearanceDecision::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

int TestAppearanceDecision::annotationCount() const
{
    return ArticleStore(m_library->database()).stats().annotations;
}

qint64 TestAppearanceDecision::propose(bool imported, const QString &quote)
{
    ClaimMemoryStore store(m_library->database());
    if (imported) {
        FactCheck check;
        check.claimReviewed = QStringLiteral("Le chômage a baissé de 31 %");
        check.url = QStringLiteral("https://factuel.example/chomage-31");
        check.reviewer = QStringLiteral("AFP Factuel");
        check.rating = QStringLiteral("Trompeur");
        check.verdict = QStringLiteral("misleading");
        check.claimant = QStringLiteral("Un porte-parole");
        check.published = QDateTime(QDate(2025, 1, 20), QTime(9, 0), Qt::UTC);
        if (store.addFactChecks({check}) != 1)
            qWarning("fact-check refused: %s", qPrintable(store.lastError()));
    }
    const QList<RememberedClaim> claims = store.rememberedClaims();
    Appearance appearance;
    appearance.articleId = m_ids.last();
    const QString text = ArticleStore(m_library->database()).article(m_ids.last())->text;
    appearance.start = int(text.indexOf(quote));
    appearance.end = appearance.start + int(quote.size());
    appearance.exact = quote;
    appearance.claim = imported ? claims.last() : claims.first();
    appearance.score = 0.97;
    if (store.propose({appearance}) != 1)
        qWarning("not proposed: %s", qPrintable(store.lastError()));
    const QList<Appearance> all = store.appearances({});
    return all.isEmpty() ? 0 : all.last().id;
}

void TestAppearanceDecision::acceptMakesTheClaimsAnnotation_data()
{
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("claimant");
    QTest::addColumn<QString>("evidence"); // what the evidence names
    QTest::addColumn<QString>("summary");
    QTest::newRow("a library claim") << false << "statistic" << "false" << "Le ministre" << "urn:uuid:"
                                     << "Le chômage aurait baissé de 31 %";
    QTest::newRow("an imported fact-check") << true << "factual" << "misleading" << "Un porte-parole"
                                            << "https://factuel.example/chomage-31" << "Le chômage a baissé de 31 %";
}

void TestAppearanceDecision::acceptMakesTheClaimsAnnotation()
{
    QFETCH(bool, imported);
    QFETCH(QString, kind);
    QFETCH(QString, verdict);
    QFETCH(QString, claimant);
    QFETCH(QString, evidence);
    QFETCH(QString, summary);
    const qint64 id = propose(imported);
    QVERIFY(id > 0);
    const int before = annotationCount();
    AppearanceDecision decision(m_library->database());
    const std::optional<Annotation> made = decision.accept(id);
    QVERIFY2(made, qPrintable(decision.lastError()));
    QCOMPARE(annotationCount(), before + 1);
    const std::optional<Annotation> stored = AnnotationStore(m_library->database()).annotation(made->id);
    QVERIFY(stored);
    QCOMPARE(stored->articleId, m_ids.last());
    QCOMPARE(stored->anchor.exact, QStringLiteral("le chômage a baissé de 31 % en un an"));
    QCOMPARE(stored->anchor.prefix, QStringLiteral("Selon le porte-parole, "));
    QVERIFY(stored->anchor.suffix.startsWith(QStringLiteral(", un record")));
    QVERIFY(stored->claim);
    QCOMPARE(stored->claim->kind, kind);
    QCOMPARE(stored->claim->verdict, verdict);
    QCOMPARE(stored->claim->claimant, claimant);
    QCOMPARE(stored->claim->summary, summary);
    QVERIFY2(stored->claim->evidence.contains(evidence), qPrintable(stored->claim->evidence));
    const QString lead = imported ? QStringLiteral("Repeats a claim rated misleading (\u201cTrompeur\u201d) by AFP Factuel on 2025-01-20:\n")
                                  : QStringLiteral("Repeats a claim rated false by %1 on %2 in article %3:\n")
                                        .arg(m_analyst, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate))
                                        .arg(m_ids.first());
    QVERIFY2(stored->claim->evidence.startsWith(lead), qPrintable(stored->claim->evidence));
    if (!imported)
        QVERIFY(stored->claim->evidence.endsWith(QStringLiteral("urn:uuid:") + m_originalUuid));
    QCOMPARE(stored->analyst.name, m_analyst);
    QCOMPARE(made->uuid, stored->uuid);

    ClaimMemoryStore store(m_library->database());
    const std::optional<Appearance> after = store.appearance(id);
    QCOMPARE(after->status, Appearance::Status::Accepted);
    QCOMPARE(after->acceptedAnnotationId, made->id);
    // The repeat is not a claim of its own in the memory.
    QCOMPARE(store.rememberedClaims().size(), imported ? 2 : 1);
}

void TestAppearanceDecision::reopenUndoesAndAcceptAgainRedoes_data()
{
    QTest::addColumn<bool>("imported");
    QTest::newRow("library") << false;
    QTest::newRow("imported") << true;
}

void TestAppearanceDecision::reopenUndoesAndAcceptAgainRedoes()
{
    QFETCH(bool, imported);
    const qint64 id = propose(imported);
    const int before = annotationCount();
    AppearanceDecision decision(m_library->database());
    const std::optional<Annotation> made = decision.accept(id);
    QVERIFY2(made, qPrintable(decision.lastError()));

    QVERIFY2(decision.reopen(id), qPrintable(decision.lastError())); // undo
    QCOMPARE(annotationCount(), before);
    QVERIFY(!AnnotationStore(m_library->database()).annotation(made->id));
    ClaimMemoryStore store(m_library->database());
    QCOMPARE(store.appearance(id)->status, Appearance::Status::Proposed);
    QCOMPARE(store.appearance(id)->acceptedAnnotationId, 0);

    QVERIFY2(decision.acceptAgain(id, *made), qPrintable(decision.lastError())); // redo
    QCOMPARE(annotationCount(), before + 1);
    const std::optional<Annotation> back = AnnotationStore(m_library->database()).annotation(made->id);
    QVERIFY(back);
    QCOMPARE(back->uuid, made->uuid);
    QCOMPARE(back->claim->verdict, made->claim->verdict);
    QCOMPARE(store.appearance(id)->acceptedAnnotationId, made->id);
    QVERIFY(!decision.acceptAgain(id, *made)); // accepted already
}

void TestAppearanceDecision::dismissAndReopen()
{
    const qint64 id = propose(false);
    const int before = annotationCount();
    AppearanceDecision decision(m_library->database());
    QVERIFY2(decision.dismiss(id), qPrintable(decision.lastError()));
    ClaimMemoryStore store(m_library->database());
    QCOMPARE(store.appearance(id)->status, Appearance::Status::Dismissed);
    QCOMPARE(annotationCount(), before);
    QVERIFY2(decision.reopen(id), qPrintable(decision.lastError()));
    QCOMPARE(store.appearance(id)->status, Appearance::Status::Proposed);
    // A dismissed appearance can still be accepted, and an accepted one is not dismissed.
    QVERIFY(decision.dismiss(id));
    QVERIFY(decision.accept(id));
    QVERIFY(!decision.dismiss(id));
    QVERIFY(decision.lastError().contains(QStringLiteral("accepted")));
}

void TestAppearanceDecision::refusesWhatCannotBeDecided_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("no such appearance") << "missing";
    QTest::newRow("accepted twice") << "twice";
    QTest::newRow("passage gone from the article") << "gone";
}

void TestAppearanceDecision::refusesWhatCannotBeDecided()
{
    QFETCH(QString, what);
    AppearanceDecision decision(m_library->database());
    qint64 id = 987654;
    if (what == QLatin1String("twice")) {
        id = propose(false);
        QVERIFY(decision.accept(id));
    } else if (what == QLatin1String("gone")) {
        id = propose(false);
        QSqlQuery change(privileged(*m_library));
        QVERIFY(change.exec(QStringLiteral("UPDATE claim_appearances SET exact = 'un passage qui n''y est pas' WHERE id = %1").arg(id)));
    }
    const int before = annotationCount();
    const std::optional<Appearance::Status> statusBefore = [&]() -> std::optional<Appearance::Status> {
        const std::optional<Appearance> a = ClaimMemoryStore(m_library->database()).appearance(id);
        return a ? std::optional(a->status) : std::nullopt;
    }();
    QVERIFY(!decision.accept(id));
    QVERIFY(!decision.lastError().isEmpty());
    QVERIFY(!decision.lastError().contains(QLatin1Char('\n')));
    QCOMPARE(annotationCount(), before); // nothing half-done
    const std::optional<Appearance> after = ClaimMemoryStore(m_library->database()).appearance(id);
    QCOMPARE(bool(after), bool(statusBefore));
    if (after)
        QCOMPARE(after->status, *statusBefore);
    if (what == QLatin1String("missing")) {
        QVERIFY(!decision.dismiss(id));
        QVERIFY(!decision.reopen(id));
    }
}

void TestAppearanceDecision::anchorsAgainstAChangedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start"); // -1: none
    QTest::newRow("as matched") << "Selon lui, le chômage a baissé, un record." << 11;
    QTest::newRow("moved") << "Hier encore. Selon lui, le chômage a baissé, un record." << 24;
    QTest::newRow("gone") << "Selon lui, tout va bien." << -1;
    QTest::newRow("empty text") << "" << -1;
}

void TestAppearanceDecision::anchorsAgainstAChangedText()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    Appearance appearance;
    appearance.articleId = 3;
    appearance.start = 11;
    appearance.end = 11 + 21;
    appearance.exact = QStringLiteral("le chômage a baissé");
    appearance.claim.verdict = QStringLiteral("false");
    appearance.claim.source = RememberedClaim::Source::Imported;
    appearance.claim.url = QStringLiteral("https://x.example/1");
    appearance.claim.text = QString(200, QLatin1Char('x')); // too long to be a summary
    appearance.end = appearance.start + int(appearance.exact.size());
    const std::optional<Annotation> annotation = AppearanceDecision::annotationFor(appearance, text);
    QCOMPARE(bool(annotation), start >= 0);
    if (!annotation)
        return;
    QCOMPARE(annotation->anchor.start, start);
    QCOMPARE(annotation->anchor.exact, appearance.exact);
    QCOMPARE(annotation->claim->kind, QStringLiteral("factual"));
    QVERIFY(annotation->claim->summary.isEmpty());
    QVERIFY(annotation->claim->evidence.endsWith(QStringLiteral("\nhttps://x.example/1")));
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestAppearanceDecision)
#include "tst_appearancedecision.moc"
