// The ticker headlines browser: the headlines of a dump's ticker, searchable; one whose article
// is in the library opens it, one that is not says so.

#include "import/parsedpage.h"
#include "storage/articlewriter.h"
#include "ticker/tickerheadlinemodel.h"
#include "ticker/tickerheadlinesdialog.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestTickerUi : public QObject
{
    Q_OBJECT

private slots:
    void listsSearchesAndOpens();
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
    QCOMPARE(model->rowCount(), 2);
    int linkedRow = -1;
    int unlinkedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        (model->headlineAt(row).articleId != 0 ? linkedRow : unlinkedRow) = row;
    QVERIFY(linkedRow >= 0 && unlinkedRow >= 0);
    QCOMPARE(model->headlineAt(linkedRow).articleId, rainArticle);
    QCOMPARE(model->index(linkedRow, TickerHeadlineModel::SeenIn).data().toString(), QStringLiteral("t.txt"));

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

QTEST_MAIN(TestTickerUi)
#include "tst_ticker_ui.moc"
