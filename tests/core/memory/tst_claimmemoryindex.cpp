#include "memory/claimmemoryindex.h"

#include <QTest>
#include <QtConcurrent>

using namespace glossa;

namespace {

RememberedClaim claimOf(const QString &text, const QString &language = {})
{
    RememberedClaim claim;
    claim.text = text;
    claim.language = language;
    claim.verdict = QStringLiteral("false");
    return claim;
}

} // namespace

class TestClaimMemoryIndex : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void spanIsTheSentence();
    void pickedAmongMany();
    void twoSentenceClaim();
    void emptyInputs();
    void reentrant();
};

void TestClaimMemoryIndex::match_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("expected"); // "copy", "reworded" or "none"
    QTest::addColumn<QString>("reason");   // the start of the reason, when there is a hit

    const QString unemployment = u"Le taux de chômage des jeunes a atteint 31 % en 2019 dans la région de Marseille."_qs;
    QTest::newRow("word for word") << unemployment
        << u"Un tract affirme que le taux de chômage des jeunes a atteint 31 % en 2019 dans la région de Marseille. Le préfet dément."_qs
        << u"copy"_qs << u"word for word, numbers 31 % and 2019 agree"_qs;
    QTest::newRow("word for word, other punctuation and case") << unemployment
        << u"LE TAUX DE CHÔMAGE des jeunes a atteint 31% en 2019, dans la région de Marseille !"_qs
        << u"copy"_qs << u"word for word"_qs;
    QTest::newRow("near copy") << unemployment
        << u"Le taux de chômage des jeunes a donc atteint 31 % en 2019 dans la région de Marseille."_qs
        << u"copy"_qs << u"8"_qs;
    QTest::newRow("number swapped in a copy") << unemployment
        << u"Le taux de chômage des jeunes a atteint 13 % en 2019 dans la région de Marseille."_qs
        << u"none"_qs << QString();
    QTest::newRow("year changed in a copy") << unemployment
        << u"Le taux de chômage des jeunes a atteint 31 % en 2021 dans la région de Marseille."_qs
        << u"none"_qs << QString();
    QTest::newRow("reworded") << unemployment
        << u"En 2019, dans la région de Marseille, 31 % des jeunes étaient au chômage selon ce taux."_qs
        << u"reworded"_qs << u"reworded: "_qs;
    QTest::newRow("reworded with a number swapped") << unemployment
        << u"En 2019, dans la région de Marseille, 13 % des jeunes étaient au chômage selon ce taux."_qs
        << u"none"_qs << QString();
    QTest::newRow("reworded, other place") << unemployment
        << u"En 2019, dans la région de Toulouse, 31 % des jeunes étaient au chômage selon ce taux."_qs
        << u"none"_qs << QString();
    QTest::newRow("unrelated") << unemployment
        << u"Le festival de jazz a attiré des milliers de visiteurs sur le Vieux-Port."_qs
        << u"none"_qs << QString();
    QTest::newRow("millions written two ways") << u"Le gouvernement a distribué 12 millions de masques aux pharmacies."_qs
        << u"Aux pharmacies, le gouvernement a distribué 12 000 000 de masques."_qs
        << u"reworded"_qs << u"reworded: "_qs;
    QTest::newRow("millions ten times") << u"Le gouvernement a distribué 12 millions de masques aux pharmacies."_qs
        << u"Le gouvernement a distribué 120 millions de masques aux pharmacies."_qs
        << u"none"_qs << QString();
    QTest::newRow("decimal comma and point") << u"Inflation reached 31,5 % in Algeria last year."_qs
        << u"Inflation reached 31.5 % in Algeria last year."_qs
        << u"copy"_qs << u"word for word"_qs;
    QTest::newRow("arabic copy with arabic-indic digits") << u"ارتفعت أسعار الخبز بنسبة 31 بالمئة في الجزائر خلال عام 2019."_qs
        << u"وذكرت الصحيفة أن أسعار الخبز ارتفعت بنسبة ٣١ بالمئة في الجزائر خلال عام ٢٠١٩."_qs
        << u"reworded"_qs << u"reworded: "_qs;
    QTest::newRow("arabic word for word") << u"ارتفعت أسعار الخبز بنسبة 31 بالمئة في الجزائر خلال عام 2019."_qs
        << u"ارتفعت أسعار الخبز بنسبة 31 بالمئة في الجزائر خلال عام 2019."_qs
        << u"copy"_qs << u"word for word"_qs;
    QTest::newRow("arabic number swapped") << u"ارتفعت أسعار الخبز بنسبة 31 بالمئة في الجزائر خلال عام 2019."_qs
        << u"ارتفعت أسعار الخبز بنسبة 13 بالمئة في الجزائر خلال عام 2019."_qs
        << u"none"_qs << QString();
    QTest::newRow("arabic other country") << u"ارتفعت أسعار الخبز بنسبة 31 بالمئة في الجزائر خلال عام 2019."_qs
        << u"ارتفعت أسعار الخبز بنسبة 31 بالمئة في تونس خلال عام 2019."_qs
        << u"none"_qs << QString();
    QTest::newRow("english reworded, passive") << u"The minister said the factory will cut 1,200 jobs in Lyon by March."_qs
        << u"By March, 1,200 jobs will be cut at the factory in Lyon, the minister said."_qs
        << u"reworded"_qs << u"reworded: "_qs;
}

void TestClaimMemoryIndex::match()
{
    QFETCH(QString, claim);
    QFETCH(QString, article);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    const ClaimMemoryIndex index({claimOf(claim)});
    const QList<ClaimMemoryIndex::Hit> hits = index.match(article);
    if (expected == QLatin1String("none")) {
        QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.first().reason));
        return;
    }
    QCOMPARE(hits.size(), 1);
    const ClaimMemoryIndex::Hit &hit = hits.first();
    QCOMPARE(hit.claimIndex, 0);
    QCOMPARE(Appearance::matchName(hit.match), expected);
    QVERIFY2(hit.reason.startsWith(reason), qPrintable(hit.reason));
    QVERIFY(hit.score > 0 && hit.score <= 1);
}

void TestClaimMemoryIndex::spanIsTheSentence()
{
    const QString claim = u"Le maire a détourné 2 millions d'euros du budget de la cantine."_qs;
    const QString before = u"La séance a duré trois heures. "_qs;
    const QString article = before + claim + u" Il nie tout en bloc."_qs;
    const ClaimMemoryIndex index({claimOf(claim)});
    const auto hits = index.match(article, u"fr"_qs);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().start, before.size());
    QCOMPARE(article.mid(hits.first().start, hits.first().end - hits.first().start), claim);
}

void TestClaimMemoryIndex::pickedAmongMany()
{
    QList<RememberedClaim> claims;
    for (int i = 0; i < 500; ++i)
        claims.append(claimOf(u"Le budget de la commune numéro %1 a baissé de %2 % en un an."_qs.arg(i).arg(i % 50 + 1)));
    claims.append(claimOf(u"Le ministre affirme que 40 % des médecins quitteront l'hôpital public avant 2030."_qs));
    const ClaimMemoryIndex index(claims);
    QCOMPARE(index.size(), 501);
    const auto hits = index.match(u"Selon lui, 40 % des médecins quitteront l'hôpital public avant 2030, affirme le ministre."_qs);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().claimIndex, 500);
    QCOMPARE(index.claim(500).text, claims.last().text);
}

void TestClaimMemoryIndex::twoSentenceClaim()
{
    const QString claim = u"La société a reçu 3 milliards de subventions. Elle a pourtant licencié 800 salariés à Grenoble."_qs;
    const QString article = u"Rappel des faits. La société a reçu 3 milliards de subventions. Elle a pourtant licencié 800 salariés à Grenoble. Fin."_qs;
    const ClaimMemoryIndex index({claimOf(claim)});
    const auto hits = index.match(article, u"fr"_qs);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(article.mid(hits.first().start, hits.first().end - hits.first().start), claim);
}

void TestClaimMemoryIndex::emptyInputs()
{
    QVERIFY(ClaimMemoryIndex({}).match(u"Le chômage a atteint 31 %."_qs).isEmpty());
    const ClaimMemoryIndex index({claimOf(u"Le chômage a atteint 31 % en 2019."_qs), claimOf(QString()), claimOf(u"!!!"_qs)});
    QVERIFY(index.match(QString()).isEmpty());
    QVERIFY(index.match(u"   \n\n  "_qs).isEmpty());
    QVERIFY(index.match(u"31 %"_qs).isEmpty());
}

void TestClaimMemoryIndex::reentrant()
{
    QList<RememberedClaim> claims;
    for (int i = 0; i < 200; ++i)
        claims.append(claimOf(u"La région %1 a reçu %2 millions d'euros pour ses écoles en 2020."_qs.arg(QChar(u'A' + i % 26)).arg(i + 1)));
    const ClaimMemoryIndex index(claims);
    QList<QString> articles;
    for (int i = 0; i < 400; ++i)
        articles.append(u"Intro. La région %1 a reçu %2 millions d'euros pour ses écoles en 2020. Fin."_qs.arg(QChar(u'A' + i % 26)).arg(i % 200 + 1));
    const QList<int> found = QtConcurrent::blockingMapped(articles, [&index](const QString &text) {
        const auto hits = index.match(text, u"fr"_qs);
        return hits.size() == 1 ? hits.first().claimIndex : -1;
    });
    for (int i = 0; i < articles.size(); ++i)
        QCOMPARE(found.at(i), i % 200);
}

QTEST_GUILESS_MAIN(TestClaimMemoryIndex)
#include "tst_claimmemoryindex.moc"
