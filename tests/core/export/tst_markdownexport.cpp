// The brief rendered by Qt's CommonMark reader (md4c, in Gui): the structure must be the one
// written, and every escaped value must come back as the same text.
#include "exportfixture.h"

#include "export/briefbuilder.h"
#include "export/markdownexporter.h"
#include "model/articlecontext.h"

#include <QTextBlock>
#include <QTextDocument>

using namespace glossa;
using namespace glossa::testing;

namespace {

struct Rendered
{
    QStringList headings[4];   // text of the level 1..3 headings
    QStringList quotes;        // each blockquote's text, its paragraphs joined by '\n'
    QStringList paragraphs;    // every other block
};

Rendered render(const QByteArray &markdown)
{
    QTextDocument document;
    document.setMarkdown(QString::fromUtf8(markdown));
    Rendered rendered;
    bool inQuote = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const int level = format.headingLevel();
        const bool quote = format.hasProperty(QTextFormat::BlockQuoteLevel)
            && format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
        if (quote) {
            if (inQuote)
                rendered.quotes.last() += QLatin1Char('\n') + block.text();
            else
                rendered.quotes << block.text();
        } else if (level >= 1 && level <= 3) {
            rendered.headings[level] << block.text();
        } else {
            rendered.paragraphs << block.text();
        }
        inQuote = quote;
    }
    return rendered;
}

QString renderedLine(const QString &line)
{
    QTextDocument document;
    document.setMarkdown(MarkdownExporter::escapeLine(line));
    return document.toPlainText();
}

} // namespace

class TestMarkdownExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void structure();
    void quotesComeBackVerbatim();
    void fieldsComeBackVerbatim();
    void escapeLine_data();
    void escapeLine();

private:
    ExportFixture m_fixture;
    QList<ExportedArticle> m_articles;
    QByteArray m_markdown;
};

void TestMarkdownExport::initTestCase()
{
    QVERIFY(m_fixture.build());
    m_articles = m_fixture.load();
    m_markdown = MarkdownExporter().write(m_articles);
}

void TestMarkdownExport::structure()
{
    const Rendered rendered = render(m_markdown);
    QCOMPARE(rendered.headings[1], QStringList{"Glossa brief"});
    // The summary first, then the articles newest first (the undated one last), one heading and
    // one quote per paragraph however many highlights it holds.
    const Brief brief = BriefBuilder::build(m_articles, BriefHeader());
    QStringList titles{QStringLiteral("Summary")};
    int contexts = 0;
    for (const BriefArticle &article : brief.articles) {
        titles << article.article.title;
        contexts += int(article.contexts.size());
    }
    QCOMPARE(titles.mid(1), (QStringList{QStringLiteral("وزارة الصحة تطلق حملة \u202Eتلقيح\u202C وطنية"),
                                         QStringLiteral("Pont « Sebou » : <script>alert('x')</script> & co"),
                                         QStringLiteral("Sans source ni date")}));
    QCOMPARE(rendered.headings[2], titles);
    QCOMPARE(contexts, 6); // seven annotations, two in one paragraph
    QCOMPARE(rendered.headings[3].size(), contexts);
    QCOMPARE(rendered.quotes.size(), contexts);
    QVERIFY(rendered.headings[3].first().startsWith("Passage 1 of 7"));
    QVERIFY(rendered.headings[3].at(2).startsWith(QStringLiteral("Passages 3–4 of 7")));
    QVERIFY(rendered.headings[3].last().contains("orphaned"));
    // No hash or IRI: those are for the data formats.
    QVERIFY(!m_markdown.contains("SHA-256"));
    QVERIFY(!m_markdown.contains("urn:"));
    QVERIFY(!m_markdown.contains("sha256"));
}

void TestMarkdownExport::quotesComeBackVerbatim()
{
    // Each paragraph whole (its highlights in bold do not show in the text), an orphan's quote.
    const Rendered rendered = render(m_markdown);
    QStringList expected;
    for (const BriefArticle &article : BriefBuilder::build(m_articles, BriefHeader()).articles) {
        for (const BriefContext &context : article.contexts)
            expected << context.text;
    }
    QCOMPARE(rendered.quotes, expected);
    // Every highlight is bold in its paragraph.
    for (const char *marked : {"**480 millions de dirhams**", "**contesté 😀 par les élus**", "**92 في المائة**"})
        QVERIFY2(m_markdown.contains(marked), marked);
}

void TestMarkdownExport::fieldsComeBackVerbatim()
{
    const Rendered rendered = render(m_markdown);
    const QString all = rendered.paragraphs.join('\n');
    // Article note first, its "> " not turned into a quote.
    QVERIFY(all.contains("Article suivi.\n> pas une citation") || all.contains("> pas une citation"));
    for (const QString &expected :
         {QStringLiteral("Tags: budget, =HYPERLINK(\"x\"), chiffres; clés"),
          QStringLiteral("Claimant: Élus \"locaux\", opposition"),
          QStringLiteral("Note: <script>alert(1)</script>"),
          QStringLiteral("Note: \u202Eevil\u202C reversed? [lien](javascript:x) `code` # titre"),
          QStringLiteral("Note: ملاحظة: رقم <b>مهم</b>"),
          QStringLiteral("Under: # Un chantier *sous* surveillance"),
          QStringLiteral("Under: التغطية"),
          QStringLiteral("https://example.org/rapport"),
          QStringLiteral("Cour des comptes, p. 12"),
          QStringLiteral("Note d'article : [lien](javascript:alert(1)) <img src=x>"),
          QStringLiteral("Statistic · Disputed · 80 % confident"),
          QStringLiteral("Quote: 480 millions de dirhams")}) {
        if (!all.contains(expected))
            QFAIL(qPrintable(QStringLiteral("not rendered verbatim: %1\n--- rendered:\n%2").arg(expected, all)));
    }
    // No markup leaked: nothing became a link, code or emphasis.
    QTextDocument document;
    document.setMarkdown(QString::fromUtf8(m_markdown));
    QVERIFY(!document.toHtml().contains("href=\"javascript"));
    QVERIFY(!document.toHtml().contains("<img"));
}

void TestMarkdownExport::escapeLine_data()
{
    QTest::addColumn<QString>("line");
    for (const char *line : {"# pas un titre", "## deux", "> pas une citation", "- pas une liste", "+ non plus",
                             "* ni ceci", "1. pas numéroté", "12) non plus", "1.5 million", "---", "===",
                             "*gras* et _italique_", "`code`", "[lien](http://x)", "<b>html</b>", "a \\ b \\* c",
                             "| a | b |", "~~barré~~", "&amp; &copy; &#65;", "![img](x.png)", "    quatre espaces",
                             "\ttabulation", "titre #", "a_b_c", "<http://autolien>", "\\"})
        QTest::newRow(line) << QString::fromUtf8(line);
    QTest::newRow("arabic") << QStringLiteral("# نشر في <المصدر> يوم 03 - 03 - 2025");
    QTest::newRow("emoji") << QStringLiteral("*😀* _👶🏽_");
}

void TestMarkdownExport::escapeLine()
{
    QFETCH(QString, line);
    // Leading blanks are dropped on purpose (they would start a code block).
    QCOMPARE(renderedLine(line), line.trimmed());
}

QTEST_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
