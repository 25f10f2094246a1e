// Quotes are whole words and whole numbers: in the real main window, a drag or a Shift+click in
// the reader snaps to word boundaries (Arabic included, never inside "120" or "1 200,5"), an
// Alt-drag keeps the exact characters, "Extend Selection to Sentence" widens to sentences, and
// the claim dialog widens or narrows the quote by a word before saving. Esc in the annotation
// dialog asks before throwing away typed text, and only then.
#include "annotations/annotationactions.h"
#include "annotations/annotationdialog.h"
#include "headlines/headlineview.h"
#include "mainwindow/mainwindow.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "readertestsupport.h"
#include "storage/annotationstore.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace glossa;

namespace {

// QTest::keyClicks takes ASCII only: other characters are typed as a keyboard layout sends them,
// a key event carrying the text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(widget, ch.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

const QString kFrench = QStringLiteral("Les ruptures lors du sommet ont coûté 1 200,5 euros par habitant. "
                                       "Le chômage atteint 31 % selon le ministère. Une autre phrase suit.");
const QString kArabic = QStringLiteral("وقد دشنت الوزارة مشروعا يضم قرابة 120 شخصا في المرسى.");

ParsedPage page(const QString &title, const QString &text, Qt::LayoutDirection direction)
{
    ParsedPage page;
    page.title = title;
    page.source = QStringLiteral("Le Veilleur");
    page.published = QDate(2025, 2, 12);
    page.language = direction == Qt::RightToLeft ? QStringLiteral("ar") : QStringLiteral("fr");
    page.direction = direction;
    ParsedBlock block;
    block.text = text;
    page.blocks << block;
    page.profile = QStringLiteral("test");
    return page;
}

// Runs f from the event loop once a modal dialog (or box) is up.
void whenModal(const std::function<void(QWidget *)> &f)
{
    QTimer::singleShot(0, qApp, [f] {
        QWidget *modal = nullptr;
        QTRY_VERIFY((modal = QApplication::activeModalWidget()) != nullptr);
        f(modal);
    });
}

} // namespace

class TestReaderSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragSnapsToWords_data();
    void dragSnapsToWords();
    void shiftClickSnaps();
    void extendToSentence();
    void claimDialogWidensAndNarrowsTheQuote();
    void escAsksBeforeDiscardingTypedText();

private:
    void open(qint64 id);
    QPoint pointAt(int canonicalOffset) const;
    void drag(int from, int to, Qt::KeyboardModifiers modifiers);
    QString selectedQuote() const;
    ReaderView *reader() const { return m_window->readerView(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_french = 0;
    qint64 m_arabic = 0;
};

void TestReaderSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reader_selection"));
}

void TestReaderSelection::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_dir->filePath(QStringLiteral("selection.glossa")), &error), qPrintable(error));
    m_french = testsupport::storePage(m_workspace->library(), page(QStringLiteral("Sommet"), kFrench, Qt::LeftToRight),
                                      QStringLiteral("fr.txt"));
    m_arabic = testsupport::storePage(m_workspace->library(),
                                      page(QStringLiteral("المرسى"), kArabic, Qt::RightToLeft), QStringLiteral("ar.txt"));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestReaderSelection::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestReaderSelection::open(qint64 id)
{
    reader()->showArticle(id);
    QCOMPARE(reader()->articleId(), id);
    reader()->setFocus();
}

QPoint TestReaderSelection::pointAt(int canonicalOffset) const
{
    QTextCursor cursor(reader()->textView()->document());
    cursor.setPosition(reader()->positionMap().toDocument(canonicalOffset));
    return reader()->textView()->cursorRect(cursor).center();
}

void TestReaderSelection::drag(int from, int to, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = reader()->textView()->viewport();
    const QPoint a = pointAt(from);
    const QPoint b = pointAt(to);
    QMouseEvent press(QEvent::MouseButtonPress, a, viewport->mapToGlobal(a), Qt::LeftButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &press);
    const QPoint middle = (a + b) / 2;
    QMouseEvent step(QEvent::MouseMove, middle, viewport->mapToGlobal(middle), Qt::NoButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &step);
    QMouseEvent move(QEvent::MouseMove, b, viewport->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, b, viewport->mapToGlobal(b), Qt::LeftButton, Qt::NoButton, modifiers);
    QApplication::sendEvent(viewport, &release);
}

QString TestReaderSelection::selectedQuote() const
{
    const std::optional<std::pair<int, int>> span = reader()->selectedSpan();
    if (!span)
        return QString();
    return reader()->article()->text.mid(span->first, span->second - span->first);
}

void TestReaderSelection::dragSnapsToWords_data()
{
    QTest::addColumn<bool>("arabic");
    QTest::addColumn<QString>("from"); // the drag starts inside this word, one character in
    QTest::addColumn<QString>("to");   // and ends inside this one, one character before its end
    QTest::addColumn<bool>("exact");   // Alt held
    QTest::addColumn<QString>("expected");
    QTest::newRow("French") << false << QStringLiteral("ruptures") << QStringLiteral("sommet") << false
                            << QStringLiteral("ruptures lors du sommet");
    QTest::newRow("French, a number with a space group") << false << QStringLiteral("coûté")
                                                          << QStringLiteral("1 200,5") << false
                                                          << QStringLiteral("coûté 1 200,5");
    QTest::newRow("French, a percentage") << false << QStringLiteral("chômage") << QStringLiteral("31") << false
                                          << QStringLiteral("chômage atteint 31 %");
    QTest::newRow("Arabic, دشنت whole") << true << QStringLiteral("دشنت") << QStringLiteral("الوزارة") << false
                                         << QStringLiteral("دشنت الوزارة");
    QTest::newRow("Arabic, 120 whole") << true << QStringLiteral("قرابة") << QStringLiteral("120") << false
                                        << QStringLiteral("قرابة 120");
    QTest::newRow("Alt: exact characters") << false << QStringLiteral("ruptures") << QStringLiteral("sommet") << true
                                           << QStringLiteral("uptures lors du somme");
}

void TestReaderSelection::dragSnapsToWords()
{
    QFETCH(bool, arabic);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, exact);
    QFETCH(QString, expected);
    open(arabic ? m_arabic : m_french);
    const QString &text = reader()->article()->text;
    const int start = int(text.indexOf(from)) + 1;
    const int end = int(text.indexOf(to, start)) + int(to.size()) - 1;
    QVERIFY(start > 0 && end > start);
    drag(start, end, exact ? Qt::AltModifier : Qt::NoModifier);
    QCOMPARE(selectedQuote(), expected);
}

void TestReaderSelection::shiftClickSnaps()
{
    open(m_french);
    const QString &text = reader()->article()->text;
    reader()->selectSpan(int(text.indexOf(QStringLiteral("sommet"))), int(text.indexOf(QStringLiteral("sommet"))) + 6);
    QCOMPARE(selectedQuote(), QStringLiteral("sommet"));
    // Shift+click in the middle of "habitant": the selection grows to its end.
    QWidget *viewport = reader()->textView()->viewport();
    const QPoint at = pointAt(int(text.indexOf(QStringLiteral("habitant"))) + 3);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, at);
    QCOMPARE(selectedQuote(), QStringLiteral("sommet ont coûté 1 200,5 euros par habitant"));
}

void TestReaderSelection::extendToSentence()
{
    open(m_french);
    const QString &text = reader()->article()->text;
    const int at = int(text.indexOf(QStringLiteral("atteint")));
    reader()->selectSpan(at, at + 7);
    // The shortcut, on the reader.
    QTest::keyClick(reader()->textView(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(selectedQuote(), QStringLiteral("Le chômage atteint 31 % selon le ministère."));

    // In the text's context menu.
    QAction *action = reader()->extendToSentenceAction();
    QWidget *viewport = reader()->textView()->viewport();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, pointAt(at), viewport->mapToGlobal(pointAt(at)));
    QApplication::sendEvent(viewport, &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QVERIFY(menu->actions().contains(action));
    menu->close();

    // Arabic too: the caret alone gives its sentence.
    open(m_arabic);
    const int caret = int(reader()->article()->text.indexOf(QStringLiteral("مشروعا")));
    reader()->selectSpan(caret, caret);
    action->trigger();
    QCOMPARE(selectedQuote(), kArabic);
}

void TestReaderSelection::claimDialogWidensAndNarrowsTheQuote()
{
    open(m_french);
    const QString &text = reader()->article()->text;
    const int at = int(text.indexOf(QStringLiteral("atteint")));
    reader()->selectSpan(at, at + 7);
    QString shownAfterWidening;
    QString shownAfterNarrowing;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<AnnotationDialog *>(modal);
        QVERIFY(dialog);
        auto *quote = dialog->findChild<QLabel *>(QStringLiteral("quoteLabel"));
        QCOMPARE(quote->text(), QStringLiteral("atteint"));
        dialog->findChild<QToolButton *>(QStringLiteral("widenStartButton"))->click();
        dialog->findChild<QToolButton *>(QStringLiteral("widenEndButton"))->click(); // the whole "31 %"
        shownAfterWidening = quote->text();
        // Shortcuts: the start one word later, the end one word later.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // Through the window system, as a keyboard sends them (shortcuts included).
        QTest::keyClick(dialog->windowHandle(), Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(dialog->windowHandle(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        shownAfterNarrowing = quote->text();
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    auto *actions = m_window->findChild<AnnotationActions *>();
    actions->claimAction()->trigger();
    QCOMPARE(shownAfterWidening, QStringLiteral("chômage atteint 31 %"));
    QCOMPARE(shownAfterNarrowing, QStringLiteral("atteint 31 % selon"));
    const QList<Annotation> stored = m_workspace->annotations().annotationsForArticle(m_french);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().anchor.exact, QStringLiteral("atteint 31 % selon"));
    QVERIFY(stored.first().claim.has_value());
}

void TestReaderSelection::escAsksBeforeDiscardingTypedText()
{
    open(m_french);
    reader()->selectSpan(0, 12);
    auto *actions = m_window->findChild<AnnotationActions *>();

    // Nothing typed: Esc closes at once (a question, were there one, is answered Discard).
    bool asked = false;
    whenModal([&](QWidget *modal) {
        QVERIFY(qobject_cast<AnnotationDialog *>(modal));
        QTimer::singleShot(300, qApp, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
                }
            }
        });
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    actions->noteAction()->trigger();
    QVERIFY(!asked);
    QVERIFY(m_workspace->annotations().annotationsForArticle(m_french).isEmpty());

    // A half-written note: Esc asks; "Keep Editing" keeps the dialog and the text, then
    // "Discard" closes it and nothing is saved.
    bool keptOpen = false;
    QString keptText;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<AnnotationDialog *>(modal);
        QVERIFY(dialog);
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        typeText(note, QStringLiteral("Une note à moitié"));
        whenModal([&, dialog](QWidget *box) {
            auto *question = qobject_cast<QMessageBox *>(box);
            QVERIFY(question);
            QCOMPARE(question->objectName(), QStringLiteral("discardTypingMessage"));
            for (QAbstractButton *button : question->buttons()) {
                if (question->buttonRole(button) == QMessageBox::RejectRole)
                    button->click(); // Keep Editing
            }
            QTimer::singleShot(0, qApp, [&, dialog] {
                keptOpen = dialog->isVisible();
                keptText = dialog->note();
                whenModal([](QWidget *again) {
                    auto *question = qobject_cast<QMessageBox *>(again);
                    QVERIFY(question);
                    for (QAbstractButton *button : question->buttons()) {
                        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                            button->click(); // Discard
                    }
                });
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    actions->noteAction()->trigger();
    QVERIFY(keptOpen);
    QCOMPARE(keptText, QStringLiteral("Une note à moitié"));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_workspace->annotations().annotationsForArticle(m_french).isEmpty());
}

QTEST_MAIN(TestReaderSelection)

#include "tst_reader_selection.moc"
