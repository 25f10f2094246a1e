// Issue 21, items 12, 13 and 16 on the real window: typed dates and the calendar's first month,
// the sidebar's Edit…/Delete after a click, and the polish items (tag colours and order, the
// merge dialog, plurals, the annotations column, the theme menu, the reader's placeholder, the
// ticker's "Seen in").

#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "claimsfixture.h"
#include "common/datefield.h"
#include "common/typeddate.h"
#include "headlines/filterbar.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "headlines/librarystatuslabel.h"
#include "mainwindow/mainwindow.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "shell/apptheme.h"
#include "storage/tagstore.h"
#include "ticker/tickerheadlinemodel.h"
#include "workspace.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace glossa;

namespace {

// Answers nothing (the source text stays) but notes which texts were asked with a count: a
// sentence with a number in it must be asked with that number, so that each language can give
// it its own plural forms.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        asked.append({QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(sourceText), n});
        return {};
    }
    bool isEmpty() const override { return false; }
    int countOf(const QString &contextAndSource) const
    {
        for (const auto &[text, n] : std::as_const(asked)) {
            if (text == contextAndSource)
                return n;
        }
        return -2; // never asked
    }
    mutable QList<QPair<QString, int>> asked;
};

bool hasColourNear(const QImage &image, const QColor &wanted, int tolerance)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - wanted.red()) + qAbs(c.green() - wanted.green()) + qAbs(c.blue() - wanted.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

} // namespace

class TestDeskPolish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sidebarButtonsFollowAClickedCard();
    void typedDates_data();
    void typedDates();
    void dateFieldsTakeTypedDates();
    void calendarOpensAtTheNewestMonth();
    void tagChipsShowTagColours();
    void tagListsSortByTheLanguage();
    void mergeDialogChoosesNothing();
    void statusCountsHavePlurals();
    void annotationsColumnSaysWhatItCounts();
    void themeMenuShowsTheThemeInUse();
    void readerSaysWhatToDoWhenEmpty();
    void tickerSaysWhereAHeadlineWasSeen();

private:
    qint64 openArticle(int index);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    testsupport::ClaimsFixture m_fixture;
};

void TestDeskPolish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desk_polish"));
}

void TestDeskPolish::init()
{
    QSettings().clear();
    static int libraries = 0;
    m_workspace = std::make_unique<Workspace>();
    m_fixture = testsupport::makeClaimsFixture(*m_workspace, m_dir.filePath(QStringLiteral("polish-%1.glossa").arg(++libraries)));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 4);
}

void TestDeskPolish::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    QLocale::setDefault(QLocale::c());
}

qint64 TestDeskPolish::openArticle(int index)
{
    const qint64 id = m_fixture.articleIds.at(index);
    m_window->headlineView()->selectArticle(id);
    if (!QTest::qWaitFor([&] { return m_window->readerView()->articleId() == id; }))
        return 0;
    return id;
}

// Item 13: a click on a card makes it current before it selects it; the buttons used to read
// the selection at the first step and stayed off.
void TestDeskPolish::sidebarButtonsFollowAClickedCard()
{
    QVERIFY(openArticle(0));
    AnnotationSidebar *sidebar = m_window->annotationSidebar();
    QListView *cards = sidebar->listView();
    QTRY_COMPARE(cards->model()->rowCount(), 1);
    auto *edit = sidebar->findChild<QToolButton *>(QStringLiteral("editAnnotationButton"));
    auto *remove = sidebar->findChild<QToolButton *>(QStringLiteral("deleteAnnotationButton"));
    QVERIFY(!edit->isEnabled());
    const QRect card = cards->visualRect(cards->model()->index(0, 0));
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, {}, card.center());
    QCOMPARE(sidebar->selectedAnnotation(), m_fixture.claimIds.at(0));
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
}

void TestDeskPolish::typedDates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    const QDate march1(2025, 3, 1);
    QTest::newRow("ISO") << "en_US" << "2025-03-01" << march1;
    QTest::newRow("ISO in French") << "fr_FR" << "2025-03-01" << march1;
    QTest::newRow("ISO, one digit") << "en_US" << "2025-3-1" << march1;
    QTest::newRow("English short, two-digit year") << "en_US" << "3/1/25" << march1;
    QTest::newRow("English short, four-digit year") << "en_US" << "3/1/2025" << march1;
    QTest::newRow("English, last century") << "en_US" << "3/1/98" << QDate(1998, 3, 1);
    QTest::newRow("French short") << "fr_FR" << "01/03/2025" << march1;
    QTest::newRow("French short, two-digit year") << "fr_FR" << "01/03/25" << march1;
    QTest::newRow("spaces around") << "fr_FR" << "  01/03/2025 " << march1;
    QTest::newRow("empty") << "en_US" << "" << QDate();
    QTest::newRow("the old special text stuck to it") << "en_US" << "Any date3/1/25" << QDate();
    QTest::newRow("no such day") << "fr_FR" << "31/02/2025" << QDate();
    QTest::newRow("no such month") << "en_US" << "2025-13-01" << QDate();
    QTest::newRow("words") << "en_US" << "yesterday" << QDate();
}

void TestDeskPolish::typedDates()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QCOMPARE(TypedDate::parse(typed, QLocale(locale), QDate(2026, 12, 6)), expected);
}

// Item 12: a date typed in the filter bar filters the list, in ISO or the locale's form; a
// date that is not one says so and leaves the list as it was.
void TestDeskPolish::dateFieldsTakeTypedDates()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    DateField *from = m_window->filterBar()->fromField();
    QLineEdit *field = from->lineEdit();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("2/11/25"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_window->filterBar()->query().from, QDate(2025, 2, 11));
    QCOMPARE(field->text(), QStringLiteral("2025-02-11"));
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 2); // the 11th and the 14th

    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("2025-02-12"));
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(m_window->filterBar()->query().from, QDate(2025, 2, 12));
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 1);

    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("31/31/2025"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(from->hasUnreadableText());
    QVERIFY(!field->toolTip().isEmpty());
    QCOMPARE(m_window->filterBar()->query().from, QDate(2025, 2, 12)); // kept

    field->clear(); // the clear button: any date
    QVERIFY(!from->hasUnreadableText());
    QVERIFY(!m_window->filterBar()->query().from.isValid());
    QTRY_COMPARE(m_window->headlineModel()->rowCount(), 4);
}

void TestDeskPolish::calendarOpensAtTheNewestMonth()
{
    const QDate newest = m_workspace->articles().newestPublished();
    QVERIFY(newest.isValid());
    DateField *to = m_window->filterBar()->toField();
    QTest::keyClick(to->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = to->openCalendar();
    QVERIFY(calendar);
    QCOMPARE(calendar->yearShown(), newest.year());
    QCOMPARE(calendar->monthShown(), newest.month());
    // Enter on the day under the keyboard chooses it.
    calendar->setSelectedDate(newest);
    QTest::keyClick(calendar->findChild<QTableView *>(), Qt::Key_Return);
    QCOMPARE(m_window->filterBar()->query().to, newest);
    QVERIFY(!to->openCalendar());
}

// Item 16: a chip is drawn in its tag's colour.
void TestDeskPolish::tagChipsShowTagColours()
{
    TagStore tags = m_workspace->tags();
    const QColor magenta(QStringLiteral("#d500f9"));
    QVERIFY(tags.recolor(tags.idOf(QStringLiteral("alep")), magenta.name()));
    m_workspace->notifyTagsChanged();
    QVERIFY(openArticle(0));
    QListView *cards = m_window->annotationSidebar()->listView();
    QTRY_COMPARE(cards->model()->rowCount(), 1);
    QTest::qWait(20);
    QVERIFY(hasColourNear(cards->viewport()->grab().toImage(), magenta, 40));
}

// Item 16: "à vérifier" among the a's in French, in every tag list.
void TestDeskPolish::tagListsSortByTheLanguage()
{
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
    testsupport::annotate(*m_workspace, m_fixture.articleIds.at(0), QStringLiteral("Un paragraphe"),
                          {QStringLiteral("à vérifier"), QStringLiteral("Zone"), QStringLiteral("alep")});
    m_workspace->notifyAnnotationsChanged(m_fixture.articleIds.at(0));
    m_window->filterBar()->refreshChoices();
    const QStringList expected = {QStringLiteral("à vérifier"), QStringLiteral("alep"), QStringLiteral("front"),
                                  QStringLiteral("prisonniers"), QStringLiteral("Zone")};
    auto *tagFilter = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("tagFilter"));
    QStringList listed;
    for (int i = 1; i < tagFilter->count(); ++i)
        listed << tagFilter->itemText(i);
    QCOMPARE(listed, expected);

    QVERIFY(openArticle(0));
    auto *sidebarTags = m_window->annotationSidebar()->findChild<QComboBox *>(QStringLiteral("tagFilter"));
    listed.clear();
    for (int i = 1; i < sidebarTags->count(); ++i)
        listed << sidebarTags->itemText(i);
    QCOMPARE(listed, (QStringList{QStringLiteral("à vérifier"), QStringLiteral("alep"), QStringLiteral("Zone")}));

    m_window->findChild<QAction *>(QStringLiteral("manageTagsAction"))->trigger();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tagTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 5);
    listed.clear();
    for (int row = 0; row < 5; ++row)
        listed << table->model()->index(row, 0).data().toString();
    QCOMPARE(listed, expected);
}

// Item 16: Merge Into… offers the other tags with none chosen, and Merge is off until one is.
void TestDeskPolish::mergeDialogChoosesNothing()
{
    m_window->findChild<QAction *>(QStringLiteral("manageTagsAction"))->trigger();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tagTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() >= 2);
    table->selectRow(0);
    const QString merged = table->model()->index(0, 0).data().toString();
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()) != nullptr; });
        Q_UNUSED(shown);
        auto *list = dialog ? dialog->findChild<QListWidget *>(QStringLiteral("mergeTargetList")) : nullptr;
        if (!list) {
            if (dialog)
                dialog->close();
            return;
        }
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        checked = list->selectedItems().isEmpty() && !ok->isEnabled() && list->count() == table->model()->rowCount() - 1;
        list->setCurrentRow(0);
        checked = checked && ok->isEnabled();
        dialog->close();
    });
    m_window->findChild<QPushButton *>(QStringLiteral("mergeTagButton"))->click();
    QVERIFY(checked);
    QVERIFY(m_workspace->tags().idOf(merged) != 0); // closed: nothing merged
}

// Item 16: each figure of the status bar is asked for with its number ("1 favori").
void TestDeskPolish::statusCountsHavePlurals()
{
    RecordingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    m_workspace->articles().setStarred(m_fixture.articleIds.at(0), true);
    m_workspace->notifyContentChanged();
    QTRY_VERIFY(translator.countOf(QStringLiteral("glossa::LibraryStatusLabel|%n starred")) == 1);
    QCOMPARE(translator.countOf(QStringLiteral("glossa::LibraryStatusLabel|%n unread")), 4);
    QCOMPARE(translator.countOf(QStringLiteral("glossa::LibraryStatusLabel|%n annotation(s)")), 5);
    QCoreApplication::removeTranslator(&translator);
}

void TestDeskPolish::annotationsColumnSaysWhatItCounts()
{
    const QString header =
        m_window->headlineModel()->headerData(HeadlineModel::AnnotationsColumn, Qt::Horizontal).toString();
    QCOMPARE(header, QStringLiteral("Annotations"));
    // And the window shows it whole.
    QHeaderView *headerView = m_window->headlineView()->horizontalHeader();
    QVERIFY(headerView->sectionSize(HeadlineModel::AnnotationsColumn)
            >= headerView->fontMetrics().horizontalAdvance(header));
}

// Item 16: the theme menu checks the theme in use, however it was chosen (here as --theme or
// the preferences do, without this menu).
void TestDeskPolish::themeMenuShowsTheThemeInUse()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("themeMenu"));
    QVERIFY(menu);
    auto *dark = m_window->findChild<QAction *>(QStringLiteral("darkThemeAction"));
    auto *light = m_window->findChild<QAction *>(QStringLiteral("lightThemeAction"));
    AppTheme::apply(AppTheme::Choice::Dark);
    emit menu->aboutToShow();
    QVERIFY(dark->isChecked());
    AppTheme::apply(AppTheme::Choice::Light);
    emit menu->aboutToShow();
    QVERIFY(light->isChecked());
    QVERIFY(!dark->isChecked());
}

// Item 16: with no article open the reader says what to do instead of staying blank.
void TestDeskPolish::readerSaysWhatToDoWhenEmpty()
{
    ArticleTextView *text = m_window->readerView()->textView();
    QVERIFY(!m_window->readerView()->article());
    const QImage pane = text->viewport()->grab().toImage();
    const QColor base = text->palette().color(QPalette::Base);
    int inked = 0;
    for (int y = 0; y < pane.height(); ++y) {
        for (int x = 0; x < pane.width(); ++x)
            inked += pane.pixelColor(x, y) != base;
    }
    QVERIFY2(inked > 100, "the empty reader is blank");
    QVERIFY(text->placeholderText().contains(QStringLiteral("J")));
}

// Item 16: "Seen in" names the outlet and date of the page whose ticker showed the headline.
void TestDeskPolish::tickerSaysWhereAHeadlineWasSeen()
{
    Importer importer(m_workspace->library());
    QCOMPARE(importer.importPaths({QStringLiteral(GLOSSA_TEST_DATA "/app/fr_defense.txt")}, false).added(), 1);
    m_workspace->notifyContentChanged();
    m_window->findChild<QAction *>(QStringLiteral("tickerHeadlinesAction"))->trigger();
    auto *model = m_window->findChild<TickerHeadlineModel *>();
    QVERIFY(model);
    QTRY_VERIFY(model->rowCount() > 0);
    const QString seenIn = model->index(0, TickerHeadlineModel::SeenIn).data().toString();
    QVERIFY2(seenIn.contains(QStringLiteral("Le Veilleur")), qPrintable(seenIn));
    QVERIFY2(seenIn.contains(QLocale().toString(QDate(2025, 2, 12), QLocale::ShortFormat)), qPrintable(seenIn));
}

QTEST_MAIN(TestDeskPolish)
#include "tst_desk_polish.moc"
