// Collections (case files) in the real main window over a real library file: multi-selection in
// the headline list (J/K still step), "Add to Collection" and "New Collection…" on the selection,
// the collection filter, "Remove from Collection", the collections panel (create, rename, delete,
// drop), every edit one undo step checked in the file through a fresh connection, and the
// export dialog's collection scope.

#include "claimsfixture.h"
#include "common/articleidsmime.h"
#include "collections/collectionactions.h"
#include "collections/collectionlistmodel.h"
#include "collections/collectionsdock.h"
#include "collections/collectionspanel.h"
#include "export/exportdialog.h"
#include "headlines/filterbar.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "storage/collectionstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace glossa;
using namespace glossa::testsupport;

namespace {

// What a restart would see: the collection's articles read through a fresh connection.
QList<qint64> membersInFile(const QString &path, qint64 collectionId)
{
    Library library;
    if (!library.open(path))
        return {-1};
    return CollectionStore(library.database()).articleIds(collectionId);
}

std::optional<Collection> collectionInFile(const QString &path, qint64 collectionId)
{
    Library library;
    if (!library.open(path))
        return std::nullopt;
    return CollectionStore(library.database()).collection(collectionId);
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestCollections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlClickSelectsSeveralAndJKStillStep();
    void addSelectionToCollectionFromTheMenu();
    void newCollectionFromSelectionIsOneStep();
    void filterShowsTheCollectionAndRemoveTakesOut();
    void panelRenamesAndDeletesWithUndo();
    void deletingTheShownCollectionShowsAllArticles();
    void droppingArticlesOnACollectionAddsThem();
    void refusedNamesChangeNothing_data();
    void refusedNamesChangeNothing();
    void listModelPassesTester();
    void exportDialogExportsTheCollection();
    void screenshot();

private:
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void pressKey(int key);
    QAction *addMenuEntry(qint64 collectionId);
    int rowOf(qint64 articleId) const { return m_window->headlineModel()->rowOf(articleId); }
    CollectionsPanel *panel() const { return m_window->collectionsDock()->panel(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    ClaimsFixture m_fixture;
};

void TestCollections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_collections"));
}

void TestCollections::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("cases.glossa"));
    m_workspace = std::make_unique<Workspace>();
    m_fixture = makeClaimsFixture(*m_workspace, m_path);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->headlineView()->setFocus();
    QCOMPARE(m_window->headlineModel()->rowCount(), 4);
}

void TestCollections::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestCollections::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    HeadlineView *view = m_window->headlineView();
    const QRect cell = view->visualRect(m_window->headlineModel()->index(row, HeadlineModel::TitleColumn));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, cell.center());
}

void TestCollections::pressKey(int key)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key));
}

QAction *TestCollections::addMenuEntry(qint64 collectionId)
{
    QMenu *menu = m_window->collectionActions()->addToCollectionMenu();
    emit menu->aboutToShow(); // what opening the menu does: list the collections as they are now
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->data().toLongLong() == collectionId)
            return action;
    }
    return nullptr;
}

void TestCollections::ctrlClickSelectsSeveralAndJKStillStep()
{
    HeadlineView *view = m_window->headlineView();
    HeadlineModel *model = m_window->headlineModel();
    pressKey(Qt::Key_J);
    pressKey(Qt::Key_J);
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(1));
    clickRow(3, Qt::ControlModifier);
    QCOMPARE(view->selectedArticleIds(), (QList<qint64>{model->articleId(1), model->articleId(3)}));
    // The reader follows the current row, the one clicked last.
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(3));
    clickRow(0, Qt::ShiftModifier);
    QCOMPARE(view->selectedArticleIds().size(), 4);
    // J and K move the current article and leave a single selection, as before.
    view->setFocus();
    pressKey(Qt::Key_K);
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(0)); // K at the top stays
    pressKey(Qt::Key_J);
    QCOMPARE(view->selectedArticleIds(), QList<qint64>{model->articleId(1)});
    QCOMPARE(m_window->readerView()->articleId(), model->articleId(1));
}

void TestCollections::addSelectionToCollectionFromTheMenu()
{
    const qint64 id = panel()->createCollection(QStringLiteral("Dossier Alep"));
    QVERIFY(id != 0);
    const qint64 first = m_fixture.articleIds[0], third = m_fixture.articleIds[2];
    clickRow(rowOf(first));
    clickRow(rowOf(third), Qt::ControlModifier);
    QAction *entry = addMenuEntry(id);
    QVERIFY(entry);
    QCOMPARE(entry->text(), QStringLiteral("Dossier Alep"));
    // The same menu is in the Article menu and the list's context menu.
    QVERIFY(m_window->collectionActions()->addToCollectionMenu()->isEnabled());
    QUndoStack *stack = m_workspace->undoStack();
    const int steps = stack->count();
    entry->trigger();
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(sorted(membersInFile(m_path, id)), sorted({first, third}));
    QCOMPARE(panel()->model()->index(panel()->model()->rowOf(id)).data(CollectionListModel::CountRole).toInt(), 2);
    // Adding them again changes nothing and adds no step.
    addMenuEntry(id)->trigger();
    QCOMPARE(stack->count(), steps + 1);
    stack->undo();
    QCOMPARE(membersInFile(m_path, id), QList<qint64>{});
    stack->redo();
    QCOMPARE(sorted(membersInFile(m_path, id)), sorted({first, third}));
}

void TestCollections::newCollectionFromSelectionIsOneStep()
{
    const qint64 second = m_fixture.articleIds[1], fourth = m_fixture.articleIds[3];
    clickRow(rowOf(second));
    clickRow(rowOf(fourth), Qt::ControlModifier);
    QUndoStack *stack = m_workspace->undoStack();
    const int steps = stack->count();
    const qint64 id = m_window->collectionActions()->newCollectionFromSelection(QStringLiteral("  Prisonniers  "));
    QVERIFY(id != 0);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(collectionInFile(m_path, id)->name, QStringLiteral("Prisonniers"));
    QCOMPARE(sorted(membersInFile(m_path, id)), sorted({second, fourth}));
    QVERIFY(m_window->filterBar()->collectionChooser()->findData(id, CollectionListModel::CollectionIdRole) > 0);
    stack->undo();
    QVERIFY(!collectionInFile(m_path, id));
    QCOMPARE(m_window->filterBar()->collectionChooser()->count(), 1); // "All articles" only
    stack->redo(); // back with the same id and the same articles
    QCOMPARE(collectionInFile(m_path, id)->name, QStringLiteral("Prisonniers"));
    QCOMPARE(sorted(membersInFile(m_path, id)), sorted({second, fourth}));
}

void TestCollections::filterShowsTheCollectionAndRemoveTakesOut()
{
    const QList<qint64> &a = m_fixture.articleIds;
    const qint64 id = m_workspace->collections().create(QStringLiteral("Front"));
    QCOMPARE(m_workspace->collections().addArticles(id, {a[1], a[3]}), 2);
    m_workspace->notifyCollectionsChanged();
    QAction *remove = m_window->collectionActions()->removeFromCollectionAction();
    QVERIFY(!remove->isVisible());

    QComboBox *chooser = m_window->filterBar()->collectionChooser();
    chooser->setCurrentIndex(chooser->findData(id, CollectionListModel::CollectionIdRole));
    QCOMPARE(chooser->currentText(), QStringLiteral("Front (2)"));
    QCOMPARE(m_window->headlineModel()->rowCount(), 2);
    QCOMPARE(m_window->headlineModel()->query().collectionId, id);
    QCOMPARE(panel()->currentCollectionId(), id); // the panel shows the same choice

    clickRow(rowOf(a[3]));
    QVERIFY(remove->isVisible());
    QVERIFY(remove->isEnabled());
    QVERIFY(remove->text().contains(QStringLiteral("Front")));
    remove->trigger();
    QCOMPARE(membersInFile(m_path, id), QList<qint64>{a[1]});
    QCOMPARE(m_window->headlineModel()->rowCount(), 1); // the list follows at once
    QCOMPARE(chooser->currentText(), QStringLiteral("Front (1)"));
    m_workspace->undoStack()->undo();
    QCOMPARE(sorted(membersInFile(m_path, id)), sorted({a[1], a[3]}));
    QCOMPARE(m_window->headlineModel()->rowCount(), 2);

    // "All articles" shows the whole library again.
    chooser->setCurrentIndex(0);
    QCOMPARE(m_window->headlineModel()->rowCount(), 4);
    QVERIFY(!remove->isVisible());
}

void TestCollections::panelRenamesAndDeletesWithUndo()
{
    const QList<qint64> &a = m_fixture.articleIds;
    QUndoStack *stack = m_workspace->undoStack();
    const qint64 id = panel()->createCollection(QStringLiteral("Alep"));
    QVERIFY(id != 0);
    QCOMPARE(panel()->addArticles(id, {a[0], a[1]}), 2);
    QVERIFY(panel()->renameCollection(id, QStringLiteral("Alep — février")));
    QCOMPARE(collectionInFile(m_path, id)->name, QStringLiteral("Alep — février"));
    stack->undo();
    QCOMPARE(collectionInFile(m_path, id)->name, QStringLiteral("Alep"));
    stack->redo();

    panel()->setCurrentCollection(id);
    QVERIFY(panel()->findChild<QPushButton *>(QStringLiteral("deleteCollectionButton"))->isEnabled());
    panel()->deleteCurrent();
    QVERIFY(!collectionInFile(m_path, id));
    QCOMPARE(membersInFile(m_path, id), QList<qint64>{});
    QCOMPARE(m_workspace->finder().summaries(ArticleQuery()).size(), 4); // articles are never deleted
    stack->undo(); // same id, same name, same articles
    QCOMPARE(collectionInFile(m_path, id)->name, QStringLiteral("Alep — février"));
    QCOMPARE(sorted(membersInFile(m_path, id)), sorted({a[0], a[1]}));
    QCOMPARE(panel()->model()->rowOf(id) > 0, true);
}

void TestCollections::deletingTheShownCollectionShowsAllArticles()
{
    const qint64 id = panel()->createCollection(QStringLiteral("Éphémère"));
    QCOMPARE(panel()->addArticles(id, {m_fixture.articleIds[0]}), 1);
    m_window->filterBar()->setCollection(id);
    QCOMPARE(m_window->headlineModel()->rowCount(), 1);
    QVERIFY(panel()->deleteCollection(id));
    QCOMPARE(m_window->filterBar()->collectionId(), 0);
    QCOMPARE(m_window->headlineModel()->rowCount(), 4);
    QCOMPARE(panel()->currentCollectionId(), 0);
}

void TestCollections::droppingArticlesOnACollectionAddsThem()
{
    const QList<qint64> &a = m_fixture.articleIds;
    const qint64 id = panel()->createCollection(QStringLiteral("Glissé"));
    clickRow(rowOf(a[2]));
    clickRow(rowOf(a[3]), Qt::ControlModifier);
    // What the headline list puts in a drag, dropped on the collection's row of the panel.
    std::unique_ptr<QMimeData> data(ArticleIdsMime::encode(m_window->headlineView()->selectedArticleIds()));
    CollectionListModel *model = panel()->model();
    const QModelIndex target = model->index(model->rowOf(id));
    QVERIFY(model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target));
    QVERIFY(!model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, model->index(0))); // not on "All articles"
    QVERIFY(!model->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, QModelIndex()));  // nor between rows
    model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, target);
    QCOMPARE(sorted(membersInFile(m_path, id)), sorted({a[2], a[3]}));
    m_workspace->undoStack()->undo();
    QCOMPARE(membersInFile(m_path, id), QList<qint64>{});
    // Foreign or broken drag data adds nothing.
    QMimeData junk;
    junk.setData(ArticleIdsMime::type(), "x,-4,,999999999999999999999");
    model->dropMimeData(&junk, Qt::CopyAction, -1, -1, model->index(model->rowOf(id)));
    QCOMPARE(membersInFile(m_path, id), QList<qint64>{});
}

void TestCollections::refusedNamesChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("blank") << "   ";
    QTest::newRow("taken, other case") << "DOSSIER";
    QTest::newRow("taken, extra spaces") << " Dossier ";
}

void TestCollections::refusedNamesChangeNothing()
{
    QFETCH(QString, name);
    QVERIFY(panel()->createCollection(QStringLiteral("Dossier")) != 0);
    const qint64 other = panel()->createCollection(QStringLiteral("Autre"));
    QUndoStack *stack = m_workspace->undoStack();
    const int steps = stack->count();
    QCOMPARE(panel()->createCollection(name), 0);
    QVERIFY(!panel()->renameCollection(other, name));
    QCOMPARE(stack->count(), steps);
    QCOMPARE(m_workspace->collections().collections().size(), 2);
    QCOMPARE(collectionInFile(m_path, other)->name, QStringLiteral("Autre"));
    // Each refusal said why, without blocking the window.
    QTRY_VERIFY(!m_window->findChildren<QMessageBox *>(QStringLiteral("collectionMessage")).isEmpty());
}

void TestCollections::listModelPassesTester()
{
    CollectionListModel model(m_workspace.get(), true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("All articles"));
    const qint64 id = panel()->createCollection(QStringLiteral("Un"));
    panel()->createCollection(QStringLiteral("deux"));
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1).data(CollectionListModel::NameRole).toString(), QStringLiteral("deux")); // by name, any case
    QCOMPARE(model.collectionIdAt(2), id);
    QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsDropEnabled));
    QVERIFY(model.flags(model.index(2)) & Qt::ItemIsDropEnabled);
    panel()->deleteCollection(id);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    CollectionListModel plain(m_workspace.get(), false);
    QAbstractItemModelTester plainTester(&plain, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(plain.rowCount(), 1);
    QCOMPARE(plain.rowOf(12345), -1);
}

void TestCollections::exportDialogExportsTheCollection()
{
    const QList<qint64> &a = m_fixture.articleIds;
    const qint64 empty = panel()->createCollection(QStringLiteral("Vide"));
    const qint64 id = panel()->createCollection(QStringLiteral("Dossier Alep"));
    QCOMPARE(panel()->addArticles(id, {a[0], a[2]}), 2);
    m_window->filterBar()->setCollection(id);

    ExportContext context;
    context.filter = m_window->headlineModel()->query();
    context.filteredCount = m_window->headlineModel()->totalCount();
    ExportDialog dialog(m_workspace.get(), context);
    QVERIFY(dialog.isScopeAvailable(ExportScopeKind::Collection));
    QCOMPARE(dialog.collection(), id); // the collection the list shows is the one offered
    QVERIFY(!dialog.setCollection(empty)); // an empty collection is not offered
    QVERIFY(dialog.setScope(ExportScopeKind::Collection));
    dialog.setFormat(ExportFormat::Markdown);
    const QString path = m_dir->filePath(QStringLiteral("dossier.md"));
    dialog.setOutputPath(path);
    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.outcome().articles, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    for (int i = 0; i < a.size(); ++i) {
        const QString title = m_workspace->articles().article(a[i])->title;
        QCOMPARE(markdown.contains(title), i == 0 || i == 2);
    }
}

void TestCollections::screenshot()
{
    // Set by a screenshot run; the normal test run saves nothing.
    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
    if (folder.isEmpty())
        QSKIP("GLOSSA_SHOTS is not set");
    const QList<qint64> &a = m_fixture.articleIds;
    const qint64 id = panel()->createCollection(QStringLiteral("Dossier Alep — février"));
    panel()->createCollection(QStringLiteral("Front sud"));
    QCOMPARE(panel()->addArticles(id, {a[0], a[1], a[2]}), 3);
    m_window->resize(1440, 880);
    m_window->collectionsDock()->show();
    m_window->filterBar()->setCollection(id);
    clickRow(0);
    clickRow(2, Qt::ControlModifier);
    QTest::qWait(100); // let the layouts take the new texts in before the grab
    QVERIFY(m_window->grab().save(folder + QStringLiteral("/collections-window.png")));
    ExportContext context;
    context.filter = m_window->headlineModel()->query();
    context.filteredCount = m_window->headlineModel()->totalCount();
    context.selectedArticleIds = m_window->headlineView()->selectedArticleIds();
    ExportDialog dialog(m_workspace.get(), context, m_window.get());
    dialog.setScope(ExportScopeKind::Collection);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(folder + QStringLiteral("/collections-export.png")));
    QMenu menu;
    menu.addMenu(m_window->collectionActions()->addToCollectionMenu());
    emit m_window->collectionActions()->addToCollectionMenu()->aboutToShow();
    m_window->collectionActions()->addToCollectionMenu()->adjustSize();
    QVERIFY(m_window->collectionActions()->addToCollectionMenu()->grab().save(folder + QStringLiteral("/collections-menu.png")));
}

QTEST_MAIN(TestCollections)
#include "tst_collections.moc"
