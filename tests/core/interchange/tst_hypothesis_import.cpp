// Annotations made in Hypothesis come into a library of either backend: the fixture
// (tests/data/interchange/hypothesis-annotations.jsonld, written from the shape of Hypothesis's
// JSON-LD) lands on the articles whose URLs match its targets (normalised, or by the target's
// canonical), as an AnnotationCollection, an AnnotationPage or a bare array; a second import adds
// nothing; the export that follows has a TextQuoteSelector that matches the library's text.
#include "../storage/testlibrary.h"

#include "backendtest.h"
#include "interchange/w3cannotationexporter.h"
#include "interchange/w3cannotationimporter.h"
#include "model/articlecontext.h"
#include "model/codepoints.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/exportsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

namespace {

QByteArray fixture()
{
    QFile file(QStringLiteral(GLOSSA_TEST_DATA "/interchange/hypothesis-annotations.jsonld"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The fixture's annotations in the shape asked: the collection itself, its page alone, or a bare
// array of its items.
QByteArray shaped(const QString &shape)
{
    const QJsonObject collection = QJsonDocument::fromJson(fixture()).object();
    QJsonObject page = collection.value("first").toObject();
    if (shape == "collection")
        return fixture();
    if (shape == "page") {
        page.insert("@context", "http://www.w3.org/ns/anno.jsonld");
        return QJsonDocument(page).toJson();
    }
    return QJsonDocument(page.value("items").toArray()).toJson();
}

} // namespace

class TestHypothesisImport : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestHypothesisImport(Backend backend) : BackendTest(backend) {}

private slots:
    void init();
    void cleanup();
    void importsOntoTheMatchingArticlesOnce_data();
    void importsOntoTheMatchingArticlesOnce();
    void reExportMatchesTheLibrarysText();
    void aChangeMadeInHypothesisUpdatesTheSameAnnotation();

private:
    Library *m_library = nullptr;
    qint64 m_french = 0;
    qint64 m_arabic = 0;
};

void TestHypothesisImport::init()
{
    m_library = new Library;
    QString why;
    if (!open(*m_library, &why))
        QSKIP(qPrintable(why));
    ParsedPage french = makePage(QStringLiteral("Budget 2025 : les chiffres du ministère"), QStringLiteral("Le Matin"),
                                 QDate(2025, 2, 12),
                                 {QStringLiteral("Le gouvernement présente son budget."),
                                  QStringLiteral("Le ministère a engagé 480 millions de dirhams dans le programme, selon son porte-parole.")});
    french.url = QStringLiteral("https://www.lematin.example/politique/budget-2025.html");
    ParsedPage arabic = makePage(QStringLiteral("البطالة في ارتفاع"), QStringLiteral("اليوم"), QDate(2025, 2, 14),
                                 {QStringLiteral("📈 ارتفعت البطالة بنسبة 30 في المائة خلال السنة الماضية.")});
    arabic.language = QStringLiteral("ar");
    arabic.url = QStringLiteral("https://alyaoum.example/ar/news/55");
    // A third page elsewhere, with the same quote: the address decides, not the text.
    ParsedPage other = makePage(QStringLiteral("Autre"), QStringLiteral("Autre"), QDate(2025, 2, 10),
                                {QStringLiteral("On cite 480 millions de dirhams ici aussi.")});
    other.url = QStringLiteral("https://autre.example/480");
    const WriteResult written = ArticleWriter(m_library->database()).write("h.txt", "h", makeDocument({other, french, arabic}));
    QVERIFY2(written.ok(), qPrintable(written.error));
    m_french = written.articleIds.at(1);
    m_arabic = written.articleIds.at(2);
}

void TestHypothesisImport::cleanup()
{
    delete m_library;
    m_library = nullptr;
}

void TestHypothesisImport::importsOntoTheMatchingArticlesOnce_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("AnnotationCollection") << "collection";
    QTest::newRow("AnnotationPage") << "page";
    QTest::newRow("bare array") << "array";
}

void TestHypothesisImport::importsOntoTheMatchingArticlesOnce()
{
    QFETCH(QString, shape);
    const QByteArray json = shaped(shape);
    QVERIFY(!json.isEmpty());
    const AnnotationImportReport report = W3cAnnotationImporter(m_library->database()).importJson(json);
    QVERIFY2(report.fileError.isEmpty(), qPrintable(report.fileError + report.refusals.join('\n')));
    QCOMPARE(report.read, 3);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.orphaned, 0);
    QCOMPARE(report.missingArticle, 0);
    QCOMPARE(report.skipped, 1); // the page note: no passage to anchor
    QVERIFY(report.refusals.join('\n').contains("Zc9nR3aBEe-ef56GHijKl"));

    const AnnotationStore annotations(m_library->database());
    const QList<Annotation> french = annotations.annotationsForArticle(m_french);
    const QList<Annotation> arabic = annotations.annotationsForArticle(m_arabic);
    QCOMPARE(french.size(), 1);
    QCOMPARE(arabic.size(), 1);
    const QString frenchText = ArticleStore(m_library->database()).article(m_french)->text;
    const Annotation &budget = french.first();
    QCOMPARE(budget.anchor.exact, QStringLiteral("480 millions de dirhams"));
    QCOMPARE(frenchText.mid(budget.anchor.start, budget.anchor.end - budget.anchor.start), budget.anchor.exact);
    // Hypothesis's prefix came from its page ("Partager sur Facebook…"); the library's text has its own.
    QVERIFY(frenchText.mid(0, budget.anchor.start).endsWith(budget.anchor.prefix));
    QVERIFY(!budget.anchor.prefix.contains("Facebook"));
    QVERIFY(frenchText.mid(budget.anchor.end).startsWith(budget.anchor.suffix));
    QCOMPARE(budget.foreignId, QStringLiteral("https://hypothes.is/a/Xq3kZ1aBEe-ab12CDefGh"));
    QCOMPARE(budget.noteFormat, QString(Annotation::kMarkdown));
    QVERIFY(budget.note.startsWith("Chiffre à vérifier : **quelle source ?**"));
    QCOMPARE(budget.tags, QStringList{"budget"});
    QCOMPARE(budget.modified, QDateTime(QDate(2025, 2, 13), QTime(9, 15, 2, 118), Qt::UTC));
    if (backend() == Backend::Sqlite) {
        // The acct: URI is the person: an analyst of their own, the same in every import.
        QCOMPARE(budget.analyst.name, QStringLiteral("amina_desk@hypothes.is"));
        QCOMPARE(budget.analyst.uuid, Analyst::named("acct:amina_desk@hypothes.is").uuid);
        QCOMPARE(arabic.first().analyst.name, QStringLiteral("Rim Haddad"));
        QCOMPARE(arabic.first().analyst.uuid, Analyst::named("acct:rim.h@hypothes.is").uuid);
    } else {
        // A team library's server makes what its analyst imports theirs, and the report says so.
        QCOMPARE(report.notCarried.size(), 1);
        QCOMPARE(budget.analyst.uuid, AnalystStore(m_library->database()).acting()->uuid);
    }
    QCOMPARE(arabic.first().anchor.exact, QStringLiteral("30 في المائة"));
    QCOMPARE(arabic.first().foreignId, QStringLiteral("https://hypothes.is/a/Yb7mQ2aBEe-cd34EFghIj"));

    // Again, in any shape: the same annotations, known by their Hypothesis ids.
    for (const QString &again : {shape, QStringLiteral("array")}) {
        const AnnotationImportReport second = W3cAnnotationImporter(m_library->database()).importJson(shaped(again));
        QVERIFY2(second.fileError.isEmpty(), qPrintable(second.fileError));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates + second.outdated, 2);
        QCOMPARE(second.updated + second.conflicts, 0);
        QCOMPARE(annotations.annotationsForArticle(m_french).size(), 1);
        QCOMPARE(annotations.annotationsForArticle(m_arabic).size(), 1);
    }
}

void TestHypothesisImport::reExportMatchesTheLibrarysText()
{
    QVERIFY(W3cAnnotationImporter(m_library->database()).importJson(fixture()).imported == 2);
    QList<ExportedArticle> articles;
    ExportScope scope;
    scope.layer = ExportScope::Layer::All;
    QVERIFY(ExportSource(m_library->database()).load(scope, &articles));
    const QJsonObject collection = W3cAnnotationExporter().collection(articles);
    const QJsonArray items = collection.value("first").toObject().value("items").toArray();
    QCOMPARE(items.size(), 2);
    QHash<QString, QString> textOf;
    for (const ExportedArticle &exported : std::as_const(articles))
        textOf.insert(ArticleContext::articleIri(exported.article), exported.article.text);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        // Each annotation stands alone.
        QCOMPARE(item.value("@context").toArray().first().toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QVERIFY(item.value("via").toString().startsWith("https://hypothes.is/a/"));
        const QJsonObject target = item.value("target").toObject();
        const QString text = textOf.value(target.value("source").toString());
        QVERIFY(!text.isEmpty());
        QJsonObject quote, position;
        for (const QJsonValue &selector : target.value("selector").toArray()) {
            if (selector.toObject().value("type") == "TextQuoteSelector")
                quote = selector.toObject();
            else if (selector.toObject().value("type") == "TextPositionSelector")
                position = selector.toObject();
        }
        const QString exact = quote.value("exact").toString();
        const QString prefix = quote.value("prefix").toString();
        const QString suffix = quote.value("suffix").toString();
        // The quote with its context is exactly where the positions (code points) say.
        const int start = CodePoints::toUtf16(text, position.value("start").toInt());
        const int end = CodePoints::toUtf16(text, position.value("end").toInt());
        QCOMPARE(text.mid(start, end - start), exact);
        QCOMPARE(text.mid(start - prefix.size(), prefix.size()), prefix);
        QCOMPARE(text.mid(end, suffix.size()), suffix);
        QVERIFY(prefix.size() > 0 && suffix.size() > 0);
        const QJsonObject note = item.value("body").toArray().first().toObject();
        QCOMPARE(note.value("format").toString(), QStringLiteral("text/markdown"));
        if (exact.startsWith("30")) {
            QCOMPARE(note.value("language").toString(), QStringLiteral("ar"));
            QCOMPARE(note.value("textDirection").toString(), QStringLiteral("rtl"));
        } else {
            QVERIFY(!note.contains("textDirection"));
        }
    }
}

// The annotation edited in Hypothesis since (a new note, a later modified time): the same
// annotation, known by its Hypothesis id, takes the new note; no second one appears.
void TestHypothesisImport::aChangeMadeInHypothesisUpdatesTheSameAnnotation()
{
    QCOMPARE(W3cAnnotationImporter(m_library->database()).importJson(fixture()).imported, 2);
    QJsonArray items = QJsonDocument::fromJson(shaped("array")).array();
    QJsonObject edited = items.at(0).toObject();
    QJsonArray bodies = edited.value("body").toArray();
    QJsonObject note = bodies.at(0).toObject();
    note.insert("value", "Chiffre confirmé par le rapport.");
    bodies.replace(0, note);
    edited.insert("body", bodies);
    edited.insert("modified", "2025-02-20T08:00:00.000000+00:00");
    items.replace(0, edited);
    const AnnotationImportReport report = W3cAnnotationImporter(m_library->database()).importJson(QJsonDocument(items).toJson());
    QVERIFY2(report.fileError.isEmpty(), qPrintable(report.fileError));
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.updated, 1);
    const QList<Annotation> french = AnnotationStore(m_library->database()).annotationsForArticle(m_french);
    QCOMPARE(french.size(), 1);
    QCOMPARE(french.first().note, QStringLiteral("Chiffre confirmé par le rapport."));
    QCOMPARE(french.first().foreignId, QStringLiteral("https://hypothes.is/a/Xq3kZ1aBEe-ab12CDefGh"));
}

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestHypothesisImport)
#include "tst_hypothesis_import.moc"
