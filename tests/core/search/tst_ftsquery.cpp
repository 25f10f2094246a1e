#include "search/ftsquery.h"
#include "storage/library.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

class TestFtsQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expressions_data();
    void expressions();
    void hostileInputNeverFails_data();
    void hostileInputNeverFails();
    void prefixesBecomeTheirWords_data();
    void prefixesBecomeTheirWords();
    void requiredLiterals_data();
    void requiredLiterals();

private:
    QTemporaryDir m_dir;
    Library m_library;
};

void TestFtsQuery::initTestCase()
{
    QVERIFY(m_library.open(m_dir.filePath("fts.glossa")));
    QSqlQuery q(m_library.database());
    QVERIFY(q.exec("INSERT INTO articles (id, content_hash, title, imported_at) VALUES (1, 'h', 'La défense', 'x')"));
    QVERIFY(q.exec("INSERT INTO article_texts (article_id, body) VALUES (1, 'NEAR the end: (a) \"quoted\" text OR AND NOT')"));
}

void TestFtsQuery::expressions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "" << "";
    QTest::newRow("spaces") << "   \t " << "";
    QTest::newRow("one word") << "défense" << "\"défense\"";
    QTest::newRow("two words") << "la défense" << "\"la\" AND \"défense\"";
    QTest::newRow("phrase") << "\"la défense\"" << "\"la défense\"";
    QTest::newRow("unbalanced phrase") << "\"la défense" << "\"la défense\"";
    QTest::newRow("prefix") << "déf*" << "\"déf\"*";
    QTest::newRow("exclusion") << "défense -algérie" << "(\"défense\") NOT \"algérie\"";
    QTest::newRow("only exclusion") << "-algérie" << "";
    QTest::newRow("or") << "maroc OR algérie" << "(\"maroc\" OR \"algérie\")";
    QTest::newRow("or then and") << "maroc OR algérie syrie" << "(\"maroc\" OR \"algérie\") AND \"syrie\"";
    QTest::newRow("lone or") << "OR" << "";
    QTest::newRow("leading or") << "OR maroc" << "\"maroc\"";
    QTest::newRow("syntax is text") << "NEAR(a b) col:x ^y +z" << "\"NEAR a\" AND \"b\" AND \"col x\" AND \"y\" AND \"z\"";
    QTest::newRow("lowercase or is a word") << "maroc or algérie" << "\"maroc\" AND \"or\" AND \"algérie\"";
    QTest::newRow("apostrophe splits") << "l'armée" << "\"l armée\"";
    QTest::newRow("punctuation only") << "!!! ... ???" << "";
    QTest::newRow("arabic") << "الجيش" << "\"الجيش\"";
    // Outside the BMP: a letter (U+1D400) stays a word, an emoji (U+1F600) separates words,
    // and a lone surrogate is dropped rather than handed to SQLite.
    QTest::newRow("supplementary letter") << QStringLiteral("a\U0001D400b") << QStringLiteral("\"a\U0001D400b\"");
    QTest::newRow("emoji separates") << QStringLiteral("a\U0001F600b") << "\"a b\"";
    QTest::newRow("lone surrogate dropped") << QStringLiteral("mot") + QChar(0xd83d) << "\"mot\"";
}

void TestFtsQuery::expressions()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FtsQuery::toMatchExpression(input), expected);
}

void TestFtsQuery::hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("input");
    const QStringList pieces = {
        "\"", "\"\"", "'", "(", ")", "()", "*", "**", "-", "--", "^", "+", ":", "NEAR", "NEAR(", "NEAR/3",
        "AND", "OR", "NOT", "title:", "body:x", "{title body}:", "\\", ";", "DROP TABLE articles;", "%", "_",
        "\x01", "\t", "\n", "\r\n", "\xc2\xa0", "é", "الجيش", "🙂", "\xe2\x80\x8f", "a*b", "*a", "-\"", "\"-",
        "OR OR", "x OR", "NOT x", "(x", "x)", "\"x", "x\"", "[", "]", "$", "#", "0", "-0", "1e9",
    };
    int row = 0;
    for (const QString &piece : pieces)
        QTest::newRow(qPrintable(QStringLiteral("piece %1").arg(row++))) << piece;
    // Pairs and triples of the pieces, in a fixed pseudo-random order.
    QRandomGenerator generator(20250212);
    for (int i = 0; i < 400; ++i) {
        QString input;
        const int parts = 2 + int(generator.bounded(4));
        for (int p = 0; p < parts; ++p) {
            input += pieces.at(int(generator.bounded(int(pieces.size()))));
            if (generator.bounded(2))
                input += QLatin1Char(' ');
        }
        QTest::newRow(qPrintable(QStringLiteral("mix %1").arg(i))) << input;
    }
    QString control;
    for (int c = 0; c < 32; ++c)
        control += QChar(c);
    QTest::newRow("control characters") << control;
    QTest::newRow("10000 characters") << QString(10000, QLatin1Char('a')) + QStringLiteral(" \"(");
    QTest::newRow("10000 quotes") << QString(10000, QLatin1Char('"'));
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("x");
    QTest::newRow("lone high surrogate alone") << QString(QChar(0xd800));
    QTest::newRow("lone high surrogate at the end") << QStringLiteral("word") + QChar(0xd83d);
    QTest::newRow("lone low surrogate in a phrase") << QStringLiteral("\"a") + QChar(0xdc00) + QStringLiteral("b\"");
    QTest::newRow("reversed pair") << QString(QChar(0xdc00)) + QChar(0xd800) + QStringLiteral("*");
}

void TestFtsQuery::hostileInputNeverFails()
{
    QFETCH(QString, input);
    const QString expression = FtsQuery::toMatchExpression(input);
    if (expression.isEmpty())
        return; // nothing to search: the caller shows nothing or everything, no query is run
    QSqlQuery q(m_library.database());
    QVERIFY(q.prepare("SELECT rowid, snippet(articles_fts, -1, '[', ']', '…', 8) FROM articles_fts"
                      " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 1.0)"));
    q.addBindValue(expression);
    QVERIFY2(q.exec(), qPrintable(expression + " → " + q.lastError().text()));
    while (q.next()) {
    }
}

void TestFtsQuery::prefixesBecomeTheirWords_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // "-" for nullopt
    // The stand-in index: "coop" stands for two words, "déf" for one, "zyg" for none, "vast" for
    // too many to list.
    QTest::newRow("no prefix") << "défense ministère" << "-";
    QTest::newRow("one word") << "déf*" << "\"defense\"";
    QTest::newRow("two words") << "coop*" << "(\"cooperation\" OR \"cooperer\")";
    QTest::newRow("no word: FTS5 keeps it") << "zyg*" << "-";
    QTest::newRow("too many words") << "vast*" << "-";
    QTest::newRow("among words") << "santé coop* \"crise énergie\"" << "\"santé\" AND (\"cooperation\" OR \"cooperer\") AND \"crise énergie\"";
    QTest::newRow("excluded") << "santé -déf*" << "(\"santé\") NOT \"defense\"";
    QTest::newRow("or") << "déf* OR coop*" << "(\"defense\" OR (\"cooperation\" OR \"cooperer\"))";
    QTest::newRow("a phrase with a star is no prefix") << "\"coop\"*" << "-";
    QTest::newRow("a prefix phrase") << "l'état*" << "-";
    QTest::newRow("one prefix of two fails") << "déf* zyg*" << "-";
    QTest::newRow("empty") << "" << "-";
}

void TestFtsQuery::prefixesBecomeTheirWords()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto termsOf = [](const QString &prefix) -> std::optional<QStringList> {
        if (prefix == QStringLiteral("coop"))
            return QStringList{"cooperation", "cooperer"};
        if (prefix == QStringLiteral("déf"))
            return QStringList{"defense"};
        if (prefix == QStringLiteral("zyg"))
            return QStringList{};
        return std::nullopt;
    };
    const QString match = FtsQuery::toMatchExpression(input);
    const std::optional<QString> replaced = FtsQuery::replacePrefixes(match, termsOf);
    QCOMPARE(replaced.value_or(QStringLiteral("-")), expected);
    if (!replaced)
        return;
    // The result is still an expression FTS5 accepts.
    QSqlQuery q(m_library.database());
    q.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?");
    q.addBindValue(*replaced);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestFtsQuery::requiredLiterals_data()
{
    QTest::addColumn<QString>("match"); // an expression as toMatchExpression() or replacePrefixes() write it
    QTest::addColumn<QStringList>("expected");
    const auto user = [](const char *text) { return FtsQuery::toMatchExpression(QString::fromUtf8(text)); };
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one word") << user("défense") << QStringList{"défense"};
    QTest::newRow("two words") << user("la défense") << QStringList{"la", "défense"};
    QTest::newRow("phrase") << user("\"crise énergie\"") << QStringList{"crise énergie"};
    QTest::newRow("phrase and word") << user("\"selon les\" maroc") << QStringList{"selon les", "maroc"};
    QTest::newRow("prefix left out") << user("coop* santé") << QStringList{"santé"};
    QTest::newRow("only a prefix") << user("coop*") << QStringList();
    QTest::newRow("exclusion left out") << user("sante -éducation") << QStringList{"sante"};
    QTest::newRow("two exclusions") << user("sante -éducation -\"la crise\"") << QStringList{"sante"};
    QTest::newRow("or left out") << user("maroc OR algérie") << QStringList();
    QTest::newRow("or then and") << user("maroc OR algérie syrie") << QStringList{"syrie"};
    QTest::newRow("and then or") << user("syrie maroc OR algérie") << QStringList{"syrie"};
    QTest::newRow("or, and, exclusion") << user("maroc OR algérie syrie -liban") << QStringList{"syrie"};
    QTest::newRow("or and exclusion") << user("maroc OR algérie -liban") << QStringList();
    QTest::newRow("quote inside") << QStringLiteral("\"dit \"\"non\"\"\"") << QStringList{"dit \"non\""};
    QTest::newRow("words a prefix became") << QStringLiteral("\"santé\" AND (\"cooperation\" OR \"cooperer\")")
                                           << QStringList{"santé"};
    QTest::newRow("a word named NOT") << user("\"NOT\" santé") << QStringList{"NOT", "santé"};
    QTest::newRow("unterminated") << QStringLiteral("\"santé") << QStringList();
}

void TestFtsQuery::requiredLiterals()
{
    QFETCH(QString, match);
    QFETCH(QStringList, expected);
    QCOMPARE(FtsQuery::requiredLiterals(match), expected);
}

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
