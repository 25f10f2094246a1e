// The ticker headlines browser: the headlines of a dump's ticker, searchable; one whose article
// is in the library opens it, one that is not says so. They are read on a worker thread, only
// while the dialog is shown, and a read no longer wanted stops at once.

#include "model/parsedpage.h"
#include "storage/articlewriter.h"
#include "ticker/tickerheadlinemodel.h"
#include "ticker/tickerheadlinesdialog.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace glossa;

namespace {

ParsedPage page(const QString &title, const QString &source, const QString &paragraph)
{
    ParsedPage result;
    result.title = title;
    result.source = source;
    result.published = QDate(2025, 3, 3);
    result.language = QStringLiteral("fr");
    result.blocks.append({ParsedBlock::Kind::Paragraph, paragraph});
    return result;
}

// A library whose tickers hold \a pages × 40 distinct headlines, written as the importer writes
// them (one JSON array per page), fast enough for a test.
bool writeManyHeadlines(Workspace &workspace, int pages)
{
    QSqlDatabase db = workspace.library().database();
    QSqlQuery q(db);
    if (!db.transaction()
        || !q.exec(QStringLiteral("INSERT INTO dumps (id, file_name, sha256, encoding, byte_size, imported_at, raw)"
                                  " VALUES (1, 'big.txt', 'sha', 'UTF-8', 1, '2025-01-01T00:00:00.000Z', x'00')")))
        return false;
    q.prepare(QStringLiteral("INSERT INTO page_headlines (dump_id, page, texts) VALUES (1, ?, ?)"));
    for (int page = 0; page < pages; ++page) {
        QJsonArray texts;
        for (int i = 0; i < 40; ++i)
            texts.append(QStringLiteral("Titre %1 de la page %2 du bandeau").arg(i).arg(page));
        q.addBindValue(page);
        q.addBindValue(QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return false;
    }
    return db.commit();
}

} // namespace

class TestTickerUi : public QObject
{
    Q_OBJECT

private slots:
    void listsSearchesAndOpens();
    void readsOffTheUiThread();
    void hiddenDialogReadsNothing();
    void closingStopsTheRead();
};

void TestTickerUi::listsSearchesAndOpens()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.openLibrary(dir.filePath(QStringLiteral("ticker.glossa")), &error), qPrintable(error));
    ParsedPage first = page(QStringLiteral("Le budget du pont contesté"), QStringLiteral("Le Courrier du Nord"),
                            QStringLiteral("Le chantier aurait coûté 480 millions de dirhams."));
    first.headlines = {QStringLiteral("Pluies record sur la côte"), QStringLiteral("Un autre titre du jour")};
    const ParsedPage second = page(QStringLiteral("Pluies record sur la côte"), QStringLiteral("Barlamane"),
                                   QStringLiteral("Les pluies ont inondé le port."));
    ParsedDocument document;
    document.encoding = QStringLiteral("UTF-8");
    document.pages = {first, second};
    const WriteResult written = ArticleWriter(workspace.library().database()).write("t.txt", "t", document);
    QVERIFY(written.ok());
    const qint64 rainArticle = written.articleIds.at(1);

    TickerHeadlinesDialog dialog(&workspace);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const TickerHeadlineModel *model = dialog.model();
    QTRY_COMPARE(model->rowCount(), 2);
    int linkedRow = -1;
    int unlinkedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        (model->headlineAt(row).articleId != 0 ? linkedRow : unlinkedRow) = row;
    QVERIFY(linkedRow >= 0 && unlinkedRow >= 0);
    QCOMPARE(model->headlineAt(linkedRow).articleId, rainArticle);
    // Where it was seen: the outlet and date of the page whose ticker showed it; the file in the tip.
    QCOMPARE(model->index(linkedRow, TickerHeadlineModel::SeenIn).data().toString(),
             QStringLiteral("Le Courrier du Nord, ") + QLocale().toString(QDate(2025, 3, 3), QLocale::ShortFormat));
    QVERIFY(model->index(linkedRow, TickerHeadlineModel::SeenIn).data(Qt::ToolTipRole).toString().contains(QLatin1String("t.txt")));

    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/ticker-headlines.png")));
    }

    QSignalSpy requested(&workspace, &Workspace::articleRequested);
    QVERIFY(!dialog.openHeadline(model->index(unlinkedRow, 0)));
    QCOMPARE(requested.count(), 0);
    const QRect cell = dialog.view()->visualRect(model->index(linkedRow, TickerHeadlineModel::Headline));
    QTest::mouseClick(dialog.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(dialog.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), rainArticle);

    // Search: case-insensitive words, debounced.
    dialog.searchField()->setText(QStringLiteral("AUTRE titre"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->headlineAt(0).text, QStringLiteral("Un autre titre du jour"));
    dialog.searchField()->setText(QStringLiteral("%' \" _"));
    QTRY_COMPARE(model->rowCount(), 0);
}

void TestTickerUi::readsOffTheUiThread()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.openLibrary(dir.filePath(QStringLiteral("big.glossa")), nullptr));
    QVERIFY(writeManyHeadlines(workspace, 4000));

    int ticks = 0;
    QString statusWhileReading;
    QTimer ticker;
    ticker.setInterval(2);
    TickerHeadlinesDialog dialog(&workspace);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&ticker, &QTimer::timeout, &dialog, [&] {
        if (!dialog.model()->isLoading())
            return;
        ++ticks;
        statusWhileReading = dialog.findChild<QLabel *>(QStringLiteral("tickerStatus"))->text();
    });
    ticker.start();
    QElapsedTimer timer;
    timer.start();
    dialog.show();
    QVERIFY(dialog.model()->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.model()->isLoading(), 60000);
    qInfo("160,000 headlines read in %lld ms; the event loop turned %d times meanwhile", timer.elapsed(), ticks);
    QCOMPARE(dialog.model()->rowCount(), 500);
    QVERIFY(dialog.model()->lastError().isEmpty());
    // Read on the UI thread, no timer could have fired before the rows were there.
    QVERIFY(ticks >= 3);
    QVERIFY2(statusWhileReading.contains(QLatin1String("Reading")), qPrintable(statusWhileReading));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("tickerStatus"))->text().contains(QLatin1String("500")));
}

void TestTickerUi::hiddenDialogReadsNothing()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.openLibrary(dir.filePath(QStringLiteral("hidden.glossa")), nullptr));
    QVERIFY(writeManyHeadlines(workspace, 3));
    TickerHeadlinesDialog dialog(&workspace);
    dialog.show();
    QTRY_COMPARE(dialog.model()->rowCount(), 120);
    dialog.hide();
    QSignalSpy loading(dialog.model(), &TickerHeadlineModel::loadingChanged);
    workspace.notifyContentChanged();
    workspace.notifyContentChanged();
    QTest::qWait(50);
    QCOMPARE(loading.count(), 0); // an import meanwhile reads nothing
    dialog.show();
    QTRY_VERIFY(loading.count() >= 2); // shown again: read once, up to date
    QTRY_VERIFY(!dialog.model()->isLoading());
    QCOMPARE(dialog.model()->rowCount(), 120);
}

void TestTickerUi::closingStopsTheRead()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.openLibrary(dir.filePath(QStringLiteral("closing.glossa")), nullptr));
    QVERIFY(writeManyHeadlines(workspace, 6000));
    qint64 fullRead = 0;
    {
        QElapsedTimer timer;
        timer.start();
        TickerHeadlineModel model(&workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
        fullRead = timer.elapsed();
        QCOMPARE(model.rowCount(), 500);
    }
    QElapsedTimer timer;
    timer.start();
    {
        TickerHeadlineModel model(&workspace);
        QVERIFY(model.isLoading());
        QTest::qWait(20); // the worker has started its statement
    }
    const qint64 closing = timer.elapsed();
    qInfo("a full read took %lld ms; opening and closing mid-read %lld ms", fullRead, closing);
    QVERIFY(fullRead >= 150); // big enough for the difference to mean something
    QVERIFY(closing < fullRead / 2);

    // Asking again mid-read stops the old read and gives the new answer.
    TickerHeadlineModel model(&workspace);
    model.setFilterText(QStringLiteral("page 5999 du"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
    QCOMPARE(model.rowCount(), 40);
}

QTEST_MAIN(TestTickerUi)
#include "tst_ticker_ui.moc"
