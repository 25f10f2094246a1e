// Golden files for every format, the export scope and ExportFile. Regenerate the goldens with
//   GLOSSA_UPDATE_GOLDENS=1 ctest --test-dir BUILD -R tst_export_formats
// then review `git diff tests/data/export/` before committing.
#include "exportfixture.h"

#include "export/claimreviewexporter.h"
#include "export/csvexporter.h"
#include "export/exportfile.h"
#include "export/htmlreportexporter.h"
#include "export/markdownexporter.h"
#include "interchange/w3cannotationexporter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace glossa;
using namespace glossa::testing;

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goldens_data();
    void goldens();
    void deterministic();
    void scope_data();
    void scope();
    void unknownArticleRefused();
    void emptyLibrary();
    void saveFileAtomically();

private:
    ExportFixture m_fixture;
    QList<ExportedArticle> m_articles;
};

QByteArray render(const QString &format, const QList<ExportedArticle> &articles)
{
    if (format == "markdown")
        return MarkdownExporter().write(articles);
    if (format == "csv")
        return CsvExporter().write(articles);
    if (format == "json")
        return W3cAnnotationExporter().write(articles);
    if (format == "html")
        return HtmlReportExporter().write(articles);
    ClaimReviewExporter exporter;
    exporter.setPublisher({QStringLiteral("Desk « Vérif » <script>"), {}, {}, {}});
    return exporter.write(articles);
}

void TestExportFormats::initTestCase()
{
    QVERIFY(m_fixture.build());
    m_articles = m_fixture.load();
    QCOMPARE(m_articles.size(), 3);
}

void TestExportFormats::goldens_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("markdown") << "markdown" << "brief.md";
    QTest::newRow("csv") << "csv" << "annotations.csv";
    QTest::newRow("json") << "json" << "annotations.jsonld";
    QTest::newRow("html") << "html" << "report.html";
    QTest::newRow("claimreview") << "claimreview" << "claimreview.jsonld";
}

void TestExportFormats::goldens()
{
    QFETCH(QString, format);
    QFETCH(QString, golden);
    QString message;
    QVERIFY2(matchesGolden(render(format, m_articles), golden, &message), qPrintable(message));
}

void TestExportFormats::deterministic()
{
    for (const char *format : {"markdown", "csv", "json", "html", "claimreview"})
        QCOMPARE(render(format, m_articles), render(format, m_fixture.load()));
}

void TestExportFormats::scope_data()
{
    QTest::addColumn<QList<int>>("articles"); // fixture article indexes
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QList<int>>("expectedArticles");
    QTest::addColumn<int>("expectedAnnotations");
    QTest::newRow("everything, undated last") << QList<int>{} << "" << "" << QList<int>{0, 1, 2} << 7;
    QTest::newRow("one article") << QList<int>{1} << "" << "" << QList<int>{1} << 2;
    QTest::newRow("chosen order") << QList<int>{2, 0} << "" << "" << QList<int>{2, 0} << 5;
    QTest::newRow("annotation tag, any case") << QList<int>{} << "BUDGET" << "" << QList<int>{0} << 1;
    QTest::newRow("arabic tag") << QList<int>{} << "صحة" << "" << QList<int>{1} << 1;
    QTest::newRow("article tag keeps all") << QList<int>{} << "pont" << "" << QList<int>{0} << 5;
    QTest::newRow("verdict") << QList<int>{} << "" << "false" << QList<int>{0} << 1;
    QTest::newRow("verdict and tag") << QList<int>{} << "citation" << "misleading" << QList<int>{0} << 1;
    QTest::newRow("nothing matches") << QList<int>{} << "absent" << "" << QList<int>{} << 0;
    QTest::newRow("listed article kept empty") << QList<int>{2} << "budget" << "" << QList<int>{2} << 0;
}

void TestExportFormats::scope()
{
    QFETCH(QList<int>, articles);
    QFETCH(QString, tag);
    QFETCH(QString, verdict);
    QFETCH(QList<int>, expectedArticles);
    QFETCH(int, expectedAnnotations);
    ExportScope scope;
    for (int index : articles)
        scope.articleIds << m_fixture.articleIds().at(index);
    scope.tag = tag;
    scope.verdict = verdict;
    const QList<ExportedArticle> loaded = m_fixture.load(scope);
    QList<qint64> ids;
    int annotations = 0;
    for (const ExportedArticle &exported : loaded) {
        ids << exported.article.id;
        annotations += int(exported.annotations.size());
    }
    QList<qint64> expectedIds;
    for (int index : expectedArticles)
        expectedIds << m_fixture.articleIds().at(index);
    QCOMPARE(ids, expectedIds);
    QCOMPARE(annotations, expectedAnnotations);
}

void TestExportFormats::unknownArticleRefused()
{
    ExportScope scope;
    scope.articleIds = {m_fixture.articleIds().first(), 999};
    QList<ExportedArticle> articles;
    ExportSource source(m_fixture.database());
    QVERIFY(!source.load(scope, &articles));
    QVERIFY2(source.lastError().contains("999"), qPrintable(source.lastError()));
}

void TestExportFormats::emptyLibrary()
{
    ExportFixture empty;
    QVERIFY(empty.build(false));
    const QList<ExportedArticle> articles = empty.load();
    QCOMPARE(articles.size(), 2); // the two articles with a note
    for (const char *format : {"markdown", "csv", "json", "html", "claimreview"})
        QVERIFY(!render(format, articles).isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(render("json", articles)).object();
    QCOMPARE(json["total"].toInt(), 0);
    QVERIFY(!json.contains("first"));
}

void TestExportFormats::saveFileAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("brief.md");
    QString error;
    QVERIFY2(ExportFile::save(path, "first", &error), qPrintable(error));
    QVERIFY2(ExportFile::save(path, "second", &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"brief.md"});
    QVERIFY(!ExportFile::save(dir.filePath("missing/folder/brief.md"), "x", &error));
    QVERIFY(error.contains("missing/folder"));
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
