#include "importfixtures.h"

#include "import/textdecoder.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace glossa;
using namespace glossa::testing;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void bytes_data();
    void bytes();
    void encodingsAgree_data();
    void encodingsAgree();
    void controlCharactersAreBinary();
    void strayControlIsDropped();
};

void TestTextDecoder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("contains");

    QTest::newRow("utf-8") << "fr_ticker.txt" << "UTF-8" << "" << "inaugure son nouveau pressoir à huile d'olive";
    QTest::newRow("utf-8 bom") << "fr_utf8_bom.txt" << "UTF-8-BOM" << "" << "L’été des oléiculteurs : l’huile à 9 € le litre";
    QTest::newRow("utf-16le bom") << "fr_utf16le_bom.txt" << "UTF-16LE" << "" << "L’été des oléiculteurs : l’huile à 9 € le litre";
    QTest::newRow("utf-16be bom") << "fr_utf16be_bom.txt" << "UTF-16BE" << "" << "L’été des oléiculteurs : l’huile à 9 € le litre";
    QTest::newRow("windows-1252") << "fr_windows1252.txt" << "windows-1252" << "" << "L’été des oléiculteurs : l’huile à 9 € le litre";
    QTest::newRow("crlf") << "fr_crlf.txt" << "UTF-8" << "" << "le litre\nPublié dans";
    QTest::newRow("mixed eol") << "fr_mixed_eol.txt" << "UTF-8" << "" << "le litre\nPublié dans";
    QTest::newRow("one bad byte") << "fr_utf8_one_bad_byte.txt" << "UTF-8 (repaired)" << ""
                                  << QStringLiteral("Les n\uFFFDgociants de la côte");
    QTest::newRow("arabic") << "ar_page.txt" << "UTF-8" << "" << "نشر في جريدة الواحة يوم 14 - 01 - 2025";
    QTest::newRow("png") << "binary.png" << "" << "binary file (PNG image)" << "";
    QTest::newRow("nul") << "nul_bytes.txt" << "" << "binary file (contains NUL bytes)" << "";
    QTest::newRow("empty") << "empty.txt" << "" << "empty file" << "";
    QTest::newRow("whitespace") << "whitespace.txt" << "" << "empty file" << "";
}

void TestTextDecoder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    QFETCH(QString, contains);

    const DecodedText decoded = TextDecoder::decode(readImportFixture(file));
    QCOMPARE(decoded.error, error);
    QCOMPARE(decoded.encoding, encoding);
    if (error.isEmpty()) {
        QVERIFY2(decoded.text.contains(contains), qPrintable(decoded.text.left(200)));
        QVERIFY(!decoded.text.contains(u'\r'));
        QVERIFY(!decoded.text.contains(QChar(0xFEFF)));
    } else {
        QVERIFY(decoded.text.isEmpty());
    }
}

void TestTextDecoder::bytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("text");

    const QString sample = QStringLiteral("Été à Fès\nDeuxième ligne");
    QStringEncoder utf32le(QStringConverter::Utf32LE);
    QStringEncoder utf32be(QStringConverter::Utf32BE);
    QStringEncoder utf16le(QStringConverter::Utf16LE);
    QStringEncoder utf16be(QStringConverter::Utf16BE);

    QTest::newRow("ascii") << QByteArray("plain\ntext") << "UTF-8" << "" << "plain\ntext";
    QTest::newRow("utf-32le bom") << QByteArray("\xff\xfe\x00\x00", 4) + QByteArray(utf32le(sample))
                                  << "UTF-32LE" << "" << sample;
    QTest::newRow("utf-32be bom") << QByteArray("\x00\x00\xfe\xff", 4) + QByteArray(utf32be(sample))
                                  << "UTF-32BE" << "" << sample;
    QTest::newRow("utf-16le no bom") << QByteArray(utf16le(sample)) << "UTF-16LE" << "" << sample;
    QTest::newRow("utf-16be no bom") << QByteArray(utf16be(sample)) << "UTF-16BE" << "" << sample;
    QTest::newRow("cr only") << QByteArray("a\rb\r\rc") << "UTF-8" << "" << "a\nb\n\nc";
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << "UTF-8" << "" << "a\nb\n";
    QTest::newRow("latin-1 é") << QByteArray("caf\xe9 cr\xe8me") << "windows-1252" << "" << "café crème";
    QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf") << "" << "empty file" << "";
    QTest::newRow("bom and spaces") << QByteArray("\xef\xbb\xbf \n\t \r\n") << "" << "empty file" << "";
    QTest::newRow("nbsp only") << QByteArray("\xc2\xa0\xc2\xa0\n") << "" << "empty file" << "";
    QTest::newRow("utf-16 bom empty") << QByteArray("\xff\xfe") << "" << "empty file" << "";
    QTest::newRow("nul in middle") << QByteArray("abc\0def\nghi", 11) << "" << "binary file (contains NUL bytes)" << "";
    QTest::newRow("utf-16 with nul char") << QByteArray("\xff\xfe" "a\0\0\0b\0", 8) << ""
                                          << "binary file (contains NUL bytes)" << "";
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3") << "" << "binary file (PDF document)" << "";
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << "" << "binary file (ZIP archive)" << "";
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0rest") << "" << "binary file (JPEG image)" << "";
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08rest") << "" << "binary file (gzip archive)" << "";
}

void TestTextDecoder::bytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    QFETCH(QString, text);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(decoded.error, error);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
}

void TestTextDecoder::encodingsAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf-8 bom") << "fr_utf8_bom.txt";
    QTest::newRow("utf-16le") << "fr_utf16le_bom.txt";
    QTest::newRow("utf-16be") << "fr_utf16be_bom.txt";
    QTest::newRow("windows-1252") << "fr_windows1252.txt";
    QTest::newRow("crlf") << "fr_crlf.txt";
    QTest::newRow("mixed eol") << "fr_mixed_eol.txt";
}

// The same page written with different encodings and line endings decodes to the
// same text, so re-importing it in another encoding is recognised as a duplicate.
void TestTextDecoder::encodingsAgree()
{
    QFETCH(QString, file);
    const QString reference = TextDecoder::decode(readImportFixture(QStringLiteral("fr_utf8_bom.txt"))).text;
    QVERIFY(!reference.isEmpty());
    QCOMPARE(TextDecoder::decode(readImportFixture(file)).text, reference);
}

void TestTextDecoder::controlCharactersAreBinary()
{
    // Random bytes without NUL: caught by the share of control characters.
    QRandomGenerator rng(42);
    QByteArray bytes;
    while (bytes.size() < 2000) {
        const char c = char(rng.bounded(1, 256));
        bytes.append(c);
    }
    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(decoded.error, QStringLiteral("binary file (contains control characters)"));
}

void TestTextDecoder::strayControlIsDropped()
{
    // A DOS end-of-file marker does not make a file binary.
    const DecodedText decoded = TextDecoder::decode(QByteArray("Titre\nUn paragraphe.\n\x1a"));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.text, QStringLiteral("Titre\nUn paragraphe.\n"));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
