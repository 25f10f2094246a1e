// REFI-QDA in the window: File ▸ Export… writes a project and shows what it could not carry;
// File ▸ Import Project… merges one into another library through the real main window, shows
// the summary, and a refused file says why with nothing written. With GLOSSA_SCREENSHOT_DIR set,
// the summaries are rendered in English, French and Arabic, light and dark.
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "mainwindow/mainwindow.h"
#include "projectexchange/exchangesummarydialog.h"
#include "projectexchange/projectimportcontroller.h"
#include "readertestsupport.h"
#include "shell/apptheme.h"
#include "anchoring/textanchoring.h"
#include "export/exportjob.h"
#include "storage/collectionstore.h"
#include "workspace.h"

#include <QAction>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace glossa;

namespace {

ParsedPage page(const QString &title, const QStringList &paragraphs, bool heading = false)
{
    ParsedPage parsed;
    parsed.title = title;
    parsed.source = QStringLiteral("La Gazette");
    parsed.published = QDate(2024, 2, 3);
    parsed.language = QStringLiteral("fr");
    parsed.profile = QStringLiteral("test");
    for (const QString &text : paragraphs)
        parsed.blocks << ParsedBlock{heading && parsed.blocks.isEmpty() ? ParsedBlock::Kind::Heading : ParsedBlock::Kind::Paragraph, text};
    return parsed;
}

int articleCount(Workspace &workspace)
{
    return workspace.finder().count(ArticleQuery());
}

} // namespace

class TestProjectExchangeUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_projectexchange_ui"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_source = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_source->openLibrary(m_dir->filePath(QStringLiteral("source.glossa")), &error), qPrintable(error));
        m_port = testsupport::storePage(m_source->library(),
                                        page(QStringLiteral("Le terminal"), {QStringLiteral("Titre"), QStringLiteral("Le port a traité 12 millions de tonnes 🚢 en 2023.")}, true),
                                        QStringLiteral("port.txt"));
        const qint64 other = testsupport::storePage(m_source->library(), page(QStringLiteral("الميناء"), {QStringLiteral("بلغت الحمولة 12 مليون طن.")}),
                                                    QStringLiteral("ar.txt"));
        QVERIFY(m_port && other);
        // "The whole library" is every article with an annotation or a note, as in every format.
        QVERIFY(m_source->articles().setNote(other, QStringLiteral("ملاحظة")));
        const QString text = m_source->articles().article(m_port)->text;
        Annotation annotation;
        annotation.articleId = m_port;
        annotation.anchor = TextAnchoring::makeAnchor(text, int(text.indexOf("12 millions")), int(text.indexOf(" en 2023")));
        annotation.tags = {QStringLiteral("port")};
        annotation.note = QStringLiteral("à vérifier");
        annotation.claim = Claim{QStringLiteral("statistic"), QStringLiteral("false"), QStringLiteral("La direction"), QString(), std::nullopt, {}, {}};
        AnnotationStore store = m_source->annotations();
        QVERIFY2(store.create(annotation), qPrintable(store.lastError()));
        CollectionStore collections(m_source->library().database());
        QVERIFY(collections.addArticles(collections.create(QStringLiteral("Ports")), {m_port, other}) == 2);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                widget->close();
        }
        QCoreApplication::processEvents();
        m_source.reset();
        m_dir.reset();
    }

    void exportThenImportThroughTheWindow()
    {
        // File ▸ Export… in the first library's window: the project, and what it could not carry.
        const QString path = m_dir->filePath(QStringLiteral("ports.qdpx"));
        {
            MainWindow window(m_source.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
            ExportDialog *dialog = window.exportController()->dialog();
            QVERIFY(dialog);
            dialog->setFormat(ExportFormat::RefiQdaProject);
            QVERIFY(dialog->setScope(ExportScopeKind::WholeLibrary));
            dialog->setOutputPath(path);
            dialog->accept();
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
            QVERIFY(QFile::exists(path));
            ExchangeSummaryDialog *losses = window.exportController()->lossSummary();
            QVERIFY(losses);
            QTRY_VERIFY(losses->isVisible());
            QVERIFY2(losses->notCarried().join('\n').contains(QStringLiteral("headings")), qPrintable(losses->report()));
            QVERIFY(losses->headline().contains(QStringLiteral("ports.qdpx")));
        }

        // File ▸ Import Project… in an empty library's window.
        Workspace target;
        QString error;
        QVERIFY2(target.openLibrary(m_dir->filePath(QStringLiteral("target.glossa")), &error), qPrintable(error));
        MainWindow window(&target);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *importAction = window.findChild<QAction *>(QStringLiteral("importProjectAction"));
        QVERIFY(importAction && importAction->isEnabled());
        QMenu *file = window.menuBar()->actions().value(0) ? window.menuBar()->actions().value(0)->menu() : nullptr;
        QVERIFY(file && file->actions().contains(importAction)); // File ▸ Import Project…
        auto *controller = window.findChild<ProjectImportController *>();
        QVERIFY(controller);
        QSignalSpy changed(&target, &Workspace::contentChanged);
        const RefiImportReport report = controller->importFile(path);
        QVERIFY2(report.ok(), qPrintable(report.fileError));
        QCOMPARE(report.articlesAdded, 2);
        QCOMPARE(report.annotationsAdded, 1);
        QCOMPARE(articleCount(target), 2);
        QVERIFY(changed.count() >= 1); // the views re-read the library
        const int refreshes = int(changed.count());
        ExchangeSummaryDialog *summary = controller->summaryDialog();
        QVERIFY(summary && summary->isVisible());
        QVERIFY2(summary->headline().contains(QStringLiteral("ports.qdpx")), qPrintable(summary->headline()));
        QVERIFY(summary->report().contains(QStringLiteral("Annotations added: 1")));
        QCOMPARE(target.undoStack()->count(), 0);

        // Again: nothing added, nothing to refresh.
        const RefiImportReport again = controller->importFile(path);
        QCOMPARE(again.articlesAdded + again.annotationsAdded, 0);
        QCOMPARE(changed.count(), refreshes);
        QCOMPARE(articleCount(target), 2);
    }

    void refusedProjectSaysWhy()
    {
        const QString path = m_dir->filePath(QStringLiteral("evil.qde"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a \"aaaa\">]><Project name=\"&a;\"/>");
        file.close();
        QWidget window;
        ProjectImportController controller(m_source.get(), nullptr, &window);
        const int before = articleCount(*m_source);
        const RefiImportReport report = controller.importFile(path);
        QVERIFY(!report.ok());
        QVERIFY(controller.summaryDialog());
        QVERIFY(controller.summaryDialog()->headline().startsWith(QStringLiteral("Nothing was imported from evil.qde")));
        QVERIFY(controller.summaryDialog()->headline().contains(QStringLiteral("DTD")));
        QCOMPARE(articleCount(*m_source), before);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const char *language : {"en", "fr", "ar"}) {
            QTest::addRow("%s-light", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s-dark", language) << QString::fromLatin1(language) << true;
        }
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        const QString folder = qEnvironmentVariable("GLOSSA_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("glossa_") + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QGuiApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        AppTheme::apply(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
        const QString path = m_dir->filePath(QStringLiteral("ports.qdpx"));
        ExportRequest request;
        request.format = ExportFormat::RefiQdaProject;
        request.path = path;
        ExportOutcome outcome;
        QString error;
        QVERIFY2(ExportJob(m_source->library().database()).run(request, &outcome, &error), qPrintable(error));
        QWidget window;
        {
            // The window's own words, translated as it shows them.
            ExchangeSummaryDialog exported(QCoreApplication::translate("glossa::ExportController", "Project Exported"),
                                           ExportController::successMessage(outcome), {}, outcome.notCarried,
                                           QCoreApplication::translate("glossa::ExportController",
                                                                       "REFI-QDA has no place for these; the library keeps them."),
                                           &window);
            exported.show();
            QVERIFY(QTest::qWaitForWindowExposed(&exported));
            QVERIFY(exported.grab().save(QStringLiteral("%1/refi-export-%2-%3.png").arg(folder, language, dark ? "dark" : "light")));
        }
        Workspace target;
        QVERIFY(target.openLibrary(m_dir->filePath(QStringLiteral("shot.glossa")), &error));
        ProjectImportController controller(&target, nullptr, &window);
        controller.importFile(path);
        QVERIFY(controller.summaryDialog());
        QVERIFY(QTest::qWaitForWindowExposed(controller.summaryDialog()));
        QVERIFY(controller.summaryDialog()->grab().save(
            QStringLiteral("%1/refi-import-%2-%3.png").arg(folder, language, dark ? "dark" : "light")));
        controller.summaryDialog()->close();
        QCoreApplication::removeTranslator(&translator);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        AppTheme::apply(AppTheme::Choice::Light);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_source;
    qint64 m_port = 0;
};

QTEST_MAIN(TestProjectExchangeUi)
#include "tst_projectexchange_ui.moc"
