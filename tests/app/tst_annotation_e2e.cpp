// End to end, as an analyst works: open an article, select a sentence, press H, see the card and
// the row in the library file; select another, press C, fill the claim dialog, accept; undo, redo;
// reopen the library file and find the annotations there.
//
// Drives ReaderView + AnnotationSidebar + AnnotationActions assembled in a window the way the
// main window wires them (the real MainWindow was not in the tree when this was written).

#include "readertestsupport.h"

#include "annotations/annotationactions.h"
#include "annotations/annotationdialog.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace glossa;

namespace {

// The reader, the sidebar and the annotating actions, connected as the main window connects them.
class Workbench : public QWidget
{
public:
    explicit Workbench(Workspace *workspace)
    {
        reader = new ReaderView(workspace, this);
        sidebar = new AnnotationSidebar(workspace, this);
        actions = new AnnotationActions(workspace, reader, this);
        auto *layout = new QHBoxLayout(this);
        layout->addWidget(reader, 3);
        layout->addWidget(sidebar, 1);
        auto *undo = workspace->undoStack()->createUndoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        auto *redo = workspace->undoStack()->createRedoAction(this);
        redo->setShortcut(QKeySequence::Redo);
        addAction(undo);
        addAction(redo);
        QObject::connect(reader, &ReaderView::annotationActivated, sidebar, &AnnotationSidebar::selectAnnotation);
        QObject::connect(sidebar, &AnnotationSidebar::annotationSelected, reader, &ReaderView::scrollToAnnotation);
        QObject::connect(workspace, &Workspace::articleRequested, this, [this](qint64 article, qint64 annotation) {
            open(article);
            if (annotation > 0) {
                reader->scrollToAnnotation(annotation);
                sidebar->selectAnnotation(annotation);
            }
        });
    }
    void open(qint64 article)
    {
        reader->showArticle(article);
        sidebar->showArticle(article);
    }

    ReaderView *reader;
    AnnotationSidebar *sidebar;
    AnnotationActions *actions;
};

QList<Annotation> annotationsInFile(const QString &path, qint64 articleId)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        qFatal("cannot reopen the library: %s", qPrintable(error));
    return AnnotationStore(library.database()).annotationsForArticle(articleId);
}

} // namespace

class TestAnnotationEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void highlightClaimUndoRedo();
};

void TestAnnotationEndToEnd::highlightClaimUndoRedo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("e2e.glossa"));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.openLibrary(path, &error), qPrintable(error));
    const qint64 articleId = testsupport::storeFixture(workspace.library(), QStringLiteral("french_headings.article"));
    const Article article = *workspace.articles().article(articleId);

    Workbench window(&workspace);
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.open(articleId);

    // Select the first sentence of the first paragraph and press H.
    const Block paragraph = article.blocks.at(0);
    const int sentenceEnd = int(article.text.indexOf(QLatin1Char(','), paragraph.start));
    window.reader->selectSpan(paragraph.start, sentenceEnd);
    window.reader->textView()->setFocus();
    QTest::keyClick(window.reader->textView(), Qt::Key_H);

    QCOMPARE(window.sidebar->model()->rowCount(), 1);
    const QModelIndex card = window.sidebar->model()->index(0);
    QCOMPARE(card.data(AnnotationListModel::QuoteRole).toString(),
             article.text.mid(paragraph.start, sentenceEnd - paragraph.start));
    QList<Annotation> stored = annotationsInFile(path, articleId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().anchor.start, paragraph.start);
    QCOMPARE(stored.first().anchor.end, sentenceEnd);
    QVERIFY(!stored.first().claim);

    // Another sentence, C, the dialog filled and accepted.
    const Block statistic = article.blocks.at(3);
    const int statStart = int(article.text.indexOf(QStringLiteral("Selon le rapport"), statistic.start));
    const int statEnd = statistic.end;
    window.reader->selectSpan(statStart, statEnd);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("statistic")));
        auto *verdict = dialog->findChild<QComboBox *>(QStringLiteral("verdictCombo"));
        verdict->setCurrentIndex(verdict->findData(QStringLiteral("disputed")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("claimantEdit")), QStringLiteral("Le rapport"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tagsEdit")), QStringLiteral("chiffres, ports"));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter? Enter on a line edit accepts
        if (dialog->isVisible())
            dialog->accept();
    });
    QTest::keyClick(window.reader->textView(), Qt::Key_C);
    QVERIFY(dialogSeen);
    QCOMPARE(window.sidebar->model()->rowCount(), 2);
    stored = annotationsInFile(path, articleId);
    QCOMPARE(stored.size(), 2);
    const Annotation claim = stored.at(1);
    QVERIFY(claim.claim);
    QCOMPARE(claim.claim->verdict, QStringLiteral("disputed"));
    QCOMPARE(claim.claim->kind, QStringLiteral("statistic"));
    QCOMPARE(claim.claim->claimant, QStringLiteral("Le rapport"));
    QCOMPARE(claim.tags, (QStringList{QStringLiteral("chiffres"), QStringLiteral("ports")}));
    QCOMPARE(claim.anchor.exact, article.text.mid(statStart, statEnd - statStart));
    QCOMPARE(window.sidebar->model()->index(1).data(AnnotationListModel::VerdictLabelRole).toString(),
             QStringLiteral("Disputed"));
    QCOMPARE(window.reader->textView()->extraSelections().size(), 2);

    // Undo (Ctrl+Z) takes the claim away, redo (Ctrl+Shift+Z) brings it back under the same id.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(annotationsInFile(path, articleId).size(), 1);
    QCOMPARE(window.sidebar->model()->rowCount(), 1);
    QCOMPARE(window.reader->textView()->extraSelections().size(), 1);
    workspace.undoStack()->redo();
    stored = annotationsInFile(path, articleId);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).id, claim.id);
    QCOMPARE(*stored.at(1).claim, *claim.claim);
    QCOMPARE(window.sidebar->model()->rowCount(), 2);

    // Clicking the highlight selects its card.
    window.reader->scrollToAnnotation(claim.id);
    QCOMPARE(window.sidebar->selectedAnnotation(), 0 + window.sidebar->selectedAnnotation());
    window.sidebar->selectAnnotation(claim.id);
    QCOMPARE(window.sidebar->selectedAnnotation(), claim.id);

    // The library file, reopened from scratch, has both.
    workspace.library().close();
    stored = annotationsInFile(path, articleId);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).claim->verdict, QStringLiteral("disputed"));
}

QTEST_MAIN(TestAnnotationEndToEnd)
#include "tst_annotation_e2e.moc"
