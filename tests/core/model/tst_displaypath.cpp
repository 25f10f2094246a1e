// DisplayPath: a file's path on one line, whatever bytes its name holds.
#include "model/displaypath.h"

#include <QTest>

using namespace glossa;

class TestDisplayPath : public QObject
{
    Q_OBJECT

private slots:
    void oneLine_data();
    void oneLine();
};

void TestDisplayPath::oneLine_data()
{
    QTest::addColumn<QByteArray>("native");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("representable");
    QTest::newRow("plain") << QByteArray("/data/dumps/page 1.txt") << "/data/dumps/page 1.txt" << true;
    QTest::newRow("UTF-8 accents") << QByteArray("/d/d\xC3\xA9p\xC3\xAA\x63he.txt") << QStringLiteral("/d/dépêche.txt") << true;
    QTest::newRow("Arabic") << QByteArray("/d/\xD8\xAE\xD8\xA8\xD8\xB1.txt") << QStringLiteral("/d/خبر.txt") << true;
    QTest::newRow("line break") << QByteArray("/d/a\nb.txt") << "\"/d/a\\nb.txt\"" << true;
    QTest::newRow("carriage return and tab") << QByteArray("a\rb\tc") << "\"a\\rb\\tc\"" << true;
    QTest::newRow("quote") << QByteArray("say \"hi\".txt") << "\"say \\\"hi\\\".txt\"" << true;
    QTest::newRow("backslash") << QByteArray("a\\b.txt") << "\"a\\\\b.txt\"" << true;
    QTest::newRow("escape byte") << QByteArray("a\x1b[31m.txt") << "\"a\\x1B[31m.txt\"" << true;
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xE9.txt") << "\"caf\\xE9.txt\"" << false;
    QTest::newRow("truncated sequence") << QByteArray("x\xC3") << "\"x\\xC3\"" << false;
    QTest::newRow("surrogate encoded") << QByteArray("x\xED\xA0\x80y") << "\"x\\xED\\xA0\\x80y\"" << false;
    QTest::newRow("valid beside invalid") << QByteArray("\xC3\xA9\xFF") << QStringLiteral("\"é\\xFF\"") << false;
}

void TestDisplayPath::oneLine()
{
    QFETCH(QByteArray, native);
    QFETCH(QString, shown);
    QFETCH(bool, representable);
    QCOMPARE(DisplayPath::oneLine(native), shown);
    QCOMPARE(DisplayPath::isRepresentable(native), representable);
    QVERIFY(!DisplayPath::oneLine(native).contains(QLatin1Char('\n')));
    if (representable)
        QCOMPARE(DisplayPath::oneLine(QString::fromUtf8(native)), shown);
}

QTEST_GUILESS_MAIN(TestDisplayPath)
#include "tst_displaypath.moc"
