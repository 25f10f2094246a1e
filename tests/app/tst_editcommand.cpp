// Every family of edit on the one base (EditCommand): a write the library refuses is reported
// once, leaves no entry in the history and still tells its views; a write that holds is kept,
// undone and redone, telling the same views each time; replaying an article's edit brings that
// article back into view.
#include "readertestsupport.h"
#include "anchoring/textanchoring.h"
#include "edits/addannotationcommand.h"
#include "edits/answerworthcheckingcommand.h"
#include "edits/bulkeditclaimscommand.h"
#include "edits/changemembershipcommand.h"
#include "edits/createcollectioncommand.h"
#include "edits/decideappearancecommand.h"
#include "edits/editannotationcommand.h"
#include "edits/recolortagcommand.h"
#include "edits/removeannotationcommand.h"
#include "edits/renamecollectioncommand.h"
#include "edits/renametagcommand.h"
#include "edits/setarticlenotecommand.h"
#include "edits/setarticletagscommand.h"
#include "edits/setreadcommand.h"
#include "edits/setstarredcommand.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/claimmemorystore.h"
#include "storage/collectionstore.h"
#include "storage/tagstore.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace glossa;

namespace {

// What each row needs of the library: ids made once per test.
struct Fixture
{
    Workspace *workspace = nullptr;
    Article article;
    Annotation annotation; // stored, tagged "défense", with a claim
    qint64 tagId = 0;
    qint64 collectionId = 0;
    Appearance appearance; // proposed: a fact-check repeated in the article
};

using CommandFactory = std::function<QUndoCommand *(const Fixture &)>;

} // namespace

Q_DECLARE_METATYPE(CommandFactory)

class TestEditCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedWriteIsReportedAndDropped_data();
    void refusedWriteIsReportedAndDropped();
    void heldWriteIsKeptUndoneAndRedone_data();
    void heldWriteIsKeptUndoneAndRedone();
    void replayBringsTheArticleBack_data();
    void replayBringsTheArticleBack();

private:
    void addRows(bool articleEditsOnly);
    void refuseWrites(bool refuse);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Fixture m_fixture;
};

void TestEditCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEditCommand::init()
{
    // A fresh library per row: a row's edits must not decide what the next row finds.
    m_workspace = std::make_unique<Workspace>();
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("library-%1.glossa").arg(QTest::currentDataTag()));
    QFile::remove(path);
    QVERIFY2(m_workspace->openLibrary(path, &error), qPrintable(error));
    m_fixture = Fixture();
    m_fixture.workspace = m_workspace.get();
    const qint64 articleId = testsupport::storeFixture(m_workspace->library(), QStringLiteral("french_headings.article"));
    m_fixture.article = *m_workspace->articles().article(articleId);
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.anchor = TextAnchoring::makeAnchor(m_fixture.article.text, 12, 48);
    annotation.color = QStringLiteral("#ffd54f");
    annotation.tags = QStringList{QStringLiteral("défense")};
    annotation.claim = Claim{QStringLiteral("statistic"), QStringLiteral("unverified"), QString(), QString(), 0.5, {}, {}};
    AnnotationStore annotations = m_workspace->annotations();
    QVERIFY2(annotations.create(annotation), qPrintable(annotations.lastError()));
    m_fixture.annotation = *annotations.annotation(annotation.id);
    m_fixture.tagId = m_workspace->tags().idOf(QStringLiteral("défense"));
    QVERIFY(m_fixture.tagId > 0);
    m_fixture.collectionId = m_workspace->collections().create(QStringLiteral("Dossier"));
    QVERIFY(m_fixture.collectionId > 0);
    ClaimMemoryStore memory = m_workspace->claimMemory();
    FactCheck check;
    check.claimReviewed = m_fixture.article.text.mid(60, 30);
    check.url = QStringLiteral("https://factuel.example/1");
    check.reviewer = QStringLiteral("Factuel");
    check.verdict = QStringLiteral("false");
    QCOMPARE(memory.addFactChecks({check}), 1);
    Appearance proposed;
    proposed.articleId = articleId;
    proposed.start = 60;
    proposed.end = 90;
    proposed.exact = m_fixture.article.text.mid(60, 30);
    proposed.claim.source = RememberedClaim::Source::Imported;
    proposed.claim.id = memory.rememberedClaims().constLast().id;
    QCOMPARE(memory.propose({proposed}), 1);
    AppearanceQuery inArticle;
    inArticle.articleId = articleId;
    const QList<Appearance> found = memory.appearances(inArticle);
    QCOMPARE(found.size(), 1);
    m_fixture.appearance = found.constFirst();
}

void TestEditCommand::cleanup()
{
    m_workspace.reset();
}

// query_only makes SQLite refuse every write on the window's connection, whatever the statement
// (a trigger's RAISE would be overridden by an INSERT OR IGNORE).
void TestEditCommand::refuseWrites(bool refuse)
{
    QSqlQuery query(m_workspace->library().database());
    QVERIFY(query.exec(refuse ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF")));
}

// Columns: the command, the signal its views listen to, and whether a refused write still
// sends it (a refused bulk write is one rolled-back transaction: nothing to reload).
void TestEditCommand::addRows(bool articleEditsOnly)
{
    QTest::addColumn<CommandFactory>("make");
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<bool>("announcedWhenRefused");
    const QByteArray annotations = SIGNAL(annotationsChanged(qint64, qint64, glossa::Workspace::AnnotationChange));
    const QByteArray articleState = SIGNAL(articleStateChanged(qint64));
    const QByteArray tags = SIGNAL(tagsChanged());
    const QByteArray collections = SIGNAL(collectionsChanged());
    const QByteArray appearances = SIGNAL(appearancesChanged(qint64));

    QTest::newRow("add annotation") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        Annotation added;
        added.articleId = f.article.id;
        added.anchor = TextAnchoring::makeAnchor(f.article.text, 60, 90);
        added.color = QStringLiteral("#81c784");
        return new AddAnnotationCommand(f.workspace, added);
    }) << annotations << true;
    QTest::newRow("edit annotation") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        Annotation after = f.annotation;
        after.note = QStringLiteral("À vérifier");
        return new EditAnnotationCommand(f.workspace, f.annotation, after);
    }) << annotations << true;
    QTest::newRow("remove annotation") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new RemoveAnnotationCommand(f.workspace, f.annotation);
    }) << annotations << true;
    QTest::newRow("accept repeated claim") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new DecideAppearanceCommand(f.workspace, f.appearance, DecideAppearanceCommand::Decision::Accept);
    }) << appearances << true;
    QTest::newRow("dismiss repeated claim") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new DecideAppearanceCommand(f.workspace, f.appearance, DecideAppearanceCommand::Decision::Dismiss);
    }) << appearances << true;
    QTest::newRow("set article note") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new SetArticleNoteCommand(f.workspace, f.article.id, QString(), QStringLiteral("Une note"));
    }) << articleState << true;
    QTest::newRow("set article tags") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new SetArticleTagsCommand(f.workspace, f.article.id, {}, {QStringLiteral("Syrie")});
    }) << articleState << true;
    QTest::newRow("set read") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new SetReadCommand(f.workspace, f.article.id, f.article.title, true);
    }) << articleState << true;
    QTest::newRow("set starred") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new SetStarredCommand(f.workspace, f.article.id, f.article.title, true);
    }) << articleState << true;
    QTest::newRow("answer worth checking") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        CheckWorthyFeedback answer;
        answer.articleId = f.article.id;
        answer.start = 0;
        answer.end = 20;
        answer.sentence = f.article.text.left(20);
        answer.features = {QStringLiteral("number")};
        answer.score = 0.6;
        answer.decision = CheckWorthyFeedback::Decision::Dismissed;
        return new AnswerWorthCheckingCommand(f.workspace, answer);
    }) << articleState << true;
    if (articleEditsOnly)
        return;
    QTest::newRow("bulk edit claims") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        Annotation after = f.annotation;
        after.claim->verdict = QStringLiteral("false");
        return new BulkEditClaimsCommand(f.workspace, {f.annotation}, {after}, QStringLiteral("Set Verdict"));
    }) << annotations << false;
    QTest::newRow("rename tag") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new RenameTagCommand(f.workspace, f.tagId, QStringLiteral("défense"), QStringLiteral("armée"));
    }) << tags << true;
    QTest::newRow("recolor tag") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new RecolorTagCommand(f.workspace, f.tagId, QStringLiteral("défense"), QString(), QStringLiteral("#e57373"));
    }) << tags << true;
    QTest::newRow("create collection") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new CreateCollectionCommand(f.workspace, QStringLiteral("Sécheresse"), {f.article.id});
    }) << collections << true;
    QTest::newRow("rename collection") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new RenameCollectionCommand(f.workspace, f.collectionId, QStringLiteral("Dossier"),
                                           QStringLiteral("Dossier 2"));
    }) << collections << true;
    QTest::newRow("add to collection") << CommandFactory([](const Fixture &f) -> QUndoCommand * {
        return new ChangeMembershipCommand(f.workspace, ChangeMembershipCommand::Change::Add, f.collectionId,
                                           QStringLiteral("Dossier"), {f.article.id});
    }) << collections << true;
}

void TestEditCommand::refusedWriteIsReportedAndDropped_data()
{
    addRows(false);
}

void TestEditCommand::refusedWriteIsReportedAndDropped()
{
    QFETCH(CommandFactory, make);
    QFETCH(QByteArray, signal);
    QFETCH(bool, announcedWhenRefused);
    refuseWrites(true);
    QSignalSpy errors(m_workspace.get(), &Workspace::storageError);
    QSignalSpy announced(m_workspace.get(), signal.constData());
    QSignalSpy requested(m_workspace.get(), &Workspace::articleRequested);
    m_workspace->undoStack()->push(make(m_fixture));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("readonly")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_workspace->undoStack()->count(), 0); // obsolete: dropped from the history
    QCOMPARE(announced.size(), announcedWhenRefused ? 1 : 0);
    QCOMPARE(requested.size(), 0);
    refuseWrites(false);
}

void TestEditCommand::heldWriteIsKeptUndoneAndRedone_data()
{
    addRows(false);
}

void TestEditCommand::heldWriteIsKeptUndoneAndRedone()
{
    QFETCH(CommandFactory, make);
    QFETCH(QByteArray, signal);
    QSignalSpy errors(m_workspace.get(), &Workspace::storageError);
    QSignalSpy announced(m_workspace.get(), signal.constData());
    QUndoStack *stack = m_workspace->undoStack();
    stack->push(make(m_fixture));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(announced.size(), 1);
    stack->undo();
    QCOMPARE(announced.size(), 2);
    stack->redo();
    QCOMPARE(announced.size(), 3);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(stack->count(), 1);
}

void TestEditCommand::replayBringsTheArticleBack_data()
{
    addRows(true);
}

void TestEditCommand::replayBringsTheArticleBack()
{
    QFETCH(CommandFactory, make);
    QSignalSpy requested(m_workspace.get(), &Workspace::articleRequested);
    m_workspace->undoStack()->push(make(m_fixture));
    QCOMPARE(requested.size(), 0); // the first run happens where the analyst is
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->redo();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.first().first().toLongLong(), m_fixture.article.id);
    QCOMPARE(requested.last().first().toLongLong(), m_fixture.article.id);
}

QTEST_MAIN(TestEditCommand)
#include "tst_editcommand.moc"
