// The one export job the window and glossa-cli share: every format over every kind of scope,
// the rule that a tag or verdict filter leaves out articles without a matching annotation,
// refusals that write nothing, and the PDF step handed to the caller's page writer.
#include "../storage/testlibrary.h"
#include "anchoring/textanchoring.h"
#include "export/exportjob.h"
#include "interchange/qdpxarchive.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/collectionstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace glossa;

Q_DECLARE_METATYPE(ExportFormat)
Q_DECLARE_METATYPE(ExportScopeKind)

class TestExportJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void writesEveryFormatForEveryScope_data();
    void writesEveryFormatForEveryScope();
    void filtersLeaveOutArticlesWithoutAMatch_data();
    void filtersLeaveOutArticlesWithoutAMatch();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void pdfGoesThroughThePageWriter();
    void briefSaysWhatItCovers_data();
    void briefSaysWhatItCovers();
    void formatsFollowThePageWriter();
    void bytesWithoutAPath();

private:
    ExportRequest request(ExportFormat format, ExportScopeKind scope) const;

    QTemporaryDir m_dir;
    Library m_library;
    QList<qint64> m_articles; // [0] two annotations (one a false claim tagged "budget"), [1] one, [2] none
    qint64 m_collection = 0;
    qint64 m_emptyCollection = 0;
};

void TestExportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("job.glossa")), &error), qPrintable(error));
    const QStringList titles = {QStringLiteral("Pont sur l'oued"), QStringLiteral("Sécheresse à Valmorane"),
                                QStringLiteral("Sans annotation")};
    for (int i = 0; i < titles.size(); ++i) {
        const ParsedDocument document = testing::makeDocument({testing::makePage(
            titles.at(i), QStringLiteral("Le Quotidien"), QDate(2024, 3, 1 + i),
            {QStringLiteral("Le budget annoncé atteint 480 millions de dirhams selon le ministère %1.").arg(i),
             QStringLiteral("Les élus locaux contestent ce chiffre depuis des semaines %1.").arg(i)})});
        const WriteResult written =
            ArticleWriter(m_library.database()).write(QStringLiteral("page-%1.txt").arg(i), titles.at(i).toUtf8(), document);
        QVERIFY2(written.ok(), qPrintable(written.error));
        m_articles << written.articleIds.first();
    }
    AnnotationStore annotations(m_library.database());
    const auto annotate = [&](qint64 articleId, int start, int end, const QStringList &tags, std::optional<Claim> claim) {
        const Article article = *ArticleStore(m_library.database()).article(articleId);
        Annotation annotation;
        annotation.articleId = articleId;
        annotation.anchor = TextAnchoring::makeAnchor(article.text, start, end);
        annotation.tags = tags;
        annotation.claim = claim;
        QVERIFY2(annotations.create(annotation), qPrintable(annotations.lastError()));
    };
    annotate(m_articles[0], 3, 20, {QStringLiteral("budget")},
             Claim{QStringLiteral("statistic"), QStringLiteral("false"), QStringLiteral("le ministère"), {}, {}, {}, {}});
    annotate(m_articles[0], 30, 50, {}, std::nullopt);
    annotate(m_articles[1], 3, 20, {},
             Claim{QStringLiteral("statistic"), QStringLiteral("disputed"), {}, {}, {}, {}, {}});
    CollectionStore collections(m_library.database());
    m_collection = collections.create(QStringLiteral("Dossier"));
    QVERIFY(collections.addArticles(m_collection, {m_articles[0], m_articles[2]}) >= 0);
    m_emptyCollection = collections.create(QStringLiteral("Vide"));
    QVERIFY(m_collection > 0 && m_emptyCollection > 0);
}

ExportRequest TestExportJob::request(ExportFormat format, ExportScopeKind scope) const
{
    ExportRequest request;
    request.format = format;
    request.scopeKind = scope;
    switch (scope) {
    case ExportScopeKind::CurrentArticle:
        request.articleIds = {m_articles[1]};
        break;
    case ExportScopeKind::SelectedArticles:
        request.articleIds = {m_articles[0], m_articles[2]};
        break;
    case ExportScopeKind::FilteredList:
        request.filter.source = QStringLiteral("Le Quotidien");
        break;
    case ExportScopeKind::Collection:
        request.collectionId = m_collection;
        break;
    case ExportScopeKind::WholeLibrary:
        break;
    }
    return request;
}

void TestExportJob::writesEveryFormatForEveryScope_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<ExportScopeKind>("scope");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("annotations");
    const QList<std::tuple<const char *, ExportScopeKind, int, int>> scopes = {
        {"current", ExportScopeKind::CurrentArticle, 1, 1},
        {"selected", ExportScopeKind::SelectedArticles, 2, 2}, // an article in scope is kept without annotations
        {"filtered", ExportScopeKind::FilteredList, 3, 3},
        {"collection", ExportScopeKind::Collection, 2, 2},
        {"library", ExportScopeKind::WholeLibrary, 2, 3}, // every article with an annotation
    };
    for (ExportFormat format : ExportJob::formats(false)) {
        for (const auto &[name, scope, articles, annotations] : scopes)
            QTest::addRow("%s-%s", qPrintable(ExportFormats::id(format)), name) << format << scope << articles << annotations;
    }
}

void TestExportJob::writesEveryFormatForEveryScope()
{
    QFETCH(ExportFormat, format);
    QFETCH(ExportScopeKind, scope);
    QFETCH(int, articles);
    QFETCH(int, annotations);
    ExportRequest asked = request(format, scope);
    asked.path = m_dir.filePath(QStringLiteral("out-%1").arg(ExportFormats::defaultFileName(format)));
    ExportOutcome outcome;
    QString error;
    QVERIFY2(ExportJob(m_library.database()).run(asked, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.articles, articles);
    QCOMPARE(outcome.annotations, annotations);
    QCOMPARE(outcome.path, asked.path);
    QVERIFY(outcome.bytes.isEmpty());
    QFile file(asked.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray written = file.readAll();
    QVERIFY(!written.isEmpty());
    if (format == ExportFormat::RefiQdaProject) {
        // A ZIP: the outlet is in its project.qde (tst_refiqdaexport reads the rest).
        QdpxArchive archive;
        QVERIFY2(archive.open(asked.path, &error) && archive.read(QStringLiteral("project.qde"), &written, &error),
                 qPrintable(error));
    }
    if (format == ExportFormat::RefiQdaCodebook) // the codes alone, whatever the scope
        QVERIFY(written.contains("urn:QDA-XML:codebook:1.0"));
    else if (format != ExportFormat::ClaimReview) // it names claims with a verdict only
        QVERIFY(written.contains(format == ExportFormat::W3cJson ? QByteArray("480 millions") : QByteArray("Le Quotidien")));
}

void TestExportJob::filtersLeaveOutArticlesWithoutAMatch_data()
{
    QTest::addColumn<ExportScopeKind>("scope");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("annotations");
    QTest::newRow("selected, tag") << ExportScopeKind::SelectedArticles << "BUDGET" << "" << 1 << 1;
    QTest::newRow("selected, verdict") << ExportScopeKind::SelectedArticles << "" << "false" << 1 << 1;
    QTest::newRow("filtered, verdict") << ExportScopeKind::FilteredList << "" << "disputed" << 1 << 1;
    QTest::newRow("collection, tag") << ExportScopeKind::Collection << "budget" << "" << 1 << 1;
    QTest::newRow("library, verdict") << ExportScopeKind::WholeLibrary << "" << "false" << 1 << 1;
    QTest::newRow("selected, no filter keeps all") << ExportScopeKind::SelectedArticles << "" << "" << 2 << 2;
}

void TestExportJob::filtersLeaveOutArticlesWithoutAMatch()
{
    QFETCH(ExportScopeKind, scope);
    QFETCH(QString, tag);
    QFETCH(QString, verdict);
    QFETCH(int, articles);
    QFETCH(int, annotations);
    ExportRequest asked = request(ExportFormat::Markdown, scope);
    asked.tag = tag;
    asked.verdict = verdict;
    ExportOutcome outcome;
    QString error;
    QVERIFY2(ExportJob(m_library.database()).run(asked, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.articles, articles);
    QCOMPARE(outcome.annotations, annotations);
    QCOMPARE(QString::fromUtf8(outcome.bytes).contains(QLatin1String("Sans annotation")), articles == 2);
}

void TestExportJob::refusalsWriteNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty collection") << 0 << "There is no article to export in this scope.";
    QTest::newRow("empty filtered list") << 1 << "There is no article to export in this scope.";
    QTest::newRow("filter matches nothing") << 2 << "Nothing to export";
    QTest::newRow("unwritable path") << 3 << "could not be saved, and no file was left in its place";
    QTest::newRow("pdf without a page writer") << 4 << "laid out on pages";
}

void TestExportJob::refusalsWriteNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    ExportRequest asked = request(ExportFormat::Csv, ExportScopeKind::WholeLibrary);
    asked.path = m_dir.filePath(QStringLiteral("refused-%1.csv").arg(kind));
    switch (kind) {
    case 0:
        asked.scopeKind = ExportScopeKind::Collection;
        asked.collectionId = m_emptyCollection;
        break;
    case 1:
        asked.scopeKind = ExportScopeKind::FilteredList;
        asked.filter.source = QStringLiteral("Personne");
        break;
    case 2:
        asked.verdict = QStringLiteral("supported");
        break;
    case 3:
        asked.path = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        break;
    case 4:
        asked.format = ExportFormat::PdfReport;
        asked.path = m_dir.filePath(QStringLiteral("refused.pdf"));
        break;
    }
    ExportOutcome outcome;
    QString error;
    QVERIFY(!ExportJob(m_library.database()).run(asked, &outcome, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(asked.path));
}

void TestExportJob::pdfGoesThroughThePageWriter()
{
    Brief laidOut;
    QString laidOutPath;
    const ExportJob job(m_library.database(), [&](const QString &path, const Brief &brief, QString *) {
        laidOutPath = path;
        laidOut = brief;
        return true;
    });
    ExportRequest asked = request(ExportFormat::PdfReport, ExportScopeKind::CurrentArticle);
    asked.path = m_dir.filePath(QStringLiteral("report.pdf"));
    ExportOutcome outcome;
    QString error;
    QVERIFY2(job.run(asked, &outcome, &error), qPrintable(error));
    QCOMPARE(laidOutPath, asked.path);
    QCOMPARE(laidOut.articles.size(), 1);
    QVERIFY2(laidOut.articles.first().article.title.contains(QLatin1String("Valmorane")),
             qPrintable(laidOut.articles.first().article.title));
    QCOMPARE(laidOut.header.scope, QStringLiteral("One article"));
    QVERIFY(laidOut.header.made.isValid());
    // A page writer that fails: its reason is said, and the job reports failure.
    const ExportJob failing(m_library.database(), [](const QString &, const Brief &, QString *reason) {
        *reason = QStringLiteral("disk full");
        return false;
    });
    QVERIFY(!failing.run(asked, &outcome, &error));
    QVERIFY2(error.contains(QLatin1String("disk full")), qPrintable(error));
}

void TestExportJob::briefSaysWhatItCovers_data()
{
    QTest::addColumn<ExportScopeKind>("scope");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("collection") << ExportScopeKind::Collection << QString()
                                << QStringList{"- **Scope:** Collection “Dossier”", "- **Articles published:** 2024-03-01 – 2024-03-03\n",
                                               "- **Made:** ", " by Nadia Benali\n",
                                               "| False | Statistic | 1 |", "| (no claim) | highlight | 1 |"};
    QTest::newRow("filtered, verdict") << ExportScopeKind::FilteredList << QStringLiteral("disputed")
                                       << QStringList{"- **Scope:** Filtered list: outlet Le Quotidien",
                                                      "- **Filters:** verdict disputed", "| Disputed | Statistic | 1 |"};
    QTest::newRow("library, newest first") << ExportScopeKind::WholeLibrary << QString()
                                           << QStringList{"- **Scope:** Whole library",
                                                          "- **Articles published:** 2024-03-01 – 2024-03-02",
                                                          "## Sécheresse à Valmorane\n\n- **Outlet:** Le Quotidien\n- **Published:** 2024-03-02"};
}

void TestExportJob::briefSaysWhatItCovers()
{
    QFETCH(ExportScopeKind, scope);
    QFETCH(QString, verdict);
    QFETCH(QStringList, expected);
    ExportRequest asked = request(ExportFormat::Markdown, scope);
    asked.verdict = verdict;
    asked.madeBy = QStringLiteral("Nadia Benali");
    ExportOutcome outcome;
    QString error;
    QVERIFY2(ExportJob(m_library.database()).run(asked, &outcome, &error), qPrintable(error));
    const QString brief = QString::fromUtf8(outcome.bytes);
    for (const QString &line : expected)
        QVERIFY2(brief.contains(line), qPrintable(QStringLiteral("missing [%1] in:\n%2").arg(line, brief)));
    // The summary comes before the first article; the newer article before the older one.
    const qsizetype summary = brief.indexOf(QStringLiteral("## Summary"));
    QVERIFY(summary > 0);
    QCOMPARE(brief.indexOf(QStringLiteral("\n## ")), summary - 1);
    if (brief.contains(QStringLiteral("## Sécheresse")) && brief.contains(QStringLiteral("## Pont")))
        QVERIFY(brief.indexOf(QStringLiteral("## Sécheresse")) < brief.indexOf(QStringLiteral("## Pont")));
}

void TestExportJob::formatsFollowThePageWriter()
{
    QVERIFY(!ExportJob::formats(false).contains(ExportFormat::PdfReport));
    QCOMPARE(ExportJob::formats(true), ExportFormats::all());
    for (ExportFormat format : ExportFormats::all())
        QCOMPARE(ExportFormats::fromId(ExportFormats::id(format).toUpper()), format);
    QVERIFY(!ExportFormats::fromId(QStringLiteral("docx")));
}

void TestExportJob::bytesWithoutAPath()
{
    ExportRequest asked = request(ExportFormat::ClaimReview, ExportScopeKind::WholeLibrary);
    asked.publisher.name = QStringLiteral("Desk Vérif");
    ExportOutcome outcome;
    QString error;
    QVERIFY2(ExportJob(m_library.database()).run(asked, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.path.isEmpty());
    QVERIFY(outcome.bytes.contains("Desk V\xc3\xa9rif"));
    // The empty export a script may ask for.
    asked.verdict = QStringLiteral("supported");
    asked.allowEmpty = true;
    QVERIFY2(ExportJob(m_library.database()).run(asked, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.articles, 0);
}

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
