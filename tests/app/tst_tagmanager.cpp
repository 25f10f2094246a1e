// The tag manager over a real library file: rename, merge, recolour and delete, each one step on
// the application's undo stack, with undo and redo checked in the file through a fresh connection.

#include "claimsfixture.h"
#include "mainwindow/mainwindow.h"
#include "storage/tagstore.h"
#include "tags/tagmanagerdialog.h"
#include "tags/tagtablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace glossa;
using namespace glossa::testsupport;

namespace {

std::optional<TagUsage> tagInFile(const QString &path, const QString &name)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        qFatal("cannot reopen the library: %s", qPrintable(error));
    const TagStore store(library.database());
    return store.tag(store.idOf(name));
}

QStringList articleTagsInFile(const QString &path, qint64 articleId)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        qFatal("cannot reopen the library: %s", qPrintable(error));
    return ArticleStore(library.database()).article(articleId)->tags;
}

} // namespace

class TestTagManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTagsWithUsage();
    void renameUndoRedo();
    void renameOntoAnotherTagIsRefused();
    void mergeUndoRedo();
    void recolorUndoRedo();
    void deleteKeepsOtherTagsUndoRedo();
    void keepsCurrentTagAcrossRefresh();
    void openedFromTheEditMenuWithItsOwnUndo();

private:
    qint64 tagId(const QString &name) const { return m_workspace->tags().idOf(name); }
    QStringList tagsInFile(qint64 annotationId) const { return annotationInFile(m_path, annotationId)->tags; }

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    Workspace *m_workspace = nullptr;
    ClaimsFixture m_fixture;
    TagManagerDialog *m_dialog = nullptr;
};

void TestTagManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tagmanager"));
    QSettings().clear();
}

void TestTagManager::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("tags.glossa"));
    m_workspace = new Workspace;
    m_fixture = makeClaimsFixture(*m_workspace, m_path);
    // An article-level use too, so usage counts and undo cover articles.
    QVERIFY(m_workspace->articles().setTags(m_fixture.articleIds[0], {QStringLiteral("alep")}));
    m_dialog = new TagManagerDialog(m_workspace);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestTagManager::cleanup()
{
    delete m_dialog;
    delete m_workspace;
    delete m_dir;
}

void TestTagManager::listsTagsWithUsage()
{
    QAbstractItemModelTester tester(m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TagTableModel *model = m_dialog->model();
    QCOMPARE(model->rowCount(), 3);
    const TagUsage &alep = model->tagAt(model->rowOf(tagId(QStringLiteral("alep"))));
    QCOMPARE(alep.annotations, 2);
    QCOMPARE(alep.articles, 1);
    const TagUsage &prisonniers = model->tagAt(model->rowOf(tagId(QStringLiteral("prisonniers"))));
    QCOMPARE(prisonniers.annotations, 2);
    QCOMPARE(prisonniers.articles, 0);
    const int frontRow = model->rowOf(tagId(QStringLiteral("front")));
    QCOMPARE(model->index(frontRow, TagTableModel::Annotations).data().toInt(), 1);
    QVERIFY(model->index(frontRow, TagTableModel::Name).data(Qt::DecorationRole).canConvert<QPixmap>());
    m_dialog->model()->refresh();

    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
    if (!folder.isEmpty()) {
        QVERIFY(m_dialog->recolorTag(tagId(QStringLiteral("front")), QStringLiteral("#e57373")));
        QVERIFY(m_dialog->recolorTag(tagId(QStringLiteral("alep")), QStringLiteral("#64b5f6")));
        QTRY_VERIFY(!m_dialog->model()->tagAt(0).color.isEmpty());
        QDir().mkpath(folder);
        QVERIFY(m_dialog->grab().save(folder + QStringLiteral("/tag-manager.png")));
    }
}

void TestTagManager::renameUndoRedo()
{
    QSignalSpy changed(m_workspace, &Workspace::tagsChanged);
    QUndoStack *stack = m_workspace->undoStack();
    const qint64 alep = tagId(QStringLiteral("alep"));
    QVERIFY(m_dialog->renameTag(alep, QStringLiteral("  Alep   2024 ")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tagsInFile(m_fixture.claimIds[0]), QStringList{"Alep 2024"});
    QCOMPARE(tagsInFile(m_fixture.claimIds[1]), (QStringList{"Alep 2024", "prisonniers"}));
    QCOMPARE(articleTagsInFile(m_path, m_fixture.articleIds[0]), QStringList{"Alep 2024"});
    QTRY_COMPARE(m_dialog->model()->tagAt(m_dialog->model()->rowOf(alep)).name, QStringLiteral("Alep 2024"));

    stack->undo();
    QCOMPARE(tagsInFile(m_fixture.claimIds[1]), (QStringList{"alep", "prisonniers"}));
    QCOMPARE(tagInFile(m_path, QStringLiteral("alep"))->id, alep);
    stack->redo();
    QCOMPARE(tagsInFile(m_fixture.claimIds[0]), QStringList{"Alep 2024"});
    QCOMPARE(changed.count(), 3);
}

void TestTagManager::renameOntoAnotherTagIsRefused()
{
    QVERIFY(!m_dialog->renameTag(tagId(QStringLiteral("alep")), QStringLiteral("FRONT")));
    QVERIFY(!m_dialog->renameTag(tagId(QStringLiteral("alep")), QStringLiteral("   ")));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(tagsInFile(m_fixture.claimIds[0]), QStringList{"alep"});
    // Only the case changes: the same tag, so allowed.
    QVERIFY(m_dialog->renameTag(tagId(QStringLiteral("alep")), QStringLiteral("Alep")));
    QCOMPARE(tagsInFile(m_fixture.claimIds[0]), QStringList{"Alep"});
}

void TestTagManager::mergeUndoRedo()
{
    QUndoStack *stack = m_workspace->undoStack();
    const qint64 prisonniers = tagId(QStringLiteral("prisonniers"));
    const qint64 alep = tagId(QStringLiteral("alep"));
    QVERIFY(m_dialog->mergeTags(prisonniers, alep));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(tagsInFile(m_fixture.claimIds[1]), QStringList{"alep"});
    QCOMPARE(tagsInFile(m_fixture.plainHighlightId), QStringList{"alep"});
    QVERIFY(!tagInFile(m_path, QStringLiteral("prisonniers")));
    QCOMPARE(tagInFile(m_path, QStringLiteral("alep"))->annotations, 3);
    QTRY_COMPARE(m_dialog->model()->rowCount(), 2);

    stack->undo();
    QCOMPARE(tagsInFile(m_fixture.claimIds[1]), (QStringList{"alep", "prisonniers"}));
    QCOMPARE(tagsInFile(m_fixture.plainHighlightId), QStringList{"prisonniers"});
    QCOMPARE(tagInFile(m_path, QStringLiteral("prisonniers"))->id, prisonniers);
    QCOMPARE(tagInFile(m_path, QStringLiteral("alep"))->annotations, 2);
    QTRY_COMPARE(m_dialog->model()->rowCount(), 3);
    stack->redo();
    QCOMPARE(tagsInFile(m_fixture.plainHighlightId), QStringList{"alep"});
    QVERIFY(!tagInFile(m_path, QStringLiteral("prisonniers")));

    QVERIFY(!m_dialog->mergeTags(alep, alep));
    QCOMPARE(stack->count(), 1);
}

void TestTagManager::recolorUndoRedo()
{
    QUndoStack *stack = m_workspace->undoStack();
    const qint64 front = tagId(QStringLiteral("front"));
    const QString before = tagInFile(m_path, QStringLiteral("front"))->color;
    QVERIFY(m_dialog->recolorTag(front, QStringLiteral("#4caf50")));
    QCOMPARE(tagInFile(m_path, QStringLiteral("front"))->color, QStringLiteral("#4caf50"));
    QVERIFY(!m_dialog->recolorTag(front, QStringLiteral("#4caf50"))); // no empty step
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(tagInFile(m_path, QStringLiteral("front"))->color, before);
    stack->redo();
    QCOMPARE(tagInFile(m_path, QStringLiteral("front"))->color, QStringLiteral("#4caf50"));
}

void TestTagManager::deleteKeepsOtherTagsUndoRedo()
{
    QUndoStack *stack = m_workspace->undoStack();
    const qint64 alep = tagId(QStringLiteral("alep"));
    QVERIFY(m_dialog->removeTag(alep));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(tagsInFile(m_fixture.claimIds[0]), QStringList());
    QCOMPARE(tagsInFile(m_fixture.claimIds[1]), QStringList{"prisonniers"});
    QCOMPARE(articleTagsInFile(m_path, m_fixture.articleIds[0]), QStringList());
    // The annotations themselves stay.
    QVERIFY(annotationInFile(m_path, m_fixture.claimIds[0]));
    QVERIFY(!tagInFile(m_path, QStringLiteral("alep")));

    stack->undo();
    QCOMPARE(tagsInFile(m_fixture.claimIds[0]), QStringList{"alep"});
    QCOMPARE(tagsInFile(m_fixture.claimIds[1]), (QStringList{"alep", "prisonniers"})); // same position
    QCOMPARE(articleTagsInFile(m_path, m_fixture.articleIds[0]), QStringList{"alep"});
    QCOMPARE(tagInFile(m_path, QStringLiteral("alep"))->id, alep);
    stack->redo();
    QCOMPARE(tagsInFile(m_fixture.claimIds[1]), QStringList{"prisonniers"});
}

void TestTagManager::keepsCurrentTagAcrossRefresh()
{
    const qint64 front = tagId(QStringLiteral("front"));
    m_dialog->selectTag(front);
    QCOMPARE(m_dialog->currentTagId(), front);
    QVERIFY(m_dialog->renameTag(front, QStringLiteral("Zone de front")));
    QTRY_COMPARE(m_dialog->model()->tagAt(m_dialog->model()->rowOf(front)).name, QStringLiteral("Zone de front"));
    QCOMPARE(m_dialog->currentTagId(), front);
}

void TestTagManager::openedFromTheEditMenuWithItsOwnUndo()
{
    MainWindow window(m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *manageTags = window.findChild<QAction *>(QStringLiteral("manageTagsAction"));
    QVERIFY(manageTags);
    manageTags->trigger();
    auto *dialog = window.findChild<TagManagerDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    manageTags->trigger(); // the same dialog comes forward, not a second one
    QCOMPARE(window.findChildren<TagManagerDialog *>().size(), 1);

    QVERIFY(dialog->removeTag(tagId(QStringLiteral("front"))));
    QCOMPARE(tagsInFile(m_fixture.claimIds[3]), QStringList());
    // Ctrl+Z in the (non-modal) dialog undoes on the shared stack.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keySequence(dialog, QKeySequence::Undo);
    QCOMPARE(tagsInFile(m_fixture.claimIds[3]), QStringList{"front"});
}

QTEST_MAIN(TestTagManager)
#include "tst_tagmanager.moc"
