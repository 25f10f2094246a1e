// Replays, in the normal build, every seed of tests/fuzz/corpus/<target>/ and every crash that
// fuzzing once found (tests/data/fuzz-regressions/<target>/) through the same entry points as
// the libFuzzer targets. A broken invariant aborts this test with the reason on stderr.
#include "fuzzentrypoints.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    const QStringList roots = {QStringLiteral(GLOSSA_FUZZ_CORPUS), QStringLiteral(GLOSSA_TEST_DATA "/fuzz-regressions")};
    int rows = 0;
    const QList<glossa::fuzz::Target> &targets = glossa::fuzz::targets();
    for (int t = 0; t < targets.size(); ++t) {
        for (const QString &root : roots) {
            const QString folder = root + QLatin1Char('/') + QLatin1String(targets.at(t).name);
            QDirIterator it(folder, QDir::Files | QDir::Hidden);
            QStringList files;
            while (it.hasNext())
                files << it.next();
            files.sort();
            for (const QString &file : files) {
                if (file.endsWith(QLatin1String("README.md")))
                    continue;
                const QString row = QLatin1String(targets.at(t).name) + QLatin1Char('/') + QDir(root).dirName()
                    + QLatin1Char('/') + QFileInfo(file).fileName();
                QTest::newRow(qPrintable(row)) << t << file;
                ++rows;
            }
        }
    }
    if (rows == 0)
        QTest::newRow("no-cases") << -1 << QString();
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QVERIFY2(target >= 0, "no seed or regression files found");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    glossa::fuzz::targets().at(target).run(file.readAll());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
