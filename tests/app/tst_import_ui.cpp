// ImportController: a folder with good and bad files imported on a worker thread, with progress,
// a summary that names each refused file and why, cancel, and the worker's own connection.
#include "headlines/headlinemodel.h"
#include "importing/filedroptarget.h"
#include "importing/importcontroller.h"
#include "importing/importsummarydialog.h"
#include "importing/samplelibrary.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace glossa;

namespace {
const QString kImportFolder = QStringLiteral(GLOSSA_TEST_DATA "/app/import");
} // namespace

class TestImportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsFolderAndNamesRefusals();
    void secondImportFindsDuplicates();
    void namesFilesWithoutProvenance();
    void cancelKeepsWhatWasDone();
    void unreadableLibraryRefusesEveryFile();
    void droppedFilesAreImported();
    void samplesImport();

private:
    bool waitForImport(ImportController &controller);
    void closeSummaries();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QWidget> m_window;
};

void TestImportUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_import_ui"));
}

void TestImportUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_dir->filePath(QStringLiteral("lib.glossa")), &error), qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_window->resize(600, 400);
    m_window->show();
}

void TestImportUi::cleanup()
{
    closeSummaries();
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

bool TestImportUi::waitForImport(ImportController &controller)
{
    if (!controller.isRunning())
        return true;
    QSignalSpy finished(&controller, &ImportController::finished);
    return finished.wait(20000);
}

void TestImportUi::closeSummaries()
{
    // The summary is shown non-modally; a test finds it among the top-level widgets.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<ImportSummaryDialog *>(widget))
            widget->close();
    }
    QCoreApplication::processEvents();
}

void TestImportUi::importsFolderAndNamesRefusals()
{
    ImportController controller(m_workspace.get(), m_window.get());
    HeadlineModel model(m_workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy progressed(&controller, &ImportController::progressed);
    QSignalSpy running(&controller, &ImportController::runningChanged);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    controller.importPaths({kImportFolder});
    QVERIFY(controller.isRunning());
    QVERIFY(controller.progressDialog());
    QVERIFY(waitForImport(controller));
    QVERIFY(!controller.isRunning());

    // Progress came per file, up to the total (two good files, two refused, one in a subfolder).
    QVERIFY(progressed.count() >= 1);
    QCOMPARE(progressed.last().at(0).toInt(), 4);
    QCOMPARE(progressed.last().at(1).toInt(), 4);
    QCOMPARE(running.count(), 2);
    QVERIFY(!controller.progressDialog() || !controller.progressDialog()->isVisible());

    const ImportReport &report = controller.lastReport();
    QCOMPARE(report.added(), 2);
    QCOMPARE(report.refused(), 2);
    QVERIFY(!report.cancelled);

    // The list learnt about the new articles through the workspace.
    QCOMPARE(model.rowCount(), 2);

    ImportSummaryDialog *summary = controller.summaryDialog();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QVERIFY(!summary->isModal());
    QCOMPARE(summary->windowModality(), Qt::NonModal);
    QVERIFY2(summary->summaryText().contains(QLatin1String("2")), qPrintable(summary->summaryText()));
    const QStringList lines = summary->refusalLines();
    QCOMPARE(lines.size(), 2);
    const QString joined = lines.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(QLatin1String("empty.txt: ")), qPrintable(joined));
    QVERIFY2(joined.contains(QLatin1String("binary.txt: ")), qPrintable(joined));
    for (const QString &line : lines)
        QVERIFY2(line.section(QStringLiteral(": "), 1).trimmed().size() > 3, qPrintable(line)); // a reason

    // GLOSSA_SCREENSHOT_DIR=/tmp/shots keeps a picture of the dialog for layout review.
    if (qEnvironmentVariableIsSet("GLOSSA_SCREENSHOT_DIR")) {
        summary->resize(summary->sizeHint().expandedTo(summary->size()));
        summary->grab().save(qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR") + QStringLiteral("/import-summary.png"));
    }

    // The worker's connection was its own, and it is gone.
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

void TestImportUi::secondImportFindsDuplicates()
{
    ImportController controller(m_workspace.get(), m_window.get());
    controller.importPaths({kImportFolder});
    QVERIFY(waitForImport(controller));
    closeSummaries();
    controller.importPaths({kImportFolder});
    QVERIFY(waitForImport(controller));
    QCOMPARE(controller.lastReport().added(), 0);
    QCOMPARE(controller.lastReport().duplicates(), 2);
    QVERIFY(controller.summaryDialog());
    QVERIFY(controller.summaryDialog()->summaryText().contains(QLatin1String("already")));
    QCOMPARE(m_workspace->articles().stats().articles, 2);
}

// A file with no provenance line is imported (its first line as the title) but the summary
// says so: its articles have no outlet or date, and it is often not a dump at all.
void TestImportUi::namesFilesWithoutProvenance()
{
    QTemporaryDir dumps;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dumps.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(QStringLiteral("notes.txt"), "Liste de courses\nDu pain, du lait et des oeufs pour la semaine.\n");
    write(QStringLiteral("dump.txt"),
          "Le barrage est mis en service\nPublié dans Barlamane le 12 - 02 - 2025\n"
          "Le ministère a annoncé la mise en service du barrage de Béni Haroun.\n");
    ImportController controller(m_workspace.get(), m_window.get());
    controller.importPaths({dumps.path()});
    QVERIFY(waitForImport(controller));
    const ImportReport &report = controller.lastReport();
    QCOMPARE(report.added(), 2);
    QCOMPARE(report.filesWithoutProvenance(), 1);
    ImportSummaryDialog *summary = controller.summaryDialog();
    QVERIFY(summary);
    QVERIFY2(summary->summaryText().contains(QLatin1String("no provenance line")), qPrintable(summary->summaryText()));
    const QStringList lines = summary->refusalLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("notes.txt: No provenance line")), qPrintable(lines.first()));
}

void TestImportUi::cancelKeepsWhatWasDone()
{
    QTemporaryDir many;
    // Enough files that the import cannot finish before the cancel posted from the first
    // progress report arrives (the pipelined import writes a small file in well under 1 ms).
    constexpr int kFiles = 1000;
    for (int n = 0; n < kFiles; ++n) {
        QFile file(many.filePath(QStringLiteral("d%1.txt").arg(n, 3, 10, QLatin1Char('0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Article %1 du lot\nPublié dans Agence Lot le 01 - 02 - 2025\n\nTexte du "
                                  "paragraphe numéro %1, suffisamment long pour en être un.\n")
                       .arg(n)
                       .toUtf8());
    }
    ImportController controller(m_workspace.get(), m_window.get());
    controller.setShowSummary(false);
    // Cancel as soon as the first file is reported, like a user pressing Cancel.
    connect(&controller, &ImportController::progressed, &controller, &ImportController::cancel);
    controller.importPaths({many.path()});
    QVERIFY(waitForImport(controller));
    const ImportReport &report = controller.lastReport();
    QVERIFY(report.cancelled);
    QVERIFY(report.files.size() < kFiles);
    // What was imported before the cancel is in the library, whole.
    QCOMPARE(m_workspace->articles().stats().articles, report.added());
    QVERIFY(!controller.summaryDialog());
}

void TestImportUi::unreadableLibraryRefusesEveryFile()
{
    // The worker opens the file itself; when it cannot, every file is refused with the reason.
    const QString path = m_dir->filePath(QStringLiteral("gone.glossa"));
    Workspace workspace;
    QVERIFY(workspace.openLibrary(path, nullptr));
    QFile::remove(path);
    QFile junk(path);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    ImportController controller(&workspace, m_window.get());
    controller.setShowSummary(false);
    controller.importPaths({kImportFolder + QStringLiteral("/good_one.txt")});
    QVERIFY(waitForImport(controller));
    QCOMPARE(controller.lastReport().refused(), 1);
    QVERIFY(!controller.lastReport().files.constFirst().reason.isEmpty());
}

void TestImportUi::droppedFilesAreImported()
{
    ImportController controller(m_workspace.get(), m_window.get());
    controller.setShowSummary(false);
    auto *dropTarget = new FileDropTarget(m_window.get());
    connect(dropTarget, &FileDropTarget::pathsDropped, &controller, &ImportController::importPaths);
    QVERIFY(m_window->acceptDrops());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(kImportFolder + QStringLiteral("/good_one.txt"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(waitForImport(controller));
    QCOMPARE(controller.lastReport().added(), 1);

    // Text without files is not ours to take.
    QMimeData text;
    text.setText(QStringLiteral("just words"));
    QDragEnterEvent textEnter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    textEnter.ignore();
    QCoreApplication::sendEvent(m_window.get(), &textEnter);
    QVERIFY(!textEnter.isAccepted());
}

void TestImportUi::samplesImport()
{
    // The samples compiled into the app are three dumps, one of them in Arabic.
    QCOMPARE(SampleLibrary::resourcePaths().size(), 3);
    const ImportReport report = SampleLibrary::importInto(m_workspace->library());
    QCOMPARE(report.refused(), 0);
    QCOMPARE(report.added(), 3);
    const QStringList sources = m_workspace->articles().sources();
    QCOMPARE(sources.size(), 3);
    bool arabic = false;
    for (const ArticleSummary &row : m_workspace->finder().summaries(ArticleQuery())) {
        const std::optional<Article> article = m_workspace->articles().article(row.id);
        QVERIFY(article);
        QVERIFY(article->published.isValid());
        QVERIFY(!article->headlines.isEmpty());
        QVERIFY(article->blocks.size() >= 5);
        arabic = arabic || article->direction == Qt::RightToLeft;
    }
    QVERIFY(arabic);
}

QTEST_MAIN(TestImportUi)
#include "tst_import_ui.moc"
