#include "importfixtures.h"

#include "import/layoutprofile.h"
#include "import/layoutprofileset.h"

#include <QTest>

using namespace glossa;
using namespace glossa::testing;

class TestLayoutProfile : public QObject
{
    Q_OBJECT

private slots:
    void builtInProfiles();
    void provenance_data();
    void provenance();
    void heading_data();
    void heading();
    void ticker_data();
    void ticker();
    void boilerplateAndFooters_data();
    void boilerplateAndFooters();
    void trimLine_data();
    void trimLine();
    void fromDirectoryGood();
    void fromDirectoryBad();
    void fromDirectoryMissing();
    void fromJsonErrors_data();
    void fromJsonErrors();
};

void TestLayoutProfile::builtInProfiles()
{
    const LayoutProfileSet &set = LayoutProfileSet::builtIn();
    QVERIFY2(set.errors().isEmpty(), qPrintable(set.errors().join(u'\n')));
    QCOMPARE(set.profiles().size(), 2);
    QCOMPARE(set.profiles().at(0).name(), QStringLiteral("ar-nushira-fi"));
    QCOMPARE(set.profiles().at(1).name(), QStringLiteral("fr-publie-dans"));
    QCOMPARE(set.generic().name(), QStringLiteral("generic"));

    const LayoutProfile *fr = set.find(QStringLiteral("fr-publie-dans"));
    QVERIFY(fr);
    QCOMPARE(fr->language(), QStringLiteral("fr"));
    QCOMPARE(fr->direction(), Qt::LeftToRight);
    QCOMPARE(fr->tickerSeparator(), QString(4, QChar(0xA0)));

    const LayoutProfile *ar = set.find(QStringLiteral("ar-nushira-fi"));
    QVERIFY(ar);
    QCOMPARE(ar->language(), QStringLiteral("ar"));
    QCOMPARE(ar->direction(), Qt::RightToLeft);
    for (const char *mark : {".", "؟", "!", "…", ":", "؛", "»", "\""})
        QVERIFY2(ar->finalPunctuation().contains(QString::fromUtf8(mark)), mark);

    QCOMPARE(set.generic().language(), QString());
    QCOMPARE(set.generic().direction(), Qt::LayoutDirectionAuto);
    QVERIFY(!set.generic().hasProvenance());
    QVERIFY(set.find(QStringLiteral("nope")) == nullptr);
}

void TestLayoutProfile::provenance_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("profile"); // empty: no match
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("published");

    QTest::newRow("fr") << "Publié dans Barlamane le 12 - 02 - 2025" << "fr-publie-dans" << "Barlamane"
                        << QDate(2025, 2, 12);
    QTest::newRow("fr spaces in source") << "Publié dans Le Petit Journal du Soir le 03 - 11 - 2024"
                                         << "fr-publie-dans" << "Le Petit Journal du Soir" << QDate(2024, 11, 3);
    QTest::newRow("fr source with ' le '") << "Publié dans Le Monde le Soir le 01 - 01 - 2024" << "fr-publie-dans"
                                           << "Le Monde le Soir" << QDate(2024, 1, 1);
    QTest::newRow("fr compact date") << "publié dans Hespress le 1-2-2025" << "fr-publie-dans" << "Hespress"
                                     << QDate(2025, 2, 1);
    QTest::newRow("fr slashes") << "Publié dans Le360 le 05/06/2023" << "fr-publie-dans" << "Le360"
                                << QDate(2023, 6, 5);
    QTest::newRow("fr two-digit year") << "Publié dans Le360 le 05 - 06 - 23" << "fr-publie-dans" << "Le360"
                                       << QDate(2023, 6, 5);
    QTest::newRow("fr nbsp") << QStringLiteral("Publié\u00a0dans Barlamane le 12\u00a0-\u00a002 - 2025")
                             << "fr-publie-dans" << "Barlamane" << QDate(2025, 2, 12);
    QTest::newRow("fr invalid date") << "Publié dans Le Quotidien des Oasis le 31 - 02 - 2025" << "fr-publie-dans"
                                     << "Le Quotidien des Oasis" << QDate();
    QTest::newRow("fr month 13") << "Publié dans X le 01 - 13 - 2025" << "fr-publie-dans" << "X" << QDate();
    QTest::newRow("ar") << "نشر في جريدة الواحة يوم 14 - 01 - 2025" << "ar-nushira-fi" << "جريدة الواحة"
                        << QDate(2025, 1, 14);
    QTest::newRow("ar hindi digits") << "نشر في هسبريس يوم ١٢ - ٠٢ - ٢٠٢٥" << "ar-nushira-fi" << "هسبريس"
                                     << QDate(2025, 2, 12);
    QTest::newRow("ar invalid date") << "نشر في الواحة يوم 30 - 02 - 2024" << "ar-nushira-fi" << "الواحة" << QDate();
    QTest::newRow("sentence") << "Publié dans le Monde en 1990, ce texte a fait date." << "" << "" << QDate();
    QTest::newRow("no date") << "Publié dans Barlamane" << "" << "" << QDate();
    QTest::newRow("trailing words") << "Publié dans X le 12 - 02 - 2025 à 10h" << "" << "" << QDate();
    QTest::newRow("empty") << "" << "" << "" << QDate();
}

void TestLayoutProfile::provenance()
{
    QFETCH(QString, line);
    QFETCH(QString, profile);
    QFETCH(QString, source);
    QFETCH(QDate, published);

    ProvenanceMatch match;
    const LayoutProfile *matched = LayoutProfileSet::builtIn().matchProvenance(LayoutProfile::trimLine(line), &match);
    if (profile.isEmpty()) {
        QVERIFY(matched == nullptr);
        return;
    }
    QVERIFY(matched);
    QCOMPARE(matched->name(), profile);
    QVERIFY(match.matched);
    QCOMPARE(match.source, source);
    QCOMPARE(match.published, published);
}

void TestLayoutProfile::heading_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("heading");

    QTest::newRow("short") << "fr-publie-dans" << "Un engagement coupable" << true;
    QTest::newRow("comma inside") << "fr-publie-dans" << "Le Maroc, soutien fidèle du peuple syrien" << true;
    QTest::newRow("full stop") << "fr-publie-dans" << "Une phrase courte." << false;
    QTest::newRow("question") << "fr-publie-dans" << "Pourquoi maintenant ?" << false;
    QTest::newRow("colon") << "fr-publie-dans" << "Il a déclaré :" << false;
    QTest::newRow("ellipsis") << "fr-publie-dans" << "Et puis…" << false;
    QTest::newRow("closing guillemet") << "fr-publie-dans" << "« Nous resterons »" << false;
    QTest::newRow("too long") << "fr-publie-dans" << QString(81, u'a') << false;
    QTest::newRow("at max length") << "fr-publie-dans" << QString(80, u'a') << true;
    QTest::newRow("no letter") << "fr-publie-dans" << "2025 - 2026" << false;
    QTest::newRow("ar heading") << "ar-nushira-fi" << "مشروع طال انتظاره" << true;
    QTest::newRow("ar question") << "ar-nushira-fi" << "هل هذا سؤال؟" << false;
    QTest::newRow("ar semicolon") << "ar-nushira-fi" << "وقال الوزير؛" << false;
    QTest::newRow("ar quote") << "ar-nushira-fi" << "قال «نعم»" << false;
    QTest::newRow("generic ar question") << "generic" << "هل هذا سؤال؟" << false;
    QTest::newRow("generic heading") << "generic" << "Observations du matin" << true;
}

void TestLayoutProfile::heading()
{
    QFETCH(QString, profile);
    QFETCH(QString, line);
    QFETCH(bool, heading);
    const LayoutProfile *p = LayoutProfileSet::builtIn().find(profile);
    QVERIFY(p);
    QCOMPARE(p->looksLikeHeading(line), heading);
}

void TestLayoutProfile::ticker_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ticker");
    QTest::addColumn<QStringList>("headlines");

    const QString sep(4, QChar(0xA0));
    QTest::newRow("trailing separator") << QStringLiteral("Un") + sep + QStringLiteral("Deux") + sep + QStringLiteral("Trois") + sep << true
                                        << QStringList{"Un", "Deux", "Trois"};
    QTest::newRow("single headline") << QStringLiteral("Seul titre") + sep << true << QStringList{"Seul titre"};
    QTest::newRow("three, no trailing") << QStringLiteral("A") + sep + QStringLiteral("B") + sep + QStringLiteral("C") << true << QStringList{"A", "B", "C"};
    QTest::newRow("long run") << QStringLiteral("A") + sep + QChar(0xA0) + sep + QStringLiteral("B ") + sep << true << QStringList{"A", "B"};
    QTest::newRow("one run inside a paragraph") << QStringLiteral("Un texte") + sep + QStringLiteral("qui continue.") << false << QStringList();
    QTest::newRow("plain") << "Une ligne ordinaire." << false << QStringList();
}

void TestLayoutProfile::ticker()
{
    QFETCH(QString, line);
    QFETCH(bool, ticker);
    QFETCH(QStringList, headlines);
    const LayoutProfileSet &set = LayoutProfileSet::builtIn();
    const LayoutProfile *profile = set.tickerProfile(line);
    QCOMPARE(profile != nullptr, ticker);
    if (profile)
        QCOMPARE(profile->splitTicker(line), headlines);
}

void TestLayoutProfile::boilerplateAndFooters_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("boilerplate");
    QTest::addColumn<bool>("footer");

    QTest::newRow("merci") << "Merci d'avoir signalé!" << true << false;
    QTest::newRow("merci typographic apostrophe") << "Merci d’avoir signalé!" << true << false;
    QTest::newRow("cette image") << "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes."
                                 << true << false;
    QTest::newRow("cliquez") << "Cliquez ici pour lire l'article depuis sa source." << false << true;
    QTest::newRow("cliquez double space") << "Cliquez ici  pour lire l'article depuis sa source." << false << true;
    QTest::newRow("ar footer") << "اضغط هنا لقراءة الخبر من مصدره." << false << true;
    QTest::newRow("ar boilerplate") << "شكرا على الإبلاغ!" << true << false;
    QTest::newRow("body") << "Merci d'avoir signalé! Mais encore." << false << false;
}

void TestLayoutProfile::boilerplateAndFooters()
{
    QFETCH(QString, line);
    QFETCH(bool, boilerplate);
    QFETCH(bool, footer);
    const LayoutProfileSet &set = LayoutProfileSet::builtIn();
    QCOMPARE(set.isBoilerplate(line), boilerplate);
    QCOMPARE(set.isFooter(line), footer);
}

void TestLayoutProfile::trimLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("trimmed");
    QTest::newRow("nbsp") << QStringLiteral("\u00a0\u00a0Titre\u00a0") << "Titre";
    QTest::newRow("rlm") << QStringLiteral("\u200fنص\u200f ") << "نص";
    QTest::newRow("bom") << QStringLiteral("\ufeff Titre\t") << "Titre";
    QTest::newRow("inner kept") << QStringLiteral(" a\u00a0\u00a0b ") << QStringLiteral("a\u00a0\u00a0b");
}

void TestLayoutProfile::trimLine()
{
    QFETCH(QString, line);
    QFETCH(QString, trimmed);
    QCOMPARE(LayoutProfile::trimLine(line), trimmed);
}

void TestLayoutProfile::fromDirectoryGood()
{
    const LayoutProfileSet set = LayoutProfileSet::fromDirectory(importFixturePath(QStringLiteral("profiles/good")));
    QVERIFY(set.errors().isEmpty());
    QCOMPARE(set.profiles().size(), 1);
    const LayoutProfile &en = set.profiles().constFirst();
    QCOMPARE(en.name(), QStringLiteral("en-published-in"));
    QCOMPARE(en.language(), QStringLiteral("en"));
    QCOMPARE(en.headingMaxLength(), 60);
    const ProvenanceMatch match = en.matchProvenance(QStringLiteral("Published in The Valley Gazette on 07/06/2024"));
    QVERIFY(match.matched);
    QCOMPARE(match.source, QStringLiteral("The Valley Gazette"));
    QCOMPARE(match.published, QDate(2024, 6, 7));
    // No generic.json in the folder: the built-in fallback stands in.
    QCOMPARE(set.generic().name(), QStringLiteral("generic"));

    // User profiles on top of the shipped ones.
    LayoutProfileSet combined = LayoutProfileSet::builtIn();
    combined.addDirectory(importFixturePath(QStringLiteral("profiles/good")));
    QCOMPARE(combined.profiles().size(), 3);
    QVERIFY(combined.errors().isEmpty());
}

void TestLayoutProfile::fromDirectoryBad()
{
    const LayoutProfileSet set = LayoutProfileSet::fromDirectory(importFixturePath(QStringLiteral("profiles/bad")));
    // The valid profile next to the broken ones still loads.
    QCOMPARE(set.profiles().size(), 1);
    QCOMPARE(set.profiles().constFirst().name(), QStringLiteral("en-published-in"));
    const QStringList errors = set.errors();
    QCOMPARE(errors.size(), 5);
    QVERIFY(errors.at(0).startsWith(QStringLiteral("bad-direction.json: ")));
    QVERIFY(errors.at(1).startsWith(QStringLiteral("bad-regex.json: invalid provenance pattern (")));
    QVERIFY(errors.at(2).startsWith(QStringLiteral("broken-json.json: invalid JSON (")));
    QCOMPARE(errors.at(3), QStringLiteral("missing-group.json: provenance pattern lacks the named group \"month\""));
    QCOMPARE(errors.at(4), QStringLiteral("no-name.json: missing \"name\""));
    for (const QString &error : errors)
        QVERIFY(!error.contains(u'\n'));
}

void TestLayoutProfile::fromDirectoryMissing()
{
    const LayoutProfileSet set = LayoutProfileSet::fromDirectory(importFixturePath(QStringLiteral("no-such-dir")));
    QCOMPARE(set.profiles().size(), 0);
    QCOMPARE(set.errors().size(), 1);
    QCOMPARE(set.generic().name(), QStringLiteral("generic"));
}

void TestLayoutProfile::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("name not string") << QByteArray("{\"name\": 3}") << "\"name\" is not a string";
    QTest::newRow("boilerplate not array") << QByteArray("{\"name\": \"x\", \"boilerplate\": \"a\"}")
                                           << "\"boilerplate\" is not an array of strings";
    QTest::newRow("heading not object") << QByteArray("{\"name\": \"x\", \"heading\": 3}") << "\"heading\" is not an object";
    QTest::newRow("negative length") << QByteArray("{\"name\": \"x\", \"heading\": {\"maxLength\": -1}}")
                                     << "\"heading.maxLength\" is not a non-negative number";
    QTest::newRow("ok") << QByteArray("{\"name\": \"x\"}") << "";
}

void TestLayoutProfile::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    const LayoutProfile profile = LayoutProfile::fromJson(json, &actual);
    QCOMPARE(actual, error);
    QCOMPARE(profile.isValid(), error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLayoutProfile)
#include "tst_layoutprofile.moc"
