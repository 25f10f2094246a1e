#include "importfixtures.h"

#include "import/jsonlinesreader.h"

#include <QTest>

using namespace glossa;
using namespace glossa::testing;

class TestJsonLinesReader : public QObject
{
    Q_OBJECT

private slots:
    void goodFile();
    void refusals_data();
    void refusals();
    void records_data();
    void records();
};

void TestJsonLinesReader::goodFile()
{
    const ParsedDocument document = JsonLinesReader::read(decodedImportFixture(QStringLiteral("articles.jsonl")));
    QVERIFY2(document.ok(), qPrintable(document.error));
    // The record with neither title nor text is skipped.
    QCOMPARE(document.pages.size(), 3);

    const ParsedPage &first = document.pages.at(0);
    QCOMPARE(first.title, QStringLiteral("Le festival des contes nomades fête ses dix ans"));
    QCOMPARE(first.source, QStringLiteral("Radio Atlas Info"));
    QCOMPARE(first.published, QDate(2025, 1, 10));
    QCOMPARE(first.url, QStringLiteral("https://example.org/contes"));
    QCOMPARE(first.profile, QStringLiteral("generic"));
    QCOMPARE(first.blocks.size(), 3);
    QCOMPARE(first.blocks.at(1).kind, ParsedBlock::Kind::Heading);
    QCOMPARE(first.blocks.at(1).text, QStringLiteral("Une édition anniversaire"));

    const ParsedPage &second = document.pages.at(1);
    // The day as the publisher wrote it, not shifted to UTC (it would be the 12th).
    QCOMPARE(second.published, QDate(2025, 1, 11));
    QCOMPARE(second.blocks.size(), 2); // the empty line between paragraphs is dropped
    QVERIFY(second.url.isEmpty());

    const ParsedPage &third = document.pages.at(2);
    QCOMPARE(third.published, QDate()); // "not a date"
    QCOMPARE(third.language, QStringLiteral("ar"));
    QCOMPARE(third.direction, Qt::RightToLeft);
    QCOMPARE(third.source, QStringLiteral("جريدة الواحة"));
}

void TestJsonLinesReader::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("fixture") << decodedImportFixture(QStringLiteral("broken.jsonl"))
                             << "line 3: invalid JSON (unterminated string)";
    QTest::newRow("array") << "[1, 2]" << "line 1: not a JSON object";
    QTest::newRow("title not string") << "{\"title\": \"ok\"}\n{\"title\": 5}" << "line 2: \"title\" is not a string";
    QTest::newRow("text not string") << "{\"title\": \"a\", \"text\": [\"x\"]}" << "line 1: \"text\" is not a string";
    QTest::newRow("trailing garbage") << "{\"title\": \"a\"} x" << "line 1: invalid JSON (garbage at the end of the document)";
    QTest::newRow("only empty objects") << "{}\n{\"url\": \"https://example.org\"}\n" << "no article found";
    QTest::newRow("only blank lines") << "\n \n\t\n" << "no article found";
    // As a file holding a NUL byte is refused, so is the JSON escape of one, in any field.
    QTest::newRow("NUL in title") << "{\"title\": \"ok\"}\n{\"title\": \"a\\u0000b\"}"
                                  << "line 2: binary data (\"title\" contains NUL)";
    QTest::newRow("NUL alone in text") << "{\"title\": \"t\", \"text\": \"\\u0000\"}"
                                       << "line 1: binary data (\"text\" contains NUL)";
    QTest::newRow("NUL in source") << "{\"title\": \"t\", \"source\": \"x\\u0000\"}"
                                   << "line 1: binary data (\"source\" contains NUL)";
}

void TestJsonLinesReader::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const ParsedDocument document = JsonLinesReader::read(text);
    QCOMPARE(document.error, error);
    QVERIFY(document.pages.isEmpty()); // nothing half-imported
}

void TestJsonLinesReader::records_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("blocks");

    QTest::newRow("date only") << R"({"title": "T", "published": "2024-02-29"})" << "T" << QDate(2024, 2, 29) << "" << 0;
    QTest::newRow("utc date-time") << R"({"title": "T", "published": "2024-03-01T00:10:00Z"})" << "T" << QDate(2024, 3, 1)
                                   << "" << 0;
    QTest::newRow("space date-time") << R"({"title": "T", "published": "2024-03-01 08:00"})" << "T" << QDate(2024, 3, 1)
                                     << "" << 0;
    QTest::newRow("impossible date") << R"({"title": "T", "published": "2023-02-29"})" << "T" << QDate() << "" << 0;
    QTest::newRow("null fields") << R"({"title": "T", "source": null, "published": null})" << "T" << QDate() << "" << 0;
    QTest::newRow("language field") << R"({"title": "T", "language": "fr-FR", "text": "Un."})" << "T" << QDate() << "fr"
                                     << 1;
    QTest::newRow("text without title") << R"({"text": "Premier.\nSecond."})" << "" << QDate() << "" << 2;
    QTest::newRow("crlf inside text") << "{\"title\": \"T\", \"text\": \"Un.\\r\\nDeux.\"}" << "T" << QDate() << "" << 2;
}

void TestJsonLinesReader::records()
{
    QFETCH(QString, line);
    QFETCH(QString, title);
    QFETCH(QDate, published);
    QFETCH(QString, language);
    QFETCH(int, blocks);
    const ParsedDocument document = JsonLinesReader::read(line);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QCOMPARE(document.pages.size(), 1);
    const ParsedPage &page = document.pages.constFirst();
    QCOMPARE(page.title, title);
    QCOMPARE(page.published, published);
    QCOMPARE(page.language, language);
    QCOMPARE(page.blocks.size(), blocks);
    for (const ParsedBlock &block : page.blocks)
        QVERIFY(!block.text.contains(u'\r'));
}

QTEST_GUILESS_MAIN(TestJsonLinesReader)
#include "tst_jsonlinesreader.moc"
