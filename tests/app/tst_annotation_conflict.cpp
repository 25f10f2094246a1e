// An edit based on an annotation someone else changed meanwhile (another window, glossa-cli, a
// colleague on the team library) is refused, never written over theirs: the window shows both
// versions, and the analyst keeps theirs or saves their own as an edit undo takes back. On a
// library file and on a team library, from one test.
#include "backendtest.h"

#include "annotations/articlenotepanel.h"
#include "annotations/noterecovery.h"
#include "edits/editannotationcommand.h"
#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace glossa;
using glossa::test::Backend;

class TestAnnotationConflict : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestAnnotationConflict(Backend backend) : BackendTest(backend) {}

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void staleEditOffersBothVersions_data();
    void staleEditOffersBothVersions();
    void staleArticleNoteOffersBothVersions_data();
    void staleArticleNoteOffersBothVersions();

private:
    QString noteInLibrary() const;

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    Annotation m_annotation; // as the window read it
};

void TestAnnotationConflict::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_annotation_conflict"));
    QSettings().clear();
}

void TestAnnotationConflict::init()
{
    QString error;
    {
        Library library;
        QVERIFY2(open(library, &error), qPrintable(error));
        m_path = library.path();
    }
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->openLibrary(m_path, &error), qPrintable(error));
    Importer importer(m_workspace->library());
    QCOMPARE(importer.importPaths({QStringLiteral(GLOSSA_TEST_DATA "/reader/e2e_dump.txt")}, false).added(), 1);
    const qint64 articleId = m_workspace->finder().summaries(ArticleQuery()).first().id;
    const Article article = *m_workspace->articles().article(articleId);
    m_annotation = Annotation();
    m_annotation.articleId = articleId;
    m_annotation.anchor.start = 0;
    m_annotation.anchor.end = 10;
    m_annotation.anchor.exact = article.text.left(10);
    m_annotation.note = QStringLiteral("premier avis");
    AnnotationStore store = m_workspace->annotations();
    QVERIFY2(store.create(m_annotation), qPrintable(store.lastError()));
    m_annotation = *store.annotation(m_annotation.id);
    QVERIFY(m_annotation.version > 0);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAnnotationConflict::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

QString TestAnnotationConflict::noteInLibrary() const
{
    Library library;
    QString error;
    if (!library.open(m_path, &error))
        return error;
    return AnnotationStore(library.database()).annotation(m_annotation.id)->note;
}

void TestAnnotationConflict::staleEditOffersBothVersions_data()
{
    QTest::addColumn<bool>("saveMine");
    QTest::newRow("keep theirs") << false;
    QTest::newRow("save mine") << true;
}

void TestAnnotationConflict::staleEditOffersBothVersions()
{
    QFETCH(bool, saveMine);
    // Someone else, through a connection of their own, changes the note.
    {
        Library elsewhere;
        QVERIFY(elsewhere.open(m_path));
        AnnotationStore theirs(elsewhere.database());
        Annotation changed = *theirs.annotation(m_annotation.id);
        changed.note = QStringLiteral("leur avis");
        QVERIFY2(theirs.update(changed), qPrintable(theirs.lastError()));
    }
    // This desk still edits the annotation as it read it.
    Annotation mine = m_annotation;
    mine.note = QStringLiteral("mon avis");
    QUndoStack *history = m_workspace->undoStack();
    history->push(new EditAnnotationCommand(m_workspace.get(), m_annotation, mine));
    QCOMPARE(noteInLibrary(), QStringLiteral("leur avis")); // never written over
    QCOMPARE(history->count(), 0);                           // nothing to undo: nothing was done
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("annotationConflictMessage"));
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->informativeText().contains(QLatin1String("leur avis")) && box->informativeText().contains(QLatin1String("mon avis")),
             qPrintable(box->informativeText()));
    if (!saveMine) {
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepTheirsButton")), Qt::LeftButton);
        QCOMPARE(noteInLibrary(), QStringLiteral("leur avis"));
        QCOMPARE(history->count(), 0);
        return;
    }
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("saveMineButton")), Qt::LeftButton);
    QCOMPARE(noteInLibrary(), QStringLiteral("mon avis"));
    QCOMPARE(history->count(), 1);
    history->undo();
    QCOMPARE(noteInLibrary(), QStringLiteral("leur avis"));
    history->redo();
    QCOMPARE(noteInLibrary(), QStringLiteral("mon avis"));
}

void TestAnnotationConflict::staleArticleNoteOffersBothVersions_data()
{
    QTest::addColumn<bool>("saveMine");
    QTest::newRow("keep theirs") << false;
    QTest::newRow("save mine") << true;
}

// The article's own note, typed in the sidebar after someone else changed it: refused, both
// offered; the field keeps what was typed until the analyst chooses.
void TestAnnotationConflict::staleArticleNoteOffersBothVersions()
{
    QFETCH(bool, saveMine);
    const qint64 articleId = m_annotation.articleId;
    auto *panel = m_window->findChild<ArticleNotePanel *>(QStringLiteral("articleNotePanel"));
    QVERIFY(panel);
    panel->showArticle(articleId);
    auto *field = panel->findChild<QPlainTextEdit *>(QStringLiteral("articleNoteEdit"));
    QVERIFY(field);
    QCOMPARE(field->toPlainText(), QString());
    auto noteNow = [this, articleId] {
        Library library;
        return library.open(m_path) ? ArticleStore(library.database()).article(articleId)->note : QStringLiteral("?");
    };
    {
        Library elsewhere;
        QVERIFY(elsewhere.open(m_path));
        QVERIFY(ArticleStore(elsewhere.database()).setNote(articleId, QStringLiteral("leur note")));
    }
    field->setPlainText(QStringLiteral("ma note"));
    panel->commit();
    QCOMPARE(noteNow(), QStringLiteral("leur note")); // never written over
    QCOMPARE(field->toPlainText(), QStringLiteral("ma note"));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("articleNoteConflictMessage"));
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->informativeText().contains(QLatin1String("leur note")) && box->informativeText().contains(QLatin1String("ma note")),
             qPrintable(box->informativeText()));
    QTest::mouseClick(box->findChild<QPushButton *>(saveMine ? QStringLiteral("saveMineButton") : QStringLiteral("keepTheirsButton")),
                      Qt::LeftButton);
    const QString kept = saveMine ? QStringLiteral("ma note") : QStringLiteral("leur note");
    QCOMPARE(noteNow(), kept);
    QCOMPARE(field->toPlainText(), kept);
    QVERIFY(!NoteRecovery::recovered(m_path, articleId));
    QCOMPARE(m_workspace->undoStack()->count(), saveMine ? 1 : 0);
    if (saveMine) {
        m_workspace->undoStack()->undo();
        QCOMPARE(noteNow(), QStringLiteral("leur note"));
        QCOMPARE(field->toPlainText(), QStringLiteral("leur note"));
    }
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS_WITH(QApplication, TestAnnotationConflict)
#include "tst_annotation_conflict.moc"
