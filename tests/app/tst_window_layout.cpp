// Issue 21, item 10: the reader keeps a readable width at 1024×700, 1366×768 and 1920×1080,
// with every dock open, and opening a dock never forces the window wider. With
// GLOSSA_SCREENSHOT_DIR set, the window at each size, light and dark, in English, French and
// Arabic, is saved there.

#include "annotationsearch/annotationsearchdock.h"
#include "annotations/annotationsidebar.h"
#include "claims/claimsboarddock.h"
#include "collections/collectionsdock.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "mainwindow/mainwindow.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "shell/apptheme.h"
#include "windowfixture.h"
#include "openarticle.h"
#include "workspace.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

using namespace glossa;

namespace {

// The narrowest column of text the reader may be given: 45 characters of its font.
constexpr int kReaderFloorCharacters = 45;

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readerStaysReadable_data();
    void readerStaysReadable();
    void docksOpenTogetherWithoutNarrowingTheReader_data();
    void docksOpenTogetherWithoutNarrowingTheReader();
    void screenshots_data();
    void screenshots();

private:
    QList<QDockWidget *> docks() const;
    int readerWidth() const { return m_window->readerView()->textView()->viewport()->width(); }
    int readerFloor() const;
    void resizeTo(const QSize &size);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_window_layout"));
}

void TestWindowLayout::init()
{
    QSettings().clear(); // the window's own default layout, no remembered one
    static int libraries = 0;
    testsupport::openWindow(m_dir.filePath(QStringLiteral("layout-%1.glossa").arg(++libraries)),
                            {QStringLiteral("fr_defense.txt"), QStringLiteral("fr_marche.txt"),
                             QStringLiteral("ar_mina.txt")},
                            &m_workspace, &m_window);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 3);
    m_window->headlineView()->focusResults(); // an article open in the reader
    QTRY_VERIFY(m_window->readerView()->article());
}

void TestWindowLayout::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

QList<QDockWidget *> TestWindowLayout::docks() const
{
    return {m_window->collectionsDock(), m_window->findChild<ClaimsBoardDock *>(), m_window->annotationSearchDock()};
}

int TestWindowLayout::readerFloor() const
{
    const QFontMetrics metrics(m_window->readerView()->textView()->document()->defaultFont());
    return metrics.horizontalAdvance(QLatin1Char('0')) * kReaderFloorCharacters;
}

void TestWindowLayout::resizeTo(const QSize &size)
{
    m_window->resize(size);
    QCoreApplication::processEvents();
    QTest::qWait(20);
}

void TestWindowLayout::readerStaysReadable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestWindowLayout::readerStaysReadable()
{
    QFETCH(QSize, size);
    resizeTo(size);
    QCOMPARE(m_window->size(), size);
    QVERIFY2(readerWidth() >= readerFloor(),
             qPrintable(QStringLiteral("reader %1 px, floor %2 px").arg(readerWidth()).arg(readerFloor())));
    // Each dock alone, then all of them: the window keeps its size, the reader its floor.
    const QList<QDockWidget *> all = docks();
    for (QDockWidget *dock : all) {
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QTest::qWait(20);
        QVERIFY2(m_window->size() == size, qPrintable(QStringLiteral("%1 made the window %2×%3")
                                                         .arg(dock->objectName())
                                                         .arg(m_window->width())
                                                         .arg(m_window->height())));
        QVERIFY2(readerWidth() >= readerFloor(), qPrintable(QStringLiteral("with %1: reader %2 px, floor %3 px")
                                                                .arg(dock->objectName())
                                                                .arg(readerWidth())
                                                                .arg(readerFloor())));
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(!dock->isVisible());
    }
    for (QDockWidget *dock : all)
        dock->toggleViewAction()->trigger();
    QTest::qWait(20);
    QCOMPARE(m_window->size(), size);
    QVERIFY2(readerWidth() >= readerFloor(), qPrintable(QStringLiteral("with every dock: reader %1 px, floor %2 px")
                                                            .arg(readerWidth())
                                                            .arg(readerFloor())));
    // The list, at its narrowest, still shows titles: 14 characters at least.
    const HeadlineView *list = m_window->headlineView();
    const int titleWidth = list->horizontalHeader()->sectionSize(HeadlineModel::TitleColumn);
    QVERIFY2(titleWidth >= 14 * list->fontMetrics().averageCharWidth(),
             qPrintable(QStringLiteral("with every dock: titles %1 px").arg(titleWidth)));
    // Closing them gives the reader its room back.
    for (QDockWidget *dock : all)
        dock->toggleViewAction()->trigger();
    QTest::qWait(20);
    QCOMPARE(m_window->size(), size);
}

void TestWindowLayout::docksOpenTogetherWithoutNarrowingTheReader_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1440x900") << QSize(1440, 900);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestWindowLayout::docksOpenTogetherWithoutNarrowingTheReader()
{
    // Collections and the claims board opened one after the other, as an analyst does, then the
    // annotation search too: they open as tabs of one strip under the panes (the reader keeps
    // every pixel of its width, the list and the sidebar theirs), the dock opened last is the tab
    // in front, and the window keeps its size.
    QFETCH(QSize, size);
    resizeTo(size);
    // The reader's pane, whose text column loses at most a scroll bar's width when it gets shorter.
    const int reader = m_window->readerView()->width();
    const int list = m_window->headlineView()->width();
    const int sidebar = m_window->findChild<AnnotationSidebar *>()->width();
    QDockWidget *collections = m_window->collectionsDock();
    QDockWidget *board = m_window->findChild<ClaimsBoardDock *>();
    QDockWidget *search = m_window->annotationSearchDock();
    for (QDockWidget *dock : {collections, board, search}) {
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QTest::qWait(20);
        QCOMPARE(m_window->size(), size);
        QVERIFY2(!dock->visibleRegion().isEmpty(), qPrintable(dock->objectName() + QStringLiteral(" is not in front")));
        QVERIFY2(m_window->readerView()->width() == reader,
                 qPrintable(QStringLiteral("with %1: reader %2 px, %3 px before")
                                .arg(dock->objectName()).arg(m_window->readerView()->width()).arg(reader)));
        QCOMPARE(m_window->headlineView()->width(), list);
        QCOMPARE(m_window->findChild<AnnotationSidebar *>()->width(), sidebar);
    }
    QVERIFY(m_window->tabifiedDockWidgets(collections).contains(board));
    QVERIFY(m_window->tabifiedDockWidgets(collections).contains(search));
    // A strip, not the whole window: the reader keeps two thirds of the height at least.
    QVERIFY2(m_window->readerView()->height() >= m_window->centralWidget()->height() - 1
                 && m_window->centralWidget()->height() >= size.height() / 2,
             qPrintable(QStringLiteral("reader %1 px high in a %2 px window").arg(m_window->readerView()->height()).arg(size.height())));
}

void TestWindowLayout::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "fr", "ar"}) {
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1440, 900), QSize(1920, 1080)}) {
            QTest::addRow("%s-light-%dx%d", language, size.width(), size.height())
                << QString::fromLatin1(language) << false << size;
            QTest::addRow("%s-dark-%dx%d", language, size.width(), size.height())
                << QString::fromLatin1(language) << true << size;
        }
    }
}

void TestWindowLayout::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    const QString folder = qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    // The window is made in the language, as at startup, with no article open yet.
    m_window.reset();
    m_workspace->openArticle()->close();
    QTranslator translator, qt;
    QVERIFY(translator.load(QStringLiteral("glossa_") + language, QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    if (qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    QLocale::setDefault(QLocale(language));
    QGuiApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    AppTheme::apply(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 3);
    resizeTo(size);
    const QString name = QStringLiteral("%1/window-%2x%3-%4-%5")
                             .arg(folder).arg(size.width()).arg(size.height())
                             .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light"));
    // Nothing open: the reader's placeholder.
    QVERIFY(m_window->grab().save(name + QStringLiteral("-empty.png")));
    m_window->headlineView()->focusResults();
    QTRY_VERIFY(m_window->readerView()->article());
    m_window->readerView()->selectSpan(10, 40);
    QVERIFY(m_window->grab().save(name + QStringLiteral(".png")));
    m_window->collectionsDock()->show();
    m_window->findChild<ClaimsBoardDock *>()->show();
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(name + QStringLiteral("-docks.png")));
    QCOMPARE(m_window->size(), size);

    m_window.reset();
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qt);
    QLocale::setDefault(QLocale::c());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    AppTheme::apply(AppTheme::Choice::Light);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
