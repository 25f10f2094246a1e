// View ▸ Worth Checking in the real main window over a real library file (issue 18, item 4): the
// toggle marks the sentences most worth checking in the reader's margin (on the right in
// Arabic), a mark's tooltip names its features in the interface's language, accepting and
// dismissing a mark are undoable edits the library keeps, and the choice survives a restart.

#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "headlines/readingcontroller.h"
#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "memory/checkworthiness.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "reader/worthcheckingmargin.h"
#include "reader/worthcheckingmarks.h"
#include "screenshotlook.h"
#include "storage/checkworthyfeedbackstore.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

using namespace glossa;
using namespace glossa::testsupport;

class TestWorthCheckingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void toggleFromTheViewMenuMarksTheBestSentences();
    void tooltipNamesTheFeatures();
    void acceptAndDismissAreKeptAndUndoable();
    void shortcutAndSettingPersist();
    void marginIsOnTheRightInArabic();
    void screenshots_data();
    void screenshots();

private:
    void open(qint64 articleId);
    QAction *viewMenuAction(const QString &objectName) const;
    WorthCheckingMarks *marks() const { return m_window->readerView()->worthChecking(); }
    // Puts the caret inside the mark at \a index.
    void caretInMark(int index);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_french = 0;
    qint64 m_arabic = 0;
};

void TestWorthCheckingUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_worthchecking_ui"));
}

void TestWorthCheckingUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QString why;
    QVERIFY2(m_workspace->openLibrary(m_dir->filePath(QStringLiteral("desk.glossa")), &why), qPrintable(why));
    Importer importer(m_workspace->library());
    const FileImportResult french = importer.importFile(QStringLiteral(GLOSSA_TEST_DATA "/app/fr_worthy.txt"));
    const FileImportResult arabic = importer.importFile(QStringLiteral(GLOSSA_TEST_DATA "/app/ar_worthy.txt"));
    QCOMPARE(french.articleIds.size(), 1);
    QCOMPARE(arabic.articleIds.size(), 1);
    m_french = french.articleIds.first();
    m_arabic = arabic.articleIds.first();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1200, 760);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWorthCheckingUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestWorthCheckingUi::open(qint64 articleId)
{
    HeadlineView *view = m_window->headlineView();
    view->setFocus();
    QVERIFY(view->selectArticle(articleId));
    QTRY_COMPARE(m_window->readingController()->currentArticleId(), articleId);
    QTRY_COMPARE(m_window->readerView()->articleId(), articleId);
}

QAction *TestWorthCheckingUi::viewMenuAction(const QString &objectName) const
{
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

void TestWorthCheckingUi::caretInMark(int index)
{
    const WorthCheckingMarks::Mark mark = marks()->marks().at(index);
    ReaderView *reader = m_window->readerView();
    reader->selectSpan(mark.sentence.start + 2, mark.sentence.start + 3);
    reader->collapseSelection();
}

void TestWorthCheckingUi::toggleFromTheViewMenuMarksTheBestSentences()
{
    open(m_french);
    QAction *toggle = viewMenuAction(QStringLiteral("worthCheckingAction"));
    QVERIFY2(toggle, "View ▸ Worth Checking");
    QVERIFY(toggle->isCheckable());
    QVERIFY(!toggle->isChecked()); // off until asked for
    QVERIFY(marks()->marks().isEmpty());
    QVERIFY(!marks()->margin()->isVisible());

    toggle->trigger();
    const QList<WorthCheckingMarks::Mark> shown = marks()->marks();
    // The three figures with their sources, not the scenery; in the text's order.
    QCOMPARE(shown.size(), 3);
    QVERIFY(shown.size() <= WorthCheckingMarks::kMarksAtMost);
    const QString text = m_window->readerView()->article()->text;
    for (int i = 0; i < shown.size(); ++i) {
        const WorthCheckingMarks::Mark &mark = shown.at(i);
        QVERIFY(mark.sentence.score >= CheckWorthiness::kMarkScore);
        QCOMPARE(text.mid(mark.sentence.start, mark.sentence.end - mark.sentence.start), mark.sentence.text);
        if (i > 0)
            QVERIFY(shown.at(i - 1).sentence.start < mark.sentence.start);
    }
    QVERIFY(shown.at(0).sentence.text.startsWith(QStringLiteral("Le barrage de Béni Haroun")));
    // The outlet the library knows (the article's own, named in its text) is a feature.
    QVERIFY2(shown.at(2).sentence.features.contains(QStringLiteral("known-name")),
             qPrintable(shown.at(2).sentence.features.join(',')));
    QVERIFY(marks()->margin()->isVisible());
    for (int i = 0; i < shown.size(); ++i)
        QVERIFY(!marks()->margin()->markRect(i).isEmpty());

    // Another article: its own marks.
    open(m_arabic);
    QCOMPARE(marks()->marks().size(), 3);
    QVERIFY(marks()->marks().first().sentence.text.startsWith(QStringLiteral("بلغت نسبة النجاح")));

    toggle->trigger();
    QVERIFY(marks()->marks().isEmpty());
    QVERIFY(!marks()->margin()->isVisible());
}

void TestWorthCheckingUi::tooltipNamesTheFeatures()
{
    open(m_french);
    m_window->readerView()->worthCheckingAction()->setChecked(true);
    const WorthCheckingMarks::Mark first = marks()->marks().first();
    const QString tip = marks()->toolTip(first);
    QVERIFY2(tip.contains(QStringLiteral("a percentage")) && tip.contains(QStringLiteral("attributed to a source")),
             qPrintable(tip));
    QVERIFY(tip.contains(QString::number(qRound(first.sentence.score * 100))));
    // Hovering the bar shows it.
    WorthCheckingMargin *margin = marks()->margin();
    const QPoint at = margin->markRect(0).center();
    QCOMPARE(margin->markAt(at), 0);
    QHelpEvent help(QEvent::ToolTip, at, margin->mapToGlobal(at));
    QApplication::sendEvent(margin, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Worth checking")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    // Off the bars (beside the first sentence, which has no mark), nothing.
    QCOMPARE(margin->markAt(QPoint(at.x(), margin->markRect(0).top() - 16)), -1);
}

void TestWorthCheckingUi::acceptAndDismissAreKeptAndUndoable()
{
    open(m_french);
    m_window->readerView()->worthCheckingAction()->setChecked(true);
    QAction *accept = marks()->acceptAction();
    QAction *dismiss = marks()->dismissAction();
    // Only on a marked sentence.
    m_window->readerView()->selectSpan(0, 1);
    m_window->readerView()->collapseSelection();
    QVERIFY(!accept->isEnabled());

    const WorthCheckingMarks::Mark first = marks()->marks().at(0);
    caretInMark(0);
    QVERIFY(accept->isEnabled());
    accept->trigger();
    CheckWorthyFeedbackStore store(m_workspace->library().database());
    std::optional<CheckWorthyFeedback> kept = store.answer(m_french, first.sentence.start, first.sentence.end);
    QVERIFY(kept);
    QCOMPARE(kept->decision, CheckWorthyFeedback::Decision::Accepted);
    QCOMPARE(kept->sentence, first.sentence.text);
    QCOMPARE(kept->features, first.sentence.features);
    QCOMPARE(marks()->marks().at(0).answer, CheckWorthyFeedback::Decision::Accepted);
    QVERIFY(marks()->toolTip(marks()->marks().at(0)).contains(QStringLiteral("You accepted")));

    // Dismissing the same mark replaces the answer and takes the mark away.
    caretInMark(0);
    dismiss->trigger();
    QCOMPARE(store.answer(m_french, first.sentence.start, first.sentence.end)->decision,
             CheckWorthyFeedback::Decision::Dismissed);
    QCOMPARE(store.answers(m_french).size(), 1);
    QCOMPARE(marks()->marks().size(), 2);
    QVERIFY(marks()->marks().first().sentence.start != first.sentence.start);

    // Undo: accepted again; undo again: no answer at all. Redo brings them back.
    QUndoStack *undo = m_workspace->undoStack();
    undo->undo();
    QCOMPARE(store.answer(m_french, first.sentence.start, first.sentence.end)->decision,
             CheckWorthyFeedback::Decision::Accepted);
    QCOMPARE(marks()->marks().size(), 3);
    undo->undo();
    QVERIFY(!store.answer(m_french, first.sentence.start, first.sentence.end));
    QVERIFY(!marks()->marks().first().answer);
    undo->redo();
    undo->redo();
    QCOMPARE(store.answer(m_french, first.sentence.start, first.sentence.end)->decision,
             CheckWorthyFeedback::Decision::Dismissed);

    // What the file holds, read as a restart would.
    Library again;
    QVERIFY(again.open(m_workspace->library().path()));
    const QList<CheckWorthyFeedback> inFile = CheckWorthyFeedbackStore(again.database()).answers(m_french);
    QCOMPARE(inFile.size(), 1);
    QCOMPARE(inFile.first().decision, CheckWorthyFeedback::Decision::Dismissed);
    QVERIFY(inFile.first().score >= CheckWorthiness::kMarkScore);

    // A dismissed mark stays away when the article is shown again.
    open(m_arabic);
    open(m_french);
    QCOMPARE(marks()->marks().size(), 2);
}

void TestWorthCheckingUi::shortcutAndSettingPersist()
{
    open(m_french);
    QAction *toggle = m_window->readerView()->worthCheckingAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    // No other action of the window has the same keys.
    for (QAction *other : m_window->findChildren<QAction *>()) {
        if (other != toggle)
            QVERIFY2(!other->shortcuts().contains(toggle->shortcut()), qPrintable(other->objectName()));
    }
    m_window->readerView()->focusText();
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(toggle->isChecked());
    QVERIFY(!marks()->marks().isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("reader/worthChecking")).toBool());

    // A reader made after (a restart) comes up with the marks on.
    {
        ReaderView later(m_workspace.get());
        QVERIFY(later.worthCheckingAction()->isChecked());
    }
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!QSettings().value(QStringLiteral("reader/worthChecking")).toBool());
    QVERIFY(marks()->marks().isEmpty());
}

void TestWorthCheckingUi::marginIsOnTheRightInArabic()
{
    open(m_arabic);
    m_window->readerView()->worthCheckingAction()->setChecked(true);
    ArticleTextView *text = m_window->readerView()->textView();
    WorthCheckingMargin *margin = marks()->margin();
    QCOMPARE(margin->geometry().left(), text->viewport()->geometry().left());
    const int leftToRightBar = margin->markRect(0).left();

    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    QTRY_COMPARE(margin->geometry().right(), text->viewport()->geometry().right());
    // The bar sits on the inner side of the strip, next to the text: mirrored.
    QVERIFY(margin->markRect(0).left() < leftToRightBar);
    QCOMPARE(margin->markRect(0).left(), margin->width() - leftToRightBar - margin->markRect(0).width());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QTRY_COMPARE(margin->geometry().left(), text->viewport()->geometry().left());
    QCOMPARE(margin->markRect(0).left(), leftToRightBar);
}

void TestWorthCheckingUi::screenshots_data()
{
    addScreenshotRows();
}

// With GLOSSA_SCREENSHOT_DIR set: the reader with its marks and a mark's tooltip (the French
// article in English and French, the Arabic one in Arabic), light and dark.
void TestWorthCheckingUi::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (ScreenshotLook::folder().isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    const ScreenshotLook look(language, dark);
    QVERIFY(look.isLoaded());
    m_window->resize(1366, 768);
    open(language == QLatin1String("ar") ? m_arabic : m_french);
    m_window->readerView()->worthCheckingAction()->setChecked(true);
    caretInMark(0);
    marks()->acceptAction()->trigger(); // one accepted (full), the others proposed (faint)
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(look.path(QStringLiteral("worth-checking"))));
    QVERIFY(m_window->readerView()->grab().save(look.path(QStringLiteral("worth-checking-reader"))));
    WorthCheckingMargin *margin = marks()->margin();
    const QPoint at = margin->markRect(1).center();
    QHelpEvent help(QEvent::ToolTip, at, margin->mapToGlobal(at));
    QApplication::sendEvent(margin, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QTest::qWait(200);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            QVERIFY(widget->grab().save(look.path(QStringLiteral("worth-checking-tooltip"))));
    }
    QToolTip::hideText();
}

QTEST_MAIN(TestWorthCheckingUi)
#include "tst_worthchecking_ui.moc"
