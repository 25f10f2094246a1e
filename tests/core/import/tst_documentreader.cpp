#include "importfixtures.h"

#include "import/documentreader.h"

#include <QTest>

using namespace glossa;
using namespace glossa::testing;

class TestDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void detectFormat_data();
    void detectFormat();
    void refusalsAreOneLine();
};

void TestDocumentReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("pages");

    QTest::newRow("fr ticker") << "fr_ticker.txt" << "" << "UTF-8" << 1;
    QTest::newRow("fr no ticker") << "fr_no_ticker.txt" << "" << "UTF-8" << 1;
    QTest::newRow("utf-8 bom") << "fr_utf8_bom.txt" << "" << "UTF-8-BOM" << 1;
    QTest::newRow("utf-16le") << "fr_utf16le_bom.txt" << "" << "UTF-16LE" << 1;
    QTest::newRow("utf-16be") << "fr_utf16be_bom.txt" << "" << "UTF-16BE" << 1;
    QTest::newRow("windows-1252") << "fr_windows1252.txt" << "" << "windows-1252" << 1;
    QTest::newRow("repaired") << "fr_utf8_one_bad_byte.txt" << "" << "UTF-8 (repaired)" << 1;
    QTest::newRow("crlf") << "fr_crlf.txt" << "" << "UTF-8" << 1;
    QTest::newRow("mixed eol") << "fr_mixed_eol.txt" << "" << "UTF-8" << 1;
    QTest::newRow("source spaces") << "fr_source_spaces.txt" << "" << "UTF-8" << 1;
    QTest::newRow("invalid date") << "fr_invalid_date.txt" << "" << "UTF-8" << 1;
    QTest::newRow("arabic") << "ar_page.txt" << "" << "UTF-8" << 1;
    QTest::newRow("multi") << "multi_page.txt" << "" << "UTF-8" << 3;
    QTest::newRow("multi no footer") << "multi_page_no_footer.txt" << "" << "UTF-8" << 2;
    QTest::newRow("plain") << "plain_text.txt" << "" << "UTF-8" << 1;
    QTest::newRow("jsonl") << "articles.jsonl" << "" << "UTF-8" << 3;
    QTest::newRow("html") << "article.html" << "" << "UTF-8" << 1;
    QTest::newRow("html ar") << "article_ar.html" << "" << "UTF-8" << 1;
    QTest::newRow("broken jsonl") << "broken.jsonl" << "line 3: invalid JSON (unterminated string)" << "UTF-8" << 0;
    QTest::newRow("no article") << "no_article.txt" << "no article found" << "UTF-8" << 0;
    QTest::newRow("png") << "binary.png" << "binary file (PNG image)" << "" << 0;
    QTest::newRow("nul") << "nul_bytes.txt" << "binary file (contains NUL bytes)" << "" << 0;
    QTest::newRow("empty") << "empty.txt" << "empty file" << "" << 0;
    QTest::newRow("whitespace") << "whitespace.txt" << "empty file" << "" << 0;
}

void TestDocumentReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QFETCH(QString, encoding);
    QFETCH(int, pages);

    const ParsedDocument document = DocumentReader::read(readImportFixture(file), file);
    QCOMPARE(document.error, error);
    QCOMPARE(document.ok(), error.isEmpty());
    QCOMPARE(document.encoding, encoding);
    QCOMPARE(document.pages.size(), pages);
}

void TestDocumentReader::detectFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");

    using F = DocumentReader::Format;
    QTest::newRow("txt") << "Titre\nCorps." << "a.txt" << int(F::Text);
    QTest::newRow("no extension") << "Titre\nCorps." << "dump" << int(F::Text);
    QTest::newRow("jsonl by name") << "{\"title\": \"x\"}" << "a.JSONL" << int(F::JsonLines);
    QTest::newRow("ndjson by name") << "whatever" << "a.ndjson" << int(F::JsonLines);
    QTest::newRow("html by name") << "Titre" << "page.htm" << int(F::Html);
    QTest::newRow("doctype in txt") << "  <!DOCTYPE html><html></html>" << "page.txt" << int(F::Html);
    QTest::newRow("html tag") << "<HTML lang=fr>" << "page" << int(F::Html);
    QTest::newRow("comment then html") << "<!-- saved --><html>" << "page" << int(F::Html);
    QTest::newRow("json records in txt") << "{\"title\": \"x\", \"text\": \"y\"}\n{}" << "a.txt" << int(F::JsonLines);
    QTest::newRow("brace line in dump") << "{Titre entre accolades}\nCorps." << "a.txt" << int(F::Text);
    QTest::newRow("json object without fields") << "{\"a\": 1}" << "a.txt" << int(F::Text);
}

void TestDocumentReader::detectFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, fileName);
    QFETCH(int, format);
    QCOMPARE(int(DocumentReader::detectFormat(text, fileName)), format);
}

void TestDocumentReader::refusalsAreOneLine()
{
    const QList<QByteArray> inputs = {
        QByteArray(), QByteArray("   \n"), QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray("a\0b", 3),
        QByteArray("{\"title\": 1}"), QByteArray("Cliquez ici pour lire l'article depuis sa source."),
    };
    const QStringList names = {"a.txt", "a.txt", "a.png", "a.txt", "a.jsonl", "a.txt"};
    for (int i = 0; i < inputs.size(); ++i) {
        const ParsedDocument document = DocumentReader::read(inputs.at(i), names.at(i));
        QVERIFY(!document.ok());
        QVERIFY(document.pages.isEmpty());
        const QString &error = document.error;
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY2(!error.endsWith(u'.'), qPrintable(error));
        QVERIFY2(!error.at(0).isUpper(), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
