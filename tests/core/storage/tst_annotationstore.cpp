#include "search/articlefinder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "backendtest.h"
#include "testlibrary.h"

#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

class TestAnnotationStore : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestAnnotationStore(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void createsWithTagsAndClaim();
    void refusesBadSpans_data();
    void refusesBadSpans();
    void updatesAndRemoves();
    void restoresSameId();
    void keepsOrphans();
    void refusesQuotesOverTheBound_data();
    void refusesQuotesOverTheBound();
    void countsAndIndexes();
    void savedAcrossReopen();
    void updatesAllInOneTransaction();
    void refusesAChangeBasedOnAnOlderVersion();
    void keepsExchangeFields();

private:
    Annotation makeAnnotation(int start, int end) const;
    Library *m_library = nullptr;
    qint64 m_articleId = 0;
    QString m_text;
};

void TestAnnotationStore::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    ArticleWriter writer(m_library->database());
    const WriteResult result = writer.write(
        "a.txt", "a",
        makeDocument({makePage("Titre", "Barlamane", QDate(2025, 2, 12),
                               {"Le ministère a démenti toute implication 🙂.", "الجيش نفى أي تورط في العملية."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_articleId = result.articleIds.first();
    m_text = ArticleStore(m_library->database()).article(m_articleId)->text;
}

void TestAnnotationStore::cleanup()
{
    delete m_library;
}

Annotation TestAnnotationStore::makeAnnotation(int start, int end) const
{
    Annotation annotation;
    annotation.articleId = m_articleId;
    annotation.anchor.start = start;
    annotation.anchor.end = end;
    annotation.anchor.exact = m_text.mid(start, end - start);
    annotation.anchor.prefix = m_text.mid(qMax(0, start - 8), start - qMax(0, start - 8));
    annotation.anchor.suffix = m_text.mid(end, 8);
    return annotation;
}

void TestAnnotationStore::createsWithTagsAndClaim()
{
    AnnotationStore store(m_library->database());
    Annotation annotation = makeAnnotation(3, 12);
    annotation.color = "#81c784";
    annotation.note = "Source: communiqué";
    annotation.tags = {"défense", "Algérie", "défense"};
    Claim claim;
    claim.kind = "allegation";
    claim.verdict = "disputed";
    claim.claimant = "Le ministère";
    claim.evidence = "https://example.org/communique\nArchive du 12/02";
    claim.confidence = 0.7;
    annotation.claim = claim;
    QVERIFY2(store.create(annotation), qPrintable(store.lastError()));
    QVERIFY(annotation.id > 0);
    QVERIFY(annotation.created.isValid());

    const std::optional<Annotation> loaded = store.annotation(annotation.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->anchor.exact, QStringLiteral("ministère"));
    QCOMPARE(loaded->tags, (QStringList{"défense", "Algérie"})); // order kept, duplicate dropped
    QVERIFY(loaded->claim);
    QCOMPARE(*loaded->claim, claim);
    QCOMPARE(loaded->color, QStringLiteral("#81c784"));
    QCOMPARE(loaded->created, annotation.created);
}

void TestAnnotationStore::refusesBadSpans_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative") << -1 << 3 << "Le " << "outside";
    QTest::newRow("past end") << 10 << 100000 << "x" << "outside";
    QTest::newRow("empty") << 5 << 5 << "" << "outside";
    QTest::newRow("reversed") << 8 << 3 << "x" << "outside";
    QTest::newRow("wrong quote") << 0 << 2 << "Xy" << "does not match";
}

void TestAnnotationStore::refusesBadSpans()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, exact);
    QFETCH(QString, error);
    AnnotationStore store(m_library->database());
    Annotation annotation;
    annotation.articleId = m_articleId;
    annotation.anchor = {start, end, exact, QString(), QString()};
    QVERIFY(!store.create(annotation));
    QVERIFY2(store.lastError().contains(error), qPrintable(store.lastError()));
    QVERIFY(store.annotationsForArticle(m_articleId).isEmpty());
    annotation.articleId = 4242;
    QVERIFY(!store.create(annotation));
}

void TestAnnotationStore::updatesAndRemoves()
{
    AnnotationStore store(m_library->database());
    Annotation annotation = makeAnnotation(0, 11);
    annotation.tags = {"a"};
    QVERIFY(store.create(annotation));
    annotation.note = "modifié";
    annotation.tags = {"b", "c"};
    annotation.claim = Claim{};
    annotation.claim->verdict = "false";
    QVERIFY2(store.update(annotation), qPrintable(store.lastError()));
    Annotation loaded = *store.annotation(annotation.id);
    QVERIFY(loaded.sameContent(annotation));
    annotation.claim.reset();
    QVERIFY(store.update(annotation));
    QVERIFY(!store.annotation(annotation.id)->claim);
    QVERIFY(store.remove(annotation.id));
    QVERIFY(!store.annotation(annotation.id));
    QVERIFY(!store.remove(annotation.id));
    QSqlQuery q(m_library->database());
    QVERIFY(q.exec("SELECT count(*) FROM annotation_tags") && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAnnotationStore::restoresSameId()
{
    AnnotationStore store(m_library->database());
    Annotation annotation = makeAnnotation(3, 12);
    annotation.tags = {"x"};
    annotation.claim = Claim{};
    QVERIFY(store.create(annotation));
    const Annotation before = *store.annotation(annotation.id);
    QVERIFY(store.remove(annotation.id));
    QVERIFY2(store.restore(before), qPrintable(store.lastError()));
    const Annotation after = *store.annotation(annotation.id);
    QVERIFY(after.sameContent(before));
    QCOMPARE(after.created, before.created);
    QCOMPARE(after.modified, before.modified);
    QVERIFY(!store.restore(before)); // already there
}

void TestAnnotationStore::keepsOrphans()
{
    AnnotationStore store(m_library->database());
    Annotation orphan;
    orphan.articleId = m_articleId;
    orphan.anchor = {500, 520, "un passage disparu", "avant ", " après"};
    orphan.orphaned = true;
    QVERIFY2(store.create(orphan), qPrintable(store.lastError()));
    const QList<Annotation> all = store.annotationsForArticle(m_articleId);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().orphaned);
    QCOMPARE(ArticleStore(m_library->database()).stats().orphaned, 1);
}

// A quote of megabytes is no highlight: it was kept as an orphan, whatever its size.
void TestAnnotationStore::refusesQuotesOverTheBound_data()
{
    QTest::addColumn<int>("exact");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<bool>("stored");
    QTest::newRow("20 MB quote") << 20 * 1024 * 1024 << 0 << false;
    QTest::newRow("one over") << TextAnchor::kMaxQuoteLength + 1 << 0 << false;
    QTest::newRow("prefix over") << 10 << TextAnchor::kMaxQuoteLength + 1 << false;
    QTest::newRow("at the bound") << TextAnchor::kMaxQuoteLength << TextAnchor::kMaxQuoteLength << true;
}

void TestAnnotationStore::refusesQuotesOverTheBound()
{
    QFETCH(int, exact);
    QFETCH(int, prefix);
    QFETCH(bool, stored);
    AnnotationStore store(m_library->database());
    Annotation orphan;
    orphan.articleId = m_articleId;
    orphan.anchor = {500, 520, QString(exact, QLatin1Char('q')), QString(prefix, QLatin1Char('p')), QString()};
    orphan.orphaned = true;
    QCOMPARE(store.create(orphan), stored);
    QCOMPARE(store.annotationsForArticle(m_articleId).size(), stored ? 1 : 0);
    if (!stored) {
        QVERIFY2(store.lastError().startsWith("the quote is too long"), qPrintable(store.lastError()));
        return;
    }
    // Nor can an update make it longer.
    orphan.anchor.exact += QLatin1Char('q');
    QVERIFY(!store.update(orphan));
    QCOMPARE(store.annotation(orphan.id)->anchor.exact.size(), TextAnchor::kMaxQuoteLength);
}

void TestAnnotationStore::countsAndIndexes()
{
    AnnotationStore store(m_library->database());
    // The Arabic paragraph, and a span ending right after the emoji's surrogate pair.
    const int arabicStart = int(m_text.indexOf(QStringLiteral("الجيش")));
    Annotation arabic = makeAnnotation(arabicStart, arabicStart + 5);
    arabic.note = "تصريح رسمي";
    QVERIFY(store.create(arabic));
    const int emoji = int(m_text.indexOf(QStringLiteral("🙂")));
    Annotation withEmoji = makeAnnotation(emoji - 12, emoji + 2);
    withEmoji.note = "Réaction ironique";
    QVERIFY(store.create(withEmoji));
    QCOMPARE(ArticleFinder(m_library->database()).summaries({}).first().annotationCount, 2);
    // The embedded library's annotation index follows (the server's search is its own).
    const bool indexed = backend() == Backend::Sqlite;
    QSqlQuery q(m_library->database());
    QVERIFY(!indexed || (q.exec("SELECT count(*) FROM annotations_fts WHERE annotations_fts MATCH 'reaction'") && q.next()));
    QCOMPARE(indexed ? q.value(0).toInt() : 1, 1);
    QVERIFY(store.remove(withEmoji.id));
    QCOMPARE(ArticleFinder(m_library->database()).summaries({}).first().annotationCount, 1);
    QVERIFY(!indexed || (q.exec("SELECT count(*) FROM annotations_fts WHERE annotations_fts MATCH 'reaction'") && q.next()));
    QCOMPARE(indexed ? q.value(0).toInt() : 0, 0);
    // Orders by position in the text.
    Annotation first = makeAnnotation(0, 2);
    QVERIFY(store.create(first));
    QCOMPARE(store.annotationsForArticle(m_articleId).first().id, first.id);
}

void TestAnnotationStore::savedAcrossReopen()
{
    Annotation annotation = makeAnnotation(3, 12);
    annotation.tags = {"persisté"};
    QVERIFY(AnnotationStore(m_library->database()).create(annotation));
    const QString path = m_library->path();
    m_library->close();
    Library reopened;
    QVERIFY(reopened.open(path));
    const QList<Annotation> found = AnnotationStore(reopened.database()).annotationsForArticle(m_articleId);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().tags, QStringList{"persisté"});
}

void TestAnnotationStore::updatesAllInOneTransaction()
{
    AnnotationStore store(m_library->database());
    Annotation first = makeAnnotation(0, 11);
    Annotation second = makeAnnotation(12, 20);
    QVERIFY(store.create(first));
    QVERIFY(store.create(second));

    first.claim = Claim{};
    first.claim->verdict = "disputed";
    second.tags = {"bulk"};
    QList<Annotation> batch{first, second};
    QVERIFY2(store.updateAll(batch), qPrintable(store.lastError()));
    QCOMPARE(store.annotation(first.id)->claim->verdict, QString("disputed"));
    QCOMPARE(store.annotation(second.id)->tags, QStringList{"bulk"});

    // One bad annotation in the batch: nothing of the batch is saved.
    first.claim->verdict = "false";
    Annotation missing = makeAnnotation(0, 5);
    missing.id = 999999;
    QList<Annotation> failing{first, missing};
    QVERIFY(!store.updateAll(failing));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.annotation(first.id)->claim->verdict, QString("disputed"));
    QCOMPARE(failing.first().claim->verdict, QString("false"));
}

void TestAnnotationStore::refusesAChangeBasedOnAnOlderVersion()
{
    AnnotationStore store(m_library->database());
    Annotation annotation = makeAnnotation(3, 12);
    QVERIFY(store.create(annotation));
    const Annotation read = *store.annotation(annotation.id);
    QVERIFY(read.version > 0);
    // One change, based on what was read: it holds and moves the version on.
    Annotation first = read;
    first.note = QStringLiteral("premier");
    QVERIFY2(store.update(first), qPrintable(store.lastError()));
    QVERIFY(first.version > read.version);
    QVERIFY(!store.lastConflict());
    // Another, based on the same old read: refused, and the row as it now is comes back.
    Annotation stale = read;
    stale.note = QStringLiteral("second");
    QVERIFY(!store.update(stale));
    QVERIFY(store.lastConflict());
    QCOMPARE(store.lastConflict()->note, QStringLiteral("premier"));
    QCOMPARE(store.annotation(annotation.id)->note, QStringLiteral("premier"));
    // Based on the version it now has, it holds; unversioned (a merged file's), it holds too.
    stale.version = store.lastConflict()->version;
    QVERIFY2(store.update(stale), qPrintable(store.lastError()));
    Annotation unversioned = stale;
    unversioned.version = 0;
    unversioned.note = QStringLiteral("troisième");
    QVERIFY(store.update(unversioned));
    QCOMPARE(store.annotation(annotation.id)->note, QStringLiteral("troisième"));
}

// What an exchange with other tools needs kept (schema 10 / team schema 3): a claim's summary and
// claimant kind, a note's format, another tool's id; written, changed, found by that id.
void TestAnnotationStore::keepsExchangeFields()
{
    AnnotationStore store(m_library->database());
    Annotation annotation = makeAnnotation(3, 12);
    annotation.note = QStringLiteral("**gras**");
    annotation.noteFormat = Annotation::kMarkdown;
    annotation.foreignId = QStringLiteral("https://hypothes.is/a/Xq3kZ1aBEe");
    Claim claim;
    claim.verdict = QStringLiteral("false");
    claim.claimant = QStringLiteral("Barlamane");
    claim.claimantKind = QStringLiteral("Organization");
    claim.summary = QStringLiteral("Le ministère dément");
    annotation.claim = claim;
    QVERIFY2(store.create(annotation), qPrintable(store.lastError()));
    std::optional<Annotation> read = store.annotation(annotation.id);
    QVERIFY(read);
    QCOMPARE(read->noteFormat, QString(Annotation::kMarkdown));
    QCOMPARE(read->foreignId, annotation.foreignId);
    QVERIFY(read->claim == claim);
    QCOMPARE(store.annotationByForeignId(annotation.foreignId)->id, annotation.id);
    QVERIFY(!store.annotationByForeignId(QStringLiteral("https://hypothes.is/a/other")));

    read->claim->summary = QStringLiteral("Autre résumé");
    read->claim->claimantKind = QStringLiteral("Person");
    read->noteFormat.clear();
    QVERIFY2(store.update(*read), qPrintable(store.lastError()));
    const std::optional<Annotation> changed = store.annotation(annotation.id);
    QCOMPARE(changed->claim->summary, QStringLiteral("Autre résumé"));
    QCOMPARE(changed->claim->claimantKind, QStringLiteral("Person"));
    QCOMPARE(changed->noteFormat, QString()); // text/plain
    QCOMPARE(changed->foreignId, annotation.foreignId);

    // Another tool's id names one annotation only.
    Annotation twin = makeAnnotation(13, 20);
    twin.foreignId = annotation.foreignId;
    QVERIFY(!store.create(twin));
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestAnnotationStore)
#include "tst_annotationstore.moc"
