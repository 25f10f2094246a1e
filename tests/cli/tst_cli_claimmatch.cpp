// glossa-cli: a checked claim proposed where it reappears, at import and by match-claims, end to
// end on a real library file (the issue's check): word for word and reworded in later articles
// from other outlets, never where its number changed; a ClaimReview from outside the same way.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using glossa::test::CliRun;

namespace {

const QString kClaim = QStringLiteral("Le taux de chômage des jeunes a atteint 31 % en 2019 dans la région de Marseille.");

QByteArray page(const QString &title, const QString &source, const QString &published, const QString &text)
{
    return QJsonDocument(QJsonObject{{"title", title}, {"source", source}, {"published", published}, {"text", text}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace

class TestCliClaimMatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void proposedAtImport();
    void claimReviewProposedAtImport();
    void matchClaims();
    void matchClaimsRefuses_data();
    void matchClaimsRefuses();
    void importWithoutMemorySaysNothingOfIt();

private:
    CliRun cli(const QStringList &args, const QString &db = QStringLiteral("m.glossa"))
    {
        return glossa::test::runCli(QStringLiteral(GLOSSA_CLI), m_dir->path(), QStringList{"--db", m_dir->filePath(db)} + args);
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        QSaveFile out(m_dir->filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            qWarning("cannot write %s", qPrintable(name));
        return m_dir->filePath(name);
    }
    QJsonArray appearances() { return cli({"appearances", "--json"}).json().array(); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliClaimMatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const CliRun first = cli({"import", file("day1.jsonl", page("Chômage : les chiffres", "Le Courrier du Nord", "2024-03-02",
                                                                 "Un rapport dresse un bilan sombre. " + kClaim + " Les syndicats s'inquiètent."))});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(!first.err.contains("repeat(s)"), qPrintable(first.err)); // no memory yet
    const CliRun annotate = cli({"--analyst", "Amina", "annotate", "1", "--quote", kClaim, "--claim", "statistic", "--verdict", "false"});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
}

void TestCliClaimMatch::proposedAtImport()
{
    const QString later = file("day2.jsonl",
                               page("Le débat s'enflamme", "Le Matin du Sud", "2024-03-05",
                                    "La polémique enfle. Sur les réseaux, on lit que le taux de chômage des jeunes a atteint 31 % en 2019 "
                                    "dans la région de Marseille. Le préfet se tait.")
                                   + page("Un chiffre qui circule", "Barlamane", "2024-03-06",
                                          "Un élu l'a repris. En 2019, dans la région de Marseille, 31 % des jeunes étaient au chômage, selon ce taux.")
                                   + page("Des chiffres contestés", "Al Akhbar Hebdo", "2024-03-07",
                                          "Le taux de chômage des jeunes a atteint 13 % en 2019 dans la région de Marseille."));
    const CliRun import = cli({"import", "--json", later});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QCOMPARE(import.json().object().value("added").toInt(), 3);
    QCOMPARE(import.json().object().value("repeats_proposed").toInt(), 2);
    QVERIFY2(import.err.trimmed().endsWith("3 article(s) added, 0 duplicate(s), 0 file(s) refused; 2 repeat(s) of checked claims proposed"),
             qPrintable(import.err));

    const QJsonArray found = appearances();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0)["article"].toInt(), 2);
    QCOMPARE(found.at(0)["match"].toString(), "copy");
    QCOMPARE(found.at(0)["reason"].toString(), "word for word, numbers 31 % and 2019 agree");
    QCOMPARE(found.at(0)["claim"]["verdict"].toString(), "false");
    QCOMPARE(found.at(0)["claim"]["source"].toString(), "library");
    QCOMPARE(found.at(0)["status"].toString(), "proposed");
    QCOMPARE(found.at(1)["article"].toInt(), 3);
    QCOMPARE(found.at(1)["match"].toString(), "reworded");
    QVERIFY(found.at(1)["exact"].toString().startsWith("En 2019, dans la région de Marseille"));
    for (const QJsonValue &appearance : found)
        QVERIFY(appearance["article"].toInt() != 4); // the number changed
}

void TestCliClaimMatch::claimReviewProposedAtImport()
{
    const QByteArray review = R"({"@context": "https://schema.org", "@type": "ClaimReview",
        "url": "https://factcheck.example/pain",
        "claimReviewed": "ارتفعت أسعار الخبز بنسبة 31 بالمئة في الجزائر خلال عام 2019.",
        "author": {"@type": "Organization", "name": "Fatabyyano"}, "datePublished": "2024-01-10", "inLanguage": "ar",
        "reviewRating": {"@type": "Rating", "alternateName": "False"}})";
    const CliRun reviews = cli({"import-claimreviews", file("review.json", review)});
    QVERIFY2(reviews.exitCode == 0, qPrintable(reviews.err));
    const QString later = file("day3.jsonl",
                               page("الخبز", "هسبريس", "2024-03-10",
                                    "وذكرت الصحيفة أن أسعار الخبز ارتفعت بنسبة ٣١ بالمئة في الجزائر خلال عام ٢٠١٩.")
                                   + page("الخبز مجددا", "الأخبار", "2024-03-11",
                                          "ارتفعت أسعار الخبز بنسبة 13 بالمئة في الجزائر خلال عام 2019."));
    const CliRun import = cli({"import", "--json", later});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QCOMPARE(import.json().object().value("repeats_proposed").toInt(), 1);
    const QJsonArray found = appearances();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0)["article"].toInt(), 2);
    QCOMPARE(found.at(0)["claim"]["source"].toString(), "imported");
    QCOMPARE(found.at(0)["claim"]["reviewer"].toString(), "Fatabyyano");
}

void TestCliClaimMatch::matchClaims()
{
    // Articles imported before the claim was settled are found by match-claims.
    const QString earlier = file("early.jsonl", page("Avant", "Barlamane", "2024-03-01", "Déjà, " + kClaim));
    const CliRun import = cli({"import", earlier});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY(import.err.contains("1 repeat(s) of checked claims proposed"));
    QCOMPARE(cli({"dismiss-appearance", "1"}).exitCode, 0);

    const CliRun all = cli({"match-claims", "--json"});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(all.json().object(), (QJsonObject{{"articles", 2}, {"claims", 1}, {"proposed", 0}})); // dismissed stays so
    QVERIFY2(all.err.contains("matching: 2 of 2 article(s)"), qPrintable(all.err));
    QVERIFY2(all.err.contains("2 article(s) matched against 1 claim(s): 0 new appearance(s) proposed"), qPrintable(all.err));
    const CliRun since = cli({"match-claims", "--since", "2024-03-02", "--json"});
    QCOMPARE(since.exitCode, 0);
    QCOMPARE(since.json().object().value("articles").toInt(), 1);
}

void TestCliClaimMatch::matchClaimsRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a date") << QStringList{"match-claims", "--since", "yesterday"} << "yesterday";
    QTest::newRow("no such day") << QStringList{"match-claims", "--since", "2024-02-30"} << "2024-02-30";
    QTest::newRow("an argument") << QStringList{"match-claims", "12"} << "match-claims takes no arguments";
}

void TestCliClaimMatch::matchClaimsRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliClaimMatch::importWithoutMemorySaysNothingOfIt()
{
    const CliRun run = cli({"import", "--json", file("other.jsonl", page("Jazz", "Barlamane", "2024-03-01", "Le festival a eu lieu."))},
                           QStringLiteral("other.glossa"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.trimmed().endsWith("1 article(s) added, 0 duplicate(s), 0 file(s) refused"), qPrintable(run.err));
    QCOMPARE(run.json().object().value("repeats_proposed").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliClaimMatch)
#include "tst_cli_claimmatch.moc"
