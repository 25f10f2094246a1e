// A library of an older format is upgraded on a worker thread behind a progress dialog, so the
// window keeps painting however long the upgrade takes; a failed upgrade leaves the file at its
// format with every row, and the window keeps the library it had.
#include "import/importer.h"
#include "headlines/headlinemodel.h"
#include "mainwindow/librarycontroller.h"
#include "mainwindow/libraryupgrade.h"
#include "mainwindow/mainwindow.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/schemamigrator.h"
#include "workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace glossa;

namespace {

QVariant scalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("upgrade-check");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A library at \a version (5 or less: one row per ticker headline) with \a pages articles of one
// dump, each page with \a headlinesPerPage headlines, written as that version's writer did.
bool writeOldLibrary(const QString &path, int version, int pages, int headlinesPerPage, QString *error)
{
    Library library;
    if (!library.openAtVersion(path, version, error))
        return false;
    QSqlDatabase db = library.database();
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &values = {}) {
        if (!q.prepare(sql)) {
            *error = q.lastError().text();
            return false;
        }
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    };
    if (!db.transaction()
        || !run("INSERT INTO dumps (id, file_name, sha256, encoding, byte_size, imported_at, raw)"
                " VALUES (1, 'dump.txt', 'sha', 'UTF-8', 1, '2025-01-01T00:00:00.000Z', x'00')"))
        return false;
    for (int page = 0; page < pages; ++page) {
        const int id = page + 1;
        if (!run("INSERT INTO articles (id, dump_id, page, content_hash, title, published, imported_at)"
                 " VALUES (?, 1, ?, ?, ?, ?, '2025-01-01T00:00:00.000Z')",
                 {id, page, QStringLiteral("hash%1").arg(id), QStringLiteral("Article %1").arg(id),
                  QStringLiteral("2025-01-%1").arg(1 + page % 28, 2, 10, QLatin1Char('0'))})
            || !run("INSERT INTO article_texts (article_id, body) VALUES (?, ?)",
                    {id, QStringLiteral("Le ministère a démenti l'article %1.").arg(id)}))
            return false;
        for (int position = 0; position < headlinesPerPage; ++position) {
            if (!run("INSERT INTO headlines (dump_id, page, position, text) VALUES (1, ?, ?, ?)",
                     {page, position, QStringLiteral("Titre %1 du bandeau, page %2").arg(position).arg(page)}))
                return false;
        }
    }
    return db.commit();
}

// Counts the event loop's turns and whether the upgrade dialog was seen, while it runs.
class UiWatch : public QObject
{
public:
    UiWatch()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            ++ticks;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QProgressDialog *>(widget);
                if (dialog && dialog->objectName() == QLatin1String("libraryUpgradeProgress") && dialog->isVisible()) {
                    dialogSeen = true;
                    dialogText = dialog->labelText();
                    // GLOSSA_SHOTS=DIR: a picture of the dialog, to look at its layout.
                    const QString folder = qEnvironmentVariable("GLOSSA_SHOTS");
                    if (!folder.isEmpty() && !m_shot)
                        m_shot = dialog->grab().save(folder + QStringLiteral("/library-upgrade.png"));
                }
            }
        });
        m_timer.start();
    }

    int ticks = 0;
    bool dialogSeen = false;
    QString dialogText;

private:
    QTimer m_timer;
    bool m_shot = false;
};

} // namespace

class TestLibraryUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradesOnAWorker_data();
    void upgradesOnAWorker();
    void nothingToUpgrade_data();
    void nothingToUpgrade();
    void failedUpgradeKeepsTheFile();
    void windowOpensAnOldLibrary();
    void windowKeepsItsLibraryWhenTheUpgradeFails();
};

void TestLibraryUpgrade::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_library_upgrade"));
}

void TestLibraryUpgrade::upgradesOnAWorker_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("headlinesPerPage");
    // Long enough (a few hundred ms) that the window must have painted meanwhile.
    QTest::newRow("format 1, every step") << 1 << 2000 << 40;
    QTest::newRow("format 5, tickers to convert") << 5 << 3000 << 40;
    QTest::newRow("format 5, small") << 5 << 10 << 3;
}

void TestLibraryUpgrade::upgradesOnAWorker()
{
    QFETCH(int, version);
    QFETCH(int, pages);
    QFETCH(int, headlinesPerPage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.glossa"));
    QString error;
    QVERIFY2(writeOldLibrary(path, version, pages, headlinesPerPage, &error), qPrintable(error));
    QVERIFY(LibraryUpgrade::isNeeded(path));

    UiWatch watch;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(LibraryUpgrade::runIfNeeded(path, nullptr, &error, 0), qPrintable(error));
    const qint64 elapsed = timer.elapsed();
    qInfo("format %d, %d headlines: upgraded in %lld ms, the event loop turned %d times", version,
          pages * headlinesPerPage, elapsed, watch.ticks);
    if (elapsed >= 100) {
        // Done on the UI thread, the upgrade would have let no timer fire before it returned.
        QVERIFY(watch.ticks >= 5);
        QVERIFY(watch.dialogSeen);
        QVERIFY(watch.dialogText.contains(QLatin1String("old.glossa")));
    }
    for (QWidget *widget : QApplication::topLevelWidgets())
        QVERIFY(!(widget->objectName() == QLatin1String("libraryUpgradeProgress") && widget->isVisible()));

    QCOMPARE(Library::fileSchemaVersion(path), SchemaMigrator::latestVersion());
    QVERIFY(!LibraryUpgrade::isNeeded(path));
    QCOMPARE(scalar(path, "SELECT count(*) FROM articles").toInt(), pages);
    QCOMPARE(scalar(path, "SELECT sum(json_array_length(texts)) FROM page_headlines").toInt(), pages * headlinesPerPage);
    QCOMPARE(scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'articles_by_title'").toInt(), 0);
    Library library;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    const std::optional<Article> last = ArticleStore(library.database()).article(pages);
    QVERIFY(last);
    QCOMPARE(last->headlines.size(), headlinesPerPage);
    QCOMPARE(last->headlines.constLast(),
             QStringLiteral("Titre %1 du bandeau, page %2").arg(headlinesPerPage - 1).arg(pages - 1));
}

void TestLibraryUpgrade::nothingToUpgrade_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("no such file") << "missing";
    QTest::newRow("empty file") << "empty";
    QTest::newRow("current format") << "current";
    QTest::newRow("newer format") << "newer";
    QTest::newRow("not a library") << "text";
}

void TestLibraryUpgrade::nothingToUpgrade()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.glossa"));
    if (kind == QLatin1String("empty") || kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            file.write("Ceci n'est pas une bibliothèque.\n");
    } else if (kind != QLatin1String("missing")) {
        Library library;
        QVERIFY(library.open(path));
        if (kind == QLatin1String("newer")) {
            QSqlQuery query(library.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrator::latestVersion() + 1)));
        }
    }
    const QFileInfo before(path);
    const QByteArray bytesBefore = before.exists() ? [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }() : QByteArray();

    QVERIFY(!LibraryUpgrade::isNeeded(path));
    UiWatch watch;
    QString error;
    QVERIFY(LibraryUpgrade::runIfNeeded(path, nullptr, &error, 0));
    QVERIFY(error.isEmpty());
    QVERIFY(!watch.dialogSeen);
    // Nothing created, nothing written: opening reports whatever is wrong with the file.
    QCOMPARE(QFileInfo::exists(path), before.exists());
    if (before.exists()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytesBefore);
    }
}

void TestLibraryUpgrade::failedUpgradeKeepsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.glossa"));
    QString error;
    QVERIFY2(writeOldLibrary(path, 5, 20, 4, &error), qPrintable(error));
    {
        // A table in the way of format 6's: its migration fails at its first statement.
        Library library;
        QVERIFY(library.openAtVersion(path, 5));
        QSqlQuery query(library.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE page_headlines (x)")));
    }
    QVERIFY(LibraryUpgrade::isNeeded(path));
    error.clear();
    QVERIFY(!LibraryUpgrade::runIfNeeded(path, nullptr, &error, 0));
    QVERIFY2(error.contains(QLatin1String("page_headlines")), qPrintable(error));
    QCOMPARE(Library::fileSchemaVersion(path), 5);
    QCOMPARE(scalar(path, "SELECT count(*) FROM headlines").toInt(), 80);
    QCOMPARE(scalar(path, "SELECT count(*) FROM articles").toInt(), 20);
}

void TestLibraryUpgrade::windowOpensAnOldLibrary()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.openLibrary(dir.filePath(QStringLiteral("current.glossa")), &error), qPrintable(error));
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString old = dir.filePath(QStringLiteral("old.glossa"));
    QVERIFY2(writeOldLibrary(old, 5, 150, 20, &error), qPrintable(error));
    QVERIFY(window.libraryController()->open(old, &error));
    QCOMPARE(workspace.libraryPath(), old);
    QCOMPARE(Library::fileSchemaVersion(old), SchemaMigrator::latestVersion());
    QTRY_COMPARE(window.headlineModel()->totalCount(), 150);
    QVERIFY(window.headlineModel()->rowCount() > 0);
    const std::optional<Article> article = workspace.articles().article(7);
    QVERIFY(article);
    QCOMPARE(article->headlines.size(), 20);
    QCOMPARE(article->headlines.constFirst(), QStringLiteral("Titre 0 du bandeau, page 6"));
}

void TestLibraryUpgrade::windowKeepsItsLibraryWhenTheUpgradeFails()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    const QString current = dir.filePath(QStringLiteral("current.glossa"));
    QVERIFY2(workspace.openLibrary(current, &error), qPrintable(error));
    Importer importer(workspace.library());
    QCOMPARE(importer.importPaths({QStringLiteral(GLOSSA_TEST_DATA "/app/fr_defense.txt")}, false).added(), 1);
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString blocked = dir.filePath(QStringLiteral("blocked.glossa"));
    QVERIFY2(writeOldLibrary(blocked, 5, 5, 2, &error), qPrintable(error));
    {
        Library library;
        QVERIFY(library.openAtVersion(blocked, 5));
        QSqlQuery query(library.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE page_headlines (x)")));
    }
    error.clear();
    QVERIFY(!window.libraryController()->open(blocked, &error));
    QVERIFY(error.contains(QLatin1String("page_headlines")));
    QCOMPARE(workspace.libraryPath(), current);
    QCOMPARE(Library::fileSchemaVersion(blocked), 5);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("libraryRefusedMessage"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QLatin1String("page_headlines")));
    box->close();
}

QTEST_MAIN(TestLibraryUpgrade)
#include "tst_library_upgrade.moc"
