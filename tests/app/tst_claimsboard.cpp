// The claims board over a real library file: the table model under QAbstractItemModelTester,
// every filter (through the filter bar's own widgets), a bulk verdict change and a bulk tag as
// one undo step each — checked in the file through a fresh connection — and double-click
// opening the article on the highlight.

#include "claims/claimfilterbar.h"
#include "claims/claimsboard.h"
#include "claims/claimtablemodel.h"
#include "claimsfixture.h"
#include "common/datefield.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace glossa;
using namespace glossa::testsupport;

Q_DECLARE_METATYPE(ClaimQuery)

class TestClaimsBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelPassesTester();
    void listsClaimsOnly();
    void sortsByDate();
    void filters_data();
    void filters();
    void bulkVerdictIsOneUndoStep();
    void bulkTagIsOneUndoStep();
    void doubleClickOpensArticleOnHighlight();
    void refreshesOnAnnotationChange();

private:
    void applyToFilterBar(const ClaimQuery &query);
    void selectClaims(const QList<qint64> &annotationIds);
    void saveScreenshot(const QString &name);

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    Workspace *m_workspace = nullptr;
    ClaimsFixture m_fixture;
    ClaimsBoard *m_board = nullptr;
};

void TestClaimsBoard::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("claims.glossa"));
    m_workspace = new Workspace;
    m_fixture = makeClaimsFixture(*m_workspace, m_path);
    m_board = new ClaimsBoard(m_workspace);
    m_board->resize(1400, 420);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board));
}

void TestClaimsBoard::cleanup()
{
    delete m_board;
    delete m_workspace;
    delete m_dir;
}

void TestClaimsBoard::saveScreenshot(const QString &name)
{
    // Set by the screenshot run under Xvfb; the offscreen test run saves nothing.
    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(m_board->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestClaimsBoard::applyToFilterBar(const ClaimQuery &query)
{
    ClaimFilterBar *bar = m_board->filterBar();
    const auto choose = [](QComboBox *combo, const QString &value) {
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, qPrintable(value));
        combo->setCurrentIndex(index);
    };
    choose(bar->verdictFilter(), query.verdict);
    choose(bar->kindFilter(), query.kind);
    choose(bar->tagFilter(), query.tag);
    choose(bar->outletFilter(), query.source);
    if (query.from.isValid())
        bar->fromFilter()->setDate(query.from);
    if (query.to.isValid())
        bar->toFilter()->setDate(query.to);
    bar->textFilter()->setText(query.text);
}

void TestClaimsBoard::selectClaims(const QList<qint64> &annotationIds)
{
    m_board->selectAnnotations(annotationIds);
    QCOMPARE(m_board->selectedAnnotationIds().size(), annotationIds.size());
}

void TestClaimsBoard::modelPassesTester()
{
    QAbstractItemModelTester modelTester(m_board->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_board->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClaimQuery disputed;
    disputed.verdict = QStringLiteral("disputed");
    m_board->model()->setQuery(disputed);
    m_board->model()->setQuery(ClaimQuery());
    m_board->proxy()->sort(ClaimTableModel::Verdict, Qt::AscendingOrder);
    m_board->proxy()->sort(ClaimTableModel::Passage, Qt::DescendingOrder);
    m_board->model()->refresh();
}

void TestClaimsBoard::listsClaimsOnly()
{
    const ClaimTableModel *model = m_board->model();
    QCOMPARE(model->rowCount(), 4);
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ClaimTableModel::AnnotationIdRole).toLongLong();
    QVERIFY(!ids.contains(m_fixture.plainHighlightId));
    // The columns a reviewer reads, for the Courrier du Nord claim.
    const int row = int(ids.indexOf(m_fixture.claimIds[0]));
    QCOMPARE(model->index(row, ClaimTableModel::Passage).data().toString(),
             QStringLiteral("près de cinq cents soldats étrangers"));
    QCOMPARE(model->index(row, ClaimTableModel::Kind).data().toString(), QStringLiteral("Statistic"));
    QCOMPARE(model->index(row, ClaimTableModel::Verdict).data().toString(), QStringLiteral("Disputed"));
    QCOMPARE(model->index(row, ClaimTableModel::Claimant).data().toString(), QStringLiteral("notre rédaction"));
    QCOMPARE(model->index(row, ClaimTableModel::Tags).data().toString(), QStringLiteral("alep"));
    QCOMPARE(model->index(row, ClaimTableModel::Article).data().toString(), QStringLiteral("Révélations sur Alep"));
    QCOMPARE(model->index(row, ClaimTableModel::Outlet).data().toString(), QStringLiteral("Le Courrier du Nord"));
    QCOMPARE(model->index(row, ClaimTableModel::Published).data(ClaimTableModel::SortRole).toDate(),
             QDate(2025, 2, 10));
    saveScreenshot(QStringLiteral("claims-board"));
}

void TestClaimsBoard::sortsByDate()
{
    QSortFilterProxyModel *proxy = m_board->proxy();
    proxy->sort(ClaimTableModel::Published, Qt::AscendingOrder);
    QList<QDate> dates;
    for (int row = 0; row < proxy->rowCount(); ++row)
        dates << proxy->index(row, ClaimTableModel::Published).data(ClaimTableModel::SortRole).toDate();
    QCOMPARE(dates, (QList<QDate>{{2025, 2, 9}, {2025, 2, 10}, {2025, 2, 11}, {2025, 2, 14}}));
}

void TestClaimsBoard::filters_data()
{
    QTest::addColumn<ClaimQuery>("query");
    QTest::addColumn<QList<int>>("expected"); // indexes into the fixture's claims
    const auto make = [](auto set) {
        ClaimQuery query;
        set(query);
        return query;
    };
    QTest::newRow("none") << ClaimQuery() << QList<int>{0, 1, 2, 3};
    QTest::newRow("verdict") << make([](ClaimQuery &q) { q.verdict = "disputed"; }) << QList<int>{0, 2};
    QTest::newRow("kind") << make([](ClaimQuery &q) { q.kind = "statistic"; }) << QList<int>{0};
    QTest::newRow("tag") << make([](ClaimQuery &q) { q.tag = "alep"; }) << QList<int>{0, 1};
    QTest::newRow("tag on a plain highlight too") << make([](ClaimQuery &q) { q.tag = "prisonniers"; })
                                                  << QList<int>{1};
    QTest::newRow("outlet") << make([](ClaimQuery &q) { q.source = "Média Atlas"; }) << QList<int>{1};
    QTest::newRow("from") << make([](ClaimQuery &q) { q.from = QDate(2025, 2, 11); }) << QList<int>{1, 2};
    QTest::newRow("to") << make([](ClaimQuery &q) { q.to = QDate(2025, 2, 10); }) << QList<int>{0, 3};
    QTest::newRow("range") << make([](ClaimQuery &q) {
        q.from = QDate(2025, 2, 10);
        q.to = QDate(2025, 2, 11);
    }) << QList<int>{0, 1};
    QTest::newRow("text in passage, any case") << make([](ClaimQuery &q) { q.text = "CINQ cents"; })
                                               << QList<int>{0};
    QTest::newRow("text in claimant") << make([](ClaimQuery &q) { q.text = "locales"; }) << QList<int>{3};
    QTest::newRow("text with quotes and wildcards") << make([](ClaimQuery &q) { q.text = "l'%_\" OR 1"; })
                                                    << QList<int>{};
    QTest::newRow("verdict and date") << make([](ClaimQuery &q) {
        q.verdict = "disputed";
        q.from = QDate(2025, 2, 12);
    }) << QList<int>{2};
}

void TestClaimsBoard::filters()
{
    QFETCH(ClaimQuery, query);
    QFETCH(QList<int>, expected);
    QAbstractItemModelTester tester(m_board->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    applyToFilterBar(query);
    QList<qint64> expectedIds;
    for (int index : expected)
        expectedIds << m_fixture.claimIds[index];
    std::sort(expectedIds.begin(), expectedIds.end());
    const auto shownIds = [this] {
        QList<qint64> ids;
        for (int row = 0; row < m_board->model()->rowCount(); ++row)
            ids << m_board->model()->claimAt(row).annotationId;
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    // Typing is debounced: wait for the query to reach the model.
    QTRY_COMPARE(m_board->model()->query().text, query.text);
    QCOMPARE(shownIds(), expectedIds);
    if (QByteArray(QTest::currentDataTag()) == "verdict")
        saveScreenshot(QStringLiteral("claims-board-filtered"));
}

void TestClaimsBoard::bulkVerdictIsOneUndoStep()
{
    const qint64 courrier = m_fixture.claimIds[0];
    const qint64 atlas = m_fixture.claimIds[1];
    selectClaims({courrier, atlas});
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->count();

    QVERIFY(m_board->setVerdictOfSelection(QStringLiteral("false")));
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(annotationInFile(m_path, courrier)->claim->verdict, QStringLiteral("false"));
    QCOMPARE(annotationInFile(m_path, atlas)->claim->verdict, QStringLiteral("false"));
    QCOMPARE(annotationInFile(m_path, m_fixture.claimIds[2])->claim->verdict, QStringLiteral("disputed"));
    // The rest of each claim is untouched.
    QCOMPARE(annotationInFile(m_path, courrier)->claim->claimant, QStringLiteral("notre rédaction"));
    QCOMPARE(annotationInFile(m_path, atlas)->tags, (QStringList{"alep", "prisonniers"}));
    // The board reads the change and keeps the selection.
    QTRY_COMPARE(m_board->model()->claimAt(0).claim.verdict.isEmpty(), false);
    QTRY_COMPARE(m_board->selectedAnnotationIds().size(), 2);
    saveScreenshot(QStringLiteral("claims-board-bulk"));

    stack->undo();
    QCOMPARE(annotationInFile(m_path, courrier)->claim->verdict, QStringLiteral("disputed"));
    QCOMPARE(annotationInFile(m_path, atlas)->claim->verdict, QStringLiteral("unverified"));
    stack->redo();
    QCOMPARE(annotationInFile(m_path, courrier)->claim->verdict, QStringLiteral("false"));
    QCOMPARE(annotationInFile(m_path, atlas)->claim->verdict, QStringLiteral("false"));

    // Nothing to change: no empty step in the history.
    QTRY_COMPARE(m_board->selectedAnnotationIds().size(), 2);
    QVERIFY(!m_board->setVerdictOfSelection(QStringLiteral("false")));
    QCOMPARE(stack->count(), before + 1);
}

void TestClaimsBoard::bulkTagIsOneUndoStep()
{
    const qint64 courrier = m_fixture.claimIds[0];
    const qint64 gazette = m_fixture.claimIds[2];
    selectClaims({courrier, gazette});
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->count();

    QVERIFY(m_board->addTagToSelection(QStringLiteral("  à vérifier ")));
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(annotationInFile(m_path, courrier)->tags, (QStringList{"alep", "à vérifier"}));
    QCOMPARE(annotationInFile(m_path, gazette)->tags, QStringList{"à vérifier"});

    stack->undo();
    QCOMPARE(annotationInFile(m_path, courrier)->tags, QStringList{"alep"});
    QCOMPARE(annotationInFile(m_path, gazette)->tags, QStringList());
    stack->redo();
    QCOMPARE(annotationInFile(m_path, gazette)->tags, QStringList{"à vérifier"});

    // A tag already there (in another case) is not added twice; only the other claim changes,
    // and it gets the existing tag (names are unique without regard to case).
    QTRY_COMPARE(m_board->selectedAnnotationIds().size(), 2);
    selectClaims({courrier, m_fixture.claimIds[3]});
    QVERIFY(m_board->addTagToSelection(QStringLiteral("ALEP")));
    QCOMPARE(annotationInFile(m_path, courrier)->tags, (QStringList{"alep", "à vérifier"}));
    QCOMPARE(annotationInFile(m_path, m_fixture.claimIds[3])->tags, (QStringList{"front", "alep"}));
    // Every selected claim has it already: nothing to do, no empty step.
    const int steps = stack->count();
    selectClaims({courrier, m_fixture.claimIds[1]});
    QVERIFY(!m_board->addTagToSelection(QStringLiteral("alep")));
    QCOMPARE(stack->count(), steps);
}

void TestClaimsBoard::doubleClickOpensArticleOnHighlight()
{
    QSignalSpy requested(m_workspace, &Workspace::articleRequested);
    QTableView *view = m_board->view();
    const qint64 wanted = m_fixture.claimIds[3];
    int row = -1;
    for (int r = 0; r < m_board->proxy()->rowCount(); ++r) {
        if (m_board->proxy()->index(r, 0).data(ClaimTableModel::AnnotationIdRole).toLongLong() == wanted)
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect cell = view->visualRect(m_board->proxy()->index(row, ClaimTableModel::Verdict));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_fixture.articleIds[3]);
    QCOMPARE(requested.first().at(1).toLongLong(), wanted);
}

void TestClaimsBoard::refreshesOnAnnotationChange()
{
    annotate(*m_workspace, m_fixture.articleIds[2], QStringLiteral("Reprise."), {}, QStringLiteral("opinion"),
             QStringLiteral("misleading"));
    m_workspace->notifyAnnotationsChanged(m_fixture.articleIds[2]);
    QTRY_COMPARE(m_board->model()->rowCount(), 5);
}

QTEST_MAIN(TestClaimsBoard)
#include "tst_claimsboard.moc"
