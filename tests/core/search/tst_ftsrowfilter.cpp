// glossa_may_match (FtsRowFilter) never says "no" to a row FTS5 matches, and for searches of
// words and phrases only it says exactly what FTS5 says: the same tokenizer, the same folding,
// a phrase within one column.
#include "search/ftsquery.h"
#include "search/ftsrowfilter.h"
#include "storage/library.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

class TestFtsRowFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ensureInstalledKeepsTheFunction();
    void agreesWithFts5_data();
    void agreesWithFts5();
    void randomTextsNeverAFalseNo();
    void withoutLiteralsEverythingPasses();

private:
    // Adds an article; returns its id.
    qint64 add(const QString &title, const QString &body);
    // FTS5's answer and the filter's for one article and one user search.
    bool ftsMatches(qint64 id, const QString &match);
    bool filterPasses(qint64 id, const QString &match);

    QTemporaryDir m_dir;
    Library m_library;
    qint64 m_nextId = 1;
};

void TestFtsRowFilter::initTestCase()
{
    QString error;
    QVERIFY2(m_library.open(m_dir.filePath("filter.glossa"), &error), qPrintable(error));
    // The search floor installs the function; the library file's floor knows nothing of it.
    QSqlQuery before(m_library.database());
    QVERIFY(!before.prepare("SELECT glossa_may_match('', '', '')"));
    QVERIFY(FtsRowFilter::ensureInstalled(m_library.database()));
}

// Asked again on a connection that has it, even while a statement runs there (when SQLite
// refuses to redefine a function), it keeps the one it has.
void TestFtsRowFilter::ensureInstalledKeepsTheFunction()
{
    add("Premier", "un texte");
    add("Second", "un autre texte");
    QSqlQuery running(m_library.database());
    QVERIFY(running.exec("SELECT id FROM articles ORDER BY id"));
    QVERIFY(running.next()); // a statement mid-step on the connection
    QVERIFY(FtsRowFilter::ensureInstalled(m_library.database()));
    QVERIFY(running.next());
    running.finish();
    QVERIFY(FtsRowFilter::ensureInstalled(m_library.database()));
    QVERIFY(filterPasses(1, FtsQuery::toMatchExpression("texte")));
    QVERIFY(!filterPasses(1, FtsQuery::toMatchExpression("autre")));
    QVERIFY(!FtsRowFilter::ensureInstalled(QSqlDatabase())); // no connection: no function
}

qint64 TestFtsRowFilter::add(const QString &title, const QString &body)
{
    const qint64 id = m_nextId++;
    QSqlQuery q(m_library.database());
    q.prepare("INSERT INTO articles (id, content_hash, title, imported_at) VALUES (?, ?, ?, 'x')");
    q.addBindValue(id);
    q.addBindValue(QStringLiteral("h%1").arg(id));
    q.addBindValue(title);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    q.prepare("INSERT INTO article_texts (article_id, body) VALUES (?, ?)");
    q.addBindValue(id);
    q.addBindValue(body);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    return id;
}

bool TestFtsRowFilter::ftsMatches(qint64 id, const QString &match)
{
    QSqlQuery q(m_library.database());
    q.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?");
    q.addBindValue(match);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toInt() > 0;
}

bool TestFtsRowFilter::filterPasses(qint64 id, const QString &match)
{
    QSqlQuery q(m_library.database());
    q.prepare("SELECT glossa_may_match(?, a.title, t.body) FROM articles a"
              " LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?");
    q.addBindValue(FtsRowFilter::encode(FtsQuery::requiredLiterals(match)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toInt() == 1;
}

void TestFtsRowFilter::agreesWithFts5_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("matches"); // FTS5's answer, which the filter must give
    QTest::newRow("word") << "Titre" << "La crise de l'énergie." << "crise" << true;
    QTest::newRow("word missing") << "Titre" << "La crise de l'énergie." << "pétrole" << false;
    QTest::newRow("accent typed, none written") << "Titre" << "Le ministere" << "ministère" << true;
    QTest::newRow("no accent typed") << "Titre" << "Le MINISTÈRE" << "ministere" << true;
    QTest::newRow("phrase") << "Titre" << "La crise énergie frappe." << "\"crise énergie\"" << true;
    QTest::newRow("phrase across punctuation") << "Titre" << "La crise, énergie frappe." << "\"crise energie\"" << true;
    QTest::newRow("phrase across a line") << "Titre" << "La crise\nénergie frappe." << "\"crise énergie\"" << true;
    QTest::newRow("phrase reversed") << "Titre" << "énergie crise" << "\"crise énergie\"" << false;
    QTest::newRow("phrase apart") << "Titre" << "crise de énergie" << "\"crise énergie\"" << false;
    QTest::newRow("phrase in the title") << "Crise énergie" << "Rien." << "\"crise énergie\"" << true;
    QTest::newRow("phrase across title and body") << "La crise" << "énergie partout" << "\"crise énergie\"" << false;
    QTest::newRow("words across title and body") << "La crise" << "énergie partout" << "crise énergie" << true;
    QTest::newRow("repeated word phrase") << "T" << "selon les les experts" << "\"les les\"" << true;
    QTest::newRow("repeated word phrase, once") << "T" << "selon les experts" << "\"les les\"" << false;
    QTest::newRow("overlapping starts") << "T" << "a a a b" << "\"a a b\"" << true;
    QTest::newRow("apostrophe") << "T" << "L'armée avance" << "l'armée" << true;
    QTest::newRow("arabic") << "T" << "قالت وزارة الصحة" << "\"وزارة الصحة\"" << true;
    QTest::newRow("arabic apart") << "T" << "وزارة التعليم الصحة" << "\"وزارة الصحة\"" << false;
    QTest::newRow("long phrase") << "T" << "un deux trois quatre cinq six sept" << "\"deux trois quatre cinq six\"" << true;
    QTest::newRow("phrase at the very end") << "T" << "fin du texte" << "\"du texte\"" << true;
    QTest::newRow("empty body") << "Crise" << "" << "crise" << true;
    QTest::newRow("word and excluded word") << "T" << "santé et éducation" << "sante -éducation" << false;
}

void TestFtsRowFilter::agreesWithFts5()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, search);
    QFETCH(bool, matches);
    const qint64 id = add(title, body);
    const QString match = FtsQuery::toMatchExpression(search);
    QCOMPARE(ftsMatches(id, match), matches);
    // The filter judges only the required literals, so for "a -b" it may say yes where FTS5 says
    // no; it must never say no where FTS5 says yes.
    const bool literalsOnly = !match.contains(QLatin1String(" NOT ")) && !match.contains(QLatin1String(" OR "))
        && !match.contains(QLatin1String("\"*"));
    if (literalsOnly)
        QCOMPARE(filterPasses(id, match), matches);
    else if (matches)
        QVERIFY(filterPasses(id, match));
}

void TestFtsRowFilter::randomTextsNeverAFalseNo()
{
    // A small vocabulary with accents, case and punctuation, so that phrases recur by chance.
    const QStringList words = {"crise", "Crise", "énergie", "energie", "ÉNERGIE", "selon", "les", "l'État", "etat",
                               "marché", "publique", "وزارة", "الصحة", "a", "de"};
    const QStringList separators = {" ", " ", " ", ", ", ". ", "\n", " — ", "'"};
    QRandomGenerator random(20261124);
    auto text = [&](int count) {
        QString out = QStringLiteral(""); // empty, not null: a body is never NULL
        for (int i = 0; i < count; ++i)
            out += words.at(random.bounded(int(words.size()))) + separators.at(random.bounded(int(separators.size())));
        return out;
    };
    QList<qint64> ids;
    for (int i = 0; i < 300; ++i)
        ids << add(text(1 + random.bounded(4)), text(random.bounded(40)));
    int checked = 0;
    int matched = 0;
    for (int s = 0; s < 60; ++s) {
        // One to three literals, each a word or a phrase of two or three words; now and then an
        // excluded word or an OR.
        QStringList parts;
        const int literals = 1 + random.bounded(3);
        for (int l = 0; l < literals; ++l) {
            const int length = 1 + random.bounded(3);
            QStringList phrase;
            for (int w = 0; w < length; ++w)
                phrase << words.at(random.bounded(int(words.size())));
            parts << (length > 1 ? QLatin1Char('"') + phrase.join(QLatin1Char(' ')) + QLatin1Char('"') : phrase.first());
        }
        if (random.bounded(4) == 0)
            parts << QLatin1Char('-') + words.at(random.bounded(int(words.size())));
        if (random.bounded(5) == 0)
            parts.insert(1, QStringLiteral("OR"));
        const QString match = FtsQuery::toMatchExpression(parts.join(QLatin1Char(' ')));
        if (match.isEmpty())
            continue;
        const bool literalsOnly = !match.contains(QLatin1String(" NOT ")) && !match.contains(QLatin1String(" OR "));
        for (qint64 id : std::as_const(ids)) {
            const bool fts = ftsMatches(id, match);
            const bool filter = filterPasses(id, match);
            if (fts)
                QVERIFY2(filter, qPrintable(QStringLiteral("article %1, %2").arg(id).arg(match)));
            if (literalsOnly)
                QVERIFY2(filter == fts, qPrintable(QStringLiteral("article %1, %2").arg(id).arg(match)));
            matched += fts ? 1 : 0;
            ++checked;
        }
    }
    qInfo("%d article checks, %d matches", checked, matched);
    QVERIFY(matched > 100); // the vocabulary is small enough for the phrases to occur
}

void TestFtsRowFilter::withoutLiteralsEverythingPasses()
{
    const qint64 id = add(QStringLiteral("T"), QStringLiteral("rien"));
    QSqlQuery q(m_library.database());
    QVERIFY(q.exec(QStringLiteral("SELECT glossa_may_match('', 'T', 'rien'), glossa_may_match(NULL, NULL, NULL),"
                                  " glossa_may_match('!!!', 'T', 'rien')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 1);
    QVERIFY(filterPasses(id, FtsQuery::toMatchExpression(QStringLiteral("coop*"))));
}

QTEST_GUILESS_MAIN(TestFtsRowFilter)
#include "tst_ftsrowfilter.moc"
