// A search result's snippet made from its texts (a team library's): the words around the first
// match, each found word marked as FTS5 marks them, "…" where cut, excluded words unmarked.
#include "search/ftsquery.h"
#include "search/searchsnippet.h"

#include <QTest>

using namespace glossa;

class TestSearchSnippet : public QObject
{
    Q_OBJECT

private slots:
    void snippet_data();
    void snippet();
};

namespace {
// [word] stands for the markers, to keep the rows readable.
QString marked(QString text)
{
    return text.replace(QChar(0x02), QLatin1Char('[')).replace(QChar(0x03), QLatin1Char(']'));
}
const QString kBody = QStringLiteral(
    "Le ministère de l'Équipement a annoncé mardi la mise en service du nouveau pont sur l'oued Sebou. "
    "Selon les chiffres du ministère, près de 12 000 véhicules l'emprunteront chaque jour, "
    "un chiffre que contestent les élus de la région.");
} // namespace

void TestSearchSnippet::snippet_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a word in the body") << "pont" << "Inauguration"
                                        << "…en service du nouveau [pont] sur l'oued Sebou. Selon les chiffres du "
                                           "ministère, près de…";
    QTest::newRow("the title first") << "sebou" << "Un pont sur le Sebou" << "Un pont sur le [Sebou]";
    QTest::newRow("accents and case folded") << "EQUIPEMENT" << "Inauguration"
                                             << "Le ministère de l'[Équipement] a annoncé mardi la mise en service du "
                                                "nouveau pont sur…";
    QTest::newRow("a phrase, word by word") << "\"selon les\"" << "Inauguration"
                                            << "…sur l'oued Sebou. [Selon] [les] chiffres du ministère, près de 12 000 "
                                               "véhicules l'emprunteront…";
    QTest::newRow("a prefix") << "contest*" << "Inauguration"
                              << "…12 000 véhicules l'emprunteront chaque jour, un chiffre que [contestent] les élus de "
                                 "la région.";
    QTest::newRow("an exclusion is not marked") << "pont -sebou" << "Inauguration"
                                                << "…en service du nouveau [pont] sur l'oued Sebou. Selon les chiffres du "
                                                   "ministère, près de…";
    QTest::newRow("or: either") << "autoroute OR véhicules" << "Inauguration"
                                << "…près de 12 000 [véhicules] l'emprunteront chaque jour, un chiffre que contestent les "
                                   "élus de…";
    QTest::newRow("nothing found: the start") << "viaduc" << "Inauguration"
                                              << "Le ministère de l'Équipement a annoncé mardi la mise en service du "
                                                 "nouveau pont sur…";
    QTest::newRow("arabic") << "جسر" << "افتتاح جسر على نهر سبو" << "افتتاح [جسر] على نهر سبو";
}

void TestSearchSnippet::snippet()
{
    QFETCH(QString, query);
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(marked(SearchSnippet(FtsQuery::toMatchExpression(query)).of(title, kBody)), expected);
}

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "tst_searchsnippet.moc"
