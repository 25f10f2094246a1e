// The desktop side of exporting: the export dialog driven for every format and scope, the PDF
// report, failures that leave no file, merging a W3C annotation file with its summary, and
// "Copy as Citation" on the clipboard.
#include "screenshotlook.h"
#include "annotationimport/annotationimportcontroller.h"
#include "annotationimport/annotationimportsummarydialog.h"
#include "annotations/annotationsidebar.h"
#include "export/citation.h"
#include "export/citationcopier.h"
#include "export/exportcontroller.h"
#include "annotations/annotationdialog.h"
#include "export/claimreviewoptions.h"
#include "shell/apptheme.h"
#include "export/exportdialog.h"
#include "export/exportdonebar.h"
#include "export/exportformat.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "headlines/readingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "readertestsupport.h"
#include "shell/apptheme.h"
#include "workspace.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace glossa;

// Stands in for the desktop: QDesktopServices hands it the file: URLs it would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

namespace {

ParsedPage page(const QString &title, const QString &source, const QDate &published, const QStringList &paragraphs)
{
    ParsedPage parsed;
    parsed.title = title;
    parsed.source = source;
    parsed.published = published;
    parsed.language = QStringLiteral("fr");
    parsed.url = QStringLiteral("https://example.org/%1").arg(title.size());
    parsed.profile = QStringLiteral("test");
    for (const QString &text : paragraphs) {
        ParsedBlock block;
        block.text = text;
        parsed.blocks << block;
    }
    return parsed;
}

// Files written by a test run go there too when GLOSSA_SCREENSHOT_DIR is set, to be looked at.
QString screenshotDir()
{
    return qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR");
}

int pdfPageCount(const QByteArray &pdf)
{
    // Every page object says "/Type /Page" (the page tree says "/Pages").
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(pageObject));
}

} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void scopesAndFilters();
    void filtersLeaveOutArticlesWithoutAMatch_data();
    void filtersLeaveOutArticlesWithoutAMatch();
    void unavailableScopesAreDisabled();
    void formatChangeFollowsSuffix();
    void nothingInScopeIsAnError();
    void missingFolderLeavesNoFile();
    void readOnlyFolderLeavesNoFile();
    void neverOverTheLibrary_data();
    void neverOverTheLibrary();
    void rememberedFolder();
    void rememberedScope();
    void rememberedScopeFallsBackWhenGone();
    void importAnnotationsShowsSummary();
    void importRefusedFileShowsReason();
    void citationText();
    void copyAsCitationPutsTextOnClipboard();
    void mainWindowExportsToStatusBar();
    void doneBarScreenshots_data();
    void doneBarScreenshots();
    void claimReviewPublisherIsSetAndRemembered();
    void claimReviewBadTemplateKeepsTheDialogOpen();
    void claimReviewScreenshots_data();
    void claimReviewScreenshots();

private:
    ExportContext contextFor(qint64 current, const QList<qint64> &selected = {}) const;
    QByteArray readFile(const QString &path) const;
    int csvRows(const QString &path) const;
    qint64 annotate(qint64 articleId, const QString &exact, const QString &verdict = QString(),
                    const QStringList &tags = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_port = 0;    // two annotations: a claim judged false (tag "port"), a plain highlight
    qint64 m_drought = 0; // one claim, unverified (tag "eau")
    qint64 m_empty = 0;   // no annotation
    qint64 m_portClaim = 0;
};

void TestExportUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export_ui"));
}

void TestExportUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_dir->filePath(QStringLiteral("lib.glossa")), &error), qPrintable(error));
    Library &library = m_workspace->library();
    m_port = testsupport::storePage(
        library,
        page(QStringLiteral("Le terminal de Port-Sablon"), QStringLiteral("La Gazette"), QDate(2024, 2, 3),
             {QStringLiteral("Le port a traité 12 millions de tonnes en 2023, un record selon la direction."),
              QStringLiteral("Les dockers contestent ces chiffres.")}),
        QStringLiteral("port.txt"));
    m_drought = testsupport::storePage(
        library,
        page(QStringLiteral("Sécheresse à Valmorane"), QStringLiteral("Le Courrier"), QDate(2024, 5, 17),
             {QStringLiteral("Les nappes sont à leur plus bas niveau depuis 1976.")}),
        QStringLiteral("drought.txt"));
    m_empty = testsupport::storePage(
        library,
        page(QStringLiteral("Dessalement à Rimal"), QStringLiteral("Le Courrier"), QDate(2024, 6, 1),
             {QStringLiteral("Une usine de dessalement ouvrira en 2026.")}),
        QStringLiteral("rimal.txt"));
    m_portClaim = annotate(m_port, QStringLiteral("12 millions de tonnes en 2023"), QStringLiteral("false"),
                           {QStringLiteral("port")});
    QVERIFY(m_portClaim);
    QVERIFY(annotate(m_port, QStringLiteral("Les dockers contestent")));
    QVERIFY(annotate(m_drought, QStringLiteral("plus bas niveau depuis 1976"), QStringLiteral("unverified"),
                     {QStringLiteral("eau")}));
}

void TestExportUi::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    }
    QCoreApplication::processEvents();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestExportUi::annotate(qint64 articleId, const QString &exact, const QString &verdict, const QStringList &tags)
{
    const std::optional<Article> article = m_workspace->articles().article(articleId);
    if (!article)
        return 0;
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.anchor.start = int(article->text.indexOf(exact));
    annotation.anchor.end = annotation.anchor.start + int(exact.size());
    annotation.anchor.exact = exact;
    annotation.tags = tags;
    annotation.note = QStringLiteral("à vérifier, « source » = direction");
    if (!verdict.isEmpty()) {
        Claim claim;
        claim.verdict = verdict;
        claim.claimant = QStringLiteral("La direction du port");
        annotation.claim = claim;
    }
    AnnotationStore store = m_workspace->annotations();
    if (!store.create(annotation)) {
        qWarning() << store.lastError();
        return 0;
    }
    return annotation.id;
}

ExportContext TestExportUi::contextFor(qint64 current, const QList<qint64> &selected) const
{
    ExportContext context;
    context.currentArticleId = current;
    context.currentArticleTitle = current ? m_workspace->articles().article(current)->title : QString();
    context.selectedArticleIds = selected;
    context.filteredCount = m_workspace->finder().count(context.filter);
    return context;
}

QByteArray TestExportUi::readFile(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int TestExportUi::csvRows(const QString &path) const
{
    // The test data has no line break inside a cell: each CRLF is one record; minus the header.
    const QByteArray bytes = readFile(path);
    return int(bytes.count("\r\n")) - 1;
}

void TestExportUi::exportsEveryFormat_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat format : ExportFormats::all())
        QTest::newRow(qPrintable(ExportFormats::suffix(format) + QLatin1Char('-')
                                 + ExportFormats::defaultFileName(format)))
            << format;
}

void TestExportUi::exportsEveryFormat()
{
    QFETCH(ExportFormat, format);
    ExportDialog dialog(m_workspace.get(), contextFor(m_port, {m_port, m_drought}));
    dialog.setFormat(format);
    QVERIFY(dialog.setScope(ExportScopeKind::WholeLibrary));
    const QString path = m_dir->filePath(ExportFormats::defaultFileName(format));
    dialog.setOutputPath(path);
    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.outcome().path, path);
    QCOMPARE(dialog.outcome().articles, 2); // the article without annotations is not in the library scope
    QCOMPARE(dialog.outcome().annotations, 3);

    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.new"), QStringLiteral("*~")}, QDir::Files).isEmpty());
    switch (format) {
    case ExportFormat::Markdown:
        QVERIFY(bytes.contains("Le terminal de Port-Sablon"));
        QVERIFY(bytes.contains("plus bas niveau depuis 1976"));
        break;
    case ExportFormat::Csv:
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csvRows(path), 3);
        break;
    case ExportFormat::W3cJson: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(document.object().value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(document.object().value(QStringLiteral("total")).toInt(), 3);
        break;
    }
    case ExportFormat::HtmlReport:
        QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        QVERIFY(bytes.contains("Les dockers contestent"));
        break;
    case ExportFormat::PdfReport: {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(pdfPageCount(bytes) >= 1);
        if (!screenshotDir().isEmpty()) {
            QFile::remove(screenshotDir() + QStringLiteral("/report.pdf"));
            QFile::copy(path, screenshotDir() + QStringLiteral("/report.pdf"));
        }
        break;
    }
    case ExportFormat::ClaimReview: {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        QVERIFY(document.isObject());
        // Only the claim with a verdict other than "unverified" is a review.
        QCOMPARE(document.object().value(QStringLiteral("@graph")).toArray().size(), 1);
        break;
    }
    case ExportFormat::RefiQdaProject:
        QVERIFY(bytes.startsWith("PK\x03\x04")); // a ZIP; its contents are tst_refiqdaexport's
        break;
    case ExportFormat::RefiQdaCodebook:
        QVERIFY(bytes.contains("urn:QDA-XML:codebook:1.0"));
        QVERIFY(bytes.contains("name=\"false\""));
        break;
    }
}

void TestExportUi::scopesAndFilters()
{
    const QString path = m_dir->filePath(QStringLiteral("scope.csv"));
    const auto exportCsv = [&](ExportScopeKind scope, const ExportContext &context, const QString &tag,
                               const QString &verdict) -> int {
        ExportDialog dialog(m_workspace.get(), context);
        dialog.setFormat(ExportFormat::Csv);
        if (!dialog.setScope(scope))
            return -100;
        dialog.setTagFilter(tag);
        dialog.setVerdictFilter(verdict);
        dialog.setOutputPath(path);
        QFile::remove(path);
        dialog.accept();
        if (dialog.result() != QDialog::Accepted)
            return -1;
        return csvRows(path);
    };
    // The open article only.
    QCOMPARE(exportCsv(ExportScopeKind::CurrentArticle, contextFor(m_port), QString(), QString()), 2);
    QCOMPARE(exportCsv(ExportScopeKind::CurrentArticle, contextFor(m_drought), QString(), QString()), 1);
    // The selection.
    QCOMPARE(exportCsv(ExportScopeKind::SelectedArticles, contextFor(0, {m_port, m_drought}), QString(), QString()), 3);
    // The filtered list: every article the filter matches, not only a loaded page.
    ExportContext filtered = contextFor(0);
    filtered.filter.source = QStringLiteral("Le Courrier");
    filtered.filteredCount = m_workspace->finder().count(filtered.filter);
    QCOMPARE(filtered.filteredCount, 2);
    QCOMPARE(exportCsv(ExportScopeKind::FilteredList, filtered, QString(), QString()), 1);
    // Filters by tag (case-insensitive, as the store has it) and by verdict.
    QCOMPARE(exportCsv(ExportScopeKind::WholeLibrary, contextFor(0), QStringLiteral("port"), QString()), 1);
    QCOMPARE(exportCsv(ExportScopeKind::WholeLibrary, contextFor(0), QStringLiteral("eau"), QString()), 1);
    QCOMPARE(exportCsv(ExportScopeKind::WholeLibrary, contextFor(0), QString(), QStringLiteral("false")), 1);
    QVERIFY(readFile(path).contains("12 millions de tonnes"));
    QCOMPARE(exportCsv(ExportScopeKind::WholeLibrary, contextFor(0), QString(), QString()), 3);
}

// The rule ExportJob decides for the window and glossa-cli alike (tst_cli_export checks the
// same): with a tag or verdict filter, a selected article without a matching annotation is
// left out of the brief.
void TestExportUi::filtersLeaveOutArticlesWithoutAMatch_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("droughtListed");
    QTest::newRow("tag") << "port" << "" << false;
    QTest::newRow("verdict") << "" << "false" << false;
    QTest::newRow("no filter") << "" << "" << true;
}

void TestExportUi::filtersLeaveOutArticlesWithoutAMatch()
{
    QFETCH(QString, tag);
    QFETCH(QString, verdict);
    QFETCH(bool, droughtListed);
    const QString path = m_dir->filePath(QStringLiteral("filtered.md"));
    QFile::remove(path);
    ExportDialog dialog(m_workspace.get(), contextFor(0, {m_port, m_drought}));
    dialog.setFormat(ExportFormat::Markdown);
    QVERIFY(dialog.setScope(ExportScopeKind::SelectedArticles));
    dialog.setTagFilter(tag);
    dialog.setVerdictFilter(verdict);
    dialog.setOutputPath(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString brief = QString::fromUtf8(readFile(path));
    QVERIFY(brief.contains(m_workspace->articles().article(m_port)->title));
    QCOMPARE(brief.contains(m_workspace->articles().article(m_drought)->title), droughtListed);
}

void TestExportUi::unavailableScopesAreDisabled()
{
    ExportContext context = contextFor(0);
    context.filteredCount = 0;
    ExportDialog dialog(m_workspace.get(), context);
    QVERIFY(!dialog.isScopeAvailable(ExportScopeKind::CurrentArticle));
    QVERIFY(!dialog.isScopeAvailable(ExportScopeKind::SelectedArticles));
    QVERIFY(!dialog.isScopeAvailable(ExportScopeKind::FilteredList));
    QVERIFY(dialog.isScopeAvailable(ExportScopeKind::WholeLibrary));
    QCOMPARE(dialog.scope(), ExportScopeKind::WholeLibrary);
    QVERIFY(!dialog.setScope(ExportScopeKind::CurrentArticle));

    // With an open article, that is what the dialog proposes first.
    ExportDialog withArticle(m_workspace.get(), contextFor(m_port, {m_port}));
    QCOMPARE(withArticle.scope(), ExportScopeKind::CurrentArticle);
}

void TestExportUi::formatChangeFollowsSuffix()
{
    ExportDialog dialog(m_workspace.get(), contextFor(m_port));
    dialog.setFormat(ExportFormat::Markdown);
    dialog.setOutputPath(m_dir->filePath(QStringLiteral("brief.md")));
    dialog.setFormat(ExportFormat::PdfReport);
    QCOMPARE(QFileInfo(dialog.outputPath()).fileName(), QStringLiteral("brief.pdf"));
    dialog.setOutputPath(m_dir->filePath(ExportFormats::defaultFileName(ExportFormat::PdfReport)));
    dialog.setFormat(ExportFormat::ClaimReview);
    QCOMPARE(QFileInfo(dialog.outputPath()).fileName(), ExportFormats::defaultFileName(ExportFormat::ClaimReview));
    // A name typed without a suffix gets the format's.
    dialog.setFormat(ExportFormat::Csv);
    dialog.setOutputPath(m_dir->filePath(QStringLiteral("sheet")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("sheet.csv"))));
}

void TestExportUi::nothingInScopeIsAnError()
{
    const QString path = m_dir->filePath(QStringLiteral("none.md"));
    ExportDialog dialog(m_workspace.get(), contextFor(m_empty));
    dialog.setFormat(ExportFormat::Markdown);
    QVERIFY(dialog.setScope(ExportScopeKind::CurrentArticle));
    dialog.setVerdictFilter(QStringLiteral("supported"));
    dialog.setOutputPath(path);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestExportUi::missingFolderLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/report.pdf"));
    ExportDialog dialog(m_workspace.get(), contextFor(m_port));
    dialog.setFormat(ExportFormat::PdfReport);
    dialog.setOutputPath(path);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.errorText().contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(path));
}

void TestExportUi::readOnlyFolderLeavesNoFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner); });
    {
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("the folder stays writable (running as root: permissions do not stop writes)");
        }
    }
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::PdfReport}) {
        const QString path = folder + QLatin1Char('/') + ExportFormats::defaultFileName(format);
        ExportDialog dialog(m_workspace.get(), contextFor(m_port));
        dialog.setFormat(format);
        dialog.setOutputPath(path);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

void TestExportUi::neverOverTheLibrary_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("suffix"); // after the library's own path
    QTest::newRow("csv over the library") << ExportFormat::Csv << QString();
    QTest::newRow("markdown over its log") << ExportFormat::Markdown << QStringLiteral("-wal");
    QTest::newRow("pdf over the library") << ExportFormat::PdfReport << QString();
    QTest::newRow("html over its shared memory") << ExportFormat::HtmlReport << QStringLiteral("-shm");
}

// The window's export dialog writes through the same guard as glossa-cli: the library it has
// open, its log and shared memory are never replaced by a report.
void TestExportUi::neverOverTheLibrary()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, suffix);
    const QString library = m_workspace->libraryPath();
    const QString path = library + suffix;
    const qint64 annotations = m_workspace->annotations().annotationsForArticle(m_port).size();
    ExportDialog dialog(m_workspace.get(), contextFor(m_port));
    dialog.setFormat(format);
    dialog.setOutputPath(path);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("choose another file")), qPrintable(dialog.errorText()));
    // The library is whole, from this connection and from a fresh one.
    QCOMPARE(m_workspace->annotations().annotationsForArticle(m_port).size(), annotations);
    Library reopened;
    QString error;
    QVERIFY2(reopened.open(library, &error), qPrintable(error));
    QCOMPARE(AnnotationStore(reopened.database()).annotationsForArticle(m_port).size(), annotations);
}

void TestExportUi::rememberedFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("briefs"));
    QVERIFY(QDir().mkpath(folder));
    {
        ExportDialog dialog(m_workspace.get(), contextFor(m_port));
        dialog.setFormat(ExportFormat::HtmlReport);
        dialog.setOutputPath(folder + QStringLiteral("/a.html"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportDialog next(m_workspace.get(), contextFor(m_port));
    QCOMPARE(QFileInfo(next.outputPath()).absolutePath(), QFileInfo(folder).absoluteFilePath());
}

void TestExportUi::rememberedScope()
{
    CollectionStore collections = m_workspace->collections();
    const qint64 ports = collections.create(QStringLiteral("Ports"));
    QVERIFY(ports);
    QCOMPARE(collections.addArticles(ports, {m_port, m_drought}), 2);
    {
        ExportDialog dialog(m_workspace.get(), contextFor(m_port));
        QCOMPARE(dialog.scope(), ExportScopeKind::CurrentArticle); // nothing remembered: the narrowest
        dialog.setFormat(ExportFormat::Csv);
        QVERIFY(dialog.setCollection(ports));
        QVERIFY(dialog.setScope(ExportScopeKind::Collection));
        dialog.setTagFilter(QStringLiteral("port"));
        dialog.setVerdictFilter(QStringLiteral("false"));
        dialog.setOutputPath(m_dir->filePath(QStringLiteral("ports.csv")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // The next dialog, on another article, opens on the same choices.
    ExportDialog next(m_workspace.get(), contextFor(m_drought));
    QCOMPARE(next.format(), ExportFormat::Csv);
    QCOMPARE(next.scope(), ExportScopeKind::Collection);
    QCOMPARE(next.collection(), ports);
    const ExportRequest request = next.request();
    QCOMPARE(request.tag, QStringLiteral("port"));
    QCOMPARE(request.verdict, QStringLiteral("false"));
    QCOMPARE(QFileInfo(next.outputPath()).fileName(), ExportFormats::defaultFileName(ExportFormat::Csv));
}

void TestExportUi::rememberedScopeFallsBackWhenGone()
{
    {
        ExportDialog dialog(m_workspace.get(), contextFor(m_port, {m_port, m_drought}));
        QVERIFY(dialog.setScope(ExportScopeKind::SelectedArticles));
        dialog.setOutputPath(m_dir->filePath(QStringLiteral("two.md")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // Nothing selected now: the remembered scope cannot be had, the narrowest one is offered.
    ExportDialog next(m_workspace.get(), contextFor(m_port));
    QCOMPARE(next.scope(), ExportScopeKind::CurrentArticle);
    // A remembered tag the library no longer has reads as "any tag".
    QSettings().setValue(QStringLiteral("export/last/tag"), QStringLiteral("disparu"));
    ExportDialog third(m_workspace.get(), contextFor(m_port));
    QCOMPARE(third.request().tag, QString());
}

void TestExportUi::importAnnotationsShowsSummary()
{
    // Export the library's annotations, remove one, then merge the file back.
    const QString path = m_dir->filePath(QStringLiteral("annotations.json"));
    {
        ExportDialog dialog(m_workspace.get(), contextFor(0));
        dialog.setFormat(ExportFormat::W3cJson);
        dialog.setScope(ExportScopeKind::WholeLibrary);
        dialog.setOutputPath(path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(m_workspace->annotations().remove(m_portClaim));

    QWidget window;
    AnnotationImportController controller(m_workspace.get(), nullptr, &window);
    QSignalSpy contentChanged(m_workspace.get(), &Workspace::contentChanged);
    QSignalSpy annotationsChanged(m_workspace.get(), &Workspace::annotationsChanged);
    const AnnotationImportReport report = controller.importFile(path);
    QCOMPARE(report.read, 3);
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.duplicates, 2);
    QCOMPARE(report.missingArticle, 0);
    QCOMPARE(m_workspace->annotations().annotationsForArticle(m_port).size(), 2);
    QCOMPARE(contentChanged.count(), 1);
    QCOMPARE(annotationsChanged.count(), 1);

    AnnotationImportSummaryDialog *summary = controller.summaryDialog();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QVERIFY(summary->summaryText().contains(QStringLiteral("1 annotation")));
    QVERIFY(summary->summaryText().contains(QStringLiteral("annotations.json")));
    const QLabel *counts = summary->findChild<QLabel *>(QStringLiteral("summaryCounts"));
    QVERIFY(counts);
    QVERIFY(counts->text().contains(QStringLiteral("Duplicates skipped")));
    const QLabel *undoNote = summary->findChild<QLabel *>(QStringLiteral("undoNote"));
    QVERIFY(undoNote && undoNote->text().contains(QStringLiteral("not an undoable edit")));
    QVERIFY(m_workspace->undoStack()->count() == 0);

    // Again: everything is a duplicate, nothing changes, no refresh needed.
    const AnnotationImportReport again = controller.importFile(path);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 3);
    QCOMPARE(contentChanged.count(), 1);
}

void TestExportUi::importRefusedFileShowsReason()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\": \"AnnotationCollection\", \"first\": ");
    file.close();
    QWidget window;
    AnnotationImportController controller(m_workspace.get(), nullptr, &window);
    const AnnotationImportReport report = controller.importFile(path);
    QCOMPARE(report.imported, 0);
    QVERIFY(!report.fileError.isEmpty());
    QVERIFY(controller.summaryDialog());
    QVERIFY(controller.summaryDialog()->summaryText().startsWith(QStringLiteral("Nothing was imported")));
}

void TestExportUi::citationText()
{
    Article article;
    article.source = QStringLiteral("La Gazette");
    article.published = QDate(2024, 2, 3);
    article.url = QStringLiteral("https://example.org/a?b=1&c=2");
    Annotation annotation;
    annotation.anchor.exact = QStringLiteral("12 millions\nde <tonnes>");
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(Citation::plainText(article, annotation, french),
             QStringLiteral("« 12 millions de <tonnes> » — La Gazette, 03/02/2024"));
    const QString html = Citation::html(article, annotation, french);
    QVERIFY(html.contains(QStringLiteral("12 millions de &lt;tonnes&gt;")));
    QVERIFY(html.contains(QStringLiteral("<cite><a href=\"https://example.org/a?b=1&amp;c=2\">La Gazette</a></cite>")));
    QCOMPARE(Citation::dateText(QDate(2024, 2, 3), QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("03/02/2024"));

    // Missing parts are left out, never shown as blanks; a non-web address is not linked.
    article.source.clear();
    QCOMPARE(Citation::plainText(article, annotation, french), QStringLiteral("« 12 millions de <tonnes> » — 03/02/2024"));
    article.published = QDate();
    QCOMPARE(Citation::plainText(article, annotation, french), QStringLiteral("« 12 millions de <tonnes> »"));
    article.source = QStringLiteral("Evil");
    article.url = QStringLiteral("javascript:alert(1)");
    QVERIFY(!Citation::html(article, annotation, french).contains(QStringLiteral("href")));
}

void TestExportUi::copyAsCitationPutsTextOnClipboard()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto resetLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    AnnotationSidebar sidebar(m_workspace.get());
    CitationCopier copier(m_workspace.get(), &sidebar);
    sidebar.resize(320, 600);
    sidebar.show();
    sidebar.showArticle(m_port);
    QVERIFY(!copier.copyAction()->isEnabled());
    sidebar.selectAnnotation(m_portClaim);
    QCOMPARE(sidebar.selectedAnnotation(), m_portClaim);
    QVERIFY(copier.copyAction()->isEnabled());

    QGuiApplication::clipboard()->clear();
    copier.copyAction()->trigger();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), QStringLiteral("« 12 millions de tonnes en 2023 » — La Gazette, 03/02/2024"));
    QVERIFY(data->hasHtml());
    QVERIFY(data->html().contains(QStringLiteral("<cite>")));
    QVERIFY(sidebar.listView()->actions().contains(copier.copyAction()));
    QVERIFY(!copier.copy(0));
}

void TestExportUi::mainWindowExportsToStatusBar()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
    QAction *importAction = window.findChild<QAction *>(QStringLiteral("importAnnotationsAction"));
    QVERIFY(exportAction && exportAction->isEnabled());
    QVERIFY(importAction && importAction->isEnabled());
    QVERIFY(window.shortcutActions().contains(exportAction));

    window.readingController()->showArticle(m_port);
    QVERIFY(window.headlineView()->selectArticle(m_port));
    const ExportContext context = window.exportController()->context();
    QCOMPARE(context.currentArticleId, m_port);
    QCOMPARE(context.currentArticleTitle, QStringLiteral("Le terminal de Port-Sablon"));
    QCOMPARE(context.selectedArticleIds, QList<qint64>{m_port});
    QCOMPARE(context.filteredCount, 3);

    exportAction->trigger();
    ExportDialog *dialog = window.exportController()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->resize(dialog->sizeHint());
    if (!screenshotDir().isEmpty())
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("/export.png")));
    dialog->setFormat(ExportFormat::Markdown);
    dialog->setOutputPath(m_dir->filePath(QStringLiteral("port.md")));
    dialog->accept();
    // Without a translation loaded the plural forms read "annotation(s)": compare the facts.
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("2 annotation")) && message.contains(QStringLiteral("1 article"))
                 && message.endsWith(QStringLiteral("port.md.")),
             qPrintable(message));

    // Open and Show in Folder, beside the message, hand the file and its folder to the desktop.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    ExportDoneBar *done = window.exportController()->doneBar();
    QVERIFY(done);
    QVERIFY(done->isVisibleTo(&window));
    auto *open = done->findChild<QToolButton *>(QStringLiteral("openExport"));
    QVERIFY(open);
    if (!screenshotDir().isEmpty())
        QVERIFY(window.statusBar()->grab().save(screenshotDir() + QStringLiteral("/export-done.png")));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("port.md")))});
    QTRY_VERIFY(!window.exportController()->doneBar());

    QTRY_VERIFY(!window.exportController()->dialog()); // the accepted one is deleted
    exportAction->trigger();
    QTRY_VERIFY(window.exportController()->dialog() && window.exportController()->dialog()->isVisible());
    window.exportController()->dialog()->setOutputPath(m_dir->filePath(QStringLiteral("again.md")));
    window.exportController()->dialog()->accept();
    done = window.exportController()->doneBar();
    QVERIFY(done);
    QTest::mouseClick(done->findChild<QToolButton *>(QStringLiteral("showExportFolder")), Qt::LeftButton);
    QCOMPARE(catcher.urls.last(), QUrl::fromLocalFile(QFileInfo(m_dir->filePath(QStringLiteral("again.md"))).absolutePath()));
    // Gone with its message.
    QTRY_VERIFY(!window.exportController()->dialog());
    exportAction->trigger();
    QTRY_VERIFY(window.exportController()->dialog() && window.exportController()->dialog()->isVisible());
    window.exportController()->dialog()->setOutputPath(m_dir->filePath(QStringLiteral("third.md")));
    window.exportController()->dialog()->accept();
    QVERIFY(window.exportController()->doneBar());
    window.statusBar()->clearMessage();
    QTRY_VERIFY(!window.exportController()->doneBar());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestExportUi::doneBarScreenshots_data()
{
    testsupport::addScreenshotRows();
}

void TestExportUi::doneBarScreenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (screenshotDir().isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    const testsupport::ScreenshotLook look(language, dark);
    QVERIFY(look.isLoaded());
    {
        MainWindow window(m_workspace.get());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.readingController()->showArticle(m_port);
        window.exportController()->showDialog();
        ExportDialog *dialog = window.exportController()->dialog();
        QVERIFY(dialog);
        dialog->setFormat(ExportFormat::PdfReport);
        dialog->setOutputPath(m_dir->filePath(QStringLiteral("brief.pdf")));
        dialog->accept();
        QVERIFY(window.exportController()->doneBar());
        QVERIFY(window.statusBar()->grab().save(look.path(QStringLiteral("export-done"))));
    }
}

// The export dialog's ClaimReview options: shown for ClaimReview only, written into every review
// (its url from the template, the organisation as author), and there again at the next export.
void TestExportUi::claimReviewPublisherIsSetAndRemembered()
{
    const QString path = m_dir->filePath(QStringLiteral("reviews.jsonld"));
    {
        ExportDialog dialog(m_workspace.get(), contextFor(m_port));
        dialog.show();
        ClaimReviewOptions *options = dialog.claimReviewOptions();
        QVERIFY(!options->isVisible());
        dialog.setFormat(ExportFormat::ClaimReview);
        QVERIFY(options->isVisible());
        options->findChild<QLineEdit *>(QStringLiteral("organisationName"))->setText(QStringLiteral("Desk Vérif"));
        QTest::keyClicks(options->findChild<QLineEdit *>(QStringLiteral("organisationUrl")), QStringLiteral("https://desk.example"));
        QTest::keyClicks(options->findChild<QLineEdit *>(QStringLiteral("logoUrl")), QStringLiteral("https://desk.example/logo.png"));
        QTest::keyClicks(options->findChild<QLineEdit *>(QStringLiteral("reviewUrlTemplate")),
                         QStringLiteral("https://desk.example/checks/{id}"));
        QVERIFY(dialog.setScope(ExportScopeKind::WholeLibrary));
        dialog.setOutputPath(path);
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        dialog.setFormat(ExportFormat::Csv);
        QVERIFY(!options->isVisible());
    }
    const QJsonArray graph = QJsonDocument::fromJson(readFile(path)).object().value("@graph").toArray();
    QCOMPARE(graph.size(), 1); // the false claim; the unverified one is not reviewed yet
    const QJsonObject review = graph.first().toObject();
    const QString uuid = m_workspace->annotations().annotation(m_portClaim)->uuid;
    QCOMPARE(review.value("url").toString(), "https://desk.example/checks/" + uuid);
    QCOMPARE(review.value("author").toObject().value("name").toString(), QStringLiteral("Desk Vérif"));
    QCOMPARE(review.value("author").toObject().value("logo").toString(), QStringLiteral("https://desk.example/logo.png"));

    // Remembered (QSettings) for the next export, in a new dialog.
    ExportDialog next(m_workspace.get(), contextFor(m_port));
    next.setFormat(ExportFormat::ClaimReview);
    QCOMPARE(next.claimReviewOptions()->publisher().reviewUrlTemplate, QStringLiteral("https://desk.example/checks/{id}"));
    QCOMPARE(next.request().publisher.name, QStringLiteral("Desk Vérif"));
    QCOMPARE(next.request().publisher.url, QStringLiteral("https://desk.example"));
}

void TestExportUi::claimReviewBadTemplateKeepsTheDialogOpen()
{
    const QString path = m_dir->filePath(QStringLiteral("reviews.jsonld"));
    ExportDialog dialog(m_workspace.get(), contextFor(m_port));
    dialog.setFormat(ExportFormat::ClaimReview);
    QTest::keyClicks(dialog.claimReviewOptions()->findChild<QLineEdit *>(QStringLiteral("reviewUrlTemplate")),
                     QStringLiteral("https://desk.example/checks/"));
    dialog.setOutputPath(path);
    dialog.accept();
    QVERIFY(dialog.errorText().contains(QStringLiteral("{id}")));
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(ClaimReviewOptions::saved().reviewUrlTemplate, QString()); // a refused setting is not kept
}

void TestExportUi::claimReviewScreenshots_data()
{
    testsupport::addScreenshotRows();
}

// The export dialog with its ClaimReview options and the claim dialog's summary and claimant
// kind, in each language and theme (GLOSSA_SCREENSHOT_DIR=folder to look at them).
void TestExportUi::claimReviewScreenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (screenshotDir().isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    const testsupport::ScreenshotLook look(language, dark);
    QVERIFY(look.isLoaded());
    {
        ExportDialog dialog(m_workspace.get(), contextFor(m_port));
        dialog.setFormat(ExportFormat::ClaimReview);
        ClaimReviewPublisher publisher;
        publisher.name = QStringLiteral("Desk Vérif");
        publisher.url = QStringLiteral("https://desk.example");
        publisher.reviewUrlTemplate = QStringLiteral("https://desk.example/checks/{id}");
        dialog.claimReviewOptions()->setPublisher(publisher);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(look.path(QStringLiteral("export-claimreview"))));
    }
    {
        AnnotationDialog dialog(AnnotationDialog::Purpose::Edit);
        Annotation annotation;
        annotation.anchor.exact = QStringLiteral("Le port a traité 12 millions de tonnes en 2023");
        Claim claim;
        claim.verdict = QStringLiteral("false");
        claim.claimant = QStringLiteral("La direction du port");
        claim.claimantKind = QStringLiteral("Organization");
        claim.summary = QStringLiteral("Le port a traité un record en 2023");
        annotation.claim = claim;
        dialog.setAnnotation(annotation);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(look.path(QStringLiteral("claim-dialog"))));
    }
}

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
