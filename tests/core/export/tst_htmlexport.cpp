// The HTML report: self-contained, no script, no external reference, all user text escaped.
#include "exportfixture.h"

#include "export/htmlreportexporter.h"

#include <QRegularExpression>

using namespace glossa;
using namespace glossa::testing;

class TestHtmlExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfContained_data();
    void selfContained();
    void hostileTextEscaped_data();
    void hostileTextEscaped();
    void passagesInContext();
    void hostileColourNeverReachesStyle();
    void rightToLeft();

private:
    ExportFixture m_fixture;
    QList<ExportedArticle> m_articles;
    QString m_html;
};

void TestHtmlExport::initTestCase()
{
    QVERIFY(m_fixture.build());
    m_articles = m_fixture.load();
    m_html = QString::fromUtf8(HtmlReportExporter().write(m_articles));
}

void TestHtmlExport::selfContained_data()
{
    // Escaped user text may well read "src=x" or "javascript:"; what matters is that no tag
    // carries such an attribute and that no element or CSS can fetch anything.
    QTest::addColumn<QString>("pattern");
    QTest::newRow("script element") << "<script";
    QTest::newRow("textarea element") << "</?textarea";
    QTest::newRow("embedding elements") << "<(img|iframe|object|embed|link|video|audio|source|base|form|meta http)";
    QTest::newRow("src attribute") << "<[^>]*\\ssrc\\s*=";
    QTest::newRow("href attribute") << "<[^>]*\\shref\\s*=";
    QTest::newRow("event handler") << "<[^>]*\\son[a-z]+\\s*=";
    QTest::newRow("javascript in a tag") << "<[^>]*javascript:";
    QTest::newRow("css url") << "url\\(";
    QTest::newRow("css import") << "@import";
    QTest::newRow("remote anything") << "(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/[^<]*\"";
}

void TestHtmlExport::selfContained()
{
    QFETCH(QString, pattern);
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = re.match(m_html);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
}

void TestHtmlExport::hostileTextEscaped_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("title") << "<script>alert('x')</script> & co" << "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co";
    QTest::newRow("note") << "<script>alert(1)</script>" << "&lt;script&gt;alert(1)&lt;/script&gt;";
    QTest::newRow("textarea in context") << "</textarea>" << "&lt;/textarea&gt;";
    QTest::newRow("arabic markup") << "<b>مهم</b>" << "&lt;b&gt;مهم&lt;/b&gt;";
    QTest::newRow("article note") << "<img src=x>" << "&lt;img src=x&gt;";
    QTest::newRow("quotes") << "Élus \"locaux\", opposition" << "Élus &quot;locaux&quot;, opposition";
}

void TestHtmlExport::hostileTextEscaped()
{
    QFETCH(QString, raw);
    QFETCH(QString, escaped);
    QVERIFY2(m_html.contains(escaped), qPrintable(escaped));
    QVERIFY2(!m_html.contains(raw), qPrintable(raw));
}

void TestHtmlExport::passagesInContext()
{
    int annotations = 0;
    for (const ExportedArticle &exported : m_articles)
        annotations += int(exported.annotations.size());
    QCOMPARE(m_html.count(QStringLiteral("<mark style=\"background:")), annotations);
    // The whole paragraph around the passages, once, each passage marked in its colour.
    QVERIFY(m_html.contains(QStringLiteral("Selon le communiqué, le chantier aurait coûté <mark style=\"background:#ffd54f\">"
                                           "480 millions de dirhams</mark> — un montant <mark style=\"background:#81c784\">"
                                           "contesté 😀 par les élus</mark>.</p>")));
    QCOMPARE(m_html.count(QStringLiteral("Selon le communiqué")), 1);
    // The header and the summary table come first, then the newest article.
    const qsizetype summary = m_html.indexOf(QStringLiteral("<table class=\"summary\">"));
    QVERIFY(summary > 0);
    QVERIFY(summary < m_html.indexOf(QStringLiteral("<article")));
    QVERIFY(m_html.contains(QStringLiteral("<td class=\"count\">2</td>"))); // two highlights without a claim
    QVERIFY(m_html.indexOf(QStringLiteral("lang=\"ar\"")) < m_html.indexOf(QStringLiteral("lang=\"fr\"")));
    QVERIFY(m_html.contains(QStringLiteral("<mark style=\"background:#64b5f6\">=HYPERLINK(&quot;x&quot;) apparaît</mark>")));
    // Claim badges: kind and verdict in the verdict's colour, a space apart.
    QVERIFY(m_html.contains(QStringLiteral("<span class=\"badge kind\">Statistic</span> "
                                           "<span class=\"badge\" style=\"background:#f9a825\">Disputed</span>")));
    QVERIFY(m_html.contains(QStringLiteral("Orphaned")));
    QVERIFY(m_html.contains(QStringLiteral("Cour des comptes, p. 12")));
    QVERIFY(m_html.contains(QStringLiteral("https://example.org/rapport<br>Cour des comptes")));
}

void TestHtmlExport::hostileColourNeverReachesStyle()
{
    QList<ExportedArticle> articles = m_articles;
    articles[0].annotations[0].color = "red;background-image:url(http://attacker.test/x.png)\"><script>";
    const QString html = QString::fromUtf8(HtmlReportExporter().write(articles));
    QVERIFY(!html.contains("attacker.test"));
    QVERIFY(!html.contains("url("));
    QCOMPARE(HtmlReportExporter::escape("a\"b'c<d>&\ne"), QStringLiteral("a&quot;b&#39;c&lt;d&gt;&amp;<br>e"));
}

void TestHtmlExport::rightToLeft()
{
    QVERIFY(m_html.contains(QStringLiteral("<article dir=\"rtl\" lang=\"ar\">")));
    QVERIFY(m_html.contains(QStringLiteral("<article dir=\"ltr\" lang=\"fr\">")));
    // A bidi override in a title stays inside its own isolate.
    QVERIFY(m_html.contains(QStringLiteral("<h2><bdi>وزارة الصحة تطلق حملة \u202Eتلقيح\u202C وطنية</bdi></h2>")));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
