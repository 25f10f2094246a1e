// TagNames: the one rule for typed tags, shared by the window's tag fields and glossa-cli's --tag.
#include "model/tagnames.h"

#include <QTest>

using namespace glossa;

class TestTagNames : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void repeatedOptionsFollowTheSameRule();
};

void TestTagNames::split_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("one") << "santé" << QStringList{"santé"};
    QTest::newRow("comma") << "a,b" << QStringList{"a", "b"};
    QTest::newRow("spaces around") << " a , b " << QStringList{"a", "b"};
    QTest::newRow("inner spaces made one") << "fact   check" << QStringList{"fact check"};
    QTest::newRow("blanks dropped") << ",, a,,  ,b," << QStringList{"a", "b"};
    QTest::newRow("repeat in another case") << "Maroc, maroc, MAROC" << QStringList{"Maroc"};
    QTest::newRow("order kept") << "c, a, b" << QStringList{"c", "a", "b"};
    QTest::newRow("nothing") << "" << QStringList{};
    QTest::newRow("only commas") << " , , " << QStringList{};
    QTest::newRow("Arabic") << QStringLiteral("سياسة، اقتصاد, صحة") << QStringList{QStringLiteral("سياسة، اقتصاد"), QStringLiteral("صحة")};
    QTest::newRow("tab and newline") << "a\tb,\nc" << QStringList{"a b", "c"};
}

void TestTagNames::split()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tags);
    QCOMPARE(TagNames::split(typed), tags);
}

void TestTagNames::repeatedOptionsFollowTheSameRule()
{
    // --tag "a,b" --tag A --tag " c " is what "a,b, A,  c " is in the window.
    QCOMPARE(TagNames::split(QStringList{"a,b", "A", " c "}), TagNames::split(QStringLiteral("a,b, A,  c ")));
    QCOMPARE(TagNames::split(QStringList{"a,b", "A", " c "}), (QStringList{"a", "b", "c"}));
}

QTEST_APPLESS_MAIN(TestTagNames)
#include "tst_tagnames.moc"
