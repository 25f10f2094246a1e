#include "memory/claimnumbers.h"

#include <QTest>

using namespace glossa;

class TestClaimNumbers : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void agree_data();
    void agree();
};

void TestClaimNumbers::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("values"); // display(): "31.5 %", "12000"

    QTest::newRow("decimal comma") << u"Le chômage atteint 31,5 cette année."_qs << u"fr"_qs << QStringList{u"31.5"_qs};
    QTest::newRow("decimal point") << u"Unemployment reached 31.5 this year."_qs << u"en"_qs << QStringList{u"31.5"_qs};
    QTest::newRow("trailing zero") << u"Il a pris 31,50 euros."_qs << u"fr"_qs << QStringList{u"31.5"_qs};
    QTest::newRow("thousands space") << u"12 000 manifestants"_qs << u"fr"_qs << QStringList{u"12000"_qs};
    QTest::newRow("thousands no-break space") << u"12\u00a0000 manifestants"_qs << u"fr"_qs << QStringList{u"12000"_qs};
    QTest::newRow("thousands narrow no-break space") << u"1\u202f234\u202f567 votes"_qs << u"fr"_qs << QStringList{u"1234567"_qs};
    QTest::newRow("english thousands comma") << u"12,000 protesters"_qs << u"en"_qs << QStringList{u"12000"_qs};
    QTest::newRow("french thousands point") << u"12.000 manifestants"_qs << u"fr"_qs << QStringList{u"12000"_qs};
    QTest::newRow("french comma is decimal") << u"1,500 litre"_qs << u"fr"_qs << QStringList{u"1.5"_qs};
    QTest::newRow("percent spaced") << u"une hausse de 31 % en 2019"_qs << u"fr"_qs << QStringList{u"31 %"_qs, u"2019"_qs};
    QTest::newRow("percent glued") << u"une hausse de 31% en 2019"_qs << u"fr"_qs << QStringList{u"31 %"_qs, u"2019"_qs};
    QTest::newRow("percent no-break space") << u"31\u00a0%"_qs << u"fr"_qs << QStringList{u"31 %"_qs};
    QTest::newRow("pour cent") << u"31 pour cent des électeurs"_qs << u"fr"_qs << QStringList{u"31 %"_qs};
    QTest::newRow("percent word") << u"31 percent of voters"_qs << u"en"_qs << QStringList{u"31 %"_qs};
    QTest::newRow("arabic-indic digits") << u"ارتفعت الأسعار بنسبة ٣١٪ عام ٢٠١٩"_qs << u"ar"_qs << QStringList{u"31 %"_qs, u"2019"_qs};
    QTest::newRow("extended arabic-indic digits") << u"۳۱ شخصا"_qs << u"ar"_qs << QStringList{u"31"_qs};
    QTest::newRow("arabic decimal separator") << u"٣١٫٥ بالمئة"_qs << u"ar"_qs << QStringList{u"31.5 %"_qs};
    QTest::newRow("arabic percent words") << u"31 في المئة من السكان"_qs << u"ar"_qs << QStringList{u"31 %"_qs};
    QTest::newRow("millions") << u"12 millions de doses"_qs << u"fr"_qs << QStringList{u"12000000"_qs};
    QTest::newRow("decimal millions") << u"12,5 millions de doses"_qs << u"fr"_qs << QStringList{u"12500000"_qs};
    QTest::newRow("milliards") << u"3 milliards de dinars"_qs << u"fr"_qs << QStringList{u"3000000000"_qs};
    QTest::newRow("arabic million") << u"12 مليون جرعة"_qs << u"ar"_qs << QStringList{u"12000000"_qs};
    QTest::newRow("arabic millions plural") << u"3 ملايين شخص"_qs << u"ar"_qs << QStringList{u"3000000"_qs};
    QTest::newRow("leading zeros") << u"le 07 mars"_qs << u"fr"_qs << QStringList{u"7"_qs};
    QTest::newRow("no number") << u"Aucun chiffre ici."_qs << u"fr"_qs << QStringList{};
    QTest::newRow("inside a word is no number") << u"le modèle A320neo"_qs << u"fr"_qs << QStringList{};
}

void TestClaimNumbers::read()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, values);
    QStringList got;
    for (const ClaimNumbers::Number &n : ClaimNumbers::read(text, language)) {
        got.append(n.display());
        QVERIFY(n.start >= 0 && n.end <= text.size() && n.start < n.end);
    }
    QCOMPARE(got, values);
}

void TestClaimNumbers::agree_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("agree");

    QTest::newRow("same percent") << u"31 %"_qs << u"31 pour cent"_qs << true;
    QTest::newRow("swapped digits") << u"31 %"_qs << u"13 %"_qs << false;
    QTest::newRow("ten times") << u"12 millions"_qs << u"120 millions"_qs << false;
    QTest::newRow("millions written out") << u"12 millions"_qs << u"12 000 000"_qs << true;
    QTest::newRow("comma and point") << u"31,5"_qs << u"31.5"_qs << true;
    QTest::newRow("spaces and none") << u"12 000"_qs << u"12000"_qs << true;
    QTest::newRow("arabic and latin digits") << u"٣١٪"_qs << u"31%"_qs << true;
    QTest::newRow("percent needs percent") << u"31 %"_qs << u"31 morts"_qs << false;
    QTest::newRow("plain number found as percent") << u"31"_qs << u"31 %"_qs << true;
    QTest::newRow("every number needed") << u"31 % en 2019"_qs << u"31 % en 2020"_qs << false;
    QTest::newRow("extra numbers allowed") << u"31 %"_qs << u"31 % en 2019"_qs << true;
    QTest::newRow("no numbers") << u"rien"_qs << u"13 %"_qs << true;
    QTest::newRow("rounded is another number") << u"31,5 %"_qs << u"31 %"_qs << false;
}

void TestClaimNumbers::agree()
{
    QFETCH(QString, claim);
    QFETCH(QString, text);
    QFETCH(bool, agree);
    QCOMPARE(ClaimNumbers::agree(ClaimNumbers::read(claim, u"fr"_qs), ClaimNumbers::read(text, u"fr"_qs)), agree);
}

QTEST_GUILESS_MAIN(TestClaimNumbers)
#include "tst_claimnumbers.moc"
