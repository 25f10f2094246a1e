// Deleting articles in the real main window over a real library file (issue 21, item 8): Delete
// in the list deletes the selection as one undoable step, asking first when the articles carry
// annotations; the file holds what the window shows (read through a fresh connection), undo puts
// everything back with the same ids, and Delete anywhere else never deletes an article.

#include "claimsfixture.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "headlines/readingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "headlines/filterbar.h"
#include "screenshotlook.h"
#include "whereelse/whereelselauncher.h"
#include "whereelse/whereelsepanel.h"
#include "whereelse/whereelsemodel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace glossa;
using namespace glossa::testsupport;

namespace {

// What a restart would see.
struct InFile
{
    int articles = -1;
    int annotations = -1;
};

InFile inFile(const QString &path)
{
    Library library;
    if (!library.open(path))
        return {};
    const LibraryStats stats = ArticleStore(library.database()).stats();
    return {stats.articles, stats.annotations};
}

} // namespace

class TestArticleDeletionUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deletesABareArticleAtOnceWithUndo();
    void asksBeforeDeletingAnnotations_data();
    void asksBeforeDeletingAnnotations();
    void deletesTheSelectionInOneStep();
    void deleteOutsideTheListKeepsTheArticle();
    void screenshots_data();
    void screenshots();

private:
    void select(qint64 articleId);
    // Answers the confirmation that the next Delete opens; false when none opened.
    void answerConfirmation(bool accept, bool *asked);
    QAction *deleteAction() const { return m_window->findChild<QAction *>(QStringLiteral("deleteArticleAction")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    ClaimsFixture m_fixture;
    qint64 m_bareId = 0;
};

void TestArticleDeletionUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_article_deletion_ui"));
}

void TestArticleDeletionUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("desk.glossa"));
    m_workspace = std::make_unique<Workspace>();
    m_fixture = makeClaimsFixture(*m_workspace, m_path);
    Importer importer(m_workspace->library());
    const FileImportResult bare = importer.importFile(QStringLiteral(GLOSSA_TEST_DATA "/app/fr_marche.txt"));
    QCOMPARE(bare.articleIds.size(), 1);
    m_bareId = bare.articleIds.first();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->headlineModel()->rowCount(), 5);
}

void TestArticleDeletionUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestArticleDeletionUi::select(qint64 articleId)
{
    HeadlineView *view = m_window->headlineView();
    view->setFocus();
    QVERIFY(view->selectArticle(articleId));
    QTRY_COMPARE(m_window->readingController()->currentArticleId(), articleId);
}

void TestArticleDeletionUi::answerConfirmation(bool accept, bool *asked)
{
    *asked = false;
    QTimer::singleShot(0, this, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("confirmDeleteArticle"))
            return;
        *asked = true;
        for (QAbstractButton *button : box->buttons()) {
            const QMessageBox::ButtonRole role = box->buttonRole(button);
            if ((accept && role == QMessageBox::DestructiveRole) || (!accept && role == QMessageBox::RejectRole)) {
                button->click();
                return;
            }
        }
    });
}

void TestArticleDeletionUi::deletesABareArticleAtOnceWithUndo()
{
    select(m_bareId);
    QVERIFY(deleteAction()->isEnabled());
    bool asked = false;
    answerConfirmation(true, &asked);
    QTest::keyClick(m_window->headlineView(), Qt::Key_Delete);
    QVERIFY(!asked); // nothing on it to lose, and undo brings it back
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 4);
    QCOMPARE(m_window->headlineModel()->rowOf(m_bareId), -1);
    QCOMPARE(inFile(m_path).articles, 4);
    QCOMPARE(m_window->readingController()->currentArticleId(), qint64(0)); // the reader let go of it

    QVERIFY(m_workspace->undoStack()->canUndo());
    QVERIFY2(m_workspace->undoStack()->undoText().contains(QLatin1String("Delete Article")),
             qPrintable(m_workspace->undoStack()->undoText()));
    m_workspace->undoStack()->undo();
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 5);
    QVERIFY(m_window->headlineModel()->rowOf(m_bareId) >= 0); // the same id
    QCOMPARE(inFile(m_path).articles, 5);
    m_workspace->undoStack()->redo();
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 4);
    QCOMPARE(inFile(m_path).articles, 4);
}

void TestArticleDeletionUi::asksBeforeDeletingAnnotations_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("cancel keeps it") << false;
    QTest::newRow("delete takes it with its claim") << true;
}

void TestArticleDeletionUi::asksBeforeDeletingAnnotations()
{
    QFETCH(bool, accept);
    const qint64 annotated = m_fixture.articleIds.first();
    const InFile before = inFile(m_path);
    select(annotated);
    bool asked = false;
    answerConfirmation(accept, &asked);
    QTest::keyClick(m_window->headlineView(), Qt::Key_Delete);
    QVERIFY(asked);
    if (!accept) {
        QCOMPARE(inFile(m_path).articles, before.articles);
        QVERIFY(!m_workspace->undoStack()->canUndo());
        return;
    }
    QTRY_COMPARE(m_window->headlineModel()->rowOf(annotated), -1);
    const InFile after = inFile(m_path);
    QCOMPARE(after.articles, before.articles - 1);
    QVERIFY(after.annotations < before.annotations);
    QVERIFY(!m_workspace->annotations().annotation(m_fixture.claimIds.first()));

    m_workspace->undoStack()->undo();
    QTRY_VERIFY(m_window->headlineModel()->rowOf(annotated) >= 0);
    const std::optional<Annotation> claim = m_workspace->annotations().annotation(m_fixture.claimIds.first());
    QVERIFY(claim);
    QVERIFY(claim->claim);
    QCOMPARE(inFile(m_path).annotations, before.annotations);
}

void TestArticleDeletionUi::deletesTheSelectionInOneStep()
{
    HeadlineView *view = m_window->headlineView();
    select(m_bareId);
    const int other = m_window->headlineModel()->rowOf(m_fixture.articleIds.at(1));
    QVERIFY(other >= 0);
    view->selectionModel()->select(m_window->headlineModel()->index(other, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view->selectedArticleIds().size(), 2);
    bool asked = false;
    answerConfirmation(true, &asked);
    deleteAction()->trigger(); // Article ▸ Delete Article…
    QVERIFY(asked);            // one of them is annotated
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 3);
    QCOMPARE(inFile(m_path).articles, 3);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->undoStack()->undo();
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 5);
    QCOMPARE(inFile(m_path).articles, 5);
}

void TestArticleDeletionUi::deleteOutsideTheListKeepsTheArticle()
{
    select(m_bareId);
    m_window->readerView()->setFocus();
    QTRY_VERIFY(m_window->readerView()->hasFocus() || m_window->readerView()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCoreApplication::processEvents();
    QCOMPARE(inFile(m_path).articles, 5);
    QCOMPARE(m_window->headlineModel()->rowCount(), 5);
}

void TestArticleDeletionUi::screenshots_data()
{
    addScreenshotRows();
}

// With GLOSSA_SCREENSHOT_DIR set: the confirmation before deleting an annotated article, the
// empty list's notice, and the Where Else dock under the reader, in each language and theme.
void TestArticleDeletionUi::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (ScreenshotLook::folder().isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    const ScreenshotLook look(language, dark);
    QVERIFY(look.isLoaded());
    m_window->resize(1366, 768);

    select(m_fixture.articleIds.first());
    QTimer::singleShot(300, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->grab().save(look.path(QStringLiteral("delete-article")));
            box->reject();
        }
    });
    deleteAction()->trigger();
    QVERIFY(QFile::exists(look.path(QStringLiteral("delete-article"))));

    m_workspace->requestArticle(m_fixture.articleIds.first(), m_fixture.claimIds.first());
    auto *launcher = m_window->findChild<WhereElseLauncher *>();
    WhereElsePanel *panel = launcher->open(m_fixture.claimIds.first());
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isSearching(), 10000);
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(look.path(QStringLiteral("where-else-dock"))));
    panel->parentWidget()->close();

    m_window->filterBar()->searchField()->setText(QStringLiteral("zzzunfindable"));
    QTest::keyClick(m_window->filterBar()->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 0);
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(look.path(QStringLiteral("empty-list"))));
}

QTEST_MAIN(TestArticleDeletionUi)
#include "tst_article_deletion_ui.moc"
