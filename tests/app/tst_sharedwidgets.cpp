// The helpers several features share: one-line excerpts of long text, and the read-only result
// table every list of results is built on.
#include "common/oneline.h"
#include "common/resulttable.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>

using namespace glossa;

class TestSharedWidgets : public QObject
{
    Q_OBJECT
private slots:
    void oneLine_data();
    void oneLine();
    void resultTableIsReadOnlyRows_data();
    void resultTableIsReadOnlyRows();
};

void TestSharedWidgets::oneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");
    const QString ellipsis(QChar(0x2026));
    QTest::newRow("short") << "Port Sablon" << 20 << "Port Sablon";
    QTest::newRow("exactly the limit") << "abcde" << 5 << "abcde";
    QTest::newRow("one over") << "abcdef" << 5 << QString("abcd" + ellipsis);
    QTest::newRow("whitespace folded first") << "  a\n\n b\t c  " << 5 << "a b c";
    QTest::newRow("folded then cut") << "one\ntwo three" << 8 << QString("one two" + ellipsis);
    QTest::newRow("empty") << "" << 10 << "";
    QTest::newRow("only whitespace") << " \n\t " << 10 << "";
    QTest::newRow("arabic") << QString::fromUtf8("وزارة الصحة العمومية") << 6 << QString(QString::fromUtf8("وزارة") + ellipsis);
    QTest::newRow("nonsense limit keeps the text") << "abc" << 0 << "abc";
}

void TestSharedWidgets::oneLine()
{
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString result = glossa::oneLine(text, maxChars);
    QCOMPARE(result, expected);
    if (maxChars > 0)
        QVERIFY(result.size() <= maxChars);
    QVERIFY(!result.contains(QLatin1Char('\n')));
}

void TestSharedWidgets::resultTableIsReadOnlyRows_data()
{
    QTest::addColumn<QAbstractItemView::SelectionMode>("mode");
    QTest::newRow("single") << QAbstractItemView::SingleSelection;
    QTest::newRow("extended") << QAbstractItemView::ExtendedSelection;
}

void TestSharedWidgets::resultTableIsReadOnlyRows()
{
    QFETCH(QAbstractItemView::SelectionMode, mode);
    QStandardItemModel model(3, 2);
    ResultTable table(nullptr, mode);
    table.setModel(&model);
    QCOMPARE(table.selectionMode(), mode);
    QCOMPARE(table.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table.editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(table.alternatingRowColors());
    QVERIFY(!table.wordWrap());
    QVERIFY(table.verticalHeader()->isHidden());
    // Clicking a cell selects its whole row and opens no editor.
    table.resize(300, 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const QModelIndex cell = model.index(1, 1);
    QTest::mouseDClick(table.viewport(), Qt::LeftButton, {}, table.visualRect(cell).center());
    QCOMPARE(table.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table.selectionModel()->selectedRows().first().row(), 1);
    QVERIFY(!table.findChild<QLineEdit *>());
}

QTEST_MAIN(TestSharedWidgets)
#include "tst_sharedwidgets.moc"
