// Annotating: the sidebar's model under QAbstractItemModelTester, every undo command checked
// against the library file itself, the dialog, the actions and the sidebar.

#include "readertestsupport.h"

#include "anchoring/textanchoring.h"
#include "annotations/annotationactions.h"
#include "annotations/annotationdialog.h"
#include "annotations/annotationfilterproxymodel.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "annotations/articlenotepanel.h"
#include "annotations/noterecovery.h"
#include "edits/addannotationcommand.h"
#include "edits/editannotationcommand.h"
#include "edits/removeannotationcommand.h"
#include "edits/setarticlenotecommand.h"
#include "edits/setarticletagscommand.h"
#include "annotations/tagslineedit.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "openarticle.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAbstractButton>
#include <QMessageBox>
#include <QMenu>
#include <QTimer>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

namespace {

// What the file holds, read through a connection of its own as a restarted app would.
struct FreshLibrary
{
    explicit FreshLibrary(const QString &path)
    {
        QString error;
        if (!library.open(path, &error))
            qFatal("cannot reopen %s: %s", qPrintable(path), qPrintable(error));
    }
    std::optional<Annotation> annotation(qint64 id) { return AnnotationStore(library.database()).annotation(id); }
    QList<Annotation> annotations(qint64 articleId)
    {
        return AnnotationStore(library.database()).annotationsForArticle(articleId);
    }
    std::optional<Article> article(qint64 id) { return ArticleStore(library.database()).article(id); }
    Library library;
};

Annotation makeAnnotation(const Article &article, int start, int end, const QString &color = QStringLiteral("#ffd54f"))
{
    Annotation annotation;
    annotation.articleId = article.id;
    annotation.anchor = TextAnchoring::makeAnchor(article.text, start, end);
    annotation.color = color;
    return annotation;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void claimSummaryAndClaimantKindAreUndoableEdits();

    void modelPassesTester();
    void modelOrdersTextThenOrphaned();
    void filterProxyPassesTester();
    void modelUpsertMatchesReload_data();
    void modelUpsertMatchesReload();
    void commandsNameTheChangedAnnotation();
    void sidebarFollowsOneEditWithoutReset();

    void addCommand();
    void addCommandFailureLeavesNothing();
    void removeCommandRestoresSameAnnotation();
    void editCommand();
    void articleNoteCommand();
    void articleTagsCommand();
    void undoAcrossArticlesRequestsArticle();

    void tagsLineEditParses();
    void dialogRoundTrip();
    void actionsFollowSelection();
    void actionsCreateClaim();
    void claimDialogThroughAction();
    void sidebarListsAndSelects();
    void sidebarDeleteAndUndo();
    void notePanelSavesThroughCommands();
    void notePanelKeepsARefusedNote();
    void annotationDialogKeepsARefusedNote_data();
    void annotationDialogKeepsARefusedNote();

private:
    QString libraryPath() const { return m_dir.filePath(QStringLiteral("library.glossa")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Article m_french;
    Article m_arabic;
};

void TestAnnotations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(libraryPath(), &error), qPrintable(error));
    m_french = *m_workspace->articles().article(
        testsupport::storeFixture(m_workspace->library(), QStringLiteral("french_headings.article")));
    m_arabic = *m_workspace->articles().article(
        testsupport::storeFixture(m_workspace->library(), QStringLiteral("arabic_rtl.article")));
}

void TestAnnotations::init()
{
    m_workspace->undoStack()->clear();
    // Each test starts as a fresh window does, with no article open: the panes share one open
    // article, and a test that writes behind the workspace's back expects its panes to read it.
    m_workspace->openArticle()->close();
}

void TestAnnotations::cleanup()
{
    // Each test starts from articles without annotations.
    AnnotationStore store = m_workspace->annotations();
    for (const Article &article : {m_french, m_arabic}) {
        for (const Annotation &annotation : store.annotationsForArticle(article.id))
            store.remove(annotation.id);
    }
    m_workspace->undoStack()->clear();
}

void TestAnnotations::modelPassesTester()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Annotation> annotations;
    for (int i = 0; i < 6; ++i) {
        Annotation a = makeAnnotation(m_french, 10 * i, 10 * i + 15);
        a.id = i + 1;
        annotations << a;
    }
    model.setAnnotations(annotations, m_french.text);
    QCOMPARE(model.rowCount(), 6);
    // Remove two, insert one elsewhere, change one.
    QList<Annotation> next = annotations;
    next.removeAt(4);
    next.removeAt(1);
    Annotation added = makeAnnotation(m_french, 200, 230);
    added.id = 9;
    next << added;
    next[0].note = QStringLiteral("changed");
    model.setAnnotations(next, m_french.text);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data(AnnotationListModel::NoteRole).toString(), QStringLiteral("changed"));
    QCOMPARE(model.index(4).data(AnnotationListModel::AnnotationIdRole).toLongLong(), 9);
    // An annotation orphaned: the order changes (reset).
    next[1].orphaned = true;
    model.setAnnotations(next, m_french.text);
    QCOMPARE(model.index(4).data(AnnotationListModel::OrphanedRole).toBool(), true);
    model.setAnnotations({}, m_french.text);
    QCOMPARE(model.rowCount(), 0);
    model.setAnnotations(annotations, m_french.text);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAnnotations::modelOrdersTextThenOrphaned()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Annotation late = makeAnnotation(m_french, 300, 320);
    late.id = 1;
    Annotation early = makeAnnotation(m_french, 5, 20);
    early.id = 2;
    early.claim = Claim{QStringLiteral("statistic"), QStringLiteral("false"), QStringLiteral("Le ministre"), {}, 0.8, {}, {}};
    early.tags = QStringList{QStringLiteral("énergie"), QStringLiteral("prix")};
    Annotation moved = makeAnnotation(m_french, 40, 60);
    moved.id = 3;
    moved.anchor.exact = QStringLiteral("text that is no longer there"); // stale span
    model.setAnnotations({late, early, moved}, m_french.text);
    QCOMPARE(model.index(0).data(AnnotationListModel::AnnotationIdRole).toLongLong(), 2);
    QCOMPARE(model.index(1).data(AnnotationListModel::AnnotationIdRole).toLongLong(), 1);
    QCOMPARE(model.index(2).data(AnnotationListModel::AnnotationIdRole).toLongLong(), 3);
    QCOMPARE(model.index(2).data(AnnotationListModel::OrphanedRole).toBool(), true);
    QCOMPARE(model.index(0).data(AnnotationListModel::VerdictRole).toString(), QStringLiteral("false"));
    QCOMPARE(model.index(0).data(AnnotationListModel::VerdictColorRole).value<QColor>(), QColor(QStringLiteral("#c62828")));
    QCOMPARE(model.index(0).data(AnnotationListModel::ClaimKindLabelRole).toString(), QStringLiteral("Statistic"));
    QCOMPARE(model.index(0).data(AnnotationListModel::TagsRole).toStringList(), early.tags);
    QCOMPARE(model.indexOf(3).row(), 2);
}

void TestAnnotations::filterProxyPassesTester()
{
    AnnotationListModel model;
    AnnotationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Annotation> annotations;
    for (int i = 0; i < 5; ++i) {
        Annotation a = makeAnnotation(m_french, 20 * i, 20 * i + 10);
        a.id = i + 1;
        if (i % 2 == 0)
            a.tags = QStringList{QStringLiteral("Énergie")};
        if (i >= 3)
            a.claim = Claim{QStringLiteral("factual"), i == 3 ? QStringLiteral("disputed") : QStringLiteral("false"),
                            {}, {}, {}, {}, {}};
        annotations << a;
    }
    model.setAnnotations(annotations, m_french.text);
    proxy.setTagFilter(QStringLiteral("énergie"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setVerdictFilter(QStringLiteral("false"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setTagFilter(QString());
    proxy.setVerdictFilter(AnnotationFilterProxyModel::noClaim());
    QCOMPARE(proxy.rowCount(), 3);
    annotations.removeFirst();
    model.setAnnotations(annotations, m_french.text);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setVerdictFilter(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestAnnotations::modelUpsertMatchesReload_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");
    QTest::newRow("insert in the middle") << QStringLiteral("insert middle") << 1 << 0 << 0;
    QTest::newRow("insert first") << QStringLiteral("insert first") << 1 << 0 << 0;
    QTest::newRow("insert orphaned") << QStringLiteral("insert orphaned") << 1 << 0 << 0;
    QTest::newRow("insert on a taken span") << QStringLiteral("insert twin") << 1 << 0 << 0;
    QTest::newRow("note changed in place") << QStringLiteral("note") << 0 << 0 << 1;
    QTest::newRow("same content") << QStringLiteral("same") << 0 << 0 << 0;
    QTest::newRow("moved later") << QStringLiteral("move") << 1 << 1 << 0;
    QTest::newRow("orphaned") << QStringLiteral("orphan") << 1 << 1 << 0;
    QTest::newRow("found again") << QStringLiteral("found again") << 1 << 1 << 0;
    QTest::newRow("removed") << QStringLiteral("remove") << 0 << 1 << 0;
    QTest::newRow("removed, not there") << QStringLiteral("remove unknown") << 0 << 0 << 0;
}

// One row inserted, changed, moved or removed, never a reset; the result is what setAnnotations()
// with the whole new list gives.
void TestAnnotations::modelUpsertMatchesReload()
{
    QFETCH(QString, op);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changed);
    QList<Annotation> annotations;
    for (int i = 0; i < 5; ++i) {
        Annotation a = makeAnnotation(m_french, 20 * i + 10, 20 * i + 25);
        a.id = i + 1;
        annotations << a;
    }
    Annotation stale = makeAnnotation(m_french, 40, 60);
    stale.id = 6;
    stale.orphaned = true;
    annotations << stale;
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnnotations(annotations, m_french.text);

    QSignalSpy insertedSpy(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removedSpy(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QList<Annotation> next = annotations;
    Annotation one;
    if (op.startsWith(QLatin1String("insert"))) {
        const int start = op == QLatin1String("insert first") ? 2 : op == QLatin1String("insert twin") ? 50 : 55;
        one = makeAnnotation(m_french, start, op == QLatin1String("insert twin") ? 65 : start + 12);
        one.id = 7;
        one.orphaned = op == QLatin1String("insert orphaned");
        next << one;
    } else if (op == QLatin1String("found again")) {
        one = stale;
        one.orphaned = false;
        next.last() = one;
    } else if (op.startsWith(QLatin1String("remove"))) {
        const qint64 id = op == QLatin1String("remove") ? 3 : 99;
        next.removeIf([id](const Annotation &a) { return a.id == id; });
        model.remove(id);
    } else {
        one = annotations.at(1);
        if (op == QLatin1String("note"))
            one.note = QStringLiteral("à vérifier");
        else if (op == QLatin1String("move"))
            one.anchor = TextAnchoring::makeAnchor(m_french.text, 75, 90);
        else if (op == QLatin1String("orphan"))
            one.orphaned = true;
        next[1] = one;
    }
    if (!op.startsWith(QLatin1String("remove")))
        model.upsert(one, m_french.text);

    QCOMPARE(insertedSpy.size(), inserted);
    QCOMPARE(removedSpy.size(), removed);
    QCOMPARE(changedSpy.size(), changed);
    QCOMPARE(resetSpy.size(), 0);
    AnnotationListModel reloaded;
    reloaded.setAnnotations(next, m_french.text);
    QCOMPARE(model.rowCount(), reloaded.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int role : {int(AnnotationListModel::AnnotationIdRole), int(AnnotationListModel::NoteRole),
                         int(AnnotationListModel::OrphanedRole), int(AnnotationListModel::StartRole)})
            QCOMPARE(model.index(row).data(role), reloaded.index(row).data(role));
    }
    QCOMPARE(model.annotations().size(), next.size());
}

// Add, edit and remove commands tell which annotation changed and how; undo and redo too.
void TestAnnotations::commandsNameTheChangedAnnotation()
{
    using Change = Workspace::AnnotationChange;
    QSignalSpy changed(m_workspace.get(), &Workspace::annotationsChanged);
    auto expect = [&](qint64 id, Change change) {
        QCOMPARE(changed.size(), 1);
        const QList<QVariant> args = changed.takeFirst();
        QCOMPARE(args.at(0).toLongLong(), m_french.id);
        QCOMPARE(args.at(1).toLongLong(), id);
        QCOMPARE(args.at(2).value<Change>(), change);
    };
    QUndoStack *undo = m_workspace->undoStack();
    auto *add = new AddAnnotationCommand(m_workspace.get(), makeAnnotation(m_french, 12, 48));
    undo->push(add);
    const qint64 id = add->annotationId();
    QVERIFY(id > 0);
    expect(id, Change::Added);
    undo->undo();
    expect(id, Change::Removed);
    undo->redo();
    expect(id, Change::Added);

    const Annotation before = *m_workspace->annotations().annotation(id);
    Annotation after = before;
    after.note = QStringLiteral("source ?");
    undo->push(new EditAnnotationCommand(m_workspace.get(), before, after));
    expect(id, Change::Edited);
    undo->undo();
    expect(id, Change::Edited);

    undo->push(new RemoveAnnotationCommand(m_workspace.get(), before));
    expect(id, Change::Removed);
    undo->undo();
    expect(id, Change::Added);

    // A failed write does not say what the file holds: views reload everything.
    Annotation bad = makeAnnotation(m_french, 10, 20);
    bad.anchor.exact = QStringLiteral("not what the text says");
    undo->push(new AddAnnotationCommand(m_workspace.get(), bad));
    expect(0, Change::Many);
}

// The sidebar follows single edits row by row (selection, filter and scroll survive) and ends
// where a reload would.
void TestAnnotations::sidebarFollowsOneEditWithoutReset()
{
    AnnotationStore store = m_workspace->annotations();
    for (int i = 0; i < 4; ++i) {
        Annotation annotation = makeAnnotation(m_french, 30 * i + 5, 30 * i + 25);
        annotation.tags = QStringList{i % 2 ? QStringLiteral("prix") : QStringLiteral("énergie")};
        QVERIFY(store.create(annotation));
    }
    AnnotationSidebar sidebar(m_workspace.get());
    sidebar.resize(380, 600);
    sidebar.show();
    sidebar.showArticle(m_french.id);
    QAbstractItemModelTester tester(sidebar.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(sidebar.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    sidebar.setTagFilter(QStringLiteral("prix"));
    QCOMPARE(sidebar.filterModel()->rowCount(), 2);
    const qint64 selected = sidebar.model()->index(1).data(AnnotationListModel::AnnotationIdRole).toLongLong();
    sidebar.selectAnnotation(selected);
    QSignalSpy resets(sidebar.model(), &QAbstractItemModel::modelReset);

    auto matchesStore = [&] {
        AnnotationListModel reloaded;
        reloaded.setAnnotations(store.annotationsForArticle(m_french.id), m_french.text);
        if (reloaded.rowCount() != sidebar.model()->rowCount())
            return false;
        for (int row = 0; row < reloaded.rowCount(); ++row) {
            if (reloaded.index(row).data(AnnotationListModel::AnnotationIdRole)
                    != sidebar.model()->index(row).data(AnnotationListModel::AnnotationIdRole)
                || reloaded.index(row).data(AnnotationListModel::ColorRole)
                    != sidebar.model()->index(row).data(AnnotationListModel::ColorRole))
                return false;
        }
        return true;
    };

    QUndoStack *undo = m_workspace->undoStack();
    Annotation added = makeAnnotation(m_french, 50, 70);
    added.tags = QStringList{QStringLiteral("prix")};
    auto *add = new AddAnnotationCommand(m_workspace.get(), added);
    undo->push(add);
    QCOMPARE(sidebar.model()->rowCount(), 5);
    QCOMPARE(sidebar.filterModel()->rowCount(), 3);
    QVERIFY(matchesStore());
    // A new tag becomes a filter choice; the chosen filter stays.
    const Annotation before = *store.annotation(add->annotationId());
    Annotation after = before;
    after.tags << QStringLiteral("nouveau");
    after.color = QStringLiteral("#f48fb1");
    undo->push(new EditAnnotationCommand(m_workspace.get(), before, after));
    QVERIFY(matchesStore());
    auto *tagFilter = sidebar.findChild<QComboBox *>(QStringLiteral("tagFilter"));
    QVERIFY(tagFilter->findData(QStringLiteral("nouveau")) > 0);
    QCOMPARE(tagFilter->currentData().toString(), QStringLiteral("prix"));
    undo->undo();
    QCOMPARE(tagFilter->findData(QStringLiteral("nouveau")), -1);
    undo->undo();
    QCOMPARE(sidebar.model()->rowCount(), 4);
    QVERIFY(matchesStore());
    undo->push(new RemoveAnnotationCommand(m_workspace.get(), *store.annotation(selected)));
    QCOMPARE(sidebar.model()->rowCount(), 3);
    QCOMPARE(sidebar.filterModel()->rowCount(), 1);
    QVERIFY(matchesStore());
    QCOMPARE(resets.size(), 0);
    undo->undo();
    QVERIFY(matchesStore());
    QCOMPARE(sidebar.filterModel()->rowCount(), 2);
    QCOMPARE(resets.size(), 0);
}

void TestAnnotations::addCommand()
{
    QSignalSpy changed(m_workspace.get(), &Workspace::annotationsChanged);
    Annotation annotation = makeAnnotation(m_french, 12, 48, QStringLiteral("#81c784"));
    annotation.tags = QStringList{QStringLiteral("défense")};
    qint64 created = 0;
    m_workspace->undoStack()->push(
        new AddAnnotationCommand(m_workspace.get(), annotation, [&](qint64 id) { created = id; }));
    QVERIFY(created > 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().toLongLong(), m_french.id);
    {
        FreshLibrary file(libraryPath());
        const std::optional<Annotation> stored = file.annotation(created);
        QVERIFY(stored);
        QCOMPARE(stored->anchor, annotation.anchor);
        QCOMPARE(stored->color, QStringLiteral("#81c784"));
        QCOMPARE(stored->tags, annotation.tags);
    }
    m_workspace->undoStack()->undo();
    QVERIFY(!FreshLibrary(libraryPath()).annotation(created));
    m_workspace->undoStack()->redo();
    const std::optional<Annotation> again = FreshLibrary(libraryPath()).annotation(created);
    QVERIFY2(again, "redo puts the annotation back under the same id");
    QCOMPARE(again->tags, annotation.tags);
    QCOMPARE(changed.size(), 3);
}

void TestAnnotations::addCommandFailureLeavesNothing()
{
    QSignalSpy errors(m_workspace.get(), &Workspace::storageError);
    Annotation bad = makeAnnotation(m_french, 10, 20);
    bad.anchor.exact = QStringLiteral("not what the text says");
    m_workspace->undoStack()->push(new AddAnnotationCommand(m_workspace.get(), bad));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_workspace->undoStack()->count(), 0); // obsolete: dropped from the history
    QVERIFY(FreshLibrary(libraryPath()).annotations(m_french.id).isEmpty());
}

void TestAnnotations::removeCommandRestoresSameAnnotation()
{
    Annotation annotation = makeAnnotation(m_french, 100, 160, QStringLiteral("#f48fb1"));
    annotation.note = QStringLiteral("À vérifier auprès du ministère");
    annotation.tags = QStringList{QStringLiteral("défense"), QStringLiteral("Syrie")};
    annotation.claim = Claim{QStringLiteral("allegation"), QStringLiteral("misleading"), QStringLiteral("Le porte-parole"),
                             QStringLiteral("https://example.org/rapport\nentretien du 3 mars"), 0.65, {}, {}};
    QVERIFY(m_workspace->annotations().create(annotation));
    const Annotation stored = *m_workspace->annotations().annotation(annotation.id);

    m_workspace->undoStack()->push(new RemoveAnnotationCommand(m_workspace.get(), stored));
    QVERIFY(!FreshLibrary(libraryPath()).annotation(annotation.id));
    m_workspace->undoStack()->undo();
    const std::optional<Annotation> restored = FreshLibrary(libraryPath()).annotation(annotation.id);
    QVERIFY(restored);
    QCOMPARE(restored->id, stored.id);
    QVERIFY(restored->sameContent(stored));
    QCOMPARE(restored->tags, stored.tags);
    QVERIFY(restored->claim);
    QCOMPARE(*restored->claim, *stored.claim);
    QCOMPARE(restored->created, stored.created);
    m_workspace->undoStack()->redo();
    QVERIFY(!FreshLibrary(libraryPath()).annotation(annotation.id));
}

void TestAnnotations::editCommand()
{
    Annotation before = makeAnnotation(m_arabic, 5, 40);
    QVERIFY(m_workspace->annotations().create(before));
    Annotation after = before;
    after.color = QStringLiteral("#64b5f6");
    after.note = QStringLiteral("ملاحظة");
    after.tags = QStringList{QStringLiteral("صحة")};
    after.claim = Claim{QStringLiteral("statistic"), QStringLiteral("disputed"), QStringLiteral("الوزير"), {}, {}, {}, {}};
    m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace.get(), before, after));
    std::optional<Annotation> stored = FreshLibrary(libraryPath()).annotation(before.id);
    QVERIFY(stored && stored->sameContent(after));
    m_workspace->undoStack()->undo();
    stored = FreshLibrary(libraryPath()).annotation(before.id);
    QVERIFY(stored && stored->sameContent(before));
    QVERIFY(!stored->claim);
    m_workspace->undoStack()->redo();
    stored = FreshLibrary(libraryPath()).annotation(before.id);
    QVERIFY(stored && stored->sameContent(after));
    QCOMPARE(stored->claim->verdict, QStringLiteral("disputed"));
}

void TestAnnotations::articleNoteCommand()
{
    QSignalSpy state(m_workspace.get(), &Workspace::articleStateChanged);
    m_workspace->undoStack()->push(new SetArticleNoteCommand(m_workspace.get(), m_french.id, QString(), QStringLiteral("Pre")));
    m_workspace->undoStack()->push(
        new SetArticleNoteCommand(m_workspace.get(), m_french.id, QStringLiteral("Pre"), QStringLiteral("Premier jet")));
    QCOMPARE(m_workspace->undoStack()->count(), 1); // typing in one note merges
    QCOMPARE(FreshLibrary(libraryPath()).article(m_french.id)->note, QStringLiteral("Premier jet"));
    QCOMPARE(state.size(), 2);
    m_workspace->undoStack()->undo();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_french.id)->note, QString());
    m_workspace->undoStack()->redo();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_french.id)->note, QStringLiteral("Premier jet"));
    // Another article's note is its own step.
    m_workspace->undoStack()->push(new SetArticleNoteCommand(m_workspace.get(), m_arabic.id, QString(), QStringLiteral("x")));
    QCOMPARE(m_workspace->undoStack()->count(), 2);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_arabic.id)->note, QString());
}

void TestAnnotations::articleTagsCommand()
{
    const QStringList tags{QStringLiteral("défense"), QStringLiteral("à suivre")};
    m_workspace->undoStack()->push(new SetArticleTagsCommand(m_workspace.get(), m_french.id, {}, tags));
    QStringList stored = FreshLibrary(libraryPath()).article(m_french.id)->tags;
    stored.sort();
    QStringList expected = tags;
    expected.sort();
    QCOMPARE(stored, expected);
    m_workspace->undoStack()->undo();
    QVERIFY(FreshLibrary(libraryPath()).article(m_french.id)->tags.isEmpty());
    m_workspace->undoStack()->redo();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_french.id)->tags.size(), 2);
    m_workspace->undoStack()->undo();
}

void TestAnnotations::undoAcrossArticlesRequestsArticle()
{
    QSignalSpy requested(m_workspace.get(), &Workspace::articleRequested);
    Annotation french = makeAnnotation(m_french, 0, 30);
    QVERIFY(m_workspace->annotations().create(french));
    Annotation edited = french;
    edited.note = QStringLiteral("une note");
    m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace.get(), french, edited));
    m_workspace->undoStack()->push(new AddAnnotationCommand(m_workspace.get(), makeAnnotation(m_arabic, 3, 20)));
    QCOMPARE(requested.size(), 0); // doing an edit never moves the window
    m_workspace->undoStack()->undo(); // the Arabic highlight
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.last().at(0).toLongLong(), m_arabic.id);
    m_workspace->undoStack()->undo(); // the French note: that article is asked for, on that annotation
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.last().at(0).toLongLong(), m_french.id);
    QCOMPARE(requested.last().at(1).toLongLong(), french.id);
}

void TestAnnotations::tagsLineEditParses()
{
    QCOMPARE(TagsLineEdit::parse(QStringLiteral(" a, b ,, A,  c d ")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c d")}));
    TagsLineEdit edit;
    edit.setKnownTags({QStringLiteral("défense"), QStringLiteral("désinformation"), QStringLiteral("santé")});
    edit.setTags({QStringLiteral("santé")});
    QCOMPARE(edit.text(), QStringLiteral("santé"));
    edit.setText(QStringLiteral("santé, dé"));
    edit.completer()->setCompletionPrefix(QStringLiteral("dé"));
    QCOMPARE(edit.completer()->completionCount(), 2);
    emit edit.completer()->activated(QStringLiteral("défense"));
    QCOMPARE(edit.tags(), (QStringList{QStringLiteral("santé"), QStringLiteral("défense")}));
}

void TestAnnotations::dialogRoundTrip()
{
    AnnotationDialog dialog(AnnotationDialog::Purpose::Edit);
    Annotation annotation = makeAnnotation(m_arabic, 0, 20, QStringLiteral("#81c784"));
    annotation.note = QStringLiteral("note");
    annotation.tags = QStringList{QStringLiteral("x"), QStringLiteral("y")};
    annotation.claim = Claim{QStringLiteral("quote"), QStringLiteral("partly-supported"), QStringLiteral("Someone"),
                             QStringLiteral("link"), 0.4, {}, {}};
    dialog.setAnnotation(annotation);
    const Annotation back = dialog.applyTo(annotation);
    QVERIFY(back.sameContent(annotation));
    QCOMPARE(*back.claim, *annotation.claim);

    dialog.setHasClaim(false);
    QVERIFY(!dialog.applyTo(annotation).claim);

    auto *verdict = dialog.findChild<QComboBox *>(QStringLiteral("verdictCombo"));
    QVERIFY(verdict);
    QCOMPARE(verdict->count(), 7);
    AnnotationDialog fresh(AnnotationDialog::Purpose::NewClaim);
    QVERIFY(fresh.hasClaim());
    QVERIFY(!fresh.claim().confidence); // "not given" unless the analyst sets it
    QVERIFY(!AnnotationDialog(AnnotationDialog::Purpose::NewNote).hasClaim());
}

// The claim dialog's summary (ClaimReview's claimReviewed) and claimant kind: set in the dialog,
// written by the edit the dialog makes, undone and redone with it.
void TestAnnotations::claimSummaryAndClaimantKindAreUndoableEdits()
{
    Annotation stored = makeAnnotation(m_french, 10, 40);
    stored.claim = Claim{};
    QVERIFY(m_workspace->annotations().create(stored));
    stored = *m_workspace->annotations().annotation(stored.id);

    AnnotationDialog dialog(AnnotationDialog::Purpose::Edit);
    dialog.setAnnotation(stored);
    auto *summary = dialog.findChild<QLineEdit *>(QStringLiteral("summaryEdit"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("claimantKindCombo"));
    QVERIFY(summary && kind);
    QCOMPARE(summary->maxLength(), Claim::kSummaryLength - 1);
    QCOMPARE(kind->currentData().toString(), QString());
    summary->setText(QStringLiteral("  Le port a traité un record  ")); // keyClicks types ASCII only
    kind->setCurrentIndex(kind->findData(QStringLiteral("Organization")));
    const Annotation after = dialog.applyTo(stored);
    QCOMPARE(after.claim->summary, QStringLiteral("Le port a traité un record"));
    QCOMPARE(after.claim->claimantKind, QStringLiteral("Organization"));

    m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace.get(), stored, after));
    std::optional<Annotation> now = m_workspace->annotations().annotation(stored.id);
    QCOMPARE(now->claim->summary, QStringLiteral("Le port a traité un record"));
    QCOMPARE(now->claim->claimantKind, QStringLiteral("Organization"));
    m_workspace->undoStack()->undo();
    now = m_workspace->annotations().annotation(stored.id);
    QCOMPARE(now->claim->summary, QString());
    QCOMPARE(now->claim->claimantKind, QString());
    m_workspace->undoStack()->redo();
    now = m_workspace->annotations().annotation(stored.id);
    QCOMPARE(now->claim->summary, QStringLiteral("Le port a traité un record"));

    // Read back into the dialog as it was saved.
    AnnotationDialog again(AnnotationDialog::Purpose::Edit);
    again.setAnnotation(*now);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("summaryEdit"))->text(), QStringLiteral("Le port a traité un record"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("claimantKindCombo"))->currentData().toString(),
             QStringLiteral("Organization"));
}

void TestAnnotations::actionsFollowSelection()
{
    ReaderView reader(m_workspace.get());
    AnnotationActions actions(m_workspace.get(), &reader, &reader);
    reader.showArticle(m_french.id);
    QVERIFY(!actions.highlightAction()->isEnabled());
    reader.selectSpan(10, 30);
    QVERIFY(actions.highlightAction()->isEnabled());
    QVERIFY(actions.claimAction()->isEnabled());
    QCOMPARE(actions.highlightAction()->shortcut(), QKeySequence(Qt::Key_H));
    QCOMPARE(actions.claimAction()->shortcut(), QKeySequence(Qt::Key_C));
    QCOMPARE(actions.noteAction()->shortcut(), QKeySequence(Qt::Key_N));
    QCOMPARE(actions.colorMenu()->actions().size(), 5);
    reader.selectSpan(10, 10);
    QVERIFY(!actions.noteAction()->isEnabled());
}

void TestAnnotations::actionsCreateClaim()
{
    ReaderView reader(m_workspace.get());
    AnnotationActions actions(m_workspace.get(), &reader, &reader);
    reader.showArticle(m_arabic.id);
    reader.selectSpan(m_arabic.blocks.at(1).start, m_arabic.blocks.at(1).start + 25);
    const Claim claim{QStringLiteral("statistic"), QStringLiteral("disputed"), QStringLiteral("الوزير"), {}, {}, {}, {}};
    const qint64 id = actions.createClaim(claim, QStringLiteral("chiffre à vérifier"), {QStringLiteral("santé")});
    QVERIFY(id > 0);
    const std::optional<Annotation> stored = FreshLibrary(libraryPath()).annotation(id);
    QVERIFY(stored);
    QCOMPARE(stored->anchor.start, m_arabic.blocks.at(1).start);
    QCOMPARE(stored->anchor.exact, m_arabic.text.mid(m_arabic.blocks.at(1).start, 25));
    QCOMPARE(*stored->claim, claim);
    QCOMPARE(stored->tags, QStringList{QStringLiteral("santé")});
    QCOMPARE(reader.textView()->extraSelections().size(), 1); // the reader drew it at once

    reader.selectSpan(0, 5);
    actions.setCurrentColor(QStringLiteral("pink"));
    const qint64 highlight = actions.createHighlight();
    QCOMPARE(FreshLibrary(libraryPath()).annotation(highlight)->color, QStringLiteral("#f48fb1"));
    QCOMPARE(m_workspace->undoStack()->count(), 2);
}

void TestAnnotations::claimDialogThroughAction()
{
    QWidget window;
    auto *reader = new ReaderView(m_workspace.get(), &window);
    AnnotationActions actions(m_workspace.get(), reader, &window);
    window.resize(800, 600);
    window.show();
    reader->showArticle(m_french.id);
    reader->selectSpan(m_french.blocks.at(2).start, m_french.blocks.at(2).end);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *verdict = dialog->findChild<QComboBox *>(QStringLiteral("verdictCombo"));
        verdict->setCurrentIndex(verdict->findData(QStringLiteral("false")));
        dialog->findChild<QLineEdit *>(QStringLiteral("claimantEdit"))->setText(QStringLiteral("Le ministère"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(QStringLiteral("faux"));
        filled = true;
        dialog->accept();
    });
    actions.claimAction()->trigger();
    QVERIFY(filled);
    const QList<Annotation> stored = FreshLibrary(libraryPath()).annotations(m_french.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().claim->verdict, QStringLiteral("false"));
    QCOMPARE(stored.first().claim->claimant, QStringLiteral("Le ministère"));
    QCOMPARE(stored.first().note, QStringLiteral("faux"));
    QCOMPARE(stored.first().anchor.exact, m_french.blockText(m_french.blocks.at(2)));
}

void TestAnnotations::sidebarListsAndSelects()
{
    AnnotationSidebar sidebar(m_workspace.get());
    sidebar.resize(360, 700);
    sidebar.show();
    QAbstractItemModelTester tester(sidebar.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    Annotation second = makeAnnotation(m_french, 200, 240);
    second.claim = Claim{QStringLiteral("factual"), QStringLiteral("supported"), {}, {}, {}, {}, {}};
    Annotation first = makeAnnotation(m_french, 20, 50);
    first.tags = QStringList{QStringLiteral("alpha")};
    Annotation orphan = makeAnnotation(m_french, 0, 10);
    orphan.orphaned = true;
    for (Annotation *a : {&second, &first, &orphan})
        QVERIFY(m_workspace->annotations().create(*a));
    sidebar.showArticle(m_french.id);
    QCOMPARE(sidebar.model()->rowCount(), 3);
    QCOMPARE(sidebar.model()->index(0).data(AnnotationListModel::AnnotationIdRole).toLongLong(), first.id);
    QCOMPARE(sidebar.model()->index(2).data(AnnotationListModel::OrphanedRole).toBool(), true);

    QSignalSpy selected(&sidebar, &AnnotationSidebar::annotationSelected);
    sidebar.selectAnnotation(second.id);
    QCOMPARE(sidebar.selectedAnnotation(), second.id);
    QCOMPARE(selected.size(), 0); // programmatic selection does not echo back to the reader

    // A user click on a card asks for it.
    const QModelIndex firstIndex = sidebar.filterModel()->index(0, 0);
    const QRect rect = sidebar.listView()->visualRect(firstIndex);
    QTest::mouseClick(sidebar.listView()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(selected.size() >= 1);
    QCOMPARE(selected.last().first().toLongLong(), first.id);

    sidebar.setVerdictFilter(QStringLiteral("supported"));
    QCOMPARE(sidebar.filterModel()->rowCount(), 1);
    sidebar.setVerdictFilter(QString());
    sidebar.setTagFilter(QStringLiteral("alpha"));
    QCOMPARE(sidebar.filterModel()->rowCount(), 1);
    // Selecting a card hidden by the filter clears the filter.
    sidebar.selectAnnotation(orphan.id);
    QCOMPARE(sidebar.filterModel()->rowCount(), 3);
    QCOMPARE(sidebar.selectedAnnotation(), orphan.id);

    // An edit elsewhere shows up without losing the selection.
    Annotation changed = first;
    changed.note = QStringLiteral("new note");
    m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace.get(), first, changed));
    QCOMPARE(sidebar.model()->index(0).data(AnnotationListModel::NoteRole).toString(), QStringLiteral("new note"));
    QCOMPARE(sidebar.selectedAnnotation(), orphan.id);
}

void TestAnnotations::sidebarDeleteAndUndo()
{
    AnnotationSidebar sidebar(m_workspace.get());
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowActive(&sidebar)); // shortcuts need an active window
    Annotation annotation = makeAnnotation(m_arabic, 10, 30);
    annotation.tags = QStringList{QStringLiteral("t")};
    QVERIFY(m_workspace->annotations().create(annotation));
    sidebar.showArticle(m_arabic.id);
    sidebar.selectAnnotation(annotation.id);
    sidebar.listView()->setFocus();
    QTest::keyClick(sidebar.listView(), Qt::Key_Delete);
    QCOMPARE(sidebar.model()->rowCount(), 0);
    QVERIFY(!FreshLibrary(libraryPath()).annotation(annotation.id));
    m_workspace->undoStack()->undo();
    QCOMPARE(sidebar.model()->rowCount(), 1);
    QCOMPARE(FreshLibrary(libraryPath()).annotation(annotation.id)->tags, annotation.tags);
}

void TestAnnotations::notePanelSavesThroughCommands()
{
    AnnotationSidebar sidebar(m_workspace.get());
    sidebar.show();
    sidebar.showArticle(m_arabic.id);
    auto *note = sidebar.findChild<QPlainTextEdit *>(QStringLiteral("articleNoteEdit"));
    auto *tags = sidebar.findChild<QLineEdit *>(QStringLiteral("articleTagsEdit"));
    QVERIFY(note && tags);
    note->setPlainText(QStringLiteral("À relire demain"));
    sidebar.notePanel()->commit();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_arabic.id)->note, QStringLiteral("À relire demain"));
    tags->setText(QStringLiteral("santé, budget"));
    sidebar.notePanel()->commit();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_arabic.id)->tags.size(), 2);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_arabic.id)->note, QString());
    QCOMPARE(note->toPlainText(), QString()); // the panel shows what undo restored
    QCOMPARE(tags->text(), QString());
}

// A full disk refused the article note, and the "could not be saved" path put the stored note
// back into the field: what was typed was gone. It stays in the field and in a recovery file
// until the library takes it.
void TestAnnotations::notePanelKeepsARefusedNote()
{
    const QString typed = QStringLiteral("Chiffres à vérifier auprès du ministère");
    const QString stored = FreshLibrary(libraryPath()).article(m_french.id)->note;
    QFile::remove(NoteRecovery::filePath());
    // The library refuses notes as a full disk would, through a connection of its own.
    Library refuser;
    QVERIFY(refuser.open(libraryPath()));
    QSqlQuery sql(refuser.database());
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE UPDATE OF note ON articles "
                                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    const auto dropTrigger = qScopeGuard([&] { sql.exec(QStringLiteral("DROP TRIGGER IF EXISTS full_disk")); });

    AnnotationSidebar sidebar(m_workspace.get());
    sidebar.show();
    sidebar.showArticle(m_french.id);
    auto *note = sidebar.findChild<QPlainTextEdit *>(QStringLiteral("articleNoteEdit"));
    QVERIFY(note);
    QSignalSpy refusals(m_workspace.get(), &Workspace::storageError);
    note->setPlainText(typed);
    sidebar.notePanel()->commit();
    QCOMPARE(refusals.size(), 1);
    QVERIFY2(refusals.first().first().toString().contains(QStringLiteral("database or disk is full")),
             qPrintable(refusals.first().first().toString()));
    QCOMPARE(note->toPlainText(), typed);
    QCOMPARE(FreshLibrary(libraryPath()).article(m_french.id)->note, stored);
    QCOMPARE(NoteRecovery::recovered(libraryPath(), m_french.id), std::optional<QString>(typed));
    QVERIFY(NoteRecovery::filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));

    // Another article read meanwhile: the refused note waits in the recovery file...
    sidebar.showArticle(m_arabic.id);
    QCOMPARE(note->toPlainText(), FreshLibrary(libraryPath()).article(m_arabic.id)->note);
    QCOMPARE(NoteRecovery::recovered(libraryPath(), m_french.id), std::optional<QString>(typed));

    // ...and comes back into the field with the article, saved once the library takes it.
    QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER full_disk")));
    sidebar.showArticle(m_french.id);
    QCOMPARE(note->toPlainText(), typed);
    sidebar.notePanel()->commit();
    QCOMPARE(FreshLibrary(libraryPath()).article(m_french.id)->note, typed);
    QCOMPARE(NoteRecovery::recovered(libraryPath(), m_french.id), std::nullopt);
    QCOMPARE(note->toPlainText(), typed);

    QVERIFY(m_workspace->articles().setNote(m_french.id, stored));
}

void TestAnnotations::annotationDialogKeepsARefusedNote_data()
{
    QTest::addColumn<bool>("editing"); // a card's Edit… in the sidebar, else N on a selection
    QTest::newRow("edit a card") << true;
    QTest::newRow("new note") << false;
}

// The annotation dialog closed when the library refused its save (a full disk), and what was
// typed in it was gone. It stays open with the text, says why, keeps the note in the recovery
// file, brings it back when the dialog opens again on the same annotation or passage, and
// forgets it once saved.
void TestAnnotations::annotationDialogKeepsARefusedNote()
{
    QFETCH(bool, editing);
    const QString typed = QStringLiteral("Le chiffre vient du rapport de 2023, pas de 2024");
    QFile::remove(NoteRecovery::filePath());
    Annotation existing = makeAnnotation(m_french, 40, 90);
    existing.note = QStringLiteral("à vérifier");
    if (editing)
        QVERIFY(m_workspace->annotations().create(existing));
    // The library refuses annotations as a full disk would, through a connection of its own.
    Library refuser;
    QVERIFY(refuser.open(libraryPath()));
    QSqlQuery sql(refuser.database());
    for (const char *event : {"INSERT", "UPDATE"}) {
        QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER full_disk_%1 BEFORE %1 ON annotations "
                                        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
                             .arg(QLatin1String(event))));
    }
    auto dropTriggers = [&] {
        return sql.exec(QStringLiteral("DROP TRIGGER IF EXISTS full_disk_INSERT"))
            && sql.exec(QStringLiteral("DROP TRIGGER IF EXISTS full_disk_UPDATE"));
    };
    const auto cleanUp = qScopeGuard(dropTriggers);

    QWidget window;
    auto *reader = new ReaderView(m_workspace.get(), &window);
    AnnotationActions actions(m_workspace.get(), reader, &window);
    AnnotationSidebar sidebar(m_workspace.get());
    window.resize(800, 600);
    window.show();
    reader->showArticle(m_french.id);
    sidebar.showArticle(m_french.id);
    auto openDialog = [&] {
        if (editing) {
            sidebar.editAnnotation(existing.id);
        } else {
            reader->selectSpan(existing.anchor.start, existing.anchor.end);
            actions.noteAction()->trigger();
        }
    };
    auto noteEdit = [](AnnotationDialog *dialog) { return dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")); };
    auto status = [](AnnotationDialog *dialog) { return dialog->findChild<QLabel *>(QStringLiteral("saveStatusLabel")); };
    const QString key = [&] {
        Annotation proposed = existing;
        if (!editing)
            proposed.uuid.clear();
        return NoteRecovery::annotationKey(proposed);
    }();

    // Refused: the dialog stays open with the text and says why; the note is in the recovery file.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        noteEdit(dialog)->setPlainText(typed);
        dialog->accept();
        QVERIFY2(dialog->isVisible(), "the dialog closed although nothing was saved");
        QCOMPARE(noteEdit(dialog)->toPlainText(), typed);
        QVERIFY(status(dialog)->isVisible());
        QVERIFY2(status(dialog)->text().contains(QStringLiteral("database or disk is full")), qPrintable(status(dialog)->text()));
        QCOMPARE(NoteRecovery::recovered(libraryPath(), key), std::optional<QString>(typed));
        checked = true;
        // The analyst gives up for now: asked whether to throw away what was typed, says yes
        // (the note stays in the recovery file).
        QTimer::singleShot(0, this, [] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(question);
            for (QAbstractButton *button : question->buttons()) {
                if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        dialog->reject();
    });
    openDialog();
    QVERIFY(checked);
    const QList<Annotation> stored = FreshLibrary(libraryPath()).annotations(m_french.id);
    QCOMPARE(stored.size(), editing ? 1 : 0);
    if (editing)
        QCOMPARE(stored.first().note, existing.note);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(NoteRecovery::recovered(libraryPath(), key), std::optional<QString>(typed));

    // Opened again on the same annotation or passage once the disk has room: the note is back,
    // and saved; the recovery file forgets it.
    QVERIFY(dropTriggers());
    checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(noteEdit(dialog)->toPlainText(), typed);
        QVERIFY(status(dialog)->isVisible());
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        checked = true;
    });
    openDialog();
    QVERIFY(checked);
    const QList<Annotation> saved = FreshLibrary(libraryPath()).annotations(m_french.id);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().note, typed);
    QCOMPARE(NoteRecovery::recovered(libraryPath(), key), std::nullopt);
}

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
