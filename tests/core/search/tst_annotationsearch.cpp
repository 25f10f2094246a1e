// Searching annotations: quotes, notes and tag names through the user query language, and the
// schema version 4 migration that put tag names in the index.
#include "search/annotationsearchstore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/schemamigrator.h"
#include "storage/tagstore.h"
#include "../storage/testlibrary.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;

class TestAnnotationSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void finds_data();
    void finds();
    void hostileInputNeverFails_data();
    void hostileInputNeverFails();
    void hitCarriesArticleClaimAndTags();
    void ranksQuoteMatchesFirst();
    void followsTagRenameMergeAndRemoval();
    void followsAnnotationEditsAndDeletion();
    void migratesFileWithAnnotationsToTagSearch();

private:
    int versionBeforeTagSearch() const;
    qint64 annotate(qint64 articleId, const QString &quote, const QString &note, const QStringList &tags,
                    const QString &verdict = {});
    QStringList quotesFound(const QString &query) const;

    QTemporaryDir *m_dir = nullptr;
    Library *m_library = nullptr;
    QList<qint64> m_articles;
};

void TestAnnotationSearch::init()
{
    m_dir = new QTemporaryDir;
    m_library = new Library;
    QVERIFY(m_library->open(m_dir->filePath("s.glossa")));
    ArticleWriter writer(m_library->database());
    const ParsedPage first = makePage("Le budget du pont contesté", "Le Courrier du Nord", QDate(2025, 3, 3),
                                      {"Le chantier aurait coûté 480 millions de dirhams selon le ministère de la Défense."});
    const ParsedPage second = makePage("Pluies record sur la côte", "Barlamane", QDate(2025, 4, 1),
                                       {"Les pluies ont inondé le port, affirme la préfecture. Le vent a soufflé."});
    const WriteResult result = writer.write("s.txt", "s", makeDocument({first, second}));
    QVERIFY(result.ok());
    m_articles = result.articleIds;
    annotate(m_articles.at(0), "480 millions de dirhams", "chiffre repris sans source", {"budget", "infrastructure"},
             "disputed");
    annotate(m_articles.at(0), "ministère de la Défense", "", {});
    annotate(m_articles.at(1), "inondé le port", "la préfecture exagère ?", {"météo"}, "supported");
    annotate(m_articles.at(1), "Le vent a soufflé", "", {"covid-19"});
}

void TestAnnotationSearch::cleanup()
{
    delete m_library;
    delete m_dir;
    m_library = nullptr;
    m_dir = nullptr;
}

qint64 TestAnnotationSearch::annotate(qint64 articleId, const QString &quote, const QString &note,
                                      const QStringList &tags, const QString &verdict)
{
    const QString text = ArticleStore(m_library->database()).article(articleId)->text;
    Annotation annotation;
    annotation.articleId = articleId;
    const int start = int(text.indexOf(quote));
    annotation.anchor = {start, start + int(quote.size()), quote, QString(), QString()};
    annotation.note = note;
    annotation.tags = tags;
    if (!verdict.isEmpty()) {
        Claim claim;
        claim.kind = QStringLiteral("statistic");
        claim.verdict = verdict;
        claim.claimant = QStringLiteral("le ministère");
        annotation.claim = claim;
    }
    AnnotationStore store(m_library->database());
    if (!store.create(annotation))
        qWarning() << store.lastError();
    return annotation.id;
}

QStringList TestAnnotationSearch::quotesFound(const QString &query) const
{
    AnnotationSearchStore store(m_library->database());
    QStringList quotes;
    for (const AnnotationHit &hit : store.search(query))
        quotes << hit.exact;
    if (!store.lastError().isEmpty())
        qWarning() << "search error:" << store.lastError();
    quotes.sort();
    return quotes;
}

void TestAnnotationSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("quotes");
    QTest::newRow("quote word") << "dirhams" << QStringList{"480 millions de dirhams"};
    QTest::newRow("note word") << "exagère" << QStringList{"inondé le port"};
    QTest::newRow("tag") << "budget" << QStringList{"480 millions de dirhams"};
    QTest::newRow("tag with accent, typed without") << "meteo" << QStringList{"inondé le port"};
    QTest::newRow("tag with a hyphen") << "covid-19" << QStringList{"Le vent a soufflé"};
    QTest::newRow("accent-insensitive quote") << "defense" << QStringList{"ministère de la Défense"};
    QTest::newRow("case-insensitive") << "DIRHAMS" << QStringList{"480 millions de dirhams"};
    QTest::newRow("prefix") << "infra*" << QStringList{"480 millions de dirhams"};
    QTest::newRow("phrase") << "\"le port\"" << QStringList{"inondé le port"};
    QTest::newRow("phrase not in order") << "\"port le\"" << QStringList{};
    QTest::newRow("words across quote and tag") << "dirhams infrastructure" << QStringList{"480 millions de dirhams"};
    QTest::newRow("words across quote and note") << "port exagere" << QStringList{"inondé le port"};
    QTest::newRow("exclusion") << "le -port" << QStringList{"Le vent a soufflé"};
    QTest::newRow("OR") << "dirhams OR vent" << QStringList{"480 millions de dirhams", "Le vent a soufflé"};
    QTest::newRow("no match") << "tremblement" << QStringList{};
    QTest::newRow("article text is not an annotation") << "chantier" << QStringList{};
    QTest::newRow("empty") << "" << QStringList{};
    QTest::newRow("only an exclusion") << "-port" << QStringList{};
}

void TestAnnotationSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, quotes);
    QCOMPARE(quotesFound(query), quotes);
}

void TestAnnotationSearch::hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("query");
    const char *hostile[] = {
        "\"", "\"\"\"", "dirhams\"", "(", ")", "((dirhams", "NEAR(", "NEAR(a b", "exact:dirhams", "tags:budget",
        "{exact note}: dirhams", "^dirhams", "+", "-", "*", "**", "AND", "OR", "NOT", "dirhams AND", "OR OR OR",
        "NOT dirhams", "'; DROP TABLE annotations; --", "dirhams'", "\\", "%", "_", "\x01\x02\x1f", "a:b:c",
        "annotations_fts", "rank:", "bm25(", "\"a\" NEAR/2 \"b\"", "d*i*r", "-\"le port\"", "\"unterminated phrase",
    };
    for (const char *text : hostile)
        QTest::newRow(text) << QString::fromUtf8(text);
    QTest::newRow("very long") << QString(10000, QLatin1Char('x'));
    QTest::newRow("long mixed") << QStringLiteral("dirhams \"( NEAR: * - OR ").repeated(400);
    QTest::newRow("nul char") << QString(QChar(0)) + QStringLiteral("dirhams");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800));
}

void TestAnnotationSearch::hostileInputNeverFails()
{
    QFETCH(QString, query);
    AnnotationSearchStore store(m_library->database());
    const QList<AnnotationHit> hits = store.search(query);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    // Whatever it found, it found real annotations of this library.
    for (const AnnotationHit &hit : hits)
        QVERIFY(m_articles.contains(hit.articleId));
}

void TestAnnotationSearch::hitCarriesArticleClaimAndTags()
{
    AnnotationSearchStore store(m_library->database());
    const QList<AnnotationHit> hits = store.search(QStringLiteral("dirhams"));
    QCOMPARE(hits.size(), 1);
    const AnnotationHit &hit = hits.first();
    QCOMPARE(hit.articleId, m_articles.at(0));
    QCOMPARE(hit.articleTitle, QStringLiteral("Le budget du pont contesté"));
    QCOMPARE(hit.source, QStringLiteral("Le Courrier du Nord"));
    QCOMPARE(hit.published, QDate(2025, 3, 3));
    QCOMPARE(hit.note, QStringLiteral("chiffre repris sans source"));
    QCOMPARE(hit.tags, (QStringList{"budget", "infrastructure"}));
    QVERIFY(hit.claim.has_value());
    QCOMPARE(hit.claim->kind, QStringLiteral("statistic"));
    QCOMPARE(hit.claim->verdict, QStringLiteral("disputed"));
    // A plain highlight has no claim.
    const QList<AnnotationHit> plain = store.search(QStringLiteral("defense"));
    QCOMPARE(plain.size(), 1);
    QVERIFY(!plain.first().claim.has_value());
    QVERIFY(plain.first().tags.isEmpty());
    QCOMPARE(store.search(QStringLiteral("le"), 1).size(), 1); // the limit holds
}

void TestAnnotationSearch::ranksQuoteMatchesFirst()
{
    // "préfecture" is in one quote (short) and in another annotation's long note.
    annotate(m_articles.at(1), "affirme la préfecture", "", {});
    const QList<AnnotationHit> hits = AnnotationSearchStore(m_library->database()).search(QStringLiteral("prefecture"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().exact, QStringLiteral("affirme la préfecture"));
}

void TestAnnotationSearch::followsTagRenameMergeAndRemoval()
{
    TagStore tags(m_library->database());
    const qint64 budget = tags.idOf(QStringLiteral("budget"));
    QVERIFY(budget != 0);
    QVERIFY(tags.rename(budget, QStringLiteral("finances publiques")));
    QCOMPARE(quotesFound("budget"), QStringList{});
    QCOMPARE(quotesFound("finances"), QStringList{"480 millions de dirhams"});

    const qint64 meteo = tags.idOf(QStringLiteral("météo"));
    QVERIFY(tags.merge(meteo, tags.idOf(QStringLiteral("finances publiques"))));
    QCOMPARE(quotesFound("meteo"), QStringList{});
    QCOMPARE(quotesFound("finances"), (QStringList{"480 millions de dirhams", "inondé le port"}));

    QVERIFY(tags.remove(tags.idOf(QStringLiteral("finances publiques"))));
    QCOMPARE(quotesFound("finances"), QStringList{});
    // The annotations themselves are still found by their words.
    QCOMPARE(quotesFound("dirhams"), QStringList{"480 millions de dirhams"});
}

void TestAnnotationSearch::followsAnnotationEditsAndDeletion()
{
    AnnotationStore store(m_library->database());
    const qint64 id = AnnotationSearchStore(m_library->database()).search(QStringLiteral("dirhams")).first().annotationId;
    Annotation annotation = *store.annotation(id);
    annotation.note = QStringLiteral("source: rapport de la Cour des comptes");
    annotation.tags = QStringList{"audit"};
    QVERIFY2(store.update(annotation), qPrintable(store.lastError()));
    QCOMPARE(quotesFound("sans"), QStringList{});
    QCOMPARE(quotesFound("comptes"), QStringList{"480 millions de dirhams"});
    QCOMPARE(quotesFound("audit"), QStringList{"480 millions de dirhams"});
    QCOMPARE(quotesFound("infrastructure"), QStringList{});
    QVERIFY(store.remove(id));
    QCOMPARE(quotesFound("dirhams"), QStringList{});
    QCOMPARE(quotesFound("audit"), QStringList{});
    QSqlQuery check(m_library->database());
    QVERIFY(check.exec("INSERT INTO annotations_fts(annotations_fts) VALUES('integrity-check')"));
}

int TestAnnotationSearch::versionBeforeTagSearch() const
{
    for (int version = SchemaMigrator::latestVersion(); version > 0; --version) {
        Library scratch;
        if (!scratch.openAtVersion(m_dir->filePath(QStringLiteral("v%1.glossa").arg(version)), version))
            return -1;
        QSqlQuery q(scratch.database());
        bool hasTags = false;
        if (q.exec(QStringLiteral("PRAGMA table_info(annotations_fts)"))) {
            while (q.next())
                hasTags = hasTags || q.value(1).toString() == QLatin1String("tags");
        }
        if (!hasTags)
            return version;
    }
    return -1;
}

void TestAnnotationSearch::migratesFileWithAnnotationsToTagSearch()
{
    // The version just before the script that put tag names in the index (found by name, so the
    // test follows the script if it is renumbered).
    const int before = versionBeforeTagSearch();
    QVERIFY(before >= 3);
    const QString path = m_dir->filePath("old.glossa");
    {
        // A library as that version wrote it: a tagged annotation whose tag the old index did not hold.
        Library old;
        QString error;
        QVERIFY2(old.openAtVersion(path, before, &error), qPrintable(error));
        QSqlQuery q(old.database());
        QVERIFY(q.exec("PRAGMA user_version") && q.next());
        QCOMPARE(q.value(0).toInt(), before);
        QVERIFY2(q.exec("INSERT INTO articles (id, content_hash, title, imported_at) VALUES (1, 'h', 'Titre', '2025-01-01T00:00:00Z')"),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec("INSERT INTO article_texts (article_id, body) VALUES (1, 'Le ministère a démenti la rumeur.')"));
        QVERIFY(q.exec("INSERT INTO annotations (id, article_id, start, end, exact, note, created_at, modified_at)"
                       " VALUES (7, 1, 3, 12, 'ministère', 'à vérifier', 'x', 'x')"));
        QVERIFY(q.exec("INSERT INTO annotations (id, article_id, start, end, exact, note, created_at, modified_at)"
                       " VALUES (8, 1, 24, 33, 'la rumeur', '', 'x', 'x')"));
        QVERIFY(q.exec("INSERT INTO tags (id, name, folded) VALUES (1, 'Désinformation', 'désinformation')"));
        QVERIFY(q.exec("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (8, 1)"));
        QVERIFY(q.exec("SELECT count(*) FROM annotations_fts WHERE annotations_fts MATCH 'verifier'") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    QSqlQuery q(library.database());
    QVERIFY(q.exec("PRAGMA user_version") && q.next());
    QCOMPARE(q.value(0).toInt(), SchemaMigrator::latestVersion());
    AnnotationSearchStore store(library.database());
    auto ids = [&store](const QString &query) {
        QList<qint64> found;
        for (const AnnotationHit &hit : store.search(query))
            found << hit.annotationId;
        return found;
    };
    QCOMPARE(ids("verifier"), QList<qint64>{7});
    QCOMPARE(ids("desinformation"), QList<qint64>{8});
    QCOMPARE(ids("rumeur"), QList<qint64>{8});
    QCOMPARE(store.search("desinformation").first().tags, QStringList{"Désinformation"});
    QVERIFY(q.exec("INSERT INTO annotations_fts(annotations_fts) VALUES('integrity-check')"));
    QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    // New edits after the migration keep the index in step.
    QVERIFY(q.exec("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (7, 1)"));
    QCOMPARE(ids("desinformation").size(), 2);
}

QTEST_GUILESS_MAIN(TestAnnotationSearch)
#include "tst_annotationsearch.moc"
