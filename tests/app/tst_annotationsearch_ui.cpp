// Annotation search in the real main window: Ctrl+Shift+F opens the dock with the cursor in its
// field, typing a query lists the matching annotations (quote, note or tag; accents ignored),
// double-click opens the article on the highlight, and edits elsewhere refresh the rows. The
// table model runs under QAbstractItemModelTester.

#include "annotations/annotationsidebar.h"
#include "annotationsearch/annotationsearchdock.h"
#include "annotationsearch/annotationsearchmodel.h"
#include "annotationsearch/annotationsearchpanel.h"
#include "claimsfixture.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "storage/tagstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace glossa;
using namespace glossa::testsupport;

class TestAnnotationSearchUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutOpensTheDockOnTheField();
    void typingListsMatches_data();
    void typingListsMatches();
    void rowShowsAnnotationAndArticle();
    void doubleClickOpensTheArticleOnTheHighlight();
    void refreshesAfterTagRename();
    void modelPassesTester();
    void screenshot();

private:
    void typeQuery(const QString &text);
    AnnotationSearchPanel *panel() const { return m_window->annotationSearchDock()->panel(); }
    int rowOfAnnotation(qint64 annotationId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ClaimsFixture m_fixture;
};

void TestAnnotationSearchUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_annotationsearch_ui"));
}

void TestAnnotationSearchUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    m_fixture = makeClaimsFixture(*m_workspace, m_dir->filePath(QStringLiteral("search.glossa")));
    // A note to find by.
    Annotation noted = *m_workspace->annotations().annotation(m_fixture.claimIds[2]);
    noted.note = QStringLiteral("Reprise mot pour mot, sans citer la source");
    QVERIFY(m_workspace->annotations().update(noted));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAnnotationSearchUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestAnnotationSearchUi::typeQuery(const QString &text)
{
    QLineEdit *field = panel()->searchField();
    field->clear();
    // Key by key, as typed; QTest's keyClicks knows only ASCII, so accents go as text events.
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(field, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    QTest::keyClick(field, Qt::Key_Return);
}

int TestAnnotationSearchUi::rowOfAnnotation(qint64 annotationId) const
{
    const AnnotationSearchModel *model = panel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(AnnotationSearchModel::AnnotationIdRole).toLongLong() == annotationId)
            return row;
    }
    return -1;
}

void TestAnnotationSearchUi::shortcutOpensTheDockOnTheField()
{
    QVERIFY(!m_window->annotationSearchDock()->isVisible());
    QAction *action = m_window->annotationSearchDock()->searchAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QVERIFY(m_window->shortcutActions().contains(action)); // listed in Help ▸ Keyboard Shortcuts
    // No other action of the window takes the same keys.
    for (QAction *other : m_window->findChildren<QAction *>()) {
        if (other != action)
            QVERIFY2(other->shortcut() != action->shortcut(), qPrintable(other->objectName()));
    }
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->annotationSearchDock()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), panel()->searchField());
}

void TestAnnotationSearchUi::typingListsMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("claims"); // indexes into the fixture's claims; -1 the plain highlight
    QTest::newRow("quote") << "capturés" << QList<int>{1};
    QTest::newRow("quote without accents") << "captures" << QList<int>{1};
    QTest::newRow("note") << "citer" << QList<int>{2};
    QTest::newRow("tag") << "prisonniers" << QList<int>{-1, 1}; // a tag of both, and the quote of one
    QTest::newRow("prefix") << "sold*" << QList<int>{0};
    QTest::newRow("phrase") << "\"Les combats ont\"" << QList<int>{3};
    QTest::newRow("hostile") << "NEAR( \"\" ((:*" << QList<int>{};
    QTest::newRow("nothing") << "tremblement" << QList<int>{};
}

void TestAnnotationSearchUi::typingListsMatches()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, claims);
    m_window->annotationSearchDock()->showAndFocus();
    typeQuery(query);
    QList<qint64> expected;
    for (int index : claims)
        expected << (index < 0 ? m_fixture.plainHighlightId : m_fixture.claimIds[index]);
    std::sort(expected.begin(), expected.end());
    QList<qint64> found;
    for (int row = 0; row < panel()->model()->rowCount(); ++row)
        found << panel()->model()->index(row, 0).data(AnnotationSearchModel::AnnotationIdRole).toLongLong();
    std::sort(found.begin(), found.end());
    QCOMPARE(found, expected);
    QVERIFY(panel()->model()->errorText().isEmpty());
    const QString count = panel()->findChild<QLabel *>(QStringLiteral("annotationSearchCount"))->text();
    QVERIFY2(count.startsWith(QString::number(expected.size())), qPrintable(count));
}

void TestAnnotationSearchUi::rowShowsAnnotationAndArticle()
{
    m_window->annotationSearchDock()->showAndFocus();
    typeQuery(QStringLiteral("capturés"));
    QCOMPARE(panel()->model()->rowCount(), 1);
    const AnnotationSearchModel *model = panel()->model();
    auto cell = [model](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(cell(AnnotationSearchModel::Quote), QStringLiteral("auraient été capturés"));
    QCOMPARE(cell(AnnotationSearchModel::Tags), QStringLiteral("alep, prisonniers"));
    QCOMPARE(cell(AnnotationSearchModel::Claim), QStringLiteral("Allegation · Unverified"));
    QCOMPARE(cell(AnnotationSearchModel::Article), QStringLiteral("Alep : des prisonniers étrangers"));
    QCOMPARE(cell(AnnotationSearchModel::Outlet), QStringLiteral("Média Atlas"));
    QVERIFY(!cell(AnnotationSearchModel::Published).isEmpty());
}

void TestAnnotationSearchUi::doubleClickOpensTheArticleOnTheHighlight()
{
    m_window->annotationSearchDock()->showAndFocus();
    typeQuery(QStringLiteral("combats"));
    const qint64 wanted = m_fixture.claimIds[3];
    const int row = rowOfAnnotation(wanted);
    QVERIFY(row >= 0);
    QTableView *view = panel()->view();
    const QRect cell = view->visualRect(panel()->model()->index(row, AnnotationSearchModel::Outlet));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_window->readerView()->articleId(), m_fixture.articleIds[3]);
    QTRY_COMPARE(m_window->annotationSidebar()->articleId(), m_fixture.articleIds[3]);
    QTRY_COMPARE(m_window->annotationSidebar()->selectedAnnotation(), wanted);
}

void TestAnnotationSearchUi::refreshesAfterTagRename()
{
    m_window->annotationSearchDock()->showAndFocus();
    typeQuery(QStringLiteral("front"));
    QCOMPARE(panel()->model()->rowCount(), 1);
    TagStore tags = m_workspace->tags();
    QVERIFY(tags.rename(tags.idOf(QStringLiteral("front")), QStringLiteral("ligne de front")));
    m_workspace->notifyTagsChanged();
    QTRY_COMPARE(panel()->model()->index(0, AnnotationSearchModel::Tags).data().toString(),
                 QStringLiteral("ligne de front"));
    QVERIFY(tags.rename(tags.idOf(QStringLiteral("ligne de front")), QStringLiteral("terrain")));
    m_workspace->notifyTagsChanged();
    QTRY_COMPARE(panel()->model()->rowCount(), 0); // "front" is no longer anywhere in it
}

void TestAnnotationSearchUi::modelPassesTester()
{
    AnnotationSearchModel model(m_workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.search(QStringLiteral("alep OR prisonniers"));
    QVERIFY(model.rowCount() >= 2);
    QCOMPARE(model.columnCount(), int(AnnotationSearchModel::ColumnCount));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    model.search(QStringLiteral("\"unbalanced"));
    model.search(QString());
    QCOMPARE(model.rowCount(), 0);
    model.search(QStringLiteral("combats"));
    annotate(*m_workspace, m_fixture.articleIds[2], QStringLiteral("Reprise."), {QStringLiteral("combats")});
    m_workspace->notifyAnnotationsChanged(m_fixture.articleIds[2]);
    QTRY_COMPARE(model.rowCount(), 2);
}

void TestAnnotationSearchUi::screenshot()
{
    // Set by a screenshot run; the normal test run saves nothing.
    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
    if (folder.isEmpty())
        QSKIP("GLOSSA_SHOTS is not set");
    m_window->resize(1440, 880);
    m_window->annotationSearchDock()->showAndFocus();
    typeQuery(QStringLiteral("alep OR prisonniers OR citer"));
    QVERIFY(panel()->model()->rowCount() >= 3);
    QTest::qWait(100); // let the layouts take the new texts in before the grab
    QVERIFY(m_window->grab().save(folder + QStringLiteral("/annotation-search-window.png")));
}

QTEST_MAIN(TestAnnotationSearchUi)
#include "tst_annotationsearch_ui.moc"
