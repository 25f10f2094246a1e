// The Markdown brief as other tools render it: cmark (CommonMark) and cmark-gfm (GitHub's
// dialect, with its extensions), each with and without --unsafe. Whatever the notes and quotes
// hold, no element or attribute comes from them (no link, image, raw HTML, autolink) and each
// comes back as its text.
#include "export/briefbuilder.h"
#include "export/markdownexporter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace glossa;

namespace {

// What an analyst might paste into a note or find in an article.
const QStringList &hostile()
{
    static const QStringList lines{
        QStringLiteral("ref http://a.example/x<img src=x onerror=alert(1)>"),
        QStringLiteral("ref http://a.example/x\\<img src=x onerror=alert(1)>"),
        QStringLiteral("https://example.org/rapport_final?id=1&x=2 et ftp://files.example/a"),
        QStringLiteral("HTTPS://UPPER.EXAMPLE/PATH"),
        QStringLiteral("voir www.example.com/path ou Www.Example.org"),
        QStringLiteral("écrire à someone@example.org ou mailto:x@y.example ou xmpp:foo@bar.example"),
        QStringLiteral("<script>alert(1)</script> <b onclick=x>gras</b> <!-- comment -->"),
        QStringLiteral("[lien](javascript:alert(1)) ![img](http://x.example/y.png) [ref]: http://r.example"),
        QStringLiteral("<http://autolink.example> <mailto:a@b.example>"),
        QStringLiteral("&lt;b&gt; &#60;i&#62; &amp; &copy;"),
        QStringLiteral("`code` **gras** _italique_ ~~barré~~ ~barré~"),
        QStringLiteral("| a | b |"),
        QStringLiteral("| --- | --- |"),
        QStringLiteral("[^1] et [^1]: une note"),
        QStringLiteral("- [ ] une tâche"),
        QStringLiteral("    code indenté"),
        QStringLiteral("```"),
        QStringLiteral("# titre ## ### et 1. liste 2) autre"),
        QStringLiteral("> citation >> encore"),
        QStringLiteral("انظر https://example.org/مقال و www.example.ma"),
        QStringLiteral("un \\ antislash \\* et \\<img src=x>"),
        QStringLiteral("=A1 & www.x.example@y.example"),
    };
    return lines;
}

ExportedArticle hostileArticle()
{
    ExportedArticle exported;
    Article &article = exported.article;
    article.id = 7;
    article.title = QStringLiteral("Titre http://t.example/<img src=x> & www.t.example");
    article.source = QStringLiteral("<i>Le Courrier</i> www.source.example");
    article.published = QDate(2025, 3, 5);
    article.url = QStringLiteral("https://news.example/article?id=1<x>");
    article.note = hostile().join(QLatin1Char('\n'));
    article.tags = {QStringLiteral("<b>tag</b>"), QStringLiteral("www.tag.example")};
    for (int i = 0; i < hostile().size(); ++i) {
        if (!article.text.isEmpty())
            article.text += QLatin1Char('\n');
        const int start = int(article.text.size());
        article.text += hostile().at(i);
        article.blocks.append({Block::Kind::Paragraph, start, int(article.text.size())});
        Annotation annotation;
        annotation.id = i + 1;
        // Part of the line, so the mark's bold and the autolink breaks meet.
        annotation.anchor.start = start + 4;
        annotation.anchor.end = int(article.text.size()) - 2;
        annotation.anchor.exact = article.text.mid(annotation.anchor.start, annotation.anchor.end - annotation.anchor.start);
        annotation.note = hostile().at(hostile().size() - 1 - i);
        annotation.tags = {hostile().at(i)};
        if (i % 2 == 0) {
            annotation.claim = Claim();
            annotation.claim->claimant = hostile().at(i);
            annotation.claim->evidence = hostile().at(i) + QStringLiteral("\nhttps://evidence.example/") + QString::number(i);
        }
        exported.annotations.append(annotation);
    }
    return exported;
}

struct Rendering
{
    QString html;
    QString error;
};

Rendering render(const QString &program, const QStringList &args, const QByteArray &markdown)
{
    QProcess process;
    process.start(program, args);
    Rendering rendering;
    if (!process.waitForStarted(10000)) {
        rendering.error = QStringLiteral("%1 did not start: scripts/setup.sh installs it").arg(program);
        return rendering;
    }
    process.write(markdown);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        rendering.error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()));
    rendering.html = QString::fromUtf8(process.readAllStandardOutput());
    return rendering;
}

QString textOf(const QString &html)
{
    static const QRegularExpression blocks(QStringLiteral("</?(p|li|ul|ol|h[1-6]|blockquote|br|table|thead|tbody|tr|th|td)\\b[^>]*>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(blocks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

class TestMarkdownRenderers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingBecomesMarkup_data();
    void nothingBecomesMarkup();

private:
    QByteArray m_markdown;
};

void TestMarkdownRenderers::initTestCase()
{
    BriefHeader header;
    header.title = QStringLiteral("Brief www.title.example <img src=x>");
    header.scope = QStringLiteral("Collection “http://c.example/<b>”");
    header.madeBy = QStringLiteral("Nadia <b>Benali</b> nadia@desk.example");
    header.made = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
    m_markdown = MarkdownExporter().write(BriefBuilder::build({hostileArticle()}, header));
}

void TestMarkdownRenderers::nothingBecomesMarkup_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    const QStringList gfm{QStringLiteral("-e"), QStringLiteral("autolink"), QStringLiteral("-e"), QStringLiteral("table"),
                          QStringLiteral("-e"), QStringLiteral("strikethrough"), QStringLiteral("-e"), QStringLiteral("tagfilter"),
                          QStringLiteral("-e"), QStringLiteral("tasklist"), QStringLiteral("-e"), QStringLiteral("footnotes")};
    QTest::newRow("cmark") << QStringLiteral("cmark") << QStringList();
    QTest::newRow("cmark --unsafe") << QStringLiteral("cmark") << QStringList{QStringLiteral("--unsafe")};
    QTest::newRow("cmark-gfm") << QStringLiteral("cmark-gfm") << gfm;
    QTest::newRow("cmark-gfm --unsafe") << QStringLiteral("cmark-gfm") << gfm + QStringList{QStringLiteral("--unsafe")};
}

void TestMarkdownRenderers::nothingBecomesMarkup()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    const Rendering rendering = render(program, args, m_markdown);
    QVERIFY2(rendering.error.isEmpty(), qPrintable(rendering.error));
    const QString &html = rendering.html;

    // Only the brief's own structure: these elements, and no attribute but a table column's
    // alignment. Raw HTML, even dropped by a safe renderer, would leave a comment.
    static const QSet<QString> allowed{"h1", "h2", "h3", "p", "ul", "li", "strong", "blockquote", "code", "br",
                                       "table", "thead", "tbody", "tr", "th", "td"};
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z0-9]+)([^>]*)>"));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(2).toLower();
        QVERIFY2(allowed.contains(name), qPrintable(QStringLiteral("<%1> in the rendering: %2").arg(name, match.captured())));
        const QString attributes = match.captured(3).trimmed().remove(QLatin1Char('/')).trimmed();
        QVERIFY2(attributes.isEmpty() || attributes == QLatin1String("align=\"right\""),
                 qPrintable(QStringLiteral("an attribute in the rendering: %1").arg(match.captured())));
    }
    QVERIFY2(!html.contains(QLatin1String("<!--")), "raw HTML was recognised");

    // Every quote and note comes back as its text.
    const QString text = textOf(html).simplified();
    for (const QString &line : hostile()) {
        const QString expected = line.simplified();
        QVERIFY2(text.count(expected) >= 2, // in the article's text and in a note
                 qPrintable(QStringLiteral("not back as text: %1\n--- %2").arg(expected, program)));
    }
    QVERIFY(text.contains(QStringLiteral("https://news.example/article?id=1<x>")));
    QVERIFY(text.contains(QStringLiteral("Nadia <b>Benali</b> nadia@desk.example")));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderers)
#include "tst_markdownrenderers.moc"
