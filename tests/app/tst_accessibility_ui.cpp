// Accessibility of the real main window and of every dialog it opens, walked through QAccessible
// as a screen reader sees them: every interactive element (buttons, line edits, combos, check
// boxes, spin boxes, item views, tool buttons, tabs, menus' items) has a name; the Tab order of
// each dialog goes down the dialog (and across to a next column), never back up; the reader says
// in words which highlight and claim the caret is in; a card says its colour and verdict in words.
#include "annotationimport/annotationimportcontroller.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "annotations/claimhistorydialog.h"
#include "claimsfixture.h"
#include "headlines/headlineview.h"
#include "importing/importcontroller.h"
#include "importing/importsummarydialog.h"
#include "mainwindow/mainwindow.h"
#include "model/analystprofile.h"
#include "projectexchange/exchangesummarydialog.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "whereelse/whereelselauncher.h"
#include "whereelse/whereelsepanel.h"
#include "workspace.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace glossa;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Link:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QString what = QString::fromLatin1(QAccessible::staticMetaObject.enumerator(
                                           QAccessible::staticMetaObject.indexOfEnumerator("Role"))
                                           .valueToKey(iface->role()));
    if (QObject *object = iface->object()) {
        what += QLatin1Char(' ') + QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            what += QLatin1Char('#') + object->objectName();
        if (auto *widget = qobject_cast<QWidget *>(object); widget && !widget->toolTip().isEmpty())
            what += QStringLiteral(" (tip: %1)").arg(widget->toolTip());
    }
    return what;
}

// Every unnamed interactive element under \a iface, with the path to it.
void walk(QAccessibleInterface *iface, const QString &path, QStringList *unnamed, QSet<QObject *> *menus, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::Role role = iface->role();
    const QString here = path + QStringLiteral(" > ") + describe(iface);
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        *unnamed << here;
    // A combo's list and its edit field, a spin box's field: parts announced as the whole.
    if (role == QAccessible::ComboBox || role == QAccessible::SpinBox)
        return;
    // The same menu is reached from the menu bar and from submenus: once is enough.
    if (role == QAccessible::PopupMenu && iface->object()) {
        if (menus->contains(iface->object()))
            return;
        menus->insert(iface->object());
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), here, unnamed, menus, depth + 1);
}

QStringList unnamedIn(QWidget *widget)
{
    QStringList unnamed;
    QSet<QObject *> menus;
    walk(QAccessible::queryAccessibleInterface(widget), QString::fromLatin1(widget->metaObject()->className()),
         &unnamed, &menus);
    return unnamed;
}

// The Tab chain of \a dialog among the widgets it reaches now, and where it goes back up.
QStringList tabOrderProblems(QWidget *dialog)
{
    QList<QWidget *> chain;
    QWidget *widget = dialog;
    for (int guard = 0; guard < 1000; ++guard) {
        widget = widget->nextInFocusChain();
        if (!widget || widget == dialog)
            break;
        if (widget->window() == dialog && widget->isVisibleTo(dialog) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            chain << widget;
    }
    QStringList problems;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain.at(i - 1)->mapTo(dialog, QPoint()), chain.at(i - 1)->size());
        const QRect b(chain.at(i)->mapTo(dialog, QPoint()), chain.at(i)->size());
        // Up to a line above, and not across to a column on the right: Tab went backwards.
        if (b.bottom() < a.top() && b.left() < a.right())
            problems << QStringLiteral("%1: Tab goes up from %2 %3 to %4 %5")
                            .arg(dialog->objectName(), QString::fromLatin1(chain.at(i - 1)->metaObject()->className()),
                                 chain.at(i - 1)->objectName(), QString::fromLatin1(chain.at(i)->metaObject()->className()),
                                 chain.at(i)->objectName());
    }
    return problems;
}

} // namespace

class TestAccessibilityUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowIsNamed();
    void everyDialogIsNamedAndTabsDown();
    void readerSaysTheHighlightAtTheCaret();
    void cardsSayColourAndVerdictInWords();

private:
    // Walks every dialog that comes up while \a open runs or right after it, then closes it.
    void walkDialogsOpenedBy(const QString &what, const std::function<void()> &open);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    testsupport::ClaimsFixture m_fixture;
    QStringList m_unnamed;
    QStringList m_tabProblems;
    QStringList m_walked;
};

void TestAccessibilityUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility_ui"));
    QSettings().clear();
    // A desk with a profile, so Analyst ▸ Profile… edits one.
    QSettings settings;
    AnalystProfile::save(settings, Analyst::named(QStringLiteral("Amina Benali")));
}

void TestAccessibilityUi::init()
{
    static int libraries = 0;
    m_workspace = std::make_unique<Workspace>();
    m_fixture = testsupport::makeClaimsFixture(
        *m_workspace, m_dir.filePath(QStringLiteral("desk-%1.glossa").arg(++libraries)));
    m_workspace->setAnalyst(Analyst::named(QStringLiteral("Amina Benali")));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Everything on show: the docks, an article with a claim and a plain highlight, a card
    // selected, a passage selected, the find bar.
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        dock->show();
    QVERIFY(m_window->headlineView()->selectArticle(m_fixture.articleIds.at(3)));
    QCOMPARE(m_window->readerView()->articleId(), m_fixture.articleIds.at(3));
    m_window->annotationSidebar()->selectAnnotation(m_fixture.claimIds.at(3));
    m_window->readerView()->findAction()->trigger();
    m_unnamed.clear();
    m_tabProblems.clear();
    m_walked.clear();
}

void TestAccessibilityUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

void TestAccessibilityUi::mainWindowIsNamed()
{
    const QStringList unnamed = unnamedIn(m_window.get());
    for (const QString &line : unnamed)
        qInfo().noquote() << "unnamed:" << line;
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed interactive elements (listed above)").arg(unnamed.size())));
}

void TestAccessibilityUi::walkDialogsOpenedBy(const QString &what, const std::function<void()> &open)
{
    QSet<QWidget *> before;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            before.insert(widget);
    }
    QSet<QWidget *> done;
    const auto check = [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (!dialog || !dialog->isVisible() || before.contains(dialog) || done.contains(dialog))
                continue;
            done.insert(dialog);
            // Qt's own file and colour dialogs are Qt's to name.
            if (!qobject_cast<QFileDialog *>(dialog) && !qobject_cast<QColorDialog *>(dialog)) {
                const QString name = QStringLiteral("%1 [%2 %3]").arg(what, QString::fromLatin1(dialog->metaObject()->className()),
                                                                     dialog->objectName());
                m_walked << name;
                for (const QString &problem : unnamedIn(dialog))
                    m_unnamed << name + QStringLiteral(": ") + problem;
                m_tabProblems << tabOrderProblems(dialog);
            }
            dialog->reject();
        }
    };
    QTimer poll;
    poll.setInterval(30);
    connect(&poll, &QTimer::timeout, this, check);
    poll.start();
    open();
    QTest::qWait(60);
    check();
    poll.stop();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestAccessibilityUi::everyDialogIsNamedAndTabsDown()
{
    m_window->readerView()->selectSpan(0, 12);
    // Every action whose text says it asks something ("…"), from the window's menus, toolbar
    // and panes.
    QList<QAction *> actions;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QString text = action->text();
        if ((text.contains(QChar(0x2026)) || text.contains(QLatin1String("..."))) && !action->menu()
            && !actions.contains(action))
            actions << action;
    }
    QVERIFY(actions.size() > 15);
    for (QAction *action : std::as_const(actions)) {
        // Enabled as it would be when the analyst reaches for it.
        m_window->readerView()->selectSpan(0, 12);
        m_window->annotationSidebar()->selectAnnotation(m_fixture.claimIds.at(3));
        if (!action->isEnabled())
            continue;
        walkDialogsOpenedBy(action->text().remove(QLatin1Char('&')), [action] { action->trigger(); });
    }
    // Help's dialogs, whose texts do not end in "…".
    for (const char *name : {"keyboardShortcutsAction", "aboutAction"}) {
        QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        walkDialogsOpenedBy(action->text().remove(QLatin1Char('&')), [action] { action->trigger(); });
    }
    // Those the cards' context menu opens.
    const qint64 claim = m_fixture.claimIds.at(3);
    walkDialogsOpenedBy(QStringLiteral("card: Edit…"), [&] { m_window->annotationSidebar()->editAnnotation(claim); });
    walkDialogsOpenedBy(QStringLiteral("card: Claim History…"),
                        [&] { m_window->annotationSidebar()->showClaimHistory(claim)->open(); });
    auto *whereElse = m_window->findChild<WhereElseLauncher *>();
    QVERIFY(whereElse);
    // Where Else? opens a dock under the reader, walked as a dialog is.
    WhereElsePanel *whereElsePanel = whereElse->open(claim);
    QVERIFY(whereElsePanel);
    m_walked << QStringLiteral("card: Where Else?… [dock whereElsePanel]");
    for (const QString &problem : unnamedIn(whereElsePanel))
        m_unnamed << QStringLiteral("Where Else dock: ") + problem;
    m_tabProblems << tabOrderProblems(whereElsePanel);

    // What an import says when it is done.
    ImportController *import = m_window->importController();
    import->setShowSummary(true);
    walkDialogsOpenedBy(QStringLiteral("import summary"), [&] {
        QSignalSpy finished(import, &ImportController::finished);
        import->importPaths({QStringLiteral(GLOSSA_TEST_DATA "/app/fr_defense.txt")});
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(import->summaryDialog());
    });

    // What an annotation import and a project exchange say when they are done.
    auto *annotationImport = m_window->findChild<AnnotationImportController *>();
    QVERIFY(annotationImport);
    walkDialogsOpenedBy(QStringLiteral("annotation import summary"), [&] {
        annotationImport->importFile(QStringLiteral(GLOSSA_TEST_DATA "/export/annotations.jsonld"));
    });
    walkDialogsOpenedBy(QStringLiteral("project exchange summary"), [&] {
        auto *summary = new ExchangeSummaryDialog(QStringLiteral("Project Imported"), QStringLiteral("3 articles"),
                                                  {{QStringLiteral("Articles"), 3}},
                                                  {QStringLiteral("A code's memo: Glossa keeps no memos")},
                                                  QStringLiteral("Undo with Edit > Undo."), m_window.get());
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->show();
    });

    const QString walked = m_walked.join(QLatin1Char('\n'));
    for (const char *expected : {"preferencesDialog", "exportDialog", "analystProfileDialog", "tagManagerDialog",
                                 "tickerHeadlinesDialog", "shortcutsDialog", "teamLibraryDialog", "annotationDialog",
                                 "claimHistoryDialog", "whereElsePanel", "agreementDialog", "reviewDialog",
                                 "importSummary", "annotationImportSummary", "exchangeSummary"})
        QVERIFY2(walked.contains(QLatin1String(expected)), qPrintable(QStringLiteral("%1 was not opened; walked:\n%2")
                                                                          .arg(QLatin1String(expected), walked)));
    for (const QString &line : std::as_const(m_unnamed))
        qInfo().noquote() << "unnamed:" << line;
    for (const QString &line : std::as_const(m_tabProblems))
        qInfo().noquote() << "tab order:" << line;
    QVERIFY2(m_unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed interactive elements (listed above)").arg(m_unnamed.size())));
    QVERIFY2(m_tabProblems.isEmpty(), qPrintable(QStringLiteral("%1 backward Tab steps (listed above)").arg(m_tabProblems.size())));
}

void TestAccessibilityUi::readerSaysTheHighlightAtTheCaret()
{
    ReaderView *reader = m_window->readerView();
    const QString text = m_workspace->articles().article(m_fixture.articleIds.at(3))->text;
    const int claimAt = int(text.indexOf(QStringLiteral("Les combats ont repris")));
    const int plainAt = int(text.indexOf(QStringLiteral("sans prisonniers signalés")));
    QVERIFY(claimAt >= 0 && plainAt >= 0);
    reader->selectSpan(claimAt + 2, claimAt + 3);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(reader->textView());
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Article"));
    const QString onClaim = iface->text(QAccessible::Description);
    QVERIFY2(onClaim.contains(QLatin1String("claim: Factual")) && onClaim.contains(QLatin1String("verdict: Supported"))
                 && onClaim.contains(QLatin1String("Claimant: sources locales")) && onClaim.contains(QLatin1String("Yellow")),
             qPrintable(onClaim));
    reader->selectSpan(plainAt + 2, plainAt + 3);
    const QString onPlain = iface->text(QAccessible::Description);
    QVERIFY2(onPlain.contains(QLatin1String("highlight")) && !onPlain.contains(QLatin1String("verdict"))
                 && onPlain.contains(QLatin1String("Tags: prisonniers")),
             qPrintable(onPlain));
    // The highlight's tooltip names its colour and verdict in words.
    const QRect claimRect = reader->textView()->cursorRect();
    emit reader->textView()->toolTipRequested(reader->textView()->cursorForPosition(claimRect.center()).position(),
                                              reader->textView()->mapToGlobal(claimRect.center()));
    QVERIFY2(QToolTip::text().contains(QLatin1String("Yellow highlight")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    // Outside both: plain text again.
    const auto inside = [&](int at) {
        return (at >= claimAt && at <= claimAt + 22) || (at >= plainAt && at <= plainAt + 25);
    };
    int outside = 0;
    while (outside + 1 < text.size() && (inside(outside) || inside(outside + 1)))
        ++outside;
    reader->selectSpan(outside, outside + 1);
    QCOMPARE(reader->annotationsAtCursor(), QString());
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("Article text"));
}

void TestAccessibilityUi::cardsSayColourAndVerdictInWords()
{
    auto *list = m_window->annotationSidebar()->findChild<QListView *>(QStringLiteral("annotationList"));
    QVERIFY(list);
    QAbstractItemModel *model = list->model();
    QStringList said;
    for (int row = 0; row < model->rowCount(); ++row)
        said << model->index(row, 0).data(Qt::AccessibleTextRole).toString();
    QCOMPARE(said.size(), 2);
    const QString all = said.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("verdict: Supported")) && all.contains(QLatin1String("Yellow highlight")),
             qPrintable(all));
    // On hover too, for whoever cannot tell the stripes apart.
    const QString tip = model->index(0, 0).data(Qt::ToolTipRole).toString()
                        + model->index(1, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Yellow highlight")) && tip.contains(QLatin1String("verdict: Supported")),
             qPrintable(tip));
    // A screen reader reaches them through the list.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(list);
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
}

QTEST_MAIN(TestAccessibilityUi)
#include "tst_accessibility_ui.moc"
