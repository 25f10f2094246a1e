// The open article as one document, in the real main window: opening an article reads it and
// its annotations once, whatever pane asks for it, and the reader's highlights and the
// sidebar's cards show the same annotations after every kind of edit, undo, redo and a write
// by another process.
#include "anchoring/textanchoring.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "edits/addannotationcommand.h"
#include "edits/editannotationcommand.h"
#include "edits/removeannotationcommand.h"
#include "import/importer.h"
#include "headlines/externalchangewatcher.h"
#include "headlines/headlineview.h"
#include "mainwindow/mainwindow.h"
#include "openarticle.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSettings>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>
#include <set>
#include <tuple>

using namespace glossa;

namespace {

// Every statement SQLite starts on one connection, as its text (sqlite3_trace_v2).
class StatementLog
{
public:
    explicit StatementLog(const QSqlDatabase &db)
        : m_handle(*static_cast<sqlite3 *const *>(db.driver()->handle().constData()))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementLog::record, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    StatementLog(const StatementLog &) = delete;
    StatementLog &operator=(const StatementLog &) = delete;

    int count(const char *fragment) const
    {
        int n = 0;
        for (const QByteArray &statement : m_statements)
            n += statement.contains(fragment) ? 1 : 0;
        return n;
    }
    void clear() { m_statements.clear(); }

private:
    static int record(unsigned, void *context, void *, void *text)
    {
        static_cast<StatementLog *>(context)->m_statements << QByteArray(static_cast<const char *>(text));
        return 0;
    }

    sqlite3 *m_handle;
    QList<QByteArray> m_statements;
};

// What ArticleStore::article() and AnnotationStore::annotationsForArticle() run.
// (a headline row's summary reads other columns of the same join).
constexpr const char kArticleRead[] = "t.body, a.content_hash";
constexpr const char kAnnotationsRead[] = "SELECT an.id, an.article_id";

using Span = std::tuple<qint64, int, int>;

} // namespace

class TestOpenArticle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingReadsTheArticleOnce_data();
    void openingReadsTheArticleOnce();
    void openingAgainReadsNothing();
    void readerAndSidebarAgree_data();
    void readerAndSidebarAgree();

private:
    Annotation makeAnnotation(int start, int end) const;
    std::set<Span> readerSpans() const;
    std::set<Span> sidebarSpans() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestOpenArticle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_openarticle"));
}

void TestOpenArticle::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("window.glossa"));
    testsupport::openWindow(m_path,
                            {QStringLiteral("fr_defense.txt"), QStringLiteral("fr_marche.txt"),
                             QStringLiteral("ar_mina.txt")},
                            &m_workspace, &m_window);
}

void TestOpenArticle::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

Annotation TestOpenArticle::makeAnnotation(int start, int end) const
{
    const Article *article = m_workspace->openArticle()->article();
    Annotation annotation;
    annotation.articleId = article->id;
    annotation.anchor = TextAnchoring::makeAnchor(article->text, start, end);
    annotation.color = QStringLiteral("#ffd54f");
    return annotation;
}

std::set<Span> TestOpenArticle::readerSpans() const
{
    std::set<Span> spans;
    for (const Annotation &annotation : m_window->readerView()->highlights().annotations())
        spans.insert({annotation.id, annotation.anchor.start, annotation.anchor.end});
    return spans;
}

std::set<Span> TestOpenArticle::sidebarSpans() const
{
    std::set<Span> spans;
    const AnnotationListModel *model = m_window->annotationSidebar()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(AnnotationListModel::OrphanedRole).toBool())
            continue; // not in the text, so not highlighted
        spans.insert({index.data(AnnotationListModel::AnnotationIdRole).toLongLong(),
                      index.data(AnnotationListModel::StartRole).toInt(),
                      index.data(AnnotationListModel::EndRole).toInt()});
    }
    return spans;
}

void TestOpenArticle::openingReadsTheArticleOnce_data()
{
    QTest::addColumn<int>("annotations");
    QTest::addColumn<bool>("markReadOnOpen");
    QTest::newRow("unread, marked read on open") << 0 << true;
    QTest::newRow("with annotations") << 3 << true;
    QTest::newRow("left unread") << 2 << false;
}

void TestOpenArticle::openingReadsTheArticleOnce()
{
    QFETCH(int, annotations);
    QFETCH(bool, markReadOnOpen);
    QSettings().setValue(QStringLiteral("reading/markReadOnOpen"), markReadOnOpen);
    const qint64 id = m_workspace->finder().summaries(ArticleQuery()).first().id;
    {
        const std::optional<Article> article = m_workspace->articles().article(id);
        QVERIFY(article);
        for (int i = 0; i < annotations; ++i) {
            Annotation annotation;
            annotation.articleId = id;
            annotation.anchor = TextAnchoring::makeAnchor(article->text, 10 * i, 10 * i + 8);
            QVERIFY(m_workspace->annotations().create(annotation));
        }
    }
    StatementLog log(m_workspace->library().database());
    QVERIFY(m_window->headlineView()->selectArticle(id)); // as a click in the list
    QCOMPARE(m_window->readerView()->articleId(), id);
    QCOMPARE(m_window->annotationSidebar()->articleId(), id);
    QCOMPARE(m_window->annotationSidebar()->model()->rowCount(), annotations);
    QCOMPARE(int(m_window->readerView()->highlights().annotations().size()), annotations);
    QCOMPARE(log.count(kArticleRead), 1);
    QCOMPARE(log.count(kAnnotationsRead), 1);
    QCOMPARE(m_workspace->articles().summary(id)->read, markReadOnOpen);
}

void TestOpenArticle::openingAgainReadsNothing()
{
    const qint64 id = m_workspace->finder().summaries(ArticleQuery()).first().id;
    QVERIFY(m_window->headlineView()->selectArticle(id));
    StatementLog log(m_workspace->library().database());
    m_window->readerView()->showArticle(id);
    m_window->annotationSidebar()->showArticle(id);
    m_workspace->openArticle()->open(id);
    QCOMPARE(log.count(kArticleRead), 0);
    QCOMPARE(log.count(kAnnotationsRead), 0);
}

void TestOpenArticle::readerAndSidebarAgree_data()
{
    QTest::addColumn<QString>("step");
    for (const char *step : {"add", "edit", "remove", "undo add", "redo add", "undo remove", "orphan by edit",
                             "external write", "external delete", "another article"})
        QTest::newRow(step) << QString::fromLatin1(step);
}

void TestOpenArticle::readerAndSidebarAgree()
{
    QFETCH(QString, step);
    QAbstractItemModelTester tester(m_workspace->openArticle()->annotations(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = m_workspace->finder().summaries(ArticleQuery()).first().id;
    QVERIFY(m_window->headlineView()->selectArticle(id));
    QUndoStack *stack = m_workspace->undoStack();
    stack->push(new AddAnnotationCommand(m_workspace.get(), makeAnnotation(5, 25)));
    stack->push(new AddAnnotationCommand(m_workspace.get(), makeAnnotation(40, 70)));
    QCOMPARE(readerSpans(), sidebarSpans());
    const Annotation first = m_workspace->openArticle()->annotations()->annotations().first();

    if (step == QLatin1String("add")) {
        stack->push(new AddAnnotationCommand(m_workspace.get(), makeAnnotation(80, 95)));
    } else if (step == QLatin1String("edit")) {
        Annotation after = first;
        after.anchor = TextAnchoring::makeAnchor(m_workspace->openArticle()->article()->text, 8, 30);
        stack->push(new EditAnnotationCommand(m_workspace.get(), first, after));
    } else if (step == QLatin1String("remove")) {
        stack->push(new RemoveAnnotationCommand(m_workspace.get(), first));
    } else if (step == QLatin1String("undo add")) {
        stack->undo();
    } else if (step == QLatin1String("redo add")) {
        stack->undo();
        stack->redo();
    } else if (step == QLatin1String("undo remove")) {
        stack->push(new RemoveAnnotationCommand(m_workspace.get(), first));
        stack->undo();
    } else if (step == QLatin1String("orphan by edit")) {
        Annotation after = first;
        after.orphaned = true;
        stack->push(new EditAnnotationCommand(m_workspace.get(), first, after));
    } else if (step == QLatin1String("external write") || step == QLatin1String("external delete")) {
        // Another connection, as glossa-cli would be, then the watcher's signal.
        {
            Library other;
            QString error;
            QVERIFY2(other.open(m_path, &error), qPrintable(error));
            AnnotationStore store(other.database());
            if (step == QLatin1String("external write")) {
                Annotation added = makeAnnotation(100, 120);
                QVERIFY(store.create(added));
            } else {
                QVERIFY(store.remove(first.id));
            }
        }
        emit m_window->externalChangeWatcher()->changed();
    } else if (step == QLatin1String("another article")) {
        const qint64 other = m_workspace->finder().summaries(ArticleQuery()).last().id;
        QVERIFY(other != id);
        QVERIFY(m_window->headlineView()->selectArticle(other));
        stack->undo(); // brings the first article back, without its second highlight
        QCOMPARE(m_workspace->openArticle()->id(), id);
    }
    QCOMPARE(m_window->readerView()->articleId(), m_workspace->openArticle()->id());
    QCOMPARE(m_window->annotationSidebar()->articleId(), m_workspace->openArticle()->id());
    QCOMPARE(readerSpans(), sidebarSpans());
    // And both show what the file holds.
    std::set<Span> stored;
    for (const Annotation &annotation : m_workspace->annotations().annotationsForArticle(m_workspace->openArticle()->id())) {
        if (!annotation.orphaned)
            stored.insert({annotation.id, annotation.anchor.start, annotation.anchor.end});
    }
    QCOMPARE(sidebarSpans(), stored);
}

QTEST_MAIN(TestOpenArticle)
#include "tst_openarticle.moc"
