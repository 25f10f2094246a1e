// Edit ▸ Preferences… driven through the dialog on the real main window: each option set in the
// dialog and accepted shows in the window and in QSettings; Cancel changes nothing; View ▸ Theme
// and the dialog agree both ways. With GLOSSA_SCREENSHOT_DIR set, pictures of the dialog and of
// the window with annotations in English, French and Arabic, light and dark.
#include "analysts/analystprofiledialog.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsidebar.h"
#include "claimsfixture.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "headlines/headlinemodel.h"
#include "headlines/headlineview.h"
#include "mainwindow/librarycontroller.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "model/analystprofile.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "screenshotlook.h"
#include "shell/apptheme.h"
#include "shell/apptranslations.h"
#include "storage/librarylocation.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace glossa;

class TestPreferencesUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void themeAgreesWithTheMenu_data();
    void themeAgreesWithTheMenu();
    void languageIsLoadedAtTheNextStart_data();
    void languageIsLoadedAtTheNextStart();
    void readerFontAppliesAtOnce();
    void markReadBehaviour_data();
    void markReadBehaviour();
    void analystProfileThroughItsOwnDialog();
    void defaultExportFolderStartsTheExport();
    void openLastLibraryAtStart();
    void cancelChangesNothing();
    void cardsAreMirroredRightToLeft_data();
    void cardsAreMirroredRightToLeft();
    void screenshots_data();
    void screenshots();

private:
    PreferencesDialog *openPreferences();
    void press(PreferencesDialog *dialog, QDialogButtonBox::StandardButton button);
    template<typename T>
    static T *field(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    // Selects the list's row \a row as a click would, which opens its article.
    void openRow(int row);
    bool readOnDisk(qint64 articleId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    testsupport::ClaimsFixture m_fixture;
};

void TestPreferencesUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences_ui"));
    qunsetenv("GLOSSA_DB");
}

void TestPreferencesUi::init()
{
    QSettings().clear();
    AppTheme::apply(AppTheme::Choice::Light);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("desk.glossa"));
    m_workspace = std::make_unique<Workspace>();
    m_fixture = testsupport::makeClaimsFixture(*m_workspace, m_path);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPreferencesUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

PreferencesDialog *TestPreferencesUi::openPreferences()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPreferencesUi::press(PreferencesDialog *dialog, QDialogButtonBox::StandardButton button)
{
    QPushButton *pushButton = dialog->findChild<QDialogButtonBox *>()->button(button);
    QVERIFY(pushButton);
    QTest::mouseClick(pushButton, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!m_window->findChild<PreferencesDialog *>());
}

void TestPreferencesUi::openRow(int row)
{
    QVERIFY(m_window->headlineView()->selectArticle(m_window->headlineModel()->articleId(row)));
}

bool TestPreferencesUi::readOnDisk(qint64 articleId) const
{
    Library library;
    if (!library.open(m_path))
        return false;
    return ArticleStore(library.database()).summary(articleId)->read;
}

void TestPreferencesUi::themeAgreesWithTheMenu_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << 2 << "dark" << "darkThemeAction" << true;
    QTest::newRow("light") << 1 << "light" << "lightThemeAction" << false;
}

void TestPreferencesUi::themeAgreesWithTheMenu()
{
    QFETCH(int, row);
    QFETCH(QString, saved);
    QFETCH(QString, action);
    QFETCH(bool, dark);
    // Start from the other scheme, chosen in View ▸ Theme: the dialog shows it.
    QAction *other = m_window->findChild<QAction *>(dark ? QStringLiteral("lightThemeAction")
                                                         : QStringLiteral("darkThemeAction"));
    other->trigger();
    QCOMPARE(AppTheme::isDark(), !dark);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *theme = field<QComboBox>(dialog, "preferencesTheme");
    QCOMPARE(theme->currentIndex(), dark ? 1 : 2);

    theme->setCurrentIndex(row);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(AppTheme::isDark(), dark);
    QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), saved);
    QVERIFY(m_window->findChild<QAction *>(action)->isChecked());
    QVERIFY(!other->isChecked());
    AppTheme::apply(AppTheme::Choice::Light);
}

void TestPreferencesUi::languageIsLoadedAtTheNextStart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedEdit"); // Edit, as that language's .qm says it
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("fr") << "fr" << "glossa_fr" << false;
    QTest::newRow("ar") << "ar" << "glossa_ar" << true;
    QTest::newRow("en") << "en" << QString() << false;
}

void TestPreferencesUi::languageIsLoadedAtTheNextStart()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedEdit);
    QFETCH(bool, rightToLeft);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    // Said in the dialog, before choosing: the language is not switched on the spot.
    auto *note = field<QLabel>(dialog, "preferencesLanguageNote");
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("next time")));
    auto *combo = field<QComboBox>(dialog, "preferencesLanguage");
    QCOMPARE(combo->currentData().toString(), QString());
    combo->setCurrentIndex(combo->findData(language));
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), language);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("next time")));

    // The next start: AppTranslations reads the choice.
    const QString before = QCoreApplication::translate("glossa::MainWindow", "&Edit");
    QCOMPARE(before, QStringLiteral("&Edit"));
    auto *application = QCoreApplication::instance();
    AppTranslations::install(application);
    QString expected = QStringLiteral("&Edit");
    if (!expectedEdit.isEmpty()) {
        QTranslator reference;
        QVERIFY(reference.load(expectedEdit, QStringLiteral(":/i18n")));
        expected = reference.translate("glossa::MainWindow", "&Edit");
        QVERIFY(!expected.isEmpty());
    }
    QCOMPARE(QCoreApplication::translate("glossa::MainWindow", "&Edit"), expected);
    QCOMPARE(QGuiApplication::layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale(language).language());
    // Back to the source language for the next rows.
    qDeleteAll(application->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QLocale::setDefault(QLocale::c());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestPreferencesUi::readerFontAppliesAtOnce()
{
    ReaderView *reader = m_window->readerView();
    const QString shownBefore = QFontInfo(reader->textView()->font()).family();
    // A face the reader does not show yet, from those installed.
    QString wanted;
    for (const QString &family : QFontDatabase::families()) {
        if (family != shownBefore && !QFontDatabase::isPrivateFamily(family) && QFontInfo(QFont(family)).family() == family) {
            wanted = family;
            break;
        }
    }
    if (wanted.isEmpty())
        QSKIP("only one font family is installed");
    reader->zoomIn();
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *family = field<QFontComboBox>(dialog, "preferencesReaderFont");
    QCOMPARE(family->currentFont().family(), shownBefore);
    family->setCurrentFont(QFont(wanted));
    field<QSpinBox>(dialog, "preferencesReaderFontSize")->setValue(19);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(QFontInfo(reader->textView()->font()).family(), wanted);
    QCOMPARE(reader->textView()->font().pointSizeF(), 19.0 + reader->zoomSteps());
    QCOMPARE(QSettings().value(QStringLiteral("reader/fontFamily")).toString(), wanted);
    QCOMPARE(QSettings().value(QStringLiteral("reader/fontSize")).toInt(), 19);
    // A reader made later (the next start) reads them too.
    ReaderView later(m_workspace.get());
    QCOMPARE(later.readingFont().pointSizeF(), 19.0);
    QCOMPARE(QFontInfo(later.readingFont()).family(), wanted);
}

void TestPreferencesUi::markReadBehaviour_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("menuChecked");
    QTest::addColumn<bool>("readAtOnce");
    QTest::addColumn<bool>("readLater");
    QTest::newRow("when opened") << int(Preferences::MarkRead::OnOpen) << true << true << true;
    QTest::newRow("after a delay") << int(Preferences::MarkRead::AfterDelay) << true << false << true;
    QTest::newRow("by hand") << int(Preferences::MarkRead::Manually) << false << false << false;
}

void TestPreferencesUi::markReadBehaviour()
{
    QFETCH(int, mode);
    QFETCH(bool, menuChecked);
    QFETCH(bool, readAtOnce);
    QFETCH(bool, readLater);
    // Start from the other end, so the menu's switch has to move.
    m_window->mainActions()->markReadOnOpen->setChecked(!menuChecked);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *combo = field<QComboBox>(dialog, "preferencesMarkRead");
    auto *delay = field<QSpinBox>(dialog, "preferencesMarkReadDelay");
    combo->setCurrentIndex(combo->findData(mode));
    QCOMPARE(delay->isEnabled(), mode == int(Preferences::MarkRead::AfterDelay));
    delay->setValue(1);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(m_window->mainActions()->markReadOnOpen->isChecked(), menuChecked);
    QCOMPARE(QSettings().value(QStringLiteral("reading/markReadOnOpen")).toBool(), menuChecked);
    QCOMPARE(int(Preferences::markRead()), mode);

    const qint64 first = m_window->headlineModel()->articleId(0);
    const qint64 second = m_window->headlineModel()->articleId(1);
    QVERIFY(!readOnDisk(first));
    openRow(0);
    QCOMPARE(m_window->readerView()->articleId(), first);
    QCOMPARE(readOnDisk(first), readAtOnce);
    if (readLater)
        QTRY_VERIFY_WITH_TIMEOUT(readOnDisk(first), 4000);
    else
        QTest::qWait(1500);
    QCOMPARE(readOnDisk(first), readLater);
    if (mode == int(Preferences::MarkRead::AfterDelay)) {
        // Passing through an article is not reading it.
        openRow(1);
        openRow(2);
        QTest::qWait(1500);
        QVERIFY(!readOnDisk(second));
    }
}

void TestPreferencesUi::analystProfileThroughItsOwnDialog()
{
    const Analyst before = m_workspace->analyst();
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    bool edited = false;
    // The Analyst menu's own profile dialog opens over the preferences, modal.
    QTimer::singleShot(0, this, [&] {
        auto *profile = qobject_cast<AnalystProfileDialog *>(QApplication::activeModalWidget());
        QVERIFY(profile);
        field<QLineEdit>(profile, "analystName")->setText(QStringLiteral("Salma Idrissi"));
        field<QLineEdit>(profile, "analystInitials")->setText(QStringLiteral("si"));
        profile->setColor(QColor(QStringLiteral("#00897b")));
        edited = true;
        profile->accept();
    });
    QTest::mouseClick(field<QPushButton>(dialog, "preferencesEditAnalyst"), Qt::LeftButton);
    QVERIFY(edited);
    QVERIFY(field<QLabel>(dialog, "preferencesAnalystName")->text().contains(QLatin1String("Salma Idrissi (SI)")));
    // Not yet saved: that waits for OK.
    QCOMPARE(m_workspace->analyst().name, before.name);
    press(dialog, QDialogButtonBox::Ok);
    const Analyst now = m_workspace->analyst();
    QCOMPARE(now.name, QStringLiteral("Salma Idrissi"));
    QCOMPARE(now.initials, QStringLiteral("SI"));
    QCOMPARE(now.color, QStringLiteral("#00897b"));
    if (before.isValid()) // the same person, renamed
        QCOMPARE(now.uuid, before.uuid);
    QSettings settings;
    const std::optional<Analyst> saved = AnalystProfile::load(settings);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Salma Idrissi"));
    QCOMPARE(saved->uuid, now.uuid);
}

void TestPreferencesUi::defaultExportFolderStartsTheExport()
{
    QTemporaryDir briefs;
    // An export elsewhere before: the chosen default still wins.
    QSettings().setValue(QLatin1String(ExportDialog::lastFolderKey()), m_dir->path());
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    field<QLineEdit>(dialog, "preferencesExportFolder")->setText(QDir::toNativeSeparators(briefs.path()));
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(QSettings().value(QStringLiteral("export/defaultFolder")).toString(), briefs.path());

    m_window->exportController()->exportAction()->trigger();
    ExportDialog *exportDialog = m_window->exportController()->dialog();
    QVERIFY(exportDialog);
    QCOMPARE(QFileInfo(exportDialog->outputPath()).absolutePath(), briefs.path());
    exportDialog->reject();

    // Emptied again: the last export's folder.
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(field<QLineEdit>(dialog, "preferencesExportFolder")->text(), QDir::toNativeSeparators(briefs.path()));
    field<QLineEdit>(dialog, "preferencesExportFolder")->clear();
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(!QSettings().contains(QStringLiteral("export/defaultFolder")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->exportController()->exportAction()->trigger();
    exportDialog = m_window->exportController()->dialog();
    QVERIFY(exportDialog);
    QCOMPARE(QFileInfo(exportDialog->outputPath()).absolutePath(), m_dir->path());
    exportDialog->reject();
}

void TestPreferencesUi::openLastLibraryAtStart()
{
    // Another library opened from the File menu becomes the last one used.
    const QString other = m_dir->filePath(QStringLiteral("other.glossa"));
    QVERIFY(m_window->libraryController()->open(other));
    QCOMPARE(Preferences::startupLibrary(QString()), LibraryLocation::defaultPath());

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *box = field<QCheckBox>(dialog, "preferencesOpenLastLibrary");
    QVERIFY(!box->isChecked());
    box->setChecked(true);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(QSettings().value(QStringLiteral("library/openLastAtStart")).toBool());
    QCOMPARE(Preferences::startupLibrary(QString()), QFileInfo(other).canonicalFilePath());
    // --db still wins, and a last library moved away since is not recreated.
    QCOMPARE(Preferences::startupLibrary(m_path), m_path);
    QVERIFY(QFile::rename(other, other + QStringLiteral(".moved")));
    QCOMPARE(Preferences::startupLibrary(QString()), LibraryLocation::defaultPath());
    QVERIFY(QFile::rename(other + QStringLiteral(".moved"), other));

    dialog = openPreferences();
    QVERIFY(dialog);
    box = field<QCheckBox>(dialog, "preferencesOpenLastLibrary");
    QVERIFY(box->isChecked());
    box->setChecked(false);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(Preferences::startupLibrary(QString()), LibraryLocation::defaultPath());
}

void TestPreferencesUi::cancelChangesNothing()
{
    QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("light"));
    QSettings().sync();
    QMap<QString, QVariant> settingsBefore;
    {
        QSettings settings;
        for (const QString &key : settings.allKeys())
            settingsBefore.insert(key, settings.value(key));
    }
    const QFont fontBefore = m_window->readerView()->textView()->font();
    const Analyst analystBefore = m_workspace->analyst();
    const bool markBefore = m_window->mainActions()->markReadOnOpen->isChecked();

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    field<QComboBox>(dialog, "preferencesLanguage")->setCurrentIndex(3);
    field<QComboBox>(dialog, "preferencesTheme")->setCurrentIndex(2);
    field<QSpinBox>(dialog, "preferencesReaderFontSize")->setValue(30);
    field<QComboBox>(dialog, "preferencesMarkRead")->setCurrentIndex(2);
    field<QLineEdit>(dialog, "preferencesExportFolder")->setText(m_dir->path());
    field<QCheckBox>(dialog, "preferencesOpenLastLibrary")->setChecked(true);
    QTimer::singleShot(0, this, [&] {
        auto *profile = qobject_cast<AnalystProfileDialog *>(QApplication::activeModalWidget());
        QVERIFY(profile);
        field<QLineEdit>(profile, "analystName")->setText(QStringLiteral("Nobody"));
        profile->accept();
    });
    QTest::mouseClick(field<QPushButton>(dialog, "preferencesEditAnalyst"), Qt::LeftButton);
    press(dialog, QDialogButtonBox::Cancel);

    QMap<QString, QVariant> settingsAfter;
    {
        QSettings settings;
        for (const QString &key : settings.allKeys())
            settingsAfter.insert(key, settings.value(key));
    }
    QCOMPARE(settingsAfter, settingsBefore);
    QVERIFY(!AppTheme::isDark());
    QCOMPARE(m_window->readerView()->textView()->font(), fontBefore);
    QCOMPARE(m_workspace->analyst().name, analystBefore.name);
    QCOMPARE(m_window->mainActions()->markReadOnOpen->isChecked(), markBefore);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("systemThemeAction"))->isChecked()
            || m_window->findChild<QAction *>(QStringLiteral("lightThemeAction"))->isChecked());
}

void TestPreferencesUi::cardsAreMirroredRightToLeft_data()
{
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("left to right") << false;
    QTest::newRow("right to left") << true;
}

// The annotation's colour stripe on the card's leading edge: the right one in Arabic, with the
// verdict badge beside it and the analyst's chip at the other end.
void TestPreferencesUi::cardsAreMirroredRightToLeft()
{
    QFETCH(bool, rightToLeft);
    m_window.reset();
    QGuiApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->headlineView()->selectArticle(m_fixture.articleIds.at(0)));
    auto *list = m_window->annotationSidebar()->findChild<QListView *>(QStringLiteral("annotationList"));
    QVERIFY(list);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    list->clearSelection();
    const QRect row = list->visualRect(list->model()->index(0, 0));
    const QImage image = list->viewport()->grab().toImage();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    const QColor stripe(QStringLiteral("#ffd54f"));
    const auto isStripe = [&](int x) {
        const QColor pixel = image.pixelColor(x, row.center().y());
        return qAbs(pixel.red() - stripe.red()) < 16 && qAbs(pixel.green() - stripe.green()) < 16
               && qAbs(pixel.blue() - stripe.blue()) < 16;
    };
    // The stripe is 5 pixels wide, 6 in from the row's edge.
    const int leftStripe = row.left() + 8;
    const int rightStripe = row.right() - 8;
    QCOMPARE(isStripe(rightStripe), rightToLeft);
    QCOMPARE(isStripe(leftStripe), !rightToLeft);
    // The verdict badge (Disputed's colour) starts next to the stripe, on the same side.
    const QColor verdict = m_window->annotationSidebar()
                               ->findChild<QListView *>(QStringLiteral("annotationList"))
                               ->model()
                               ->index(0, 0)
                               .data(AnnotationListModel::VerdictColorRole)
                               .value<QColor>();
    qint64 sum = 0;
    int count = 0;
    const int badgeY = row.top() + 3 + 10 + 8; // inside the first line of the card
    for (int x = 0; x < image.width(); ++x) {
        const QColor pixel = image.pixelColor(x, badgeY);
        if (qAbs(pixel.red() - verdict.red()) < 12 && qAbs(pixel.green() - verdict.green()) < 12
            && qAbs(pixel.blue() - verdict.blue()) < 12) {
            sum += x;
            ++count;
        }
    }
    QVERIFY(count > 10);
    QCOMPARE(sum / count > row.center().x(), rightToLeft);
}

void TestPreferencesUi::screenshots_data()
{
    testsupport::addScreenshotRows();
}

// The dialog, and the window with the article with a claim and a plain highlight open.
void TestPreferencesUi::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (testsupport::ScreenshotLook::folder().isEmpty())
        QSKIP("GLOSSA_SCREENSHOT_DIR is not set");
    // As the application starts in that language: a window made after the translators.
    m_window.reset();
    const testsupport::ScreenshotLook look(language, dark);
    QVERIFY(look.isLoaded());
    Analyst analyst = Analyst::named(QStringLiteral("Amina Benali"));
    analyst.color = QStringLiteral("#5c6bc0");
    {
        QSettings settings;
        AnalystProfile::save(settings, analyst);
    }
    m_workspace->setAnalyst(analyst);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1440, 880);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Barlamane: a claim and a plain highlight.
    for (int row = 0; row < m_window->headlineModel()->rowCount(); ++row) {
        if (m_window->headlineModel()->articleId(row) == m_fixture.articleIds.value(3))
            openRow(row);
    }
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(look.path(QStringLiteral("main-window"))));
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    field<QLineEdit>(dialog, "preferencesExportFolder")->setText(QStringLiteral("/home/amina/Briefs"));
    QVERIFY(dialog->grab().save(look.path(QStringLiteral("preferences"))));
    dialog->reject();
    m_window.reset();
}

QTEST_MAIN(TestPreferencesUi)
#include "tst_preferences_ui.moc"
