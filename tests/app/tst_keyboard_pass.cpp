// Issue 21, item 11: a whole triage-and-annotate pass with the keyboard alone, on the real
// window: search, go on to the results, open an article, move through it, select text with the
// keyboard, highlight and claim it (through the dialog), next article with J, tag it. Every
// step is a key press sent to the widget that has the focus, as a user's keyboard would.

#include "annotations/annotationsidebar.h"
#include "headlines/filterbar.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "mainwindow/mainwindow.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "search/articlefinder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace glossa;

class TestKeyboardPass : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchBoxHandsOverToTheResults_data();
    void searchBoxHandsOverToTheResults();
    void tabLeavesTheList();
    void f6CyclesThePanes();
    void annotatingKeysWorkWhereverTheFocusIs_data();
    void annotatingKeysWorkWhereverTheFocusIs();
    void wholePass();

private:
    // A key to whatever has the focus now, as the keyboard sends it.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString &text);
    QWidget *focus() const { return QApplication::focusWidget(); }
    int annotationCount() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardPass::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard_pass"));
}

void TestKeyboardPass::init()
{
    QSettings().clear();
    static int libraries = 0;
    testsupport::openWindow(m_dir.filePath(QStringLiteral("keys-%1.glossa").arg(++libraries)),
                            {QStringLiteral("fr_defense.txt"), QStringLiteral("fr_marche.txt"),
                             QStringLiteral("ar_mina.txt")},
                            &m_workspace, &m_window);
    QVERIFY(!QTest::currentTestFailed());
    m_window->resize(1366, 768);
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 3);
}

void TestKeyboardPass::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

void TestKeyboardPass::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestKeyboardPass::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    // QTest::keyClicks takes ASCII only; "à" comes as a key with its text, as an input method sends it.
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

int TestKeyboardPass::annotationCount() const
{
    return m_workspace->articles().stats().annotations;
}

void TestKeyboardPass::searchBoxHandsOverToTheResults_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Enter") << int(Qt::Key_Return);
    QTest::newRow("Down") << int(Qt::Key_Down);
}

void TestKeyboardPass::searchBoxHandsOverToTheResults()
{
    QFETCH(int, key);
    press(Qt::Key_Slash);
    QCOMPARE(focus(), m_window->filterBar()->searchField());
    type(QStringLiteral("drones"));
    press(key);
    QCOMPARE(focus(), m_window->headlineView());
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 1);
    // Down steps onto the first result; after Enter, Down in the list does.
    if (key == Qt::Key_Return) {
        QVERIFY(!m_window->readerView()->article());
        press(Qt::Key_Down);
    }
    QCOMPARE(m_window->headlineView()->currentIndex().row(), 0);
    QTRY_VERIFY(m_window->readerView()->article());
    QVERIFY(m_window->readerView()->article()->title.contains(QStringLiteral("drones")));
}

void TestKeyboardPass::tabLeavesTheList()
{
    m_window->headlineView()->focusResults();
    QCOMPARE(focus(), m_window->headlineView());
    press(Qt::Key_Tab);
    QVERIFY2(focus() != m_window->headlineView(), "Tab moved between the table's cells");
    press(Qt::Key_Backtab);
    QCOMPARE(focus(), m_window->headlineView());
}

void TestKeyboardPass::f6CyclesThePanes()
{
    m_window->headlineView()->focusResults();
    QTRY_VERIFY(m_window->readerView()->article());
    const auto inPane = [this](QWidget *pane) { return focus() && (focus() == pane || pane->isAncestorOf(focus())); };
    QWidget *list = m_window->headlineView();
    QWidget *reader = m_window->readerView();
    QWidget *sidebar = m_window->annotationSidebar();
    press(Qt::Key_F6);
    QVERIFY(inPane(reader));
    press(Qt::Key_F6);
    QVERIFY(inPane(sidebar));
    press(Qt::Key_F6);
    QCOMPARE(focus(), list);
    press(Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(inPane(sidebar));
    press(Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(inPane(reader));
    // From the search box (in the list's pane) F6 goes on to the reader.
    press(Qt::Key_Slash);
    press(Qt::Key_F6);
    QVERIFY(inPane(reader));
    // R, from anywhere, puts the keyboard in the text.
    press(Qt::Key_Slash);
    press(Qt::Key_Escape);
    m_window->headlineView()->setFocus();
    press(Qt::Key_R);
    QCOMPARE(focus(), m_window->readerView()->textView());
}

void TestKeyboardPass::annotatingKeysWorkWhereverTheFocusIs_data()
{
    // Where the focus goes after selecting, before H: F6 presses, then Tabs to a widget.
    QTest::addColumn<int>("panesOnward");
    QTest::addColumn<QString>("tabTo");
    QTest::newRow("reader") << 0 << QString();
    QTest::newRow("sidebar's cards") << 1 << QStringLiteral("annotationList");
    QTest::newRow("list") << 2 << QString();
}

void TestKeyboardPass::annotatingKeysWorkWhereverTheFocusIs()
{
    QFETCH(int, panesOnward);
    QFETCH(QString, tabTo);
    m_window->headlineView()->focusResults();
    QTRY_VERIFY(m_window->readerView()->article());
    press(Qt::Key_R);
    press(Qt::Key_Down);
    press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->readerView()->selectedSpan());
    for (int i = 0; i < panesOnward; ++i)
        press(Qt::Key_F6);
    for (int i = 0; i < 12 && !tabTo.isEmpty() && focus()->objectName() != tabTo; ++i)
        press(Qt::Key_Tab);
    QVERIFY(tabTo.isEmpty() || focus()->objectName() == tabTo);
    QVERIFY(focus() != m_window->readerView()->textView() || panesOnward == 0);
    const int before = annotationCount();
    press(Qt::Key_H);
    QCOMPARE(annotationCount(), before + 1);
    // The new highlight is not hidden under the selection: the selection is gone.
    QVERIFY(!m_window->readerView()->selectedSpan());
}

void TestKeyboardPass::wholePass()
{
    // 1. Search, and go on to the results.
    press(Qt::Key_Slash);
    QCOMPARE(focus(), m_window->filterBar()->searchField());
    type(QStringLiteral("drones OR fleurs"));
    press(Qt::Key_Down);
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 2);
    QCOMPARE(focus(), m_window->headlineView());
    // 2. The first (newest) is open.
    QTRY_VERIFY(m_window->readerView()->article());
    const qint64 first = m_window->readerView()->articleId();
    QVERIFY(m_window->readerView()->article()->title.contains(QStringLiteral("drones")));

    // 3. Into the text; move through it; select three words with the keyboard.
    press(Qt::Key_R);
    QCOMPARE(focus(), m_window->readerView()->textView());
    press(Qt::Key_PageDown);
    press(Qt::Key_PageUp);
    // Down past the title, outlet and provenance lines, into the first paragraph.
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_Down);
    press(Qt::Key_Home);
    QVERIFY(m_window->readerView()->textView()->textCursor().position()
            >= m_window->readerView()->positionMap().toDocument(0));
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    const std::optional<std::pair<int, int>> span = m_window->readerView()->selectedSpan();
    QVERIFY(span);
    QVERIFY(span->second - span->first > 5);

    // 4. H: a highlight of exactly that passage.
    QCOMPARE(annotationCount(), 0);
    press(Qt::Key_H);
    QCOMPARE(annotationCount(), 1);
    const QList<Annotation> highlights = m_workspace->annotations().annotationsForArticle(first);
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights.first().anchor.start, span->first);
    QCOMPARE(highlights.first().anchor.end, span->second);

    // 5. Next line, two words, C: the claim dialog, filled and accepted with the keyboard.
    press(Qt::Key_Down);
    press(Qt::Key_Home);
    press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->readerView()->selectedSpan());
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            return dialog && dialog->isVisible() && QApplication::focusWidget()
                && dialog->isAncestorOf(QApplication::focusWidget());
        }));
        dialogSeen = true;
        // Tab to the verdict; Down picks the next verdict; Tab on to the confidence: Up x3.
        const auto tabTo = [&](const QString &name) {
            for (int i = 0; i < 30 && QApplication::focusWidget()->objectName() != name; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            return QApplication::focusWidget()->objectName() == name;
        };
        if (!tabTo(QStringLiteral("verdictCombo"))) {
            dialog->reject();
            QFAIL("Tab does not reach the verdict");
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        if (!tabTo(QStringLiteral("confidenceSpin"))) {
            dialog->reject();
            QFAIL("Tab does not reach the confidence");
        }
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    press(Qt::Key_C);
    QVERIFY(dialogSeen);
    QTRY_COMPARE(annotationCount(), 2);
    std::optional<Claim> claim;
    for (const Annotation &annotation : m_workspace->annotations().annotationsForArticle(first)) {
        if (annotation.claim)
            claim = annotation.claim;
    }
    QVERIFY(claim);
    QVERIFY(!claim->verdict.isEmpty());
    QVERIFY(claim->confidence);
    // Not given -> 0 -> 5 -> 10: round figures from 0.
    QCOMPARE(qRound(*claim->confidence * 100), 10);

    // 6. J: the next article, from the reader.
    // The offscreen platform has no window manager to give the window back its activation when
    // the dialog closes, as a desktop does; then the focus is where it was, in the text.
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(focus(), m_window->readerView()->textView());
    press(Qt::Key_J);
    QTRY_VERIFY(m_window->readerView()->articleId() != first);
    const qint64 second = m_window->readerView()->articleId();
    QVERIFY(m_window->readerView()->article()->title.contains(QStringLiteral("fleurs")));

    // 7. F6 to the sidebar (its note), Tab to the tags, type one, Enter.
    press(Qt::Key_F6);
    QVERIFY(m_window->annotationSidebar()->isAncestorOf(focus()));
    for (int i = 0; i < 5 && focus()->objectName() != QLatin1String("articleTagsEdit"); ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), QStringLiteral("articleTagsEdit"));
    type(QStringLiteral("à vérifier"));
    press(Qt::Key_Return);
    QTRY_COMPARE(m_workspace->articles().state(second)->tags, QStringList{QStringLiteral("à vérifier")});
}

QTEST_MAIN(TestKeyboardPass)
#include "tst_keyboard_pass.moc"
