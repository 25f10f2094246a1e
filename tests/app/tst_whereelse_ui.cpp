// "Where else?" in the desktop app: tests/data/cli/spread.jsonl has a passage published by one
// outlet, reworded by a second and copied verbatim by a third (and an unrelated fourth article).
// The dialog lists the two others, earliest first, from a background search on its own
// connection; activating a hit opens that article in the main window with the passage selected.

#include "annotations/annotationsidebar.h"
#include "claimsfixture.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "whereelse/whereelsepanel.h"
#include "whereelse/whereelselauncher.h"
#include "whereelse/whereelsemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace glossa;
using namespace glossa::testsupport;

namespace {

const QString kPassage = QStringLiteral(
    "Selon des documents consultés par notre rédaction, près de cinq cents soldats étrangers auraient été "
    "capturés lors des combats d'Alep en novembre dernier.");

} // namespace

class TestWhereElseUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsOtherOutletsEarliestFirst();
    void activatingAHitRequestsTheSpan();
    void fromTheSidebarToTheReader();
    void copiesTheClaimOntoTheOtherArticle();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    Workspace *m_workspace = nullptr;
    QList<qint64> m_articleIds;
    qint64 m_annotationId = 0;
};

void TestWhereElseUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_whereelse_ui"));
    QSettings().clear();
}

void TestWhereElseUi::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("spread.glossa"));
    m_workspace = new Workspace;
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_path, &error), qPrintable(error));
    Importer importer(m_workspace->library());
    const FileImportResult result = importer.importFile(QStringLiteral(GLOSSA_TEST_DATA "/cli/spread.jsonl"));
    QCOMPARE(result.articleIds.size(), 4);
    m_articleIds = result.articleIds;
    m_annotationId = annotate(*m_workspace, m_articleIds[0], kPassage, {}, QStringLiteral("statistic"),
                              QStringLiteral("disputed"));
}

void TestWhereElseUi::cleanup()
{
    delete m_workspace;
    delete m_dir;
}

void TestWhereElseUi::listsOtherOutletsEarliestFirst()
{
    WhereElsePanel dialog(m_workspace);
    dialog.searchPassage(kPassage, m_articleIds[0]);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 2, 10000);
    QVERIFY(!dialog.isSearching());
    const WhereElseModel *model = dialog.model();
    QCOMPARE(model->hitAt(0).articleId, m_articleIds[1]); // Média Atlas, 11 February, reworded
    QCOMPARE(model->hitAt(1).articleId, m_articleIds[2]); // La Gazette de l'Est, 14 February, verbatim
    QCOMPARE(model->index(0, WhereElseModel::Outlet).data().toString(), QStringLiteral("Média Atlas"));
    QCOMPARE(model->index(1, WhereElseModel::Similarity).data().toString(), QStringLiteral("100 %"));
    QVERIFY(model->hitAt(0).score < 1.0);
    QCOMPARE(model->index(1, WhereElseModel::Title).data().toString(), QStringLiteral("Reprise : Alep"));

    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/where-else.png")));
    }
}

void TestWhereElseUi::activatingAHitRequestsTheSpan()
{
    WhereElsePanel dialog(m_workspace);
    dialog.searchPassage(kPassage, m_articleIds[0]);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 2, 10000);
    QSignalSpy requested(m_workspace, &Workspace::articleSpanRequested);
    QTableView *view = dialog.view();
    const QRect cell = view->visualRect(dialog.model()->index(0, WhereElseModel::Title));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.count(), 1);
    const QList<QVariant> args = requested.first();
    QCOMPARE(args.at(0).toLongLong(), m_articleIds[1]);
    const int start = args.at(1).toInt();
    const int end = args.at(2).toInt();
    const QString text = m_workspace->articles().article(m_articleIds[1])->text;
    QVERIFY(start >= 0 && end > start && end <= text.size());
    QVERIFY2(text.mid(start, end - start).contains(QStringLiteral("cinq cents militaires étrangers")),
             qPrintable(text.mid(start, end - start)));
}

void TestWhereElseUi::fromTheSidebarToTheReader()
{
    MainWindow window(m_workspace);
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_workspace->requestArticle(m_articleIds[0], m_annotationId);
    QCOMPARE(window.annotationSidebar()->selectedAnnotation(), m_annotationId);

    auto *launcher = window.findChild<WhereElseLauncher *>();
    QVERIFY(launcher);
    QVERIFY(launcher->action()->isEnabled());
    QSignalSpy opened(launcher->action(), &QAction::triggered);
    launcher->action()->trigger();
    auto *dialog = window.findChild<WhereElsePanel *>();
    QVERIFY(dialog);
    // Docked beside the reader, never over it.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("whereElseDock"));
    QVERIFY(dock && dock->isVisible() && !dock->isFloating());
    const QRect readerArea(window.readerView()->mapTo(&window, QPoint(0, 0)), window.readerView()->size());
    QVERIFY(!dock->geometry().intersects(readerArea));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, 10000);

    const WhereElseHit verbatim = dialog->model()->hitAt(1);
    dialog->openHit(dialog->model()->index(1, 0));
    ReaderView *reader = window.readerView();
    QVERIFY(reader->article());
    QCOMPARE(reader->article()->id, m_articleIds[2]);
    const auto selected = reader->selectedSpan();
    QVERIFY(selected);
    QCOMPARE(selected->first, verbatim.start);
    QCOMPARE(selected->second, verbatim.end);
    // WhereElse matches words: the span runs from the first to the last word of the passage.
    QCOMPARE(reader->article()->text.mid(verbatim.start, verbatim.end - verbatim.start), kPassage.chopped(1));
    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
    if (!folder.isEmpty()) {
        // The main window with the passage selected and the claims board docked below.
        QAction *board = window.findChild<QAction *>(QStringLiteral("viewClaimsBoardAction"));
        QVERIFY(board);
        board->trigger();
        QTest::qWait(200);
        QVERIFY(window.grab().save(folder + QStringLiteral("/main-with-claims-board.png")));
    }
}

// Issue 21, item 15: the claim goes onto the other article in one action, on the words that
// article used (the matcher's span), as one undoable edit.
void TestWhereElseUi::copiesTheClaimOntoTheOtherArticle()
{
    MainWindow window(m_workspace);
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_workspace->requestArticle(m_articleIds[0], m_annotationId);
    auto *launcher = window.findChild<WhereElseLauncher *>();
    launcher->action()->trigger();
    WhereElsePanel *panel = window.findChild<WhereElsePanel *>();
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 10000);
    const WhereElseHit reworded = panel->model()->hitAt(0);
    QVERIFY(reworded.score < 1.0);
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    QVERIFY(panel->copyButton()->isEnabled());
    const int before = int(m_workspace->annotations().annotationsForArticle(reworded.articleId).size());
    QTest::mouseClick(panel->copyButton(), Qt::LeftButton);

    const QList<Annotation> after = m_workspace->annotations().annotationsForArticle(reworded.articleId);
    QCOMPARE(after.size(), before + 1);
    const Annotation &copy = after.last();
    QCOMPARE(copy.anchor.start, reworded.start);
    QCOMPARE(copy.anchor.end, reworded.end);
    QVERIFY(copy.claim);
    QCOMPARE(copy.claim->kind, QStringLiteral("statistic"));
    QCOMPARE(copy.claim->verdict, QStringLiteral("disputed"));
    // The reader moved to that article, on the new claim.
    QCOMPARE(window.readerView()->articleId(), reworded.articleId);
    QVERIFY(m_workspace->undoStack()->canUndo());
    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->annotations().annotationsForArticle(reworded.articleId).size(), before);
}

QTEST_MAIN(TestWhereElseUi)
#include "tst_whereelse_ui.moc"
