// An article's note is searchable from the headline list's search, on both backends: a word of
// the note finds the article in every search plan, in counts and in id lists; the row says it was
// the note that matched; the note's index follows edits, deletion and undo; a library file
// upgraded from the version before finds the notes it already held.
#include "search/articlefinder.h"
#include "search/ftsquery.h"
#include "storage/articleremoval.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/schemamigrator.h"
#include "backendtest.h"
#include "../storage/testlibrary.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

Q_DECLARE_METATYPE(SearchPlan)

class TestNoteSearch : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestNoteSearch(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void findsArticlesByTheirNote_data();
    void findsArticlesByTheirNote();
    void everyPlanFindsTheNote_data();
    void everyPlanFindsTheNote();
    void noteOnlyRowsSayTheNoteMatched();
    void followsNoteEditsDeletionAndUndo();
    void upgradedFileFindsItsNotes();

private:
    QStringList titlesFound(const QString &search, int *count = nullptr) const;
    QStringList titlesOf(const QList<qint64> &ids) const;

    Library *m_library = nullptr;
    QList<qint64> m_ids;
};

void TestNoteSearch::init()
{
    m_library = new Library;
    QString why;
    QVERIFY2(open(*m_library, &why), qPrintable(why));
    const WriteResult result = ArticleWriter(m_library->database())
                                   .write("n.txt", "n",
                                          makeDocument({makePage("Barrage de Béni Haroun", "Barlamane", QDate(2025, 2, 12),
                                                                 {"Le ministère a annoncé la mise en service du barrage."}),
                                                        makePage("Récolte record", "Hespress", QDate(2025, 2, 13),
                                                                 {"La récolte de blé atteint 31 %."}),
                                                        makePage("Séisme au nord", "Hespress", QDate(2025, 2, 14),
                                                                 {"Un séisme a frappé la région."}),
                                                        makePage("الحكومة تعلن", "الصباح", QDate(2025, 2, 15),
                                                                 {"أعلنت الحكومة عن خطة جديدة."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_ids = result.articleIds;
    QCOMPARE(m_ids.size(), 4);
    ArticleStore articles(m_library->database());
    QVERIFY(articles.setNote(m_ids.at(0), QStringLiteral("À vérifier auprès de l’agence Sonatrach, coopération douteuse sur le barrage.")));
    QVERIFY(articles.setNote(m_ids.at(1), QStringLiteral("Rapprocher du barrage d’hier")));
    QVERIFY(articles.setNote(m_ids.at(3), QStringLiteral("مصدر مجهول")));
}

void TestNoteSearch::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

QStringList TestNoteSearch::titlesOf(const QList<qint64> &ids) const
{
    QStringList titles;
    ArticleStore articles(m_library->database());
    for (const qint64 id : ids)
        titles << articles.article(id)->title;
    titles.sort();
    return titles;
}

QStringList TestNoteSearch::titlesFound(const QString &search, int *count) const
{
    ArticleFinder finder(m_library->database());
    ArticleQuery query;
    query.search = search;
    query.withSnippets = true;
    QStringList titles;
    for (const ArticleSummary &row : finder.summaries(query))
        titles << row.title;
    titles.sort();
    if (count)
        *count = finder.count(query);
    return titles;
}

void TestNoteSearch::findsArticlesByTheirNote_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("a word only in a note") << "sonatrach" << QStringList{"Barrage de Béni Haroun"};
    QTest::newRow("without its accents") << "verifier" << QStringList{"Barrage de Béni Haroun"};
    QTest::newRow("a prefix") << "coopér*" << QStringList{"Barrage de Béni Haroun"};
    QTest::newRow("a phrase") << "\"auprès de l’agence\"" << QStringList{"Barrage de Béni Haroun"};
    QTest::newRow("in a text and its note, and another note") << "barrage" << QStringList{"Barrage de Béni Haroun", "Récolte record"};
    QTest::newRow("either word") << "sonatrach OR séisme" << QStringList{"Barrage de Béni Haroun", "Séisme au nord"};
    QTest::newRow("arabic") << "مجهول" << QStringList{"الحكومة تعلن"};
    QTest::newRow("text alone still") << "récolte" << QStringList{"Récolte record"};
    QTest::newRow("nowhere") << "zygomatique" << QStringList{};
}

void TestNoteSearch::findsArticlesByTheirNote()
{
    QFETCH(QString, search);
    QFETCH(QStringList, titles);
    int count = -1;
    QCOMPARE(titlesFound(search, &count), titles);
    QCOMPARE(count, titles.size());
    // The same with a filter, which counts through the list's own statement.
    ArticleFinder finder(m_library->database());
    ArticleQuery query;
    query.search = search;
    query.from = QDate(2025, 1, 1);
    QCOMPARE(finder.count(query), titles.size());
    QCOMPARE(titlesOf(finder.ids(query)), titles);
}

void TestNoteSearch::everyPlanFindsTheNote_data()
{
    QTest::addColumn<SearchPlan>("plan");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("titles");
    const QList<std::pair<const char *, SearchPlan>> plans = {
        {"selective", SearchPlan::Selective}, {"materialized", SearchPlan::Materialized}, {"probed", SearchPlan::Probed}};
    for (const auto &[name, plan] : plans) {
        QTest::addRow("%s, note only", name) << plan << "sonatrach" << QStringList{"Barrage de Béni Haroun"};
        QTest::addRow("%s, phrase in a note", name) << plan << "\"agence sonatrach\"" << QStringList{"Barrage de Béni Haroun"};
        QTest::addRow("%s, text and note", name) << plan << "barrage" << QStringList{"Barrage de Béni Haroun", "Récolte record"};
        QTest::addRow("%s, text only", name) << plan << "séisme" << QStringList{"Séisme au nord"};
    }
}

void TestNoteSearch::everyPlanFindsTheNote()
{
    QFETCH(SearchPlan, plan);
    QFETCH(QString, search);
    QFETCH(QStringList, titles);
    ArticleFinder finder(m_library->database()); // installs the row filter the probed plan calls
    const SqlBackend backend = backendOf(m_library->database());
    const ArticleSelection selection =
        ArticleQuerySql::selection(ArticleQuery{}, FtsQuery::toMatchExpression(search), plan, backend);
    QSqlQuery sql(m_library->database());
    QVERIFY2(sql.prepare("SELECT a.id" + selection.from + selection.whereClause() + ArticleQuerySql::orderBy(ArticleQuery{}, selection.plan)),
             qPrintable(sql.lastError().text()));
    for (const QVariant &value : selection.values)
        sql.addBindValue(value);
    QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    QList<qint64> ids;
    while (sql.next())
        ids << sql.value(0).toLongLong();
    QCOMPARE(titlesOf(ids), titles);
}

void TestNoteSearch::noteOnlyRowsSayTheNoteMatched()
{
    ArticleFinder finder(m_library->database());
    ArticleQuery query;
    query.search = QStringLiteral("barrage");
    query.withSnippets = true;
    const QList<ArticleSummary> rows = finder.summaries(query);
    QCOMPARE(rows.size(), 2);
    for (const ArticleSummary &row : rows) {
        QVERIFY2(row.snippet.contains(QChar(0x02)), qPrintable(row.snippet));
        if (row.id == m_ids.at(1)) { // by its note alone
            QVERIFY(row.snippetOfNote);
            QVERIFY2(row.snippet.contains(QStringLiteral("Rapprocher du \x02" "barrage\x03")), qPrintable(row.snippet));
        } else {
            QVERIFY(!row.snippetOfNote);
        }
    }
    // A page of rows read again by id carries the same snippet.
    const QList<ArticleSummary> again = finder.summariesOf({m_ids.at(1)}, QStringLiteral("barrage"));
    QCOMPARE(again.size(), 1);
    QVERIFY(again.first().snippetOfNote);
    QVERIFY(again.first().snippet.contains(QChar(0x02)));
}

void TestNoteSearch::followsNoteEditsDeletionAndUndo()
{
    ArticleStore articles(m_library->database());
    QVERIFY(articles.setNote(m_ids.at(0), QStringLiteral("Vu à la télévision")));
    QCOMPARE(titlesFound("sonatrach"), QStringList{});
    QCOMPARE(titlesFound("television"), QStringList{"Barrage de Béni Haroun"});
    QVERIFY(articles.setNote(m_ids.at(0), QString()));
    QCOMPARE(titlesFound("television"), QStringList{});
    QVERIFY(articles.setNote(m_ids.at(2), QStringLiteral("Télévision nationale")));
    QCOMPARE(titlesFound("television"), QStringList{"Séisme au nord"});

    ArticleRemoval removal(m_library->database());
    const std::optional<QList<RemovedArticle>> removed = removal.remove({m_ids.at(2)});
    QVERIFY2(removed, qPrintable(removal.lastError()));
    QCOMPARE(titlesFound("television"), QStringList{});
    QVERIFY2(removal.restore(*removed), qPrintable(removal.lastError()));
    QCOMPARE(titlesFound("television"), QStringList{"Séisme au nord"});

    if (backend() == Backend::Sqlite) {
        QSqlQuery sql(m_library->database());
        QVERIFY2(sql.exec("INSERT INTO article_notes_fts(article_notes_fts) VALUES ('integrity-check')"),
                 qPrintable(sql.lastError().text()));
    }
}

void TestNoteSearch::upgradedFileFindsItsNotes()
{
    if (backend() != Backend::Sqlite)
        QSKIP("a team library's upgrade runs the same script through team init");
    // The version just before the note search's script, found by name so that the test follows
    // the script when versions are merged in before it.
    const QStringList scripts = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    int before = -1;
    for (int i = 0; i < scripts.size(); ++i) {
        if (scripts.at(i).endsWith(QLatin1String("_note_search.sql")))
            before = i;
    }
    QVERIFY(before > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath("old.glossa");
    {
        Library old;
        QString error;
        QVERIFY2(old.openAtVersion(path, before, &error), qPrintable(error));
        QSqlQuery q(old.database());
        QVERIFY2(q.exec("INSERT INTO articles (id, content_hash, title, imported_at, note)"
                        " VALUES (1, 'h', 'Titre', '2025-01-01T00:00:00Z', 'Rappeler la préfecture')"),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec("INSERT INTO article_texts (article_id, body) VALUES (1, 'Le ministère a démenti la rumeur.')"));
        QVERIFY(q.exec("INSERT INTO articles (id, content_hash, title, imported_at) VALUES (2, 'i', 'Autre', '2025-01-01T00:00:00Z')"));
        QVERIFY(q.exec("INSERT INTO article_texts (article_id, body) VALUES (2, 'La préfecture a démenti.')"));
    }
    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    ArticleFinder finder(library.database());
    ArticleQuery query;
    query.search = QStringLiteral("rappeler");
    const QList<ArticleSummary> rows = finder.summaries(query);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, 1);
    query.search = QStringLiteral("prefecture");
    QCOMPARE(finder.count(query), 2); // one by its note, one by its text
    QSqlQuery q(library.database());
    QVERIFY(q.exec("INSERT INTO article_notes_fts(article_notes_fts) VALUES ('integrity-check')"));
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestNoteSearch)
#include "tst_notesearch.moc"
