// End to end, as an analyst works, in the real main window (offscreen): import a dump, open the
// article, select a sentence and press H, see the card and the row in the library file; select
// another, press C, fill the claim dialog (verdict "disputed"), accept; undo, redo; click the
// highlight; reopen the library file from scratch and find the annotations there.

#include "annotations/annotationactions.h"
#include "annotations/annotationdialog.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "headlines/headlineview.h"
#include "importing/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "storage/library.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace glossa;

namespace {

QList<Annotation> annotationsInFile(const QString &path, qint64 articleId)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        qFatal("cannot reopen the library: %s", qPrintable(error));
    return AnnotationStore(library.database()).annotationsForArticle(articleId);
}

// The centre of the character at a canonical offset, in the reader's viewport (any direction).
QPoint pointAt(ReaderView *reader, int canonicalOffset)
{
    ArticleTextView *view = reader->textView();
    QTextCursor cursor(view->document());
    const int position = reader->positionMap().toDocument(canonicalOffset);
    cursor.setPosition(position);
    const QRect before = view->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect after = view->cursorRect(cursor);
    return QPoint((before.center().x() + after.center().x()) / 2, before.center().y());
}

} // namespace

class TestAnnotationEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void highlightClaimUndoRedo();
};

void TestAnnotationEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_annotation_e2e"));
    QSettings().clear();
}

void TestAnnotationEndToEnd::highlightClaimUndoRedo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("e2e.glossa"));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.openLibrary(path, &error), qPrintable(error));
    MainWindow window(&workspace);
    window.resize(1500, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Import the dump from the window, as a drop would.
    ImportController *import = window.importController();
    import->setShowSummary(false);
    QSignalSpy finished(import, &ImportController::finished);
    import->importPaths({QStringLiteral(GLOSSA_TEST_DATA "/reader/e2e_dump.txt")});
    QVERIFY(finished.wait(20000));
    const QList<ArticleSummary> rows = workspace.finder().summaries(ArticleQuery());
    QCOMPARE(rows.size(), 1);
    const Article article = *workspace.articles().article(rows.first().id);
    QCOMPARE(article.title, QStringLiteral("Le gouvernement annonce une baisse des prix de l'énergie"));

    // Open it with the keyboard (J: next article).
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.headlineView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    ReaderView *reader = window.readerView();
    AnnotationSidebar *sidebar = window.annotationSidebar();
    QCOMPARE(reader->articleId(), article.id);
    QCOMPARE(sidebar->articleId(), article.id);

    // Select the first sentence and press H.
    const Block first = article.blocks.at(0);
    const int sentenceEnd = int(article.text.indexOf(QLatin1Char('.'), first.start)) + 1;
    reader->selectSpan(first.start, sentenceEnd);
    reader->textView()->setFocus();
    QTest::keyClick(reader->textView(), Qt::Key_H);
    QCOMPARE(sidebar->model()->rowCount(), 1);
    QCOMPARE(sidebar->model()->index(0).data(AnnotationListModel::QuoteRole).toString(),
             article.text.mid(first.start, sentenceEnd - first.start));
    QList<Annotation> stored = annotationsInFile(path, article.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().anchor.start, first.start);
    QCOMPARE(stored.first().anchor.end, sentenceEnd);
    QVERIFY(!stored.first().claim);

    // Another sentence, C, the claim dialog filled in and accepted with Return.
    const int claimStart = int(article.text.indexOf(QStringLiteral("Le ministère affirme")));
    QVERIFY(claimStart > 0);
    const int claimEnd = int(article.text.indexOf(QLatin1Char('.'), claimStart)) + 1;
    reader->selectSpan(claimStart, claimEnd);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("statistic")));
        auto *verdict = dialog->findChild<QComboBox *>(QStringLiteral("verdictCombo"));
        verdict->setCurrentIndex(verdict->findData(QStringLiteral("disputed")));
        auto *claimant = dialog->findChild<QLineEdit *>(QStringLiteral("claimantEdit"));
        QTest::keyClicks(claimant, QStringLiteral("Le ministere"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tagsEdit")), QStringLiteral("energie, chiffres"));
        QTest::keyClick(claimant, Qt::Key_Return); // the default button
        QVERIFY(!dialog->isVisible());
    });
    QTest::keyClick(reader->textView(), Qt::Key_C);
    QVERIFY(dialogSeen);
    QCOMPARE(sidebar->model()->rowCount(), 2);
    stored = annotationsInFile(path, article.id);
    QCOMPARE(stored.size(), 2);
    const Annotation claim = stored.at(1);
    QVERIFY(claim.claim);
    QCOMPARE(claim.claim->verdict, QStringLiteral("disputed"));
    QCOMPARE(claim.claim->kind, QStringLiteral("statistic"));
    QCOMPARE(claim.claim->claimant, QStringLiteral("Le ministere"));
    QCOMPARE(claim.tags, (QStringList{QStringLiteral("energie"), QStringLiteral("chiffres")}));
    QCOMPARE(claim.anchor.exact, article.text.mid(claimStart, claimEnd - claimStart));
    QCOMPARE(sidebar->model()->index(1).data(AnnotationListModel::VerdictLabelRole).toString(),
             QStringLiteral("Disputed"));
    QCOMPARE(reader->textView()->extraSelections().size(), 2);

    // Ctrl+Z in the reader undoes the claim (the read-only text must not swallow it).
    window.activateWindow(); // the offscreen platform does not hand activation back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(&window));
    reader->textView()->setFocus();
    QTest::keyClick(reader->textView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(annotationsInFile(path, article.id).size(), 1);
    QCOMPARE(sidebar->model()->rowCount(), 1);
    QCOMPARE(reader->textView()->extraSelections().size(), 1);
    window.redoAction()->trigger();
    stored = annotationsInFile(path, article.id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).id, claim.id); // same id after redo
    QCOMPARE(*stored.at(1).claim, *claim.claim);
    QCOMPARE(sidebar->model()->rowCount(), 2);

    // Clicking the highlight selects its card; picking the other card scrolls the reader to it.
    reader->scrollToAnnotation(claim.id);
    QTest::mouseClick(reader->textView()->viewport(), Qt::LeftButton, {}, pointAt(reader, claim.anchor.start + 10));
    QCOMPARE(sidebar->selectedAnnotation(), claim.id);

    // The library file, reopened from scratch, has both.
    workspace.library().close();
    stored = annotationsInFile(path, article.id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).claim->verdict, QStringLiteral("disputed"));
}

QTEST_MAIN(TestAnnotationEndToEnd)
#include "tst_annotation_e2e.moc"
