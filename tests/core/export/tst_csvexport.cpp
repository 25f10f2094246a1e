// The CSV read back with a strict RFC 4180 reader: every value of every row checked.
#include "exportfixture.h"

#include "export/csvexporter.h"
#include "model/articlecontext.h"

using namespace glossa;
using namespace glossa::testing;

namespace {

// RFC 4180, strictly: records end with CRLF (the last one too), a field is either bare (no
// quote, comma, CR or LF) or quoted with "" for a quote; anything else is an error.
bool parseCsv(const QString &text, QList<QStringList> *records, QString *error)
{
    int i = 0;
    const int n = int(text.size());
    QStringList record;
    while (i < n) {
        QString field;
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field");
                    return false;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n')) {
                    *error = QStringLiteral("bare field with a quote or LF at %1").arg(i);
                    return false;
                }
                field += text.at(i++);
            }
        }
        record << field;
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i + 1 < n + 1 && text.mid(i, 2) == QLatin1String("\r\n")) {
            i += 2;
            records->append(record);
            record.clear();
            continue;
        }
        *error = QStringLiteral("expected , or CRLF at %1").arg(i);
        return false;
    }
    if (!record.isEmpty()) {
        *error = QStringLiteral("last record without CRLF");
        return false;
    }
    return true;
}

QString neutralised(const QString &value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0)))
        return QLatin1Char('\'') + value;
    return value;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bomAndLineEnds();
    void everyValue();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void readerIsStrict();

private:
    ExportFixture m_fixture;
    QList<ExportedArticle> m_articles;
    QByteArray m_csv;
};

void TestCsvExport::initTestCase()
{
    QVERIFY(m_fixture.build());
    m_articles = m_fixture.load();
    // An article with its page's address (the fixture's come from files), so the url column
    // is seen filled, with a hostile first character too.
    m_articles[0].article.url = QStringLiteral("https://example.org/pont?id=1,2");
    m_articles[1].article.url = QStringLiteral("=cmd|' /C calc'!A0");
    m_csv = CsvExporter().write(m_articles);
}

void TestCsvExport::bomAndLineEnds()
{
    QVERIFY(m_csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(m_csv.endsWith("\r\n"));
    QVERIFY(m_csv.startsWith("\xEF\xBB\xBF" "article_id,title,outlet,published,quote,prefix,suffix,color,tags,"
                             "claim_kind,verdict,claimant,evidence,note,created,modified,analyst,confidence,url\r\n"));
}

void TestCsvExport::everyValue()
{
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(QString::fromUtf8(m_csv.mid(3)), &records, &error), qPrintable(error));
    QCOMPARE(records.first(), CsvExporter::header());
    records.removeFirst();
    QList<QStringList> expected;
    for (const ExportedArticle &exported : m_articles) {
        const Article &a = exported.article;
        for (const Annotation &n : ArticleContext::inTextOrder(exported.annotations)) {
            const Claim claim = n.claim.value_or(Claim{});
            const bool has = n.claim.has_value();
            expected << QStringList{QString::number(a.id), a.title, a.source, a.published.toString(Qt::ISODate),
                                    n.anchor.exact, n.anchor.prefix, n.anchor.suffix, n.color,
                                    n.tags.join("; "), has ? claim.kind : QString(), has ? claim.verdict : QString(),
                                    has ? claim.claimant : QString(), has ? claim.evidence : QString(), n.note,
                                    n.created.toUTC().toString(Qt::ISODateWithMs),
                                    n.modified.toUTC().toString(Qt::ISODateWithMs), n.analyst.name,
                                    claim.confidence ? QString::number(qRound(*claim.confidence * 100)) : QString(),
                                    a.url};
        }
    }
    QCOMPARE(records.size(), 7);
    QCOMPARE(records.size(), expected.size());
    for (int r = 0; r < records.size(); ++r) {
        QCOMPARE(records.at(r).size(), 19);
        for (int c = 0; c < 19; ++c) {
            const QString want = neutralised(expected.at(r).at(c));
            if (records.at(r).at(c) != want)
                QFAIL(qPrintable(QStringLiteral("row %1 column %2: got [%3], expected [%4]")
                                     .arg(r + 1)
                                     .arg(CsvExporter::header().at(c), records.at(r).at(c), want)));
        }
    }
    // The new columns are filled where there is something to say: 80 % on the disputed figure.
    QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const QStringList &record) { return record.at(17) == "80"; }));
    QVERIFY(std::any_of(records.cbegin(), records.cend(),
                        [](const QStringList &record) { return record.at(18) == "https://example.org/pont?id=1,2"; }));
    QVERIFY(std::any_of(records.cbegin(), records.cend(),
                        [](const QStringList &record) { return record.at(18) == "'=cmd|' /C calc'!A0"; }));
    // The hostile values really are there, and neutralised.
    const auto column = [&](int c) {
        QStringList values;
        for (const QStringList &record : records)
            values << record.at(c);
        return values;
    };
    QVERIFY(column(4).contains(QStringLiteral("'=HYPERLINK(\"x\") apparaît")));
    QVERIFY(column(13).contains(QStringLiteral("'-1 @mention +plus\ttab")));
    QVERIFY(column(11).contains(QStringLiteral("Élus \"locaux\", opposition")));
    QVERIFY(column(8).contains(QStringLiteral("budget; =HYPERLINK(\"x\"); chiffres; clés")));
    QCOMPARE(column(13).last(), QStringLiteral(""));         // text order: the Arabic article last
    QCOMPARE(column(13).at(4), QStringLiteral("orphelin"));   // orphans after the anchored passages
}

void TestCsvExport::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "texte" << "texte";
    QTest::newRow("equals") << "=1+1" << "'=1+1";
    QTest::newRow("plus") << "+33 6" << "'+33 6";
    QTest::newRow("minus") << "-2" << "'-2";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("cr") << "\r=1" << "\"'\r=1\"";
    QTest::newRow("hyperlink with quotes") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("inner equals untouched") << "a=b" << "a=b";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("arabic") << "نشر في" << "نشر في";
}

void TestCsvExport::neutralisesFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(CsvExporter::cell(value), cell);
}

void TestCsvExport::readerIsStrict()
{
    QList<QStringList> records;
    QString error;
    QVERIFY(!parseCsv("a,b\n", &records, &error));
    QVERIFY(!parseCsv("a,\"b\r\n", &records, &error));
    QVERIFY(!parseCsv("a,b\"c\r\n", &records, &error));
    QVERIFY(!parseCsv("a,b", &records, &error));
    QVERIFY(parseCsv("a,\"b\"\"c\"\r\n", &records, &error));
    QCOMPARE(records.last(), (QStringList{"a", "b\"c"}));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
