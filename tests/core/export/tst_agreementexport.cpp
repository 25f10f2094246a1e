// AgreementExporter: hostile names stay text in both files, undefined figures stay empty.
#include "export/agreementexporter.h"

#include <QTest>

using namespace glossa;

class TestAgreementExport : public QObject
{
    Q_OBJECT

private slots:
    void namesAreNeverCode_data();
    void namesAreNeverCode();
};

void TestAgreementExport::namesAreNeverCode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("csvCell");
    QTest::addColumn<QString>("htmlText");
    QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"" << "=HYPERLINK(&quot;x&quot;)";
    QTest::newRow("script") << "<script>alert(1)</script>" << "<script>alert(1)</script>"
                            << "&lt;script&gt;alert(1)&lt;/script&gt;";
    QTest::newRow("comma") << "El Idrissi, Amina" << "\"El Idrissi, Amina\"" << "El Idrissi, Amina";
}

void TestAgreementExport::namesAreNeverCode()
{
    QFETCH(QString, name);
    QFETCH(QString, csvCell);
    QFETCH(QString, htmlText);
    AgreementPair pair;
    pair.a = {QStringLiteral("00000000-0000-4000-8000-00000000000a"), name, {}, {}};
    pair.b = {QStringLiteral("00000000-0000-4000-8000-00000000000b"), QStringLiteral("Youssef"), {}, {}};
    pair.overall.articles = 1;
    pair.overall.verdictKappa = 0.5;
    pair.perArticle.append({7, pair.overall});
    const QHash<qint64, QString> titles{{7, name}};
    const QString csv = QString::fromUtf8(AgreementExporter::csv({pair}, titles));
    QVERIFY2(csv.contains(QStringLiteral("\r\n") + csvCell + QStringLiteral(",Youssef,,,1,0,0.500,,,,0,0,0\r\n")),
             qPrintable(csv));
    const QString html = QString::fromUtf8(AgreementExporter::html({pair}, titles, QStringLiteral("scope")));
    QVERIFY2(html.contains(htmlText), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("<td>—</td>"))); // an undefined figure
}

QTEST_GUILESS_MAIN(TestAgreementExport)
#include "tst_agreementexport.moc"
