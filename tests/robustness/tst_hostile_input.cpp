// Hostile input: files that are not what their name says, too big, broken in the middle,
// unreadable or not files at all, huge folders, HTML with active content and broken annotation
// JSON. Each is refused with a clear one-line reason (or read safely) and a refusal leaves the
// library exactly as it was (a fingerprint of every table's rows before and after).
#include "robustnesssupport.h"

#include "import/importer.h"
#include "interchange/w3cannotationimporter.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

#include <sys/resource.h>

using namespace glossa;
using namespace glossa::robustness;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(GLOSSA_TEST_DATA "/cli/") + name;
}

// Peak resident memory of this process so far, in MB.
qint64 peakMemoryMb()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

const QByteArray kValidDump = QByteArray(
    "Le port de Tanger bat un record de trafic\n"
    "Publié dans Le Veilleur le 12 - 02 - 2024\n"
    "\n"
    "Le port a traité plus de conteneurs que jamais cette année, selon l'autorité portuaire.\n"
    "Les syndicats demandent des embauches pour suivre la cadence des navires.\n"
    "\n"
    "Cliquez ici pour lire l'article depuis sa source.\n");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusedFiles_data();
    void refusedFiles();
    void acceptedOddFiles_data();
    void acceptedOddFiles();
    void hugeFileRefusedBeforeReading();
    void longSingleLine();
    void tenThousandFilesInOneFolder();
    void activeHtmlIsOnlyText();
    void brokenAnnotationJson_data();
    void brokenAnnotationJson();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray fingerprint() const { return RawConnection(m_db).fingerprint(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestHostileInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("library.glossa"));
    Library library;
    QVERIFY(library.open(m_db));
    QCOMPARE(Importer(library).importFile(fixture(QStringLiteral("pont-sebou.txt"))).added, 1);
}

void TestHostileInput::refusedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("png renamed .txt") << "png" << "binary file";
    QTest::newRow("executable renamed .txt") << "elf" << "binary file";
    QTest::newRow("zero bytes") << "empty" << "empty file";
    QTest::newRow("only whitespace") << "whitespace" << "";
    QTest::newRow("NUL bytes in a valid dump") << "nul" << "NUL";
    QTest::newRow("a folder named as a file") << "folder" << "is a folder";
    QTest::newRow("dangling link") << "dangling" << "dangling link";
    QTest::newRow("missing path") << "missing" << "no such file";
    QTest::newRow("unreadable (chmod 000)") << "unreadable" << "cannot be read";
    QTest::newRow("json lines with a bad line") << "badjsonl" << "line 2";
}

void TestHostileInput::refusedFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QString file = path(QStringLiteral("hostile.txt"));
    if (kind == QLatin1String("png")) {
        QFile png(fixture(QStringLiteral("photo.txt")));
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(file, png.readAll()));
    } else if (kind == QLatin1String("elf")) {
        QFile self(QCoreApplication::applicationFilePath());
        QVERIFY(self.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(file, self.read(256 * 1024)));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(file, QByteArray()));
    } else if (kind == QLatin1String("whitespace")) {
        QVERIFY(writeFile(file, " \n\t\r\n   \n"));
    } else if (kind == QLatin1String("nul")) {
        QByteArray bytes = kValidDump;
        bytes.insert(bytes.size() / 2, QByteArray("\0\0\0", 3));
        QVERIFY(writeFile(file, bytes));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("dangling")) {
        QVERIFY(QFile::link(path(QStringLiteral("gone.txt")), file));
    } else if (kind == QLatin1String("missing")) {
        file = path(QStringLiteral("missing.txt"));
    } else if (kind == QLatin1String("unreadable")) {
        QVERIFY(writeFile(file, kValidDump));
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        QFile probe(file);
        if (probe.open(QIODevice::ReadOnly)) {
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QSKIP("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop reads here");
        }
    } else if (kind == QLatin1String("badjsonl")) {
        file = path(QStringLiteral("hostile.jsonl"));
        QVERIFY(writeFile(file, "{\"title\": \"Un\", \"text\": \"Premier article.\"}\n{\"title\": 5, \"text\": [1]}\n"));
    }

    const QByteArray before = fingerprint();
    {
        Library library;
        QVERIFY(library.open(m_db));
        const FileImportResult result = Importer(library).importFile(file);
        QCOMPARE(result.status, FileImportResult::Status::Refused);
        QVERIFY2(!result.reason.isEmpty() && !result.reason.contains(QLatin1Char('\n')), qPrintable(result.reason));
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    }
    QCOMPARE(fingerprint(), before);

    // The command line names the file and the reason, exits 1 and changes nothing either (a
    // folder given to the command line is imported as a folder: this one holds nothing).
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), file});
    if (kind == QLatin1String("folder")) {
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("0 article(s) added")), qPrintable(run.err));
    } else {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("refused: ") + file + QStringLiteral(": ")), qPrintable(run.err));
    }
    QCOMPARE(fingerprint(), before);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestHostileInput::acceptedOddFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    // A real article's worth of accented text with two damaged sequences in the middle: read as
    // UTF-8 with U+FFFD there (TextDecoder's 90% rule), not as windows-1252 mojibake.
    QByteArray invalidUtf8 = kValidDump;
    QByteArray paragraphs;
    for (int i = 0; i < 12; ++i)
        paragraphs += "Le débat sur la sécurité régionale a été relancé, précise l'élu, pour la " + QByteArray::number(i) + "e fois.\n";
    invalidUtf8.insert(kValidDump.indexOf("\nCliquez"), paragraphs);
    invalidUtf8.insert(kValidDump.indexOf("cette"), "\xc3\x28\xff ");
    QTest::newRow("invalid UTF-8 in the middle") << invalidUtf8 << "selon l'autorité portuaire";
    QByteArray mixed = kValidDump;
    mixed.replace("\n", "\r\n");
    mixed.replace(mixed.indexOf("\r\n"), 2, "\r");
    mixed.replace(mixed.lastIndexOf("\r\n"), 2, "\n");
    QTest::newRow("mixed line endings") << mixed << "Les syndicats demandent";
    QTest::newRow("title alone") << QByteArray("Une ligne seule, sans rien d'autre\n") << "";
}

void TestHostileInput::acceptedOddFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    const QString file = path(QStringLiteral("odd.txt"));
    QVERIFY(writeFile(file, bytes));
    Library library;
    QVERIFY(library.open(m_db));
    Importer importer(library);
    const FileImportResult result = importer.importFile(file);
    QVERIFY2(result.status == FileImportResult::Status::Imported, qPrintable(result.reason));
    const std::optional<Article> article = ArticleStore(library.database()).article(result.articleIds.value(0));
    QVERIFY(article);
    QVERIFY2(article->text.contains(expectedText), qPrintable(article->text));
    QVERIFY(!article->text.contains(QLatin1Char('\r')));
    QVERIFY(!article->title.contains(QLatin1Char('\r')));
    // The same bytes again add nothing.
    QCOMPARE(importer.importFile(file).status, FileImportResult::Status::Duplicate);
}

void TestHostileInput::hugeFileRefusedBeforeReading()
{
    // 200 MB, sparse: no disk space and no time to write, but a real size.
    const QString file = path(QStringLiteral("huge.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.resize(200LL * 1024 * 1024));
    }
    const QByteArray before = fingerprint();
    const qint64 memoryBefore = peakMemoryMb();
    QElapsedTimer timer;
    timer.start();
    {
        Library library;
        QVERIFY(library.open(m_db));
        const FileImportResult result = Importer(library).importFile(file);
        QCOMPARE(result.status, FileImportResult::Status::Refused);
        QCOMPARE(result.reason, QStringLiteral("file too large (200 MB; the limit is 64 MB)"));
    }
    QVERIFY2(timer.elapsed() < 2000, "the size check must come before reading");
    QVERIFY2(peakMemoryMb() - memoryBefore < 32, qPrintable(QStringLiteral("peak memory grew by %1 MB").arg(peakMemoryMb() - memoryBefore)));
    QCOMPARE(fingerprint(), before);
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("file too large")), qPrintable(run.err));
}

void TestHostileInput::longSingleLine()
{
    // One line of words just under Importer::kMaxFileSize... scaled by GLOSSA_LONG_LINE_MB (50 by
    // default): read, parsed and stored (or refused) in bounded time and memory.
    const int megabytes = qEnvironmentVariableIntValue("GLOSSA_LONG_LINE_MB") > 0
        ? qEnvironmentVariableIntValue("GLOSSA_LONG_LINE_MB") : 50;
    const QString file = path(QStringLiteral("line.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray chunk = QByteArray("gouvernement réforme défense élections ").repeated(1024 * 16);
        for (qint64 written = 0; written < qint64(megabytes) * 1024 * 1024; written += chunk.size())
            QCOMPARE(out.write(chunk), qint64(chunk.size()));
    }
    const QString before = QString::fromLatin1(fingerprint());
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), file});
    const qint64 elapsed = timer.elapsed();
    qInfo("a %d MB single line: exit %d in %lld ms: %s", megabytes, run.exitCode, elapsed, qPrintable(run.err.trimmed().left(300)));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, "glossa-cli crashed or hung on a long line");
    QVERIFY2(!run.err.contains(QStringLiteral("constraint")), qPrintable(run.err.left(300)));
    if (run.exitCode == 1) {
        QVERIFY2(run.err.contains(QStringLiteral("refused: ") + file), qPrintable(run.err.left(300)));
        QCOMPARE(QString::fromLatin1(fingerprint()), before);
    }
    QVERIFY2(elapsed < 60000, "a long line took over a minute");
}

void TestHostileInput::tenThousandFilesInOneFolder()
{
    const QString folder = path(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    // 500 in the sanitized build, where 10,000 instrumented imports outlast QtTest's watchdog
    // (and 2,000 took over five minutes on a loaded 2-core CI machine); the normal build tries
    // the full 10,000.
    constexpr int kCount = kSanitizedBuild ? 500 : 10000;
    for (int i = 0; i < kCount; ++i)
        QVERIFY(writeFile(folder + QStringLiteral("/note-%1.txt").arg(i, 5, 10, QLatin1Char('0')),
                          QStringLiteral("Note %1\nUne ligne de texte pour la note %1.\n").arg(i).toUtf8()));
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("--quiet"), folder},
                              kSanitizedBuild ? 600000 : 300000);
    qInfo("%d files imported in %lld ms", kCount, timer.elapsed());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(500)));
    QVERIFY2(run.err.contains(QStringLiteral("%1 article(s) added").arg(kCount)), qPrintable(run.err.right(500)));
    RawConnection raw(m_db);
    QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM articles")), qint64(kCount + 1));
    QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM dumps")), qint64(kCount + 1));
}

void TestHostileInput::activeHtmlIsOnlyText()
{
    const QString file = path(QStringLiteral("active.html"));
    QVERIFY(writeFile(file, QByteArray(
        "<!doctype html><html><head><title>Page piégée</title>"
        "<script>fetch('http://attacker.example/x'); document.write('SCRIPTED')</script>"
        "<style>body { background: url(http://attacker.example/bg.png) }</style>"
        "<meta http-equiv=\"refresh\" content=\"0; url=http://attacker.example/\"></head>"
        "<body onload=\"alert('ONLOAD')\"><h1>Page piégée</h1>"
        "<iframe src=\"http://attacker.example/frame\">IFRAMED</iframe>"
        "<p>Premier paragraphe lisible <img src=\"http://attacker.example/pixel.gif\" onerror=\"alert(1)\"> du texte.</p>"
        "<object data=\"http://attacker.example/x.swf\">OBJECTED</object>"
        "<p>Second paragraphe <a href=\"javascript:alert(2)\">avec un lien</a>.</p>"
        "<noscript>NOSCRIPT</noscript><svg><script>alert(3)</script></svg></body></html>")));
    Library library;
    QVERIFY(library.open(m_db));
    const FileImportResult result = Importer(library).importFile(file);
    QVERIFY2(result.status == FileImportResult::Status::Imported, qPrintable(result.reason));
    const std::optional<Article> article = ArticleStore(library.database()).article(result.articleIds.value(0));
    QVERIFY(article);
    QVERIFY(article->text.contains(QStringLiteral("Premier paragraphe lisible")));
    QVERIFY(article->text.contains(QStringLiteral("avec un lien")));
    for (const char *active : {"SCRIPTED", "fetch(", "attacker.example", "alert", "IFRAMED", "OBJECTED", "<"})
        QVERIFY2(!article->text.contains(QLatin1String(active)) && !article->title.contains(QLatin1String(active)),
                 qPrintable(QStringLiteral("'%1' reached the article: %2").arg(QLatin1String(active), article->text)));
}

void TestHostileInput::brokenAnnotationJson_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<bool>("refused");
    QTest::newRow("not JSON") << "garbage" << true;
    QTest::newRow("an array, not an object") << "array" << true;
    QTest::newRow("target missing") << "no-target" << true;
    QTest::newRow("selector list is a string") << "selector-string" << true;
    QTest::newRow("start is a string") << "start-string" << true;
    QTest::newRow("exact is a number") << "exact-number" << true;
    QTest::newRow("position far outside the text") << "outside" << false;
    QTest::newRow("negative, reversed position") << "negative" << true;
    QTest::newRow("quote not in the text, position outside") << "orphan-outside" << false;
}

void TestHostileInput::brokenAnnotationJson()
{
    QFETCH(QString, mutation);
    QFETCH(bool, refused);
    // A real export of one annotation, then the annotation removed: importing the export back
    // would restore it; the mutations below break it in one way each.
    const CliRun annotated = runCli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("1"),
                                     QStringLiteral("--quote"), QStringLiteral("480 millions de dirhams"),
                                     QStringLiteral("--claim"), QStringLiteral("statistic")});
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
    const CliRun exported = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    Library library;
    QVERIFY(library.open(m_db));
    QVERIFY(AnnotationStore(library.database()).remove(annotated.out.trimmed().toLongLong()));

    QJsonObject collection = QJsonDocument::fromJson(exported.out).object();
    QVERIFY(collection.contains(QStringLiteral("first")));
    QJsonObject page = collection.value(QStringLiteral("first")).toObject();
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QCOMPARE(int(items.size()), 1);
    QJsonObject item = items.at(0).toObject();
    QJsonObject target = item.value(QStringLiteral("target")).toObject();
    QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
    auto editSelector = [&](const QString &type, const std::function<void(QJsonObject &)> &edit) {
        for (int i = 0; i < selectors.size(); ++i) {
            QJsonObject selector = selectors.at(i).toObject();
            if (selector.value(QStringLiteral("type")).toString() == type) {
                edit(selector);
                selectors[i] = selector;
            }
        }
    };
    QByteArray json;
    if (mutation == QLatin1String("garbage")) {
        json = "{\"@context\": [\"http://www.w3.org/ns/anno.jsonld\"], \"first\": {\"items\": [ \x01\xff";
    } else if (mutation == QLatin1String("array")) {
        json = "[1, 2, 3]";
    } else {
        if (mutation == QLatin1String("no-target")) {
            item.remove(QStringLiteral("target"));
        } else if (mutation == QLatin1String("selector-string")) {
            target.insert(QStringLiteral("selector"), QStringLiteral("TextQuoteSelector"));
        } else if (mutation == QLatin1String("start-string")) {
            editSelector(QStringLiteral("TextPositionSelector"), [](QJsonObject &s) { s.insert(QStringLiteral("start"), QStringLiteral("ten")); });
        } else if (mutation == QLatin1String("exact-number")) {
            editSelector(QStringLiteral("TextQuoteSelector"), [](QJsonObject &s) { s.insert(QStringLiteral("exact"), 42); });
        } else if (mutation == QLatin1String("outside")) {
            editSelector(QStringLiteral("TextPositionSelector"), [](QJsonObject &s) {
                s.insert(QStringLiteral("start"), 1000000);
                s.insert(QStringLiteral("end"), 1000023);
            });
        } else if (mutation == QLatin1String("negative")) {
            editSelector(QStringLiteral("TextPositionSelector"), [](QJsonObject &s) {
                s.insert(QStringLiteral("start"), -5);
                s.insert(QStringLiteral("end"), -30);
            });
        } else if (mutation == QLatin1String("orphan-outside")) {
            editSelector(QStringLiteral("TextPositionSelector"), [](QJsonObject &s) {
                s.insert(QStringLiteral("start"), 5000);
                s.insert(QStringLiteral("end"), 5010);
            });
            editSelector(QStringLiteral("TextQuoteSelector"), [](QJsonObject &s) { s.insert(QStringLiteral("exact"), QStringLiteral("zzzz introuvable qqqq")); });
        }
        if (mutation != QLatin1String("selector-string") && mutation != QLatin1String("no-target"))
            target.insert(QStringLiteral("selector"), selectors);
        if (mutation != QLatin1String("no-target"))
            item.insert(QStringLiteral("target"), target);
        items[0] = item;
        page.insert(QStringLiteral("items"), items);
        collection.insert(QStringLiteral("first"), page);
        json = QJsonDocument(collection).toJson();
    }

    const QByteArray before = fingerprint();
    const AnnotationImportReport report = W3cAnnotationImporter(library.database()).importJson(json);
    if (refused) {
        QVERIFY2(!report.fileError.isEmpty(), "a broken file was not refused");
        QVERIFY(!report.fileError.contains(QLatin1Char('\n')));
        QCOMPARE(report.imported, 0);
        QCOMPARE(fingerprint(), before);
        return;
    }
    QVERIFY2(report.fileError.isEmpty(), qPrintable(report.fileError));
    QCOMPARE(report.imported, 1);
    // Stored in bounds: re-anchored by its quote, or kept as orphaned.
    RawConnection raw(m_db);
    QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM annotations n JOIN article_texts t ON t.article_id = n.article_id "
                                       "WHERE n.orphaned = 0 AND (n.start < 0 OR n.start > n.end OR n.end > length(t.body)"
                                       " OR substr(t.body, n.start + 1, n.end - n.start) != n.exact)")),
             qint64(0));
    if (mutation == QLatin1String("orphan-outside"))
        QCOMPARE(report.orphaned, 1);
    else
        QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM annotations WHERE orphaned = 0")), qint64(1));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
