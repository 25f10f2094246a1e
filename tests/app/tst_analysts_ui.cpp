// Two analysts at one desk through the real window (offscreen): each annotation carries its
// analyst, the sidebar filters by analyst, blind review hides the other's cards and highlights
// until the analyst marks the article done, and each analyst undoes only their own edits.
#include "analysts/analystactions.h"
#include "analysts/analystprofiledialog.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "headlines/headlineview.h"
#include "openarticle.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "model/analystprofile.h"
#include "storage/analyststore.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace glossa;

namespace {

const Analyst kAmina{QStringLiteral("0b6a6f0e-6d55-4f6a-9d0f-5a1c2e3b4d5e"), QStringLiteral("Amina El Idrissi"),
                     QStringLiteral("AE"), QStringLiteral("#c62828")};
const Analyst kYoussef{QStringLiteral("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"), QStringLiteral("Youssef Benali"), {},
                       QStringLiteral("#1565c0")};

} // namespace

class TestAnalystsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void profileDialogKeepsTheUuid();
    void twoAnalystsReadBlind();

private:
    // Selects [start, end) in the reader and presses H, as the analyst does.
    void highlight(int start, int end);
    int cards() const { return m_window->annotationSidebar()->findChild<QListView *>("annotationList")->model()->rowCount(); }
    QStringList cardInitials() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnalystsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_analysts_ui"));
    QSettings().clear();
}

void TestAnalystsUi::init()
{
    testsupport::openWindow(m_dir.filePath(QStringLiteral("desk-%1.glossa").arg(QTest::currentTestFunction())),
                            {QStringLiteral("fr_defense.txt")}, &m_workspace, &m_window);
    QVERIFY(!QTest::currentTestFailed());
    m_window->headlineView()->selectNext();
    QVERIFY(m_workspace->openArticle()->id() != 0);
}

void TestAnalystsUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    QSettings().clear();
}

void TestAnalystsUi::highlight(int start, int end)
{
    ReaderView *reader = m_window->readerView();
    reader->selectSpan(start, end);
    reader->textView()->setFocus();
    QTest::keyClick(reader->textView(), Qt::Key_H);
}

QStringList TestAnalystsUi::cardInitials() const
{
    QStringList initials;
    const QAbstractItemModel *model = m_window->annotationSidebar()->findChild<QListView *>("annotationList")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        initials << model->index(row, 0).data(AnnotationListModel::AnalystInitialsRole).toString();
    initials.sort();
    return initials;
}

void TestAnalystsUi::profileDialogKeepsTheUuid()
{
    AnalystProfileDialog edit(kAmina);
    edit.findChild<QLineEdit *>("analystName")->setText(QStringLiteral("Amina El Idrissi-Benali"));
    QCOMPARE(edit.analyst().uuid, kAmina.uuid); // renamed, the same person
    QCOMPARE(edit.analyst().name, QStringLiteral("Amina El Idrissi-Benali"));
    AnalystProfileDialog fresh(Analyst(), nullptr, QStringLiteral("desk-account"));
    QCOMPARE(fresh.findChild<QLineEdit *>("analystName")->text(), QStringLiteral("desk-account"));
    QVERIFY(!fresh.analyst().uuid.isEmpty());
    QVERIFY(fresh.analyst().uuid != kAmina.uuid);
    fresh.findChild<QLineEdit *>("analystName")->clear();
    QVERIFY(!fresh.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled()); // a name is required
}

void TestAnalystsUi::twoAnalystsReadBlind()
{
    AnalystActions *analysts = m_window->analystActions();
    QAbstractItemModelTester tester(m_workspace->openArticle()->annotations(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    AnnotationSidebar *sidebar = m_window->annotationSidebar();

    // Amina reads first; switching is saved as the desk's profile.
    analysts->switchTo(kAmina);
    QCOMPARE(AnalystProfile::load(QSettings())->uuid, kAmina.uuid);
    highlight(0, 12);
    QCOMPARE(cards(), 1);
    QCOMPARE(cardInitials(), QStringList{"AE"});
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    // Youssef at the same desk.
    analysts->switchTo(kYoussef);
    QCOMPARE(m_workspace->undoStack()->count(), 0); // his own history
    highlight(20, 40);
    QCOMPARE(cards(), 2);
    QCOMPARE(cardInitials(), (QStringList{"AE", "YB"}));
    // "Mine" and one analyst's in the sidebar.
    QComboBox *filter = sidebar->analystFilter();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Mine")));
    QCOMPARE(cardInitials(), QStringList{"YB"});
    filter->setCurrentIndex(filter->findText(kAmina.name));
    QCOMPARE(cardInitials(), QStringList{"AE"});
    filter->setCurrentIndex(0);
    QCOMPARE(cards(), 2);

    // Blind review: Youssef sees only his own until he is done.
    QSignalSpy errors(m_workspace.get(), &Workspace::storageError);
    QAction *blind = analysts->blindReviewAction();
    QVERIFY(blind->isEnabled());
    blind->trigger();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    QVERIFY(m_workspace->openArticle()->isBlind());
    QCOMPARE(cardInitials(), QStringList{"YB"});
    QCOMPARE(m_window->readerView()->highlights().annotations().size(), 1);
    QVERIFY(sidebar->blindNotice().contains(QStringLiteral("1 annotation")));
    QAction *done = analysts->markDoneAction();
    QVERIFY(done->isEnabled() && !done->isChecked());

    // Amina, not done: only hers, highlights included.
    analysts->switchTo(kAmina);
    QCOMPARE(cardInitials(), QStringList{"AE"});
    QCOMPARE(m_window->readerView()->highlights().annotations().size(), 1);
    QCOMPARE(m_window->readerView()->highlights().annotations().first().analyst.uuid, kAmina.uuid);
    // She cannot undo Youssef's edits: her history holds only her highlight.
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->undoGroup()->undo();
    QCOMPARE(cards(), 0);
    m_workspace->undoGroup()->redo();
    QCOMPARE(cardInitials(), QStringList{"AE"});

    // Done: the other reading appears; undone, it goes again.
    done->trigger();
    QVERIFY(m_workspace->openArticle()->isDoneByAnalyst());
    QCOMPARE(cardInitials(), (QStringList{"AE", "YB"}));
    QVERIFY(sidebar->blindNotice().isEmpty());
    QCOMPARE(m_window->readerView()->highlights().annotations().size(), 2);
    m_workspace->undoGroup()->undo();
    QCOMPARE(cardInitials(), QStringList{"AE"});
    m_workspace->undoGroup()->redo();
    QCOMPARE(cards(), 2);

    // Youssef again: still not done, still blind; his undo history is where he left it.
    analysts->switchTo(kYoussef);
    QCOMPARE(cardInitials(), QStringList{"YB"});
    QCOMPARE(m_workspace->undoStack()->count(), 2); // his highlight and the blind review

    // Everything was written as it happened, by whom it was.
    QList<Analyst> known = AnalystStore(m_workspace->library().database()).all();
    QCOMPARE(known.size(), 3); // the account's default profile, Amina and Youssef
}

QTEST_MAIN(TestAnalystsUi)
#include "tst_analysts_ui.moc"
