#include "model/codepoints.h"

#include <QTest>

using namespace glossa;

class TestCodePoints : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void outOfRange();
    void loneSurrogates();
};

void TestCodePoints::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoints");
    const QString emoji = QStringLiteral("a😀b"); // U+1F600 is two UTF-16 units
    QTest::newRow("ascii start") << QStringLiteral("abc") << 0 << 0;
    QTest::newRow("ascii end") << QStringLiteral("abc") << 3 << 3;
    QTest::newRow("before emoji") << emoji << 1 << 1;
    QTest::newRow("after emoji") << emoji << 3 << 2;
    QTest::newRow("end after emoji") << emoji << 4 << 3;
    const QString arabic = QStringLiteral("مليوني طفل 👶🏽 في");
    QTest::newRow("arabic before emoji") << arabic << 11 << 11;
    QTest::newRow("arabic after skin tone") << arabic << 15 << 13; // two astral code points
    QTest::newRow("arabic end") << arabic << int(arabic.size()) << int(arabic.size()) - 2;
    QTest::newRow("bidi override") << QStringLiteral("\u202Eab\u202C") << 4 << 4;
    QTest::newRow("family emoji") << QStringLiteral("👨‍👩‍👧x") << 8 << 5;
}

void TestCodePoints::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoints);
    QCOMPARE(CodePoints::fromUtf16(text, utf16), codePoints);
    QCOMPARE(CodePoints::toUtf16(text, codePoints), utf16);
    // Against Qt's own UTF-32 conversion.
    QCOMPARE(int(text.left(utf16).toUcs4().size()), codePoints);
}

void TestCodePoints::outOfRange()
{
    const QString text = QStringLiteral("a😀");
    QCOMPARE(CodePoints::count(text), 2);
    QCOMPARE(CodePoints::toUtf16(text, 2), 3);
    QCOMPARE(CodePoints::toUtf16(text, 3), -1);
    QCOMPARE(CodePoints::toUtf16(text, -1), -1);
    QCOMPARE(CodePoints::fromUtf16(text, 99), 2);
    QCOMPARE(CodePoints::fromUtf16(text, -5), 0);
    // Inside the pair: the whole character counts as passed.
    QCOMPARE(CodePoints::fromUtf16(text, 2), 2);
}

void TestCodePoints::loneSurrogates()
{
    const QString text = QString(QChar(0xD83D)) + QLatin1Char('x') + QChar(0xDE00);
    QCOMPARE(CodePoints::count(text), 3);
    QCOMPARE(CodePoints::toUtf16(text, 2), 2);
}

QTEST_APPLESS_MAIN(TestCodePoints)
#include "tst_codepoints.moc"
