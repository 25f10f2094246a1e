// Issue 18 in the real window (offscreen): a claim rated false in one article, a later article
// from another outlet repeating it imported through the window → the import says it found a
// repeat, the headline list marks the article and filters on it, the reader underlines the
// passage (dashed, in the verdict's colour), the sidebar's card says what it repeats; A accepts
// it (an annotation carrying that claim), undo gives the proposal back, D dismisses it and it
// stays dismissed when the library is matched again; File ▸ Import Fact-checks…; screenshots.
#include "anchoring/textanchoring.h"
#include "annotations/annotationlistmodel.h"
#include "import/importer.h"
#include "annotations/annotationsidebar.h"
#include "claimmemory/appearancelistmodel.h"
#include "claimmemory/appearancepanel.h"
#include "claimmemory/claimmemorycontroller.h"
#include "headlines/filterbar.h"
#include "headlines/headlinemodel.h"
#include "headlines/readingcontroller.h"
#include "importing/importcontroller.h"
#include "importing/importsummarydialog.h"
#include "mainwindow/mainwindow.h"
#include "model/analystprofile.h"
#include "openarticle.h"
#include "reader/appearanceunderlines.h"
#include "reader/readerview.h"
#include "screenshotlook.h"
#include "storage/annotationstore.h"
#include "storage/claimmemorystore.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace glossa;

namespace {

const QString kClaim = QStringLiteral("Le taux de chômage a baissé de 31 % en un an dans la région de Valmorane.");

QByteArray jsonLine(const QString &title, const QString &source, const QString &date, const QString &text)
{
    QJsonObject page{{QStringLiteral("title"), title},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("published"), date},
                     {QStringLiteral("text"), text}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact) + '\n';
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

class TestClaimMemoryUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importProposesRepeatsAcceptUndoDismiss();
    void factChecksImportFromTheFileMenu();
    void keysAreListed();
    void screenshots_data();
    void screenshots();

private:
    void importRepeat();
    qint64 rowArticle(const QString &title) const;
    int rowOf(qint64 articleId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_origin = 0;
    qint64 m_originClaim = 0;
    qint64 m_repeat = 0;
};

void TestClaimMemoryUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_claimmemory_ui"));
}

void TestClaimMemoryUi::init()
{
    QSettings().clear();
    static int libraries = 0;
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_dir.filePath(QStringLiteral("memory-%1.glossa").arg(++libraries)), &error),
             qPrintable(error));
    Analyst analyst = Analyst::named(QStringLiteral("Amina Benali"));
    analyst.color = QStringLiteral("#5c6bc0");
    QVERIFY(m_workspace->setAnalyst(analyst));
    // The origin: the desk rated the claim false.
    const QString origin = m_dir.filePath(QStringLiteral("origin-%1.jsonl").arg(libraries));
    QVERIFY(writeFile(origin, jsonLine(QStringLiteral("Chômage : les chiffres du ministère"), QStringLiteral("Le Veilleur"),
                                       QStringLiteral("2025-01-10"),
                                       QStringLiteral("Le ministère a publié son bilan annuel. ") + kClaim
                                           + QStringLiteral(" Les chiffres seront discutés au parlement."))));
    Importer importer(m_workspace->library());
    const FileImportResult imported = importer.importFile(origin);
    QCOMPARE(imported.articleIds.size(), 1);
    m_origin = imported.articleIds.constFirst();
    const QString text = m_workspace->articles().article(m_origin)->text;
    Annotation claim;
    claim.articleId = m_origin;
    claim.anchor = TextAnchoring::makeAnchor(text, int(text.indexOf(kClaim)), int(text.indexOf(kClaim) + kClaim.size()));
    Claim rated;
    rated.kind = QStringLiteral("statistic");
    rated.verdict = QStringLiteral("false");
    rated.claimant = QStringLiteral("Ministère du Travail");
    claim.claim = rated;
    AnnotationStore annotations = m_workspace->annotations();
    QVERIFY2(annotations.create(claim), qPrintable(annotations.lastError()));
    m_originClaim = claim.id;

    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1440, 880);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestClaimMemoryUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

int TestClaimMemoryUi::rowOf(qint64 articleId) const
{
    HeadlineModel *model = m_window->headlineModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->articleId(row) == articleId)
            return row;
    }
    return -1;
}

// A later article from another outlet repeating the claim word for word, and one that changes
// its number, imported through the window.
void TestClaimMemoryUi::importRepeat()
{
    const QString later = m_dir.filePath(QStringLiteral("later-%1.jsonl").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(writeFile(later, jsonLine(QStringLiteral("Le porte-parole persiste"), QStringLiteral("Barlamane"),
                                      QStringLiteral("2025-02-01"),
                                      QStringLiteral("Le porte-parole était formel devant la presse. ") + kClaim
                                          + QStringLiteral(" Les syndicats contestent ces chiffres."))
                                 + jsonLine(QStringLiteral("Un autre chiffre"), QStringLiteral("Média Atlas"),
                                            QStringLiteral("2025-02-02"),
                                            QStringLiteral("Un rapport indépendant nuance le bilan. Le taux de chômage a "
                                                           "baissé de 13 % en un an dans la région de Valmorane. "
                                                           "Rien d'autre n'a changé."))));
    ImportController *import = m_window->importController();
    QSignalSpy finished(import, &ImportController::finished);
    import->importPaths({later});
    QVERIFY(finished.wait(60000));
    QCOMPARE(import->lastReport().added(), 2);
    m_repeat = import->lastReport().files.constFirst().articleIds.value(0);
    QVERIFY(m_repeat > 0);
}

void TestClaimMemoryUi::importProposesRepeatsAcceptUndoDismiss()
{
    importRepeat();
    ImportController *import = m_window->importController();
    // The import matched its articles: one repeat, said in the summary.
    QVERIFY2(import->lastMatching().error.isEmpty(), qPrintable(import->lastMatching().error));
    QCOMPARE(import->lastMatching().proposed, 1);
    QVERIFY(import->summaryDialog());
    QVERIFY2(import->summaryDialog()->summaryText().contains(QLatin1String("1 repeat")),
             qPrintable(import->summaryDialog()->summaryText()));
    import->summaryDialog()->close();

    // The list marks it (in the notes column, in the colour of "false"), and only it.
    HeadlineModel *list = m_window->headlineModel();
    QAbstractItemModelTester listTester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(rowOf(m_repeat) >= 0);
    const QModelIndex marked = list->index(rowOf(m_repeat), HeadlineModel::AnnotationsColumn);
    QCOMPARE(marked.data(HeadlineModel::RepeatedVerdictsRole).toStringList(), QStringList{QStringLiteral("false")});
    QVERIFY(!marked.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(marked.data(Qt::ToolTipRole).toString().contains(QLatin1String("False")));
    QVERIFY(list->index(rowOf(m_origin), HeadlineModel::AnnotationsColumn)
                .data(HeadlineModel::RepeatedVerdictsRole).toStringList().isEmpty());

    // The filter: repeats only, then by verdict.
    FilterBar *filters = m_window->filterBar();
    filters->repeatsFilter()->setChecked(true);
    QTRY_COMPARE(list->rowCount(), 1);
    QCOMPARE(list->articleId(0), m_repeat);
    filters->repeatedVerdictFilter()->setCurrentIndex(filters->repeatedVerdictFilter()->findData(QStringLiteral("misleading")));
    QTRY_COMPARE(list->rowCount(), 0);
    filters->repeatedVerdictFilter()->setCurrentIndex(filters->repeatedVerdictFilter()->findData(QStringLiteral("false")));
    QTRY_COMPARE(list->rowCount(), 1);
    filters->repeatsFilter()->setChecked(false);
    QTRY_COMPARE(list->rowCount(), 3);

    // The reader underlines it; the sidebar's card says what it repeats.
    m_window->readingController()->showArticle(m_repeat);
    OpenArticle *open = m_workspace->openArticle();
    QAbstractItemModelTester appearancesTester(open->appearances(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(open->appearances()->rowCount(), 1);
    ReaderView *reader = m_window->readerView();
    QCOMPARE(reader->appearanceUnderlines().size(), 1);
    const QTextEdit::ExtraSelection underline = reader->appearanceUnderlines().constFirst();
    QCOMPARE(underline.format.underlineStyle(), QTextCharFormat::DashUnderline);
    QCOMPARE(underline.format.underlineColor(), QColor(QStringLiteral("#c62828")));
    QVERIFY(underline.cursor.selectedText().contains(QLatin1String("31 %")));
    AppearancePanel *panel = m_window->annotationSidebar()->appearancePanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->cards().size(), 1);
    const QString sentence = panel->cards().constFirst()->sentence();
    QVERIFY2(sentence.startsWith(QLatin1String("Repeats a claim rated False by Amina Benali on ")), qPrintable(sentence));
    QCOMPARE(panel->cards().constFirst()->original(), QStringLiteral("library:%1:%2").arg(m_origin).arg(m_originClaim));
    QVERIFY(panel->cards().constFirst()->acceptButton()->text().contains(QLatin1String("(A)")));

    // A accepts: an annotation carrying the remembered claim; the proposal is gone.
    const int annotationsBefore = int(m_workspace->annotations().annotationsForArticle(m_repeat).size());
    QSignalSpy refused(m_workspace.get(), &Workspace::storageError);
    QApplication::setActiveWindow(m_window.get()); // the import's summary had the keyboard
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    reader->focusText(); // the keys work wherever the focus is, but in a field being typed in
    QVERIFY(m_window->claimMemoryController()->acceptAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_A);
    QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
    QList<Annotation> annotations = m_workspace->annotations().annotationsForArticle(m_repeat);
    QCOMPARE(annotations.size(), annotationsBefore + 1);
    const Annotation accepted = annotations.constLast();
    QVERIFY(accepted.claim);
    QCOMPARE(accepted.claim->verdict, QStringLiteral("false"));
    QCOMPARE(accepted.claim->kind, QStringLiteral("statistic"));
    QCOMPARE(accepted.claim->claimant, QStringLiteral("Ministère du Travail"));
    QVERIFY(accepted.anchor.exact.contains(QLatin1String("31 %")));
    QCOMPARE(open->appearances()->rowCount(), 0);
    QVERIFY(reader->appearanceUnderlines().isEmpty());
    QVERIFY(open->annotations()->annotation(accepted.id));
    AppearanceQuery acceptedQuery;
    acceptedQuery.articleId = m_repeat;
    const QList<Appearance> stored = m_workspace->claimMemory().appearances(acceptedQuery);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().status, Appearance::Status::Accepted);
    QCOMPARE(stored.constFirst().acceptedAnnotationId, accepted.id);
    // Accepted still counts as a repeat in the list.
    QTRY_COMPARE(list->index(rowOf(m_repeat), 0).data(HeadlineModel::RepeatedVerdictsRole).toStringList(),
                 QStringList{QStringLiteral("false")});

    // Undo gives the proposal back and takes the annotation away.
    m_window->undoAction()->trigger();
    QCOMPARE(m_workspace->annotations().annotationsForArticle(m_repeat).size(), annotationsBefore);
    QCOMPARE(open->appearances()->rowCount(), 1);
    QCOMPARE(reader->appearanceUnderlines().size(), 1);
    QCOMPARE(m_workspace->claimMemory().appearances(acceptedQuery).constFirst().status, Appearance::Status::Proposed);
    // Redo puts the same annotation back.
    m_window->redoAction()->trigger();
    QVERIFY(m_workspace->annotations().annotation(accepted.id));
    QCOMPARE(open->appearances()->rowCount(), 0);
    m_window->undoAction()->trigger();
    QCOMPARE(open->appearances()->rowCount(), 1);

    // D dismisses it: kept as dismissed, no mark, no underline, no card.
    QTest::keyClick(m_window.get(), Qt::Key_D);
    QCOMPARE(open->appearances()->rowCount(), 0);
    QVERIFY(reader->appearanceUnderlines().isEmpty());
    QVERIFY(!panel->isVisible());
    QCOMPARE(m_workspace->claimMemory().appearances(acceptedQuery).constFirst().status, Appearance::Status::Dismissed);
    QCOMPARE(m_workspace->annotations().annotationsForArticle(m_repeat).size(), annotationsBefore);
    QTRY_VERIFY(list->index(rowOf(m_repeat), 0).data(HeadlineModel::RepeatedVerdictsRole).toStringList().isEmpty());

    // Matched again from the Claims menu: still dismissed, never proposed again.
    ClaimMemoryController *memory = m_window->claimMemoryController();
    QSignalSpy matched(memory, &ClaimMemoryController::matchingFinished);
    memory->matchAction()->trigger();
    QVERIFY(matched.wait(60000));
    QVERIFY2(memory->lastSummary().contains(QLatin1String("0 new repeat")), qPrintable(memory->lastSummary()));
    QCOMPARE(open->appearances()->rowCount(), 0);
    QCOMPARE(m_workspace->claimMemory().appearances(acceptedQuery).size(), 1);
    QCOMPARE(m_workspace->claimMemory().appearances(acceptedQuery).constFirst().status, Appearance::Status::Dismissed);
    // Undo of the dismissal still gives it back.
    m_window->undoAction()->trigger();
    QCOMPARE(open->appearances()->rowCount(), 1);

    // The card's link opens the original: its article, at the claim.
    QTRY_COMPARE(panel->cards().size(), 1);
    QSignalSpy linked(panel, &AppearancePanel::originalRequested);
    emit panel->cards().constFirst()->originalLink()->linkActivated(panel->cards().constFirst()->original());
    QCOMPARE(linked.size(), 1);
    QTRY_COMPARE(m_window->readingController()->currentArticleId(), m_origin);
    QCOMPARE(m_window->annotationSidebar()->selectedAnnotation(), m_originClaim);
}

void TestClaimMemoryUi::factChecksImportFromTheFileMenu()
{
    ClaimMemoryController *memory = m_window->claimMemoryController();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("importFactChecksAction")));
    const QString path = m_dir.filePath(QStringLiteral("factchecks.json"));
    const QByteArray review = "{\"@context\": \"https://schema.org\", \"@type\": \"ClaimReview\","
                              " \"url\": \"https://factuel.example/adn\", \"claimReviewed\": \"Le vaccin modifie l'ADN.\","
                              " \"author\": {\"@type\": \"Organization\", \"name\": \"Factuel\"},"
                              " \"datePublished\": \"2024-11-02\","
                              " \"reviewRating\": {\"@type\": \"Rating\", \"alternateName\": \"Faux\"}}";
    QVERIFY(writeFile(path, review));
    QString summary = memory->importFactChecks(path);
    QVERIFY2(summary.startsWith(QLatin1String("1 fact-check")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("added to the claim memory.")), qPrintable(summary));
    QVERIFY(!summary.contains(QLatin1Char('\n')));
    summary = memory->importFactChecks(path);
    QVERIFY2(summary.contains(QLatin1String("(1 already there).")), qPrintable(summary));
    // A file that is no ClaimReview: one line, nothing added.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, QByteArrayLiteral("{ not json")));
    summary = memory->importFactChecks(bad);
    QVERIFY2(summary.startsWith(QLatin1String("bad.json was not imported: ")), qPrintable(summary));
    QVERIFY(!summary.contains(QLatin1Char('\n')));
    int imported = 0;
    for (const RememberedClaim &claim : m_workspace->claimMemory().rememberedClaims())
        imported += claim.source == RememberedClaim::Source::Imported ? 1 : 0;
    QCOMPARE(imported, 1);
}

void TestClaimMemoryUi::keysAreListed()
{
    const QList<QAction *> listed = m_window->shortcutActions();
    QAction *accept = m_window->findChild<QAction *>(QStringLiteral("acceptRepeatAction"));
    QAction *dismiss = m_window->findChild<QAction *>(QStringLiteral("dismissRepeatAction"));
    QVERIFY(accept && dismiss);
    QVERIFY(listed.contains(accept));
    QVERIFY(listed.contains(dismiss));
    // No other action of the window answers to the same keys.
    for (QAction *action : listed) {
        if (action == accept || action == dismiss)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(key != accept->shortcut() && key != dismiss->shortcut(), qPrintable(action->objectName()));
        }
    }
}

void TestClaimMemoryUi::screenshots_data()
{
    testsupport::addScreenshotRows();
}

// The window with the repeat open: the dashed underline in the reader, the card in the sidebar.
void TestClaimMemoryUi::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (testsupport::ScreenshotLook::folder().isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    importRepeat();
    m_window->importController()->summaryDialog()->close();
    m_window.reset();
    const testsupport::ScreenshotLook look(language, dark);
    QVERIFY(look.isLoaded());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1440, 880);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->readingController()->showArticle(m_repeat);
    QTRY_COMPARE(m_workspace->openArticle()->appearances()->rowCount(), 1);
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(look.path(QStringLiteral("claim-memory"))));
    m_window.reset();
}

QTEST_MAIN(TestClaimMemoryUi)
#include "tst_claimmemory_ui.moc"
