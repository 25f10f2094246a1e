// One very large article must not freeze the window. A 30 MB dump that is one line and a 50 MB
// HTML page are imported through the real importer, then opened from the list of the real main
// window while a 5 ms heartbeat timer measures the longest time the event loop did not turn:
// opening, the first paint, scrolling to the end, the next part, a highlight far down brought
// into view, and annotating there. Highlights and new annotations stay at their exact offsets.
#include "anchoring/textanchoring.h"
#include "annotations/annotationactions.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "openarticle.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace glossa;

namespace {

constexpr int kMaxStallMs = 100;

// Words of a French report, numbers and an Arabic phrase, so shaping meets several scripts.
const QStringList kWords = {
    QStringLiteral("le"),        QStringLiteral("ministère"), QStringLiteral("a"),     QStringLiteral("annoncé"),
    QStringLiteral("une"),       QStringLiteral("baisse"),    QStringLiteral("de"),    QStringLiteral("1 200,5"),
    QStringLiteral("euros"),     QStringLiteral("selon"),     QStringLiteral("31 %"),  QStringLiteral("des"),
    QStringLiteral("sources"),   QStringLiteral("l'opposition"), QStringLiteral("dénonce"), QStringLiteral("وزارة"),
    QStringLiteral("الدفاع"),    QStringLiteral("chiffres"),  QStringLiteral("trompeurs."),
};

QByteArray words(qint64 bytes, quint32 seed)
{
    QByteArray out;
    out.reserve(bytes + 64);
    quint32 state = seed;
    while (out.size() < bytes) {
        state = state * 1664525u + 1013904223u;
        out += kWords.at(int((state >> 8) % quint32(kWords.size()))).toUtf8();
        out += ' ';
    }
    return out;
}

// The longest gap between turns of the event loop while it runs.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceLast.restart());
        });
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

} // namespace

class TestReaderLarge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void largeArticleKeepsTheWindowResponsive_data();
    void largeArticleKeepsTheWindowResponsive();
    void anotherChoiceWhileReadingWins();

private:
    // Runs work from the event loop (as a click would) and waits until done() holds, measuring.
    qint64 stallWhile(const std::function<void()> &work, const std::function<bool()> &done, int timeoutMs = 20000);
    qint64 idOf(const QString &title) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestReaderLarge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reader_large"));
    QSettings().clear();

    // A dump that is one line of 30 MB after its title.
    const QString line = m_dir.filePath(QStringLiteral("one_line.txt"));
    QFile dump(line);
    QVERIFY(dump.open(QIODevice::WriteOnly));
    dump.write("Un vidage d'une seule ligne\n\n");
    dump.write(words(30 * 1024 * 1024, 7));
    dump.write("\n");
    dump.close();

    // A saved page of 50 MB: markup, a script the reader drops, many paragraphs and one of 8 MB.
    const QString html = m_dir.filePath(QStringLiteral("page.html"));
    QFile page(html);
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Une page enregistrée</title>"
               "<script>var x = 1;</script></head><body><h1>Une page enregistrée</h1>");
    page.write("<p>");
    page.write(words(8 * 1024 * 1024, 11));
    page.write("</p>");
    quint32 seed = 100;
    while (page.size() < 50 * 1024 * 1024) {
        page.write("<div class=\"c\"><p style=\"margin:0\">");
        page.write(words(3000, ++seed));
        page.write("</p></div>\n");
    }
    page.write("</body></html>");
    page.close();
    QVERIFY(QFileInfo(html).size() >= 50 * 1024 * 1024);

    // And a short one, which opens at once.
    const QString small = m_dir.filePath(QStringLiteral("small.txt"));
    QFile smallDump(small);
    QVERIFY(smallDump.open(QIODevice::WriteOnly));
    smallDump.write("Une courte dépêche\n\n");
    smallDump.write(words(3000, 5));
    smallDump.write("\n");
    smallDump.close();

    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_dir.filePath(QStringLiteral("large.glossa")), &error), qPrintable(error));
    Importer importer(m_workspace->library());
    const ImportReport report = importer.importPaths({line, html, small}, false);
    QCOMPARE(report.added(), 3); // the import accepts all (its limit is Importer::kMaxFileSize)

    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestReaderLarge::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
}

qint64 TestReaderLarge::stallWhile(const std::function<void()> &work, const std::function<bool()> &done, int timeoutMs)
{
    Heartbeat heartbeat;
    QTimer::singleShot(0, this, work);
    QElapsedTimer waited;
    waited.start();
    QTest::qWait(20);
    while (!done() && waited.elapsed() < timeoutMs)
        QTest::qWait(10);
    QTest::qWait(300); // and what runs after (lazy layout, deferred paints)
    return heartbeat.longest();
}

qint64 TestReaderLarge::idOf(const QString &title) const
{
    for (const ArticleSummary &row : m_workspace->finder().summaries(ArticleQuery())) {
        if (row.title == title)
            return row.id;
    }
    return 0;
}

void TestReaderLarge::largeArticleKeepsTheWindowResponsive_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("30 MB on one line") << QStringLiteral("Un vidage d'une seule ligne");
    QTest::newRow("50 MB HTML page") << QStringLiteral("Une page enregistrée");
}

void TestReaderLarge::largeArticleKeepsTheWindowResponsive()
{
    QFETCH(QString, title);
    const qint64 id = idOf(title);
    QVERIFY(id > 0);
    QElapsedTimer reading;
    reading.start();
    const Article article = *m_workspace->articles().article(id);
    const qint64 readMs = reading.elapsed();
    QVERIFY(article.text.size() > 8'000'000);

    // A highlight far down the article, stored before it is opened.
    const int farStart = int(article.text.size()) - 5000;
    Annotation far;
    far.articleId = id;
    far.anchor = TextAnchoring::makeAnchor(article.text, farStart, farStart + 40);
    far.color = QStringLiteral("#ffd54f");
    AnnotationStore store = m_workspace->annotations();
    QVERIFY(store.create(far));

    ReaderView *reader = m_window->readerView();
    int row = -1;
    for (int i = 0; i < m_window->headlineModel()->rowCount(); ++i) {
        if (m_window->headlineModel()->articleId(i) == id)
            row = i;
    }
    QVERIFY(row >= 0);

    // Opening it from the list, through the first paint. The article is read on a worker thread
    // (OpenArticle): meanwhile nothing is open, so nothing can be annotated, and the reader says
    // which article is coming.
    QElapsedTimer opening;
    opening.start();
    bool painted = false;
    bool nothingOpenWhileReading = false;
    qint64 stall = stallWhile(
        [&] {
            m_window->headlineView()->setCurrentIndex(m_window->headlineModel()->index(row, 0));
            nothingOpenWhileReading = m_workspace->openArticle()->id() == 0 && m_workspace->openArticle()->loadingId() == id
                && !reader->article() && reader->textView()->placeholderText().contains(title);
            reader->textView()->viewport()->repaint();
            painted = true;
        },
        [&] { return painted && reader->articleId() == id; });
    qInfo("opened and painted in %lld ms, longest stall %lld ms (reading the article from the library alone: %lld ms)",
          static_cast<long long>(opening.elapsed()), static_cast<long long>(stall), static_cast<long long>(readMs));
    QVERIFY(nothingOpenWhileReading);
    QCOMPARE(reader->articleId(), id);
    QCOMPARE(m_workspace->openArticle()->loadingId(), 0);
    QVERIFY2(stall < kMaxStallMs, qPrintable(QStringLiteral("the window stalled %1 ms opening it").arg(stall)));

    // It says it is shown in parts, and the first part's text is the article's.
    QVERIFY(reader->partCount() > 1);
    auto *notice = reader->findChild<QLabel *>(QStringLiteral("articlePartsLabel"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(QLocale().toString(article.text.size())));
    QTextDocument *document = reader->textView()->document();
    QVERIFY(document->characterCount() < 400'000);

    // Scrolling to the end of the part and back.
    stall = stallWhile(
        [&] {
            QTest::keyClick(reader->textView(), Qt::Key_End, Qt::ControlModifier);
            QScrollBar *bar = reader->textView()->verticalScrollBar();
            bar->setValue(bar->maximum());
            bar->setValue(bar->maximum() / 2);
        },
        [] { return true; });
    QVERIFY2(stall < kMaxStallMs, qPrintable(QStringLiteral("the window stalled %1 ms scrolling").arg(stall)));

    // The next part.
    auto *next = reader->findChild<QPushButton *>(QStringLiteral("nextPartButton"));
    QVERIFY(next && next->isEnabled());
    stall = stallWhile([&] { next->click(); }, [&] { return reader->currentPart() == 1; });
    QCOMPARE(reader->currentPart(), 1);
    QVERIFY2(stall < kMaxStallMs, qPrintable(QStringLiteral("the window stalled %1 ms on the next part").arg(stall)));

    // The far highlight, brought into view from the sidebar's card: its part is shown, drawn over
    // exactly its text.
    stall = stallWhile([&] { reader->scrollToAnnotation(far.id); },
                       [&] { return reader->highlights().annotation(far.id) != nullptr; });
    QVERIFY2(stall < kMaxStallMs, qPrintable(QStringLiteral("the window stalled %1 ms showing a highlight").arg(stall)));
    QCOMPARE(reader->currentPart(), reader->partCount() - 1);
    bool drawn = false;
    for (const QTextEdit::ExtraSelection &selection : reader->textView()->extraSelections()) {
        if (selection.cursor.selectedText() == far.anchor.exact
            && reader->positionMap().toCanonical(selection.cursor.selectionStart()) == far.anchor.start)
            drawn = true;
    }
    QVERIFY(drawn);

    // A new highlight there, across the seam between two pieces of the long line, lands at the
    // offsets selected and quotes the article's own text.
    const QList<DocumentPositionMap::Segment> &segments = reader->positionMap().segments();
    QVERIFY(segments.size() > 2);
    const DocumentPositionMap::Segment &seam = segments.at(segments.size() / 2);
    const int start = seam.canonicalStart - 30;
    const int end = seam.canonicalStart + 30;
    reader->selectSpan(start, end);
    QCOMPARE(reader->selectedSpan(), std::make_pair(start, end));
    auto *actions = m_window->findChild<AnnotationActions *>();
    QVERIFY(actions);
    const qint64 created = actions->createHighlight();
    QVERIFY(created > 0);
    const std::optional<Annotation> stored = store.annotation(created);
    QVERIFY(stored);
    QCOMPARE(stored->anchor.start, start);
    QCOMPARE(stored->anchor.end, end);
    QCOMPARE(stored->anchor.exact, article.text.mid(start, end - start));
}

void TestReaderLarge::anotherChoiceWhileReadingWins()
{
    // Chosen while a long article is being read, another article is the one shown, and the long
    // read, when it arrives, is never shown over it; a highlight asked for meanwhile is not made.
    const qint64 line = idOf(QStringLiteral("Un vidage d'une seule ligne"));
    const qint64 page = idOf(QStringLiteral("Une page enregistrée"));
    const qint64 small = idOf(QStringLiteral("Une courte dépêche"));
    QVERIFY(line > 0 && page > 0 && small > 0);
    OpenArticle *open = m_workspace->openArticle();
    ReaderView *reader = m_window->readerView();
    auto *actions = m_window->findChild<AnnotationActions *>();
    QVERIFY(actions);

    // Long, then short: the short one at once, and it stays.
    open->open(line);
    QCOMPARE(open->loadingId(), line);
    if (const QString folder = qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR"); !folder.isEmpty())
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/reader-opening-long-article.png")));
    QCOMPARE(actions->createHighlight(), qint64(0)); // nothing shown, nothing to annotate
    open->open(small);
    QCOMPARE(open->id(), small);
    QCOMPARE(reader->articleId(), small);
    QTest::qWait(1500); // well past the long read
    QCOMPARE(open->id(), small);
    QCOMPARE(reader->articleId(), small);

    // Long, then another long: the second.
    open->open(line);
    open->open(page);
    QCOMPARE(open->loadingId(), page);
    QTRY_COMPARE_WITH_TIMEOUT(reader->articleId(), page, 20000);
    QTest::qWait(1500);
    QCOMPARE(open->id(), page);
    QCOMPARE(reader->articleId(), page);

    // A highlight asked for in a long article (from the claims board, undo, where-else): once it
    // arrives, its part is shown.
    open->close();
    const QString text = m_workspace->articles().article(line)->text;
    Annotation last;
    last.articleId = line;
    last.anchor = TextAnchoring::makeAnchor(text, int(text.size()) - 300, int(text.size()) - 260);
    last.color = QStringLiteral("#ffd54f");
    AnnotationStore store = m_workspace->annotations();
    QVERIFY(store.create(last));
    const qint64 farthest = last.id;
    QVERIFY(farthest > 0);
    m_workspace->requestArticle(line, farthest);
    QCOMPARE(open->loadingId(), line);
    QTRY_COMPARE_WITH_TIMEOUT(reader->articleId(), line, 20000);
    QTRY_COMPARE(reader->currentPart(), reader->partCount() - 1);
    QVERIFY(reader->highlights().annotation(farthest) != nullptr);

    // Long, then closed: nothing.
    open->open(line);
    open->close();
    QCOMPARE(open->loadingId(), 0);
    QTest::qWait(1500);
    QCOMPARE(open->id(), 0);
    QVERIFY(!reader->article());
}

QTEST_MAIN(TestReaderLarge)

#include "tst_reader_large.moc"
