#include "importfixtures.h"

#include "import/htmlreader.h"

#include <QTest>

using namespace glossa;
using namespace glossa::testing;

namespace {

QStringList describe(const ParsedPage &page)
{
    QStringList out;
    for (const ParsedBlock &block : page.blocks)
        out << (block.kind == ParsedBlock::Kind::Heading ? QStringLiteral("H:") : QStringLiteral("P:")) + block.text;
    return out;
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void frenchArticle();
    void arabicArticleWithProvenance();
    void entities_data();
    void entities();
    void snippets_data();
    void snippets();
    void noArticle_data();
    void noArticle();
    void largeInput();
};

void TestHtmlReader::frenchArticle()
{
    const ParsedDocument document = HtmlReader::read(decodedImportFixture(QStringLiteral("article.html")));
    QVERIFY2(document.ok(), qPrintable(document.error));
    QCOMPARE(document.pages.size(), 1);
    const ParsedPage &page = document.pages.constFirst();
    QCOMPARE(page.title, QStringLiteral("La coopérative inaugure son pressoir"));
    QCOMPARE(page.source, QStringLiteral("Le Courrier de Tamazirt"));
    QCOMPARE(page.published, QDate(2025, 3, 5));
    QCOMPARE(page.url, QStringLiteral("https://example.org/pressoir"));
    QCOMPARE(page.language, QStringLiteral("fr"));
    QCOMPARE(page.direction, Qt::LeftToRight);
    QCOMPARE(page.profile, QStringLiteral("generic"));
    const QStringList expected = {
        QStringLiteral("P:Le pressoir a coûté cher, mais la vallée est fière."),
        QStringLiteral("H:Un projet attendu"),
        QStringLiteral("P:On écrit &lt; en HTML pour afficher < — c’est ainsi."),
        QStringLiteral("P:Quarante-deux adhérents"),
        QStringLiteral("P:Deux fois plus d'olives"),
        QStringLiteral("P:Nous garderons la valeur ajoutée dans la vallée."),
        QStringLiteral("P:Première ligne"),
        QStringLiteral("P:Deuxième ligne"),
    };
    QCOMPARE(describe(page), expected);
    const QString text = pageText(page);
    QVERIFY(!text.contains(QStringLiteral("LEAK")));
    QVERIFY(!text.contains(QStringLiteral("alert")));
    QVERIFY(!text.contains(QStringLiteral("example.invalid")));
    QVERIFY(!text.contains(QStringLiteral("Accueil"))); // navigation
}

void TestHtmlReader::arabicArticleWithProvenance()
{
    const ParsedDocument document = HtmlReader::read(decodedImportFixture(QStringLiteral("article_ar.html")));
    QVERIFY2(document.ok(), qPrintable(document.error));
    const ParsedPage &page = document.pages.constFirst();
    QCOMPARE(page.title, QStringLiteral("تدشين محطة جديدة لتحلية المياه في مدينة الواحة"));
    // The provenance line names the outlet; og:site_name only names the aggregator.
    QCOMPARE(page.source, QStringLiteral("جريدة الواحة"));
    QCOMPARE(page.published, QDate(2025, 1, 14));
    QCOMPARE(page.profile, QStringLiteral("ar-nushira-fi"));
    QCOMPARE(page.language, QStringLiteral("ar"));
    QCOMPARE(page.direction, Qt::RightToLeft);
    QCOMPARE(page.blocks.size(), 3); // provenance and footer paragraphs removed
    QCOMPARE(page.blocks.at(1).kind, ParsedBlock::Kind::Heading);
}

void TestHtmlReader::entities_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("named") << "&eacute;" << "é";
    QTest::newRow("decimal") << "&#233;" << "é";
    QTest::newRow("hex") << "&#x00E9;" << "é";
    QTest::newRow("hex upper X") << "&#X41;" << "A";
    QTest::newRow("decoded once") << "&amp;lt;" << "&lt;";
    QTest::newRow("nbsp") << "a&nbsp;b" << QStringLiteral("a\u00a0b");
    QTest::newRow("unknown") << "&nosuch;" << "&nosuch;";
    QTest::newRow("no semicolon") << "AT&T and &eacute" << "AT&T and &eacute";
    QTest::newRow("zero") << "&#0;" << QStringLiteral("\uFFFD");
    QTest::newRow("surrogate") << "&#xD800;" << QStringLiteral("\uFFFD");
    QTest::newRow("too big") << "&#x110000;" << QStringLiteral("\uFFFD");
    QTest::newRow("windows-1252 range") << "&#146;&#128;" << "’€";
    QTest::newRow("astral") << "&#x1F600;" << QStringLiteral("\U0001F600");
    QTest::newRow("empty numeric") << "&#;&#x;" << "&#;&#x;";
    QTest::newRow("signed") << "&#-5;&#+5;" << "&#-5;&#+5;";
    QTest::newRow("trailing amp") << "a &" << "a &";
}

void TestHtmlReader::entities()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(HtmlReader::decodeEntities(in), out);
}

void TestHtmlReader::snippets_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("title element, site suffix stripped")
        << "<html><head><title>Le titre | Le Site</title><meta property='og:site_name' content='Le Site'></head>"
           "<body><p>Texte.</p></body></html>"
        << "Le titre" << QStringList{"P:Texte."};
    QTest::newRow("og:title before title element")
        << "<html><head><title>Site</title><meta property=og:title content=\"Vrai titre\"></head><p>x.</p>"
        << "Vrai titre" << QStringList{"P:x."};
    QTest::newRow("unclosed p and li")
        << "<h1>T</h1><p>Un.<p>Deux.<ul><li>a<li>b</ul>" << "T" << QStringList{"P:Un.", "P:Deux.", "P:a", "P:b"};
    QTest::newRow("unclosed script swallows the rest") << "<h1>T</h1><p>Un.</p><script>var x = '<p>no</p>';"
                                                       << "T" << QStringList{"P:Un."};
    QTest::newRow("script with tag in string") << "<h1>T</h1><script>document.write('</p><p>x')</script><p>Un.</p>"
                                               << "T" << QStringList{"P:Un."};
    QTest::newRow("nested svg") << "<h1>T</h1><svg><svg><text>no</text></svg><text>no</text></svg><p>Un.</p>"
                                << "T" << QStringList{"P:Un."};
    QTest::newRow("uppercase tags") << "<H1>T</H1><P CLASS=x>Un.</P><SCRIPT>no</SCRIPT>" << "T" << QStringList{"P:Un."};
    QTest::newRow("inline markup and whitespace") << "<h1>  Le   <em>grand</em>\n titre </h1><p>Un <b>mot</b>\n\t fort.</p>"
                                                  << "Le grand titre" << QStringList{"P:Un mot fort."};
    QTest::newRow("lone less-than") << "<h1>T</h1><p>a < b et 3<4</p>" << "T" << QStringList{"P:a < b et 3<4"};
    QTest::newRow("second h1 is a heading") << "<h1>T</h1><p>Un.</p><h1>Autre</h1><p>Deux.</p>" << "T"
                                            << QStringList{"P:Un.", "H:Autre", "P:Deux."};
    QTest::newRow("h5 is a paragraph") << "<h1>T</h1><h4>Quatre</h4><h5>Cinq</h5>" << "T"
                                       << QStringList{"H:Quatre", "P:Cinq"};
    QTest::newRow("loose text when no paragraphs") << "<html><body><div>Texte libre.</div><div>Encore.</div></body></html>"
                                                   << "" << QStringList{"P:Texte libre.", "P:Encore."};
    QTest::newRow("loose text dropped when paragraphs") << "<div>Menu</div><h1>T</h1><p>Un.</p>" << "T"
                                                        << QStringList{"P:Un."};
    QTest::newRow("pre keeps lines") << "<h1>T</h1><pre>ligne 1\nligne 2</pre>" << "T"
                                     << QStringList{"P:ligne 1", "P:ligne 2"};
    QTest::newRow("entities in attributes") << "<head><meta property=\"og:title\" content=\"L&rsquo;&eacute;t&eacute;\"></head><p>x.</p>"
                                            << "L’été" << QStringList{"P:x."};
    QTest::newRow("french provenance paragraph")
        << "<h1>T</h1><p>Publié dans Barlamane le 12 - 02 - 2025</p><p>Un.</p><p>Cliquez ici pour lire l'article depuis sa source.</p>"
        << "T" << QStringList{"P:Un."};
    QTest::newRow("unterminated tag") << "<h1>T</h1><p>Un.</p><p class=\"x" << "T" << QStringList{"P:Un."};
    QTest::newRow("unterminated comment") << "<h1>T</h1><p>Un.</p><!-- <p>no</p>" << "T" << QStringList{"P:Un."};
}

void TestHtmlReader::snippets()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QStringList, blocks);
    const ParsedDocument document = HtmlReader::read(html);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QCOMPARE(document.pages.size(), 1);
    QCOMPARE(document.pages.constFirst().title, title);
    QCOMPARE(describe(document.pages.constFirst()), blocks);
}

void TestHtmlReader::noArticle_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty body") << "<!doctype html><html><head></head><body></body></html>";
    QTest::newRow("scripts only") << "<html><body><script>alert(1)</script><style>p{}</style></body></html>";
    QTest::newRow("images only") << "<html><body><img src=\"http://example.invalid/a.png\"></body></html>";
    QTest::newRow("nothing") << "";
}

void TestHtmlReader::noArticle()
{
    QFETCH(QString, html);
    const ParsedDocument document = HtmlReader::read(html);
    QCOMPARE(document.error, QStringLiteral("no article found"));
    QVERIFY(document.pages.isEmpty());
}

void TestHtmlReader::largeInput()
{
    QString html = QStringLiteral("<html><body><h1>T</h1>");
    while (html.size() < 1024 * 1024)
        html += QStringLiteral("<p>Un paragraphe avec des <b>mots</b> &eacute;crits &amp; des a < b.</p>\n<div>x</div>");
    html += QStringLiteral("</body></html>");
    const ParsedDocument document = HtmlReader::read(html);
    QVERIFY(document.ok());
    QVERIFY(document.pages.constFirst().blocks.size() > 10000);

    // Pathological: many stray '<' and '&'.
    QString junk = QStringLiteral("<h1>T</h1><p>");
    while (junk.size() < 1024 * 1024)
        junk += QStringLiteral("< & <1 &# &amp ");
    QVERIFY(HtmlReader::read(junk).ok());
}

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
