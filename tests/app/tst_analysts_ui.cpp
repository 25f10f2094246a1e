// Two analysts at one desk through the real window (offscreen): each annotation carries its
// analyst, the sidebar filters by analyst, blind review hides the other's cards and highlights
// until the analyst marks the article done, and each analyst undoes only their own edits.
#include "analysts/agreementdialog.h"
#include "analysts/agreementtablemodel.h"
#include "analysts/analystactions.h"
#include "analysts/analystprofiledialog.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "annotations/claimhistorydialog.h"
#include "collections/collectionspanel.h"
#include "common/taxonomylabels.h"
#include "edits/addannotationcommand.h"
#include "edits/editannotationcommand.h"
#include "headlines/headlineview.h"
#include "openarticle.h"
#include "reader/articletextview.h"
#include "reader/highlightlayer.h"
#include "reader/readerview.h"
#include "review/claimgroupmodel.h"
#include "review/reviewdialog.h"
#include "model/analystprofile.h"
#include "storage/analyststore.h"
#include "storage/collectionstore.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLocale>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
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
    void claimHistoryShowsWhoChangedWhat();
    void reviewSettlesTheFinalLayer();
    void agreementDialogShowsThePairs();
    void blindCollection();

private:
    // As \a who, a claim on [start, end) with \a verdict, pushed as the window pushes it.
    void claimAs(const Analyst &who, int start, int end, const QString &verdict);
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

void TestAnalystsUi::claimAs(const Analyst &who, int start, int end, const QString &verdict)
{
    m_window->analystActions()->switchTo(who);
    const Article *article = m_workspace->openArticle()->article();
    Annotation claim;
    claim.articleId = article->id;
    claim.anchor = {start, end, article->text.mid(start, end - start), {}, {}};
    claim.claim = Claim();
    claim.claim->verdict = verdict;
    m_workspace->undoStack()->push(new AddAnnotationCommand(m_workspace.get(), claim));
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
    // Each highlight carries its analyst's colour, which the reader outlines it in.
    QSet<QString> outlines;
    for (const QTextEdit::ExtraSelection &selection : m_window->readerView()->textView()->extraSelections())
        outlines.insert(selection.format.property(HighlightLayer::kAnalystColorProperty).value<QColor>().name());
    QCOMPARE(outlines, (QSet<QString>{kAmina.color, kYoussef.color}));
    m_window->readerView()->textView()->grab(); // paints the outlines
    // "Mine" and one analyst's in the sidebar.
    QComboBox *filter = sidebar->analystFilter();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Mine")));
    QCOMPARE(cardInitials(), QStringList{"YB"});
    filter->setCurrentIndex(filter->findText(kAmina.name));
    QCOMPARE(cardInitials(), QStringList{"AE"});
    filter->setCurrentIndex(0);
    QCOMPARE(cards(), 2);
    // Amina's card is hers: Youssef sees it but cannot change it.
    QListView *list = sidebar->findChild<QListView *>("annotationList");
    auto *edit = sidebar->findChild<QToolButton *>("editAnnotationButton");
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        list->setCurrentIndex(index);
        QCOMPARE(edit->isEnabled(), index.data(AnnotationListModel::AnalystIdRole).toString() == kYoussef.uuid);
    }

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

void TestAnalystsUi::claimHistoryShowsWhoChangedWhat()
{
    AnalystActions *analysts = m_window->analystActions();
    analysts->switchTo(kAmina);
    const Article *article = m_workspace->openArticle()->article();
    Annotation claim;
    claim.articleId = article->id;
    claim.anchor = {0, 12, article->text.left(12), {}, {}};
    claim.claim = Claim();
    m_workspace->undoStack()->push(new AddAnnotationCommand(m_workspace.get(), claim));
    const Annotation made = m_workspace->openArticle()->annotations()->annotations().first();
    analysts->switchTo(kYoussef);
    Annotation judged = made;
    judged.claim->verdict = QStringLiteral("misleading");
    m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace.get(), made, judged));

    ClaimHistoryDialog *dialog = m_window->annotationSidebar()->showClaimHistory(made.id);
    QTreeWidget *changes = dialog->changes();
    QCOMPARE(changes->topLevelItemCount(), 3); // kind and verdict made, then the verdict changed
    const QTreeWidgetItem *last = changes->topLevelItem(2);
    QCOMPARE(last->text(1), kYoussef.name);
    QCOMPARE(last->text(3), TaxonomyLabels::verdict(QStringLiteral("unverified")));
    QCOMPARE(last->text(4), TaxonomyLabels::verdict(QStringLiteral("misleading")));
    QCOMPARE(changes->topLevelItem(0)->text(1), kAmina.name);
    dialog->close();
}

void TestAnalystsUi::reviewSettlesTheFinalLayer()
{
    AnalystActions *analysts = m_window->analystActions();
    claimAs(kAmina, 0, 12, QStringLiteral("false"));
    claimAs(kAmina, 30, 60, QStringLiteral("supported"));
    claimAs(kYoussef, 0, 12, QStringLiteral("false"));
    claimAs(kYoussef, 30, 60, QStringLiteral("misleading"));
    const Analyst editor{QStringLiteral("5e1f0c3d-2b4a-4c6d-9e8f-7a6b5c4d3e2f"), QStringLiteral("Rédaction"), {}, {}};
    analysts->switchTo(editor);

    QVERIFY(analysts->reviewClaimsAction()->isEnabled());
    ReviewDialog *review = analysts->showReview();
    QVERIFY(review && review->isVisible());
    QAbstractItemModelTester tester(review->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClaimGroupModel *model = review->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), 4); // passage, Amina, Youssef, final layer
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), kAmina.name);
    QVERIFY(model->index(0, 0).data(ClaimGroupModel::AgreedRole).toBool());
    QVERIFY(!model->index(1, 0).data(ClaimGroupModel::AgreedRole).toBool());

    auto *acceptAgreed = review->findChild<QPushButton *>(QStringLiteral("acceptAgreedButton"));
    QVERIFY(acceptAgreed->isEnabled());
    QTest::mouseClick(acceptAgreed, Qt::LeftButton);
    QVERIFY(model->index(0, 0).data(ClaimGroupModel::DecidedRole).toBool());
    QVERIFY(!acceptAgreed->isEnabled());
    // The editor takes Youssef's side of the disputed claim, with a verdict of their own.
    review->table()->setCurrentIndex(model->index(1, 2));
    review->findChild<QComboBox *>(QStringLiteral("finalVerdict"))->setCurrentIndex(
        review->findChild<QComboBox *>(QStringLiteral("finalVerdict"))->findData(QStringLiteral("disputed")));
    QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("decideButton")), Qt::LeftButton);
    QVERIFY(model->index(1, 0).data(ClaimGroupModel::DecidedRole).toBool());
    const QString decided = model->index(1, model->decisionColumn()).data().toString();
    QVERIFY2(decided.contains(TaxonomyLabels::verdict(QStringLiteral("disputed"))) && decided.contains(editor.name),
             qPrintable(decided));
    // Undone: the decision goes; redone: the same one comes back.
    m_workspace->undoGroup()->undo();
    QVERIFY(!model->index(1, 0).data(ClaimGroupModel::DecidedRole).toBool());
    m_workspace->undoGroup()->redo();
    QCOMPARE(model->index(1, model->decisionColumn()).data().toString(), decided);
    // The cards show the decisions with the editor's chip.
    int finals = 0;
    for (const Annotation &a : m_workspace->openArticle()->annotations()->annotations())
        finals += a.layer == Annotation::Layer::Final ? 1 : 0;
    QCOMPARE(finals, 2);
    // GLOSSA_SCREENSHOT_DIR=DIR: pictures of the dialog and the window, to look at.
    if (const QString dir = qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        review->grab().save(dir + QStringLiteral("/review.png"));
        m_window->grab().save(dir + QStringLiteral("/window-review.png"));
    }
    review->close();
}

void TestAnalystsUi::agreementDialogShowsThePairs()
{
    AnalystActions *analysts = m_window->analystActions();
    const Article *article = m_workspace->openArticle()->article();
    // As tst_agreementreport's first row: kappa 1/3, verdict alpha 0.4; every kind "factual", so kind
    // alpha is not defined (no disagreement could be expected): an empty cell, never 0 or 1.
    claimAs(kAmina, 0, 12, QStringLiteral("disputed"));
    claimAs(kAmina, 30, 60, QStringLiteral("supported"));
    claimAs(kYoussef, 0, 12, QStringLiteral("disputed"));
    claimAs(kYoussef, 30, 60, QStringLiteral("false"));

    QVERIFY(analysts->agreementAction()->isEnabled());
    AgreementDialog *dialog = analysts->showAgreement();
    QAbstractItemModelTester pairsTester(dialog->pairs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester articlesTester(dialog->articles(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->pairs()->rowCount(), 1);
    const auto cell = [](AgreementTableModel *model, int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(dialog->pairs(), 0, AgreementTableModel::Label), kAmina.name + " / " + kYoussef.name);
    QCOMPARE(cell(dialog->pairs(), 0, AgreementTableModel::Matched), QLocale().toString(2));
    QCOMPARE(cell(dialog->pairs(), 0, AgreementTableModel::VerdictKappa), QLocale().toString(1.0 / 3, 'f', 3));
    QCOMPARE(cell(dialog->pairs(), 0, AgreementTableModel::VerdictAlpha), QLocale().toString(0.4, 'f', 3));
    QCOMPARE(dialog->articles()->rowCount(), 1);
    QCOMPARE(cell(dialog->articles(), 0, AgreementTableModel::Label), article->title);
    // The list's articles: the same article here.
    dialog->scope()->setCurrentIndex(1);
    QCOMPARE(dialog->pairs()->rowCount(), 1);

    const QString csv = m_dir.filePath(QStringLiteral("agreement.csv"));
    const QString html = m_dir.filePath(QStringLiteral("agreement.html"));
    QVERIFY(dialog->saveTo(csv));
    QVERIFY(dialog->saveTo(html));
    QFile csvFile(csv), htmlFile(html);
    QVERIFY(csvFile.open(QIODevice::ReadOnly) && htmlFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF")); // for spreadsheets
    const QString csvText = QString::fromUtf8(csvBytes);
    QVERIFY2(csvText.contains(QStringLiteral("Amina El Idrissi,Youssef Benali,,,1,2,0.333,0.400,,1.000,0,0,0")),
             qPrintable(csvText));
    QVERIFY(QString::fromUtf8(htmlFile.readAll()).contains(QStringLiteral("<bdi>Amina El Idrissi</bdi>")));
    dialog->close();
}

// A blind collection makes its articles blind; the open one follows at once, and undo ends it.
void TestAnalystsUi::blindCollection()
{
    claimAs(kAmina, 0, 12, QStringLiteral("false"));
    claimAs(kYoussef, 30, 60, QStringLiteral("false"));
    CollectionStore collections = m_workspace->collections();
    const qint64 id = collections.create(QStringLiteral("Dossier drones"));
    QCOMPARE(collections.addArticles(id, {m_workspace->openArticle()->id()}), 1);
    m_workspace->notifyCollectionsChanged();
    QCOMPARE(cards(), 2);
    CollectionsPanel *panel = m_window->findChild<CollectionsPanel *>();
    QVERIFY(panel);
    panel->setBlind(id, true);
    QVERIFY(m_workspace->openArticle()->isBlind());
    QCOMPARE(cardInitials(), QStringList{"YB"});
    QVERIFY(m_window->analystActions()->markDoneAction()->isEnabled());
    m_workspace->undoGroup()->undo();
    QVERIFY(!m_workspace->openArticle()->isBlind());
    QCOMPARE(cards(), 2);
}

QTEST_MAIN(TestAnalystsUi)
#include "tst_analysts_ui.moc"
