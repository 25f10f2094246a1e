#include "storage/articlestore.h"

#include "search/articlefinder.h"
#include "storage/articlewriter.h"
#include "storage/rawdumpcodec.h"
#include "storage/tagstore.h"
#include "storage/transaction.h"
#include "backendtest.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QThread>

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

class TestArticleStore : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestArticleStore(glossa::test::Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();

    void writesArticleWithBlocksAndProvenance();
    void keepsEveryCharacter_data();
    void keepsEveryCharacter();
    void readsRawDumpsOfEveryVintage_data();
    void readsRawDumpsOfEveryVintage();
    void skipsDuplicatePages();
    void duplicateFileWritesNothing();
    void refusedFileLeavesTheBatchUsable();
    void samePageFromTwoWritersAtOnce();
    void filters_data();
    void filters();
    void sortsAndPages();
    void searchIgnoresAccentsAndCase_data();
    void searchIgnoresAccentsAndCase();
    void keepsReadingState();
    void staleNoteIsRefused_data();
    void staleNoteIsRefused();
    void tagsArticles();
    void deletingArticleCleansIndex();
    void newestPublished();

private:
    void populate();
    Library *m_library = nullptr;
};

void TestArticleStore::init()
{
    m_library = new Library;
    QString error;
    QVERIFY2(open(*m_library, &error), qPrintable(error));
}

void TestArticleStore::cleanup()
{
    delete m_library;
}

void TestArticleStore::populate()
{
    ArticleWriter writer(m_library->database());
    QList<ParsedPage> pages = {
        makePage("La défense algérienne en question", "Barlamane", QDate(2025, 2, 12),
                 {"Le ministère de la défense a démenti.", "Un second paragraphe."}, {"Un engagement"}),
        makePage("Élections municipales : le scrutin reporté", "Le Petit Journal du Soir", QDate(2025, 3, 1),
                 {"Le scrutin aura lieu en juin, selon la préfecture."}),
        makePage("Pluies record sur la côte", "Barlamane", QDate(2024, 12, 30), {"Les pluies ont inondé le port."}),
        makePage("Sans date ni source", QString(), QDate(), {"Un texte brut sans provenance."}),
    };
    const WriteResult result = writer.write("fixture.txt", "raw bytes of the fixture", makeDocument(pages));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.added, 4);
}

void TestArticleStore::writesArticleWithBlocksAndProvenance()
{
    ArticleWriter writer(m_library->database());
    ParsedPage page = makePage("Titre", "Barlamane", QDate(2025, 2, 12), {"Premier paragraphe.", "Second."},
                               {"Intertitre"});
    page.headlines = QStringList{"Une", "Deux", "Trois"};
    page.direction = Qt::LeftToRight;
    const QByteArray raw = QByteArray("Une\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0" "Deux\n\nTitre\n") + QByteArray(5000, 'x');
    const WriteResult result = writer.write("dump.txt", raw, makeDocument({page}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articleIds.size(), 1);

    ArticleStore store(m_library->database());
    const std::optional<Article> article = store.article(result.articleIds.first());
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("Titre"));
    QCOMPARE(article->source, QStringLiteral("Barlamane"));
    QCOMPARE(article->published, QDate(2025, 2, 12));
    QCOMPARE(article->text, QStringLiteral("Intertitre\nPremier paragraphe.\nSecond."));
    QCOMPARE(article->blocks.size(), 3);
    QCOMPARE(article->blocks.at(0).kind, Block::Kind::Heading);
    QCOMPARE(article->blockText(article->blocks.at(1)), QStringLiteral("Premier paragraphe."));
    QCOMPARE(article->headlines, (QStringList{"Une", "Deux", "Trois"}));
    QCOMPARE(article->provenance.fileName, QStringLiteral("dump.txt"));
    QCOMPARE(article->provenance.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(article->provenance.sha256.size(), 64);
    QVERIFY(article->provenance.importedAt.isValid());
    // The raw bytes are kept, compressed, and come back exactly.
    QCOMPARE(store.rawDump(article->provenance.dumpId), raw);
    QSqlQuery q(m_library->database());
    QVERIFY(q.exec("SELECT raw FROM dumps") && q.next());
    QVERIFY(RawDumpCodec::isZstdFrame(q.value(0).toByteArray()));
    QVERIFY(q.exec("SELECT length(raw) FROM dumps") && q.next());
    QVERIFY(q.value(0).toInt() < raw.size());
}

// What a page says comes back exactly, whatever it holds: a team library's writer passes a
// file's pages to the server as array literals, where quotes, backslashes, braces, commas and
// the word NULL all mean something.
void TestArticleStore::keepsEveryCharacter_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("quotes") << QStringLiteral("« Il a dit \"non\" »") << QStringLiteral("L'Écho \"du\" Sud")
                            << QStringList{"\"Citation\", dit-il.", "Fin."};
    QTest::newRow("backslashes") << QStringLiteral("C:\\dossier\\n") << QStringLiteral("\\")
                                 << QStringList{"Un \\ seul, deux \\\\ et \\\"."};
    QTest::newRow("array syntax") << QStringLiteral("{a,b}") << QStringLiteral("{\"x\"}")
                                  << QStringList{"{1,2,3}", ",", "}{"};
    QTest::newRow("the word NULL") << QStringLiteral("NULL") << QStringLiteral("NULL") << QStringList{"NULL", "null"};
    QTest::newRow("no outlet") << QStringLiteral("Sans source") << QString() << QStringList{"Texte."};
    QTest::newRow("scripts and emoji") << QStringLiteral("وزارة الصحة 🧪") << QStringLiteral("هسبريس")
                                       << QStringList{"قال الوزير إن 31 % من الحالات… 👍", "Ünïcødé ñ"};
}

void TestArticleStore::keepsEveryCharacter()
{
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QStringList, paragraphs);
    ArticleWriter writer(m_library->database());
    const WriteResult result = writer.write("odd.txt", "odd bytes", makeDocument({makePage(title, source, QDate(2025, 3, 1), paragraphs)}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articleIds.size(), 1);
    const std::optional<Article> article = ArticleStore(m_library->database()).article(result.articleIds.first());
    QVERIFY(article);
    QCOMPARE(article->title, title);
    QCOMPARE(article->source, source.isNull() ? QString() : source);
    QCOMPARE(article->text, paragraphs.join(QLatin1Char('\n')));
    QCOMPARE(article->blocks.size(), paragraphs.size());
    for (int i = 0; i < paragraphs.size(); ++i)
        QCOMPARE(article->blockText(article->blocks.at(i)), paragraphs.at(i));
}

// dumps.raw as each version of Glossa left it: qCompress in libraries written before zstd, zstd
// since, with no migration between them. A damaged value reads as nothing, never as other bytes.
void TestArticleStore::readsRawDumpsOfEveryVintage_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray raw = QByteArray("Titre\nAFP, 12 f\xc3\xa9vrier 2025\n") + QByteArray("Le march\xc3\xa9 public. ").repeated(300);
    QTest::newRow("zstd") << RawDumpCodec::compress(raw) << raw;
    QTest::newRow("qCompress, level 3") << qCompress(raw, 3) << raw;
    QTest::newRow("qCompress, level 9") << qCompress(raw, 9) << raw;
    QTest::newRow("damaged zstd") << RawDumpCodec::compress(raw).chopped(8) << QByteArray();
    QTest::newRow("damaged zlib") << qCompress(raw, 3).chopped(8) << QByteArray();
}

void TestArticleStore::readsRawDumpsOfEveryVintage()
{
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, expected);
    ArticleWriter writer(m_library->database());
    const WriteResult result =
        writer.write("vintage.txt", "bytes", makeDocument({makePage("Titre", "AFP", QDate(2025, 2, 12), {"Texte."})}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    ArticleStore store(m_library->database());
    const qint64 dumpId = store.article(result.articleIds.first())->provenance.dumpId;
    // As a library copied from an older Glossa holds them.
    QSqlQuery update(privileged(*m_library));
    update.prepare("UPDATE dumps SET raw = ? WHERE id = ?");
    update.addBindValue(stored);
    update.addBindValue(dumpId);
    QVERIFY(update.exec());
    const QByteArray back = store.rawDump(dumpId);
    QCOMPARE(back, expected);
    QCOMPARE(back.isNull(), expected.isNull());
}

void TestArticleStore::skipsDuplicatePages()
{
    ArticleWriter writer(m_library->database());
    const ParsedPage a = makePage("A", "X", QDate(2025, 1, 1), {"Texte A."});
    const ParsedPage b = makePage("B", "X", QDate(2025, 1, 1), {"Texte B."});
    QCOMPARE(writer.write("one.txt", "1", makeDocument({a})).added, 1);
    // Same page in another file, twice in the same file, and one new page.
    const WriteResult second = writer.write("two.txt", "2", makeDocument({a, b, b}));
    QVERIFY(second.ok());
    QCOMPARE(second.added, 1);
    QCOMPARE(second.duplicates, 2);
    QCOMPARE(ArticleFinder(m_library->database()).count({}), 2);
}

void TestArticleStore::duplicateFileWritesNothing()
{
    ArticleWriter writer(m_library->database());
    const ParsedDocument document = makeDocument({makePage("A", "X", QDate(2025, 1, 1), {"Texte A."})});
    QCOMPARE(writer.write("one.txt", "same bytes", document).added, 1);
    const WriteResult again = writer.write("one-copy.txt", "same bytes", document);
    QVERIFY(again.ok());
    QCOMPARE(again.added, 0);
    QCOMPARE(again.duplicates, 1);
    QCOMPARE(ArticleStore(m_library->database()).stats().dumps, 1);
}

// A file the library refuses (here a trigger's, as a server's constraint or policy would) leaves
// nothing of itself, says why, and the files around it in the same batch are kept.
void TestArticleStore::refusedFileLeavesTheBatchUsable()
{
    QSqlQuery refuse(privileged(*m_library));
    if (backend() == Backend::Sqlite) {
        QVERIFY(refuse.exec("CREATE TRIGGER refuse_title BEFORE INSERT ON articles WHEN NEW.title = 'Refusé'"
                            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    } else {
        QVERIFY(refuse.exec("CREATE FUNCTION refuse_title() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            " IF NEW.title = 'Refusé' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$"));
        QVERIFY(refuse.exec("CREATE TRIGGER refuse_title BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_title()"));
    }
    ArticleWriter writer(m_library->database());
    Transaction batch(m_library->database());
    QVERIFY(batch.isActive());
    writer.beginBatch();
    const auto page = [](const QString &title) { return makePage(title, "AFP", QDate(2025, 2, 12), {title + " : texte."}); };
    QCOMPARE(writer.write("a.txt", "a", makeDocument({page("Premier")})).added, 1);
    const WriteResult refused = writer.write("b.txt", "b", makeDocument({page("Accepté"), page("Refusé")}));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("refused by the test")), qPrintable(refused.error));
    QCOMPARE(refused.added, 0);
    QCOMPARE(writer.write("c.txt", "c", makeDocument({page("Dernier")})).added, 1);
    QString error;
    QVERIFY2(writer.flushBatch(&error), qPrintable(error));
    QVERIFY(batch.commit());
    QStringList titles;
    for (const ArticleSummary &summary : ArticleFinder(m_library->database()).summaries({}))
        titles << summary.title;
    titles.sort();
    QCOMPARE(titles, (QStringList{"Dernier", "Premier"}));
    QSqlQuery dumps(m_library->database());
    QVERIFY(dumps.exec("SELECT file_name FROM dumps ORDER BY file_name"));
    QStringList files;
    while (dumps.next())
        files << dumps.value(0).toString();
    QCOMPARE(files, (QStringList{"a.txt", "c.txt"}));
}

// Two writers storing the same page at once (a team library's importer writes on two
// connections; two desks import the same dump): the second waits for the first, then finds the
// page there, a duplicate, never a refusal.
void TestArticleStore::samePageFromTwoWritersAtOnce()
{
    const ParsedPage page = makePage("Même page", "AFP", QDate(2025, 2, 12), {"Un texte repris par deux dumps."});
    const ParsedPage other = makePage("Autre page", "Nouvelle source", QDate(2025, 2, 13), {"Autre texte."});
    Transaction first(m_library->database());
    QVERIFY(first.isActive());
    ArticleWriter writer(m_library->database());
    QCOMPARE(writer.write("a.txt", "a", makeDocument({page})).added, 1);
    WriteResult second;
    QString secondError;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        Library elsewhere;
        if (!elsewhere.open(m_library->path(), &secondError))
            return;
        second = ArticleWriter(elsewhere.database()).write("b.txt", "b", makeDocument({other, page}));
    }));
    thread->start();
    QThread::msleep(300); // the second writer is waiting for the first's commit
    QVERIFY(first.commit());
    QVERIFY(thread->wait(20000));
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.added, 1);
    QCOMPARE(second.duplicates, 1);
    QCOMPARE(ArticleFinder(m_library->database()).count({}), 2);
}

void TestArticleStore::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("titles");

    QTest::newRow("everything") << QString() << QString() << QDate() << QDate()
                                << QStringList{"Élections municipales : le scrutin reporté", "La défense algérienne en question",
                                               "Pluies record sur la côte", "Sans date ni source"};
    QTest::newRow("outlet") << QString() << "barlamane" << QDate() << QDate()
                            << QStringList{"La défense algérienne en question", "Pluies record sur la côte"};
    QTest::newRow("outlet with spaces") << QString() << "Le Petit Journal du Soir" << QDate() << QDate()
                                        << QStringList{"Élections municipales : le scrutin reporté"};
    QTest::newRow("from") << QString() << QString() << QDate(2025, 1, 1) << QDate()
                          << QStringList{"Élections municipales : le scrutin reporté", "La défense algérienne en question"};
    QTest::newRow("range") << QString() << QString() << QDate(2024, 12, 1) << QDate(2025, 2, 12)
                           << QStringList{"La défense algérienne en question", "Pluies record sur la côte"};
    QTest::newRow("search and outlet") << "pluies" << "Barlamane" << QDate() << QDate()
                                       << QStringList{"Pluies record sur la côte"};
    QTest::newRow("search nothing") << "introuvable" << QString() << QDate() << QDate() << QStringList{};
    QTest::newRow("search hostile") << "\"(NEAR:" << QString() << QDate() << QDate() << QStringList{};
}

void TestArticleStore::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, source);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, titles);
    populate();
    ArticleFinder finder(m_library->database());
    ArticleQuery query;
    query.search = search;
    query.source = source;
    query.from = from;
    query.to = to;
    QStringList found;
    for (const ArticleSummary &row : finder.summaries(query))
        found << row.title;
    std::sort(found.begin(), found.end());
    std::sort(titles.begin(), titles.end());
    QCOMPARE(found, titles);
    QCOMPARE(finder.count(query), titles.size());
}

void TestArticleStore::sortsAndPages()
{
    populate();
    ArticleFinder finder(m_library->database());
    ArticleQuery query;
    query.limit = 2;
    QList<ArticleSummary> page = finder.summaries(query);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).published, QDate(2025, 3, 1)); // newest first
    query.offset = 2;
    page = finder.summaries(query);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).published, QDate(2024, 12, 30));
    QVERIFY(!page.at(1).published.isValid()); // undated last
    ArticleQuery byTitle;
    byTitle.sort = ArticleQuery::Sort::Title;
    byTitle.order = Qt::AscendingOrder;
    // SQLite's NOCASE folds ASCII letters only and then compares code points, so É comes after Z;
    // the server's nocase collation sorts as a reader expects, É with E.
    QCOMPARE(finder.summaries(byTitle).first().title, backend() == Backend::Sqlite
                                                          ? QStringLiteral("La défense algérienne en question")
                                                          : QStringLiteral("Élections municipales : le scrutin reporté"));
}

void TestArticleStore::searchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("count");
    QTest::newRow("unaccented finds accented") << "defense" << 1;
    QTest::newRow("accented") << "défense" << 1;
    QTest::newRow("upper case") << "DÉFENSE" << 1;
    QTest::newRow("title word") << "elections" << 1;
    QTest::newRow("phrase") << "\"scrutin aura lieu\"" << 1;
    QTest::newRow("phrase in wrong order") << "\"lieu aura scrutin\"" << 0;
    QTest::newRow("prefix") << "prefect*" << 1;
    QTest::newRow("exclusion") << "le -scrutin" << 2;
    QTest::newRow("or") << "pluies OR scrutin" << 2;
    QTest::newRow("all words") << "ministère second" << 1;
}

void TestArticleStore::searchIgnoresAccentsAndCase()
{
    QFETCH(QString, search);
    QFETCH(int, count);
    populate();
    ArticleQuery query;
    query.search = search;
    query.withSnippets = true;
    query.sort = ArticleQuery::Sort::Relevance;
    const QList<ArticleSummary> rows = ArticleFinder(m_library->database()).summaries(query);
    QCOMPARE(rows.size(), count);
    for (const ArticleSummary &row : rows)
        QVERIFY2(row.snippet.contains(QChar(0x02)) && row.snippet.contains(QChar(0x03)), qPrintable(row.snippet));
}

void TestArticleStore::keepsReadingState()
{
    populate();
    ArticleStore store(m_library->database());
    const ArticleFinder finder(m_library->database());
    const qint64 id = finder.summaries({}).first().id;
    QVERIFY(store.setRead(id, true));
    QVERIFY(store.setStarred(id, true));
    QVERIFY(store.setNote(id, "Vérifier la date."));
    QVERIFY(!store.setRead(999999, true));
    const Article article = *store.article(id);
    QVERIFY(article.read);
    QVERIFY(article.starred);
    QCOMPARE(article.note, QStringLiteral("Vérifier la date."));
    ArticleQuery unread;
    unread.unreadOnly = true;
    QCOMPARE(finder.count(unread), 3);
    ArticleQuery starred;
    starred.starredOnly = true;
    QCOMPARE(finder.count(starred), 1);
    QCOMPARE(store.stats().unread, 3);
}

// A note edit carries the note it started from: written only over that note, never over one
// someone changed meanwhile (another window, glossa-cli, a colleague), whose note is said instead.
void TestArticleStore::staleNoteIsRefused_data()
{
    QTest::addColumn<QString>("basedOn");
    QTest::addColumn<bool>("written");
    QTest::newRow("on the note the library holds") << QStringLiteral("Vérifier la date.") << true;
    QTest::newRow("on an older note") << QStringLiteral("") << false;
    QTest::newRow("on a note differing in case only") << QStringLiteral("vérifier la date.") << false;
}

void TestArticleStore::staleNoteIsRefused()
{
    QFETCH(QString, basedOn);
    QFETCH(bool, written);
    populate();
    ArticleStore store(m_library->database());
    const qint64 id = ArticleFinder(m_library->database()).summaries({}).first().id;
    QVERIFY(store.setNote(id, "Vérifier la date."));
    QCOMPARE(store.setNote(id, "Mon ajout.", basedOn), written);
    QCOMPARE(store.article(id)->note, written ? QStringLiteral("Mon ajout.") : QStringLiteral("Vérifier la date."));
    QCOMPARE(store.lastNoteConflict().has_value(), !written);
    if (!written) {
        QCOMPARE(store.lastNoteConflict()->note, QStringLiteral("Vérifier la date."));
        QVERIFY(store.lastNoteConflict()->modified.isValid());
    }
    // An article that is not there is no conflict.
    QVERIFY(!store.setNote(999999, "x", QString()));
    QVERIFY(!store.lastNoteConflict());
}

void TestArticleStore::tagsArticles()
{
    populate();
    ArticleStore store(m_library->database());
    const ArticleFinder finder(m_library->database());
    const qint64 id = finder.summaries({}).first().id;
    QVERIFY(store.setTags(id, {"élections", "  à suivre ", "", "Élections"}));
    QCOMPARE(store.article(id)->tags, (QStringList{"à suivre", "élections"}));
    ArticleQuery byTag;
    byTag.tag = "à suivre";
    QCOMPARE(finder.count(byTag), 1);
    QVERIFY(store.setTags(id, {}));
    QVERIFY(store.article(id)->tags.isEmpty());
    QCOMPARE(TagStore(m_library->database()).names().size(), 2); // tags stay for reuse
}

void TestArticleStore::deletingArticleCleansIndex()
{
    populate();
    QSqlQuery q(m_library->database());
    QVERIFY(q.exec("DELETE FROM articles WHERE title LIKE 'Pluies%'"));
    // The embedded library's FTS5 index is external content: it must have let go of the article.
    QVERIFY(backend() != Backend::Sqlite || q.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"));
    ArticleQuery query;
    query.search = "pluies";
    QCOMPARE(ArticleFinder(m_library->database()).count(query), 0);
}

// The date choosers open at the library's newest month: the latest date, not the first row's.
void TestArticleStore::newestPublished()
{
    QVERIFY(!ArticleStore(m_library->database()).newestPublished().isValid()); // an empty library
    populate();
    QCOMPARE(ArticleStore(m_library->database()).newestPublished(), QDate(2025, 3, 1));
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestArticleStore)
#include "tst_articlestore.moc"
