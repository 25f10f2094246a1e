#include "checkworthyevaluation.h"

#include <QTest>

using namespace glossa::evaluation;

// The check-worthiness ranking beats both baselines on the labelled fixture, in each language
// and over all; and the measure itself is right on cases worked by hand.
class TestCheckWorthyQuality : public QObject
{
    Q_OBJECT

private slots:
    void averagePrecisionByHand_data()
    {
        QTest::addColumn<QList<bool>>("ranked");
        QTest::addColumn<double>("expected");
        QTest::newRow("perfect") << QList<bool>{true, true, false} << 1.0;
        QTest::newRow("worst") << QList<bool>{false, false, true} << 1.0 / 3;
        QTest::newRow("mixed") << QList<bool>{true, false, true} << (1.0 + 2.0 / 3) / 2;
        QTest::newRow("none relevant") << QList<bool>{false, false} << 0.0;
    }

    void averagePrecisionByHand()
    {
        QFETCH(QList<bool>, ranked);
        QFETCH(double, expected);
        QVERIFY(qAbs(averagePrecision(ranked) - expected) < 1e-9);
    }

    void beatsBothBaselines_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("atLeast"); // sentences
        const QString fixture = QStringLiteral(GLOSSA_TEST_DATA "/checkworthy");
        const QString heldOut = QStringLiteral(GLOSSA_TEST_DATA "/checkworthy/heldout");
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en"), QString()}) {
            const QString name = language.isEmpty() ? QStringLiteral("all") : language;
            QTest::newRow(qPrintable(name)) << fixture << language << 150;
            QTest::newRow(qPrintable(QStringLiteral("held out ") + name)) << heldOut << language << 40;
        }
    }

    void beatsBothBaselines()
    {
        QFETCH(QString, folder);
        QFETCH(QString, language);
        QFETCH(int, atLeast);
        QString error;
        const QList<LabelledArticle> articles = readFixture(folder, &error);
        QVERIFY2(!articles.isEmpty(), qPrintable(error));
        int sentences = 0;
        for (const LabelledArticle &article : articles)
            sentences += int(article.sentences.size());
        QVERIFY(sentences >= atLeast);
        const double ours = meanAveragePrecision(articles, checkWorthinessScores, language);
        const double length = meanAveragePrecision(articles, lengthScores, language);
        const double digits = meanAveragePrecision(articles, digitScores, language);
        qInfo("MAP %s: check-worthiness %.3f, length %.3f, digits %.3f", qPrintable(language.isEmpty() ? "all" : language),
              ours, length, digits);
        QVERIFY(ours > length);
        QVERIFY(ours > digits);
    }
};

QTEST_GUILESS_MAIN(TestCheckWorthyQuality)
#include "tst_checkworthy_quality.moc"
