// The article note and tags are saved as they are typed. The hard test kills (SIGKILL) a child
// process that runs the real main window and typed into the note or the tags through real key
// events, 400 ms after the last keystroke and without Enter or a focus change, then reads the
// library from this process. The child is this same executable started with --type-and-wait: the
// window cannot be typed into from outside its process on the offscreen platform, and killing a
// process that holds a live window and connection is the crash the analyst met.
// In-process tests cover the "Saved" state, one undo step per burst of typing, and the
// immediate saves on article switch and window close.
#include "annotations/annotationsidebar.h"
#include "annotations/articlenotepanel.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cstdio>

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

const QString kNoteTyped = QStringLiteral("Chiffres à recouper avec le rapport");
const QString kTagsTyped = QStringLiteral("urgent, à vérifier");
const QStringList kDumps = {QStringLiteral("fr_defense.txt"), QStringLiteral("fr_marche.txt"),
                            QStringLiteral("ar_mina.txt")};

void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_note_autosave"));
}

// What a restart would see: a connection of its own to the file.
std::optional<Article> onDisk(const QString &path, qint64 id)
{
    Library library;
    if (!library.open(path))
        return std::nullopt;
    return ArticleStore(library.database()).article(id);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The child: opens the window on the library, opens the newest article (J), clicks into the
// field and types, says so on stdout, and keeps running until it is killed.
int typeAndWait(int argc, char *argv[])
{
    QApplication app(argc, argv);
    useTestSettings();
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QString field = QString::fromLocal8Bit(argv[3]);
    Workspace workspace;
    QString error;
    if (!workspace.openLibrary(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[2], qPrintable(error));
        return 2;
    }
    MainWindow window(&workspace);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return 3;
    window.headlineView()->setFocus();
    QTest::keyClick(window.headlineView(), Qt::Key_J);
    const qint64 id = window.readerView()->articleId();
    ArticleNotePanel *panel = window.annotationSidebar()->notePanel();
    QWidget *target = field == QLatin1String("note") ? static_cast<QWidget *>(panel->findChild<QPlainTextEdit *>(
                                                           QStringLiteral("articleNoteEdit")))
                                                     : panel->findChild<QLineEdit *>(QStringLiteral("articleTagsEdit"));
    if (id <= 0 || !target)
        return 4;
    target->setFocus(Qt::MouseFocusReason);
    typeText(target, field == QLatin1String("note") ? kNoteTyped : kTagsTyped);
    std::printf("typed %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestNoteAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void killedAfterTypingKeepsIt_data();
    void killedAfterTypingKeepsIt();
    void showsSavedAndUndoesOneBurstAtOnce();
    void articleSwitchAndCloseSaveAtOnce();

private:
    QPlainTextEdit *noteEdit() const;
    QLineEdit *tagsEdit() const;
    QLabel *stateLabel() const;
    qint64 openFirstArticle();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestNoteAutosave::initTestCase()
{
    useTestSettings();
}

void TestNoteAutosave::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("autosave.glossa"));
    testsupport::openWindow(m_path, kDumps, &m_workspace, &m_window);
}

void TestNoteAutosave::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

QPlainTextEdit *TestNoteAutosave::noteEdit() const
{
    return m_window->findChild<QPlainTextEdit *>(QStringLiteral("articleNoteEdit"));
}

QLineEdit *TestNoteAutosave::tagsEdit() const
{
    return m_window->findChild<QLineEdit *>(QStringLiteral("articleTagsEdit"));
}

QLabel *TestNoteAutosave::stateLabel() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("articleNoteSaveState"));
}

qint64 TestNoteAutosave::openFirstArticle()
{
    m_window->headlineView()->setFocus();
    QTest::keyClick(m_window->headlineView(), Qt::Key_J);
    return m_window->readerView()->articleId();
}

void TestNoteAutosave::killedAfterTypingKeepsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("article note") << QStringLiteral("note");
    QTest::newRow("article tags, no Enter") << QStringLiteral("tags");
}

void TestNoteAutosave::killedAfterTypingKeepsIt()
{
    QFETCH(QString, field);
    // The window of this process lets go of the library: only the child writes.
    m_window.reset();
    m_workspace.reset();

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--type-and-wait"), m_path, field});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QByteArray line;
    QElapsedTimer waited;
    waited.start();
    while (!line.endsWith('\n') && waited.elapsed() < 30000) {
        if (child.state() == QProcess::NotRunning)
            break;
        child.waitForReadyRead(100);
        line += child.readAll();
    }
    QVERIFY2(line.startsWith("typed "), line.constData());
    QElapsedTimer sinceTyped;
    sinceTyped.start();
    const qint64 id = line.mid(6).trimmed().toLongLong();
    QVERIFY(id > 0);
    QTest::qWait(400);
    child.kill(); // SIGKILL: no close event, no destructor, no focus change
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    qInfo("killed %lld ms after the last keystroke", static_cast<long long>(sinceTyped.elapsed()));

    const std::optional<Article> stored = onDisk(m_path, id);
    QVERIFY(stored);
    if (field == QLatin1String("note"))
        QCOMPARE(stored->note, kNoteTyped);
    else
        QCOMPARE(sorted(stored->tags), sorted({QStringLiteral("urgent"), QStringLiteral("à vérifier")}));
}

void TestNoteAutosave::showsSavedAndUndoesOneBurstAtOnce()
{
    const qint64 id = openFirstArticle();
    QVERIFY(id > 0);
    QUndoStack *undo = m_workspace->undoStack();
    const int before = undo->count();
    QVERIFY(stateLabel()->text().isEmpty()); // nothing typed, nothing to say

    noteEdit()->setFocus(Qt::MouseFocusReason);
    typeText(noteEdit(), QStringLiteral("Premier"));
    QCOMPARE(stateLabel()->text(), QStringLiteral("Saving…"));
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(m_path, id)->note, QStringLiteral("Premier"), 1000);
    QCOMPARE(stateLabel()->text(), QStringLiteral("Saved"));
    // A pause in typing saves again, but the burst is one step to undo.
    typeText(noteEdit(), QStringLiteral(" jet"));
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(m_path, id)->note, QStringLiteral("Premier jet"), 1000);
    QCOMPARE(undo->count(), before + 1);

    // Tags typed without Enter are saved after the same pause; their burst is one more step.
    tagsEdit()->setFocus(Qt::TabFocusReason); // leaving the note ends its burst
    typeText(tagsEdit(), QStringLiteral("santé"));
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(m_path, id)->tags, QStringList{QStringLiteral("santé")}, 1000);
    typeText(tagsEdit(), QStringLiteral(", budget"));
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(m_path, id)->tags.size(), 2, 1000);
    QCOMPARE(undo->count(), before + 2);
    QCOMPARE(stateLabel()->text(), QStringLiteral("Saved"));

    // Back in the note, a new burst is a step of its own.
    noteEdit()->setFocus(Qt::MouseFocusReason);
    noteEdit()->moveCursor(QTextCursor::End);
    typeText(noteEdit(), QStringLiteral("."));
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(m_path, id)->note, QStringLiteral("Premier jet."), 1000);
    QCOMPARE(undo->count(), before + 3);

    undo->undo();
    QCOMPARE(onDisk(m_path, id)->note, QStringLiteral("Premier jet"));
    undo->undo();
    QVERIFY(onDisk(m_path, id)->tags.isEmpty());
    undo->undo();
    QCOMPARE(onDisk(m_path, id)->note, QString());
    QCOMPARE(noteEdit()->toPlainText(), QString());
}

void TestNoteAutosave::articleSwitchAndCloseSaveAtOnce()
{
    const qint64 first = openFirstArticle();
    QVERIFY(first > 0);
    noteEdit()->setFocus(Qt::MouseFocusReason);
    typeText(noteEdit(), QStringLiteral("avant de changer"));
    // Another article, picked in the list, with no pause: the note is saved to the first one.
    m_window->headlineView()->setCurrentIndex(m_window->headlineModel()->index(1, 0));
    const qint64 second = m_window->readerView()->articleId();
    QVERIFY(second > 0 && second != first);
    QCOMPARE(onDisk(m_path, first)->note, QStringLiteral("avant de changer"));
    QCOMPARE(noteEdit()->toPlainText(), QString());

    tagsEdit()->setFocus(Qt::MouseFocusReason);
    typeText(tagsEdit(), QStringLiteral("à suivre"));
    QVERIFY(m_window->close());
    QCOMPARE(onDisk(m_path, second)->tags, QStringList{QStringLiteral("à suivre")});
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--type-and-wait") == 0)
        return typeAndWait(argc, argv);
    QApplication app(argc, argv);
    TestNoteAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_note_autosave.moc"
