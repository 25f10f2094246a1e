#include "importfixtures.h"

#include "import/dumpparser.h"
#include "import/layoutprofileset.h"

#include <QElapsedTimer>
#include <QTest>

using namespace glossa;
using namespace glossa::testing;

namespace {

const QString kFrTitle = QStringLiteral("La coopérative de Tamazirt inaugure son nouveau pressoir à huile d'olive");
const QString kEncTitle = QStringLiteral("L’été des oléiculteurs : l’huile à 9 € le litre");
const QString kArTitle = QStringLiteral("تدشين محطة جديدة لتحلية المياه في مدينة الواحة");

ParsedDocument parseFixture(const QString &file)
{
    return DumpParser().parse(decodedImportFixture(file));
}

} // namespace

class TestDumpParser : public QObject
{
    Q_OBJECT

private slots:
    void pages_data();
    void pages();
    void frenchLayoutInDetail();
    void noSiteChromeInText_data();
    void noSiteChromeInText();
    void encodingsGiveSamePage_data();
    void encodingsGiveSamePage();
    void arabicPage();
    void plainText();
    void noArticle_data();
    void noArticle();
    void inlineTexts_data();
    void inlineTexts();
    void customProfileFromData();
    void largeInput();
    void largeSingleLine();
};

void TestDumpParser::pages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("headlines");
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<int>("headings");

    const QString fr = QStringLiteral("fr-publie-dans");
    const QString ar = QStringLiteral("ar-nushira-fi");
    QTest::newRow("fr ticker") << "fr_ticker.txt" << 1 << 0 << kFrTitle << "Le Courrier de Tamazirt"
                               << QDate(2025, 3, 5) << fr << "fr" << 6 << 5 << 2;
    QTest::newRow("fr no ticker") << "fr_no_ticker.txt" << 1 << 0
                                  << "Les bibliothèques itinérantes reprennent la route dans le Haut-Atlas"
                                  << "Radio Atlas Info" << QDate(2024, 9, 18) << fr << "fr" << 0 << 3 << 1;
    QTest::newRow("source with spaces") << "fr_source_spaces.txt" << 1 << 0
                                        << "Le marché couvert rouvre ses portes après six mois de travaux"
                                        << "Le Petit Journal du Soir" << QDate(2024, 11, 3) << fr << "fr" << 0 << 2 << 0;
    QTest::newRow("invalid date") << "fr_invalid_date.txt" << 1 << 0
                                  << "Un concours de poésie pour les lycéens de la région"
                                  << "Le Quotidien des Oasis" << QDate() << fr << "fr" << 0 << 2 << 0;
    QTest::newRow("utf-8 bom") << "fr_utf8_bom.txt" << 1 << 0 << kEncTitle << "Le Courrier de Tamazirt"
                               << QDate(2024, 8, 2) << fr << "fr" << 0 << 3 << 1;
    QTest::newRow("windows-1252") << "fr_windows1252.txt" << 1 << 0 << kEncTitle << "Le Courrier de Tamazirt"
                                  << QDate(2024, 8, 2) << fr << "fr" << 0 << 3 << 1;
    QTest::newRow("arabic") << "ar_page.txt" << 1 << 0 << kArTitle << "جريدة الواحة" << QDate(2025, 1, 14) << ar
                            << "ar" << 5 << 4 << 1;
    QTest::newRow("multi 1") << "multi_page.txt" << 3 << 0 << kFrTitle << "Le Courrier de Tamazirt"
                             << QDate(2025, 3, 5) << fr << "fr" << 6 << 5 << 2;
    QTest::newRow("multi 2") << "multi_page.txt" << 3 << 1
                             << "Une nouvelle ligne de bus relie les villages de la vallée" << "Radio Atlas Info"
                             << QDate(2025, 2, 20) << fr << "fr" << 6 << 2 << 0;
    QTest::newRow("multi 3") << "multi_page.txt" << 3 << 2 << kArTitle << "جريدة الواحة" << QDate(2025, 1, 14) << ar
                             << "ar" << 5 << 4 << 1;
    QTest::newRow("no footer 1") << "multi_page_no_footer.txt" << 2 << 0
                                 << "Le barrage de la vallée atteint son niveau le plus haut depuis dix ans"
                                 << "Le Courrier de Tamazirt" << QDate(2024, 4, 10) << fr << "fr" << 0 << 2 << 0;
    QTest::newRow("no footer 2") << "multi_page_no_footer.txt" << 2 << 1 << "Ouverture d'un centre de santé à Tizi"
                                 << "Radio Atlas Info" << QDate(2024, 4, 11) << fr << "fr" << 0 << 1 << 0;
    QTest::newRow("plain text") << "plain_text.txt" << 1 << 0 << "Notes de terrain sur les marchés hebdomadaires"
                                << "" << QDate() << "generic" << "" << 0 << 3 << 1;
}

void TestDumpParser::pages()
{
    QFETCH(QString, file);
    QFETCH(int, pageCount);
    QFETCH(int, page);
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QDate, published);
    QFETCH(QString, profile);
    QFETCH(QString, language);
    QFETCH(int, headlines);
    QFETCH(int, paragraphs);
    QFETCH(int, headings);

    const ParsedDocument document = parseFixture(file);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QCOMPARE(document.pages.size(), pageCount);
    const ParsedPage &p = document.pages.at(page);
    QCOMPARE(p.title, title);
    QCOMPARE(p.source, source);
    QCOMPARE(p.published, published);
    QCOMPARE(p.profile, profile);
    QCOMPARE(p.language, language);
    QCOMPARE(p.direction, language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    QCOMPARE(p.headlines.size(), headlines);
    QCOMPARE(countBlocks(p, ParsedBlock::Kind::Paragraph), paragraphs);
    QCOMPARE(countBlocks(p, ParsedBlock::Kind::Heading), headings);
    QVERIFY(p.url.isEmpty());
    for (const ParsedBlock &block : p.blocks) {
        QVERIFY(!block.text.isEmpty());
        QCOMPARE(block.text, LayoutProfile::trimLine(block.text));
        QVERIFY(!block.text.contains(u'\n'));
    }
}

void TestDumpParser::frenchLayoutInDetail()
{
    const ParsedDocument document = parseFixture(QStringLiteral("fr_ticker.txt"));
    QVERIFY(document.ok());
    QVERIFY(document.encoding.isEmpty()); // set by DocumentReader, which knows the bytes
    const ParsedPage &page = document.pages.constFirst();
    QCOMPARE(page.headlines.constFirst(), QStringLiteral("Tamazirt : la foire aux dattes attire un public record"));
    QCOMPARE(page.headlines.constLast(),
             QStringLiteral("Économie : le prix du blé dur recule pour le deuxième mois consécutif"));
    using K = ParsedBlock::Kind;
    const QList<K> kinds = {K::Paragraph, K::Paragraph, K::Heading, K::Paragraph, K::Paragraph, K::Heading, K::Paragraph};
    QCOMPARE(page.blocks.size(), kinds.size());
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(page.blocks.at(i).kind, kinds.at(i));
    QCOMPARE(page.blocks.at(2).text, QStringLiteral("Un pressoir attendu depuis dix ans"));
    QCOMPARE(page.blocks.at(5).text, QStringLiteral("Les producteurs, premiers bénéficiaires"));
    QVERIFY(page.blocks.at(0).text.startsWith(QStringLiteral("La coopérative agricole de Tamazirt")));
    QVERIFY(page.blocks.at(6).text.endsWith(QStringLiteral("chambre d'agriculture.")));
}

void TestDumpParser::noSiteChromeInText_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"fr_ticker.txt", "fr_no_ticker.txt", "multi_page.txt", "ar_page.txt", "fr_crlf.txt",
                             "fr_utf16le_bom.txt", "fr_windows1252.txt", "fr_invalid_date.txt"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestDumpParser::noSiteChromeInText()
{
    QFETCH(QString, file);
    const ParsedDocument document = parseFixture(file);
    QVERIFY(document.ok());
    for (const ParsedPage &page : document.pages) {
        const QString text = pageText(page);
        for (const char *chrome : {"Merci d'avoir", "Cette image sera", "Cliquez ici", "Publié dans", "شكرا على",
                                   "سيتم حظر", "اضغط هنا", "نشر في"})
            QVERIFY2(!text.contains(QString::fromUtf8(chrome)), chrome);
        QVERIFY(!text.contains(QString(4, QChar(0xA0))));
        for (const QString &headline : page.headlines)
            QVERIFY(!headline.isEmpty());
    }
}

void TestDumpParser::encodingsGiveSamePage_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"fr_utf16le_bom.txt", "fr_utf16be_bom.txt", "fr_windows1252.txt", "fr_crlf.txt",
                             "fr_mixed_eol.txt"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestDumpParser::encodingsGiveSamePage()
{
    QFETCH(QString, file);
    const ParsedPage reference = parseFixture(QStringLiteral("fr_utf8_bom.txt")).pages.value(0);
    const ParsedDocument document = parseFixture(file);
    QCOMPARE(document.pages.size(), 1);
    const ParsedPage &page = document.pages.constFirst();
    QCOMPARE(page.title, reference.title);
    QCOMPARE(page.source, reference.source);
    QCOMPARE(page.published, reference.published);
    QCOMPARE(page.blocks.size(), reference.blocks.size());
    for (int i = 0; i < page.blocks.size(); ++i) {
        QCOMPARE(page.blocks.at(i).text, reference.blocks.at(i).text);
        QCOMPARE(page.blocks.at(i).kind, reference.blocks.at(i).kind);
    }
}

void TestDumpParser::arabicPage()
{
    const ParsedPage page = parseFixture(QStringLiteral("ar_page.txt")).pages.value(0);
    QCOMPARE(page.direction, Qt::RightToLeft);
    QCOMPARE(page.headlines.constFirst(), QStringLiteral("افتتاح معرض الكتاب الجهوي بمشاركة خمسين دار نشر"));
    QCOMPARE(page.blocks.at(2).kind, ParsedBlock::Kind::Heading);
    QCOMPARE(page.blocks.at(2).text, QStringLiteral("مشروع طال انتظاره"));
    // Ends with an Arabic question mark: a paragraph, not a heading.
    QCOMPARE(page.blocks.at(3).kind, ParsedBlock::Kind::Paragraph);
}

void TestDumpParser::plainText()
{
    const ParsedPage page = parseFixture(QStringLiteral("plain_text.txt")).pages.value(0);
    QCOMPARE(page.direction, Qt::LeftToRight);
    QCOMPARE(page.blocks.size(), 4);
    QCOMPARE(page.blocks.at(2).text, QStringLiteral("Observations du matin"));
    QCOMPARE(page.blocks.at(2).kind, ParsedBlock::Kind::Heading);
}

void TestDumpParser::noArticle_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("fixture") << decodedImportFixture(QStringLiteral("no_article.txt"));
    QTest::newRow("empty") << QString();
    QTest::newRow("blank lines") << QStringLiteral("\n\n \n\u00a0\n");
    QTest::newRow("footer only") << QStringLiteral("Cliquez ici pour lire l'article depuis sa source.");
    QTest::newRow("ticker only") << QStringLiteral("Un\u00a0\u00a0\u00a0\u00a0Deux\u00a0\u00a0\u00a0\u00a0");
}

void TestDumpParser::noArticle()
{
    QFETCH(QString, text);
    const ParsedDocument document = DumpParser().parse(text);
    QCOMPARE(document.error, QStringLiteral("no article found"));
    QVERIFY(document.pages.isEmpty());
}

void TestDumpParser::inlineTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QStringList>("blocks"); // "H:" or "P:" prefix

    QTest::newRow("title only") << "Un titre seul\n" << "Un titre seul" << "" << int(Qt::LeftToRight) << QStringList();
    QTest::newRow("trailing short line is not a heading")
        << "Titre\nUn paragraphe complet.\nPar Jean Dupont" << "Titre" << "" << int(Qt::LeftToRight)
        << QStringList{"P:Un paragraphe complet.", "P:Par Jean Dupont"};
    QTest::newRow("plain arabic") << "عنوان المقال\nهذه فقرة أولى.\nعنوان فرعي\nفقرة ثانية."
                                  << "عنوان المقال" << "ar" << int(Qt::RightToLeft)
                                  << QStringList{"P:هذه فقرة أولى.", "H:عنوان فرعي", "P:فقرة ثانية."};
    QTest::newRow("provenance without title")
        << "Publié dans Barlamane le 12 - 02 - 2025\nUn paragraphe." << "" << "fr" << int(Qt::LeftToRight)
        << QStringList{"P:Un paragraphe."};
    QTest::newRow("chrome above title dropped")
        << "Rubrique Société\nLe vrai titre\nPublié dans X le 01 - 02 - 2024\nCorps." << "Le vrai titre" << "fr"
        << int(Qt::LeftToRight) << QStringList{"P:Corps."};
    const QString longLine = QStringLiteral("Un texte sans retour à la ligne qui continue ").repeated(10) + QStringLiteral("fin.");
    QTest::newRow("long first line stays body")
        << longLine << QStringLiteral("Un texte sans retour à la ligne qui continue Un texte sans retour à la ligne qui continue Un texte sans retour à la…")
        << "" << int(Qt::LeftToRight) << QStringList{"P:" + longLine};
    QTest::newRow("long title line above provenance stays body")
        << longLine + "\nPublié dans X le 01 - 02 - 2024\nCorps."
        << QStringLiteral("Un texte sans retour à la ligne qui continue Un texte sans retour à la ligne qui continue Un texte sans retour à la…")
        << "fr" << int(Qt::LeftToRight) << QStringList{"P:" + longLine, "P:Corps."};
    QTest::newRow("nbsp and bidi marks trimmed")
        << QStringLiteral("\u00a0Titre\u00a0\n\u200fUn paragraphe.\u00a0 ") << "Titre" << "" << int(Qt::LeftToRight)
        << QStringList{"P:Un paragraphe."};
}

void TestDumpParser::inlineTexts()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, language);
    QFETCH(int, direction);
    QFETCH(QStringList, blocks);

    const ParsedDocument document = DumpParser().parse(text);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QCOMPARE(document.pages.size(), 1);
    const ParsedPage &page = document.pages.constFirst();
    QCOMPARE(page.title, title);
    QCOMPARE(page.language, language);
    QCOMPARE(int(page.direction), direction);
    QStringList actual;
    for (const ParsedBlock &block : page.blocks)
        actual << (block.kind == ParsedBlock::Kind::Heading ? QStringLiteral("H:") : QStringLiteral("P:")) + block.text;
    QCOMPARE(actual, blocks);
}

void TestDumpParser::customProfileFromData()
{
    // A new site is a new profile file, no code: the English fixture only parses with it.
    const LayoutProfileSet profiles = LayoutProfileSet::fromDirectory(importFixturePath(QStringLiteral("profiles/good")));
    const ParsedDocument document = DumpParser(profiles).parse(decodedImportFixture(QStringLiteral("en_custom_profile.txt")));
    QVERIFY2(document.ok(), qPrintable(document.error));
    QCOMPARE(document.pages.size(), 1);
    const ParsedPage &page = document.pages.constFirst();
    QCOMPARE(page.profile, QStringLiteral("en-published-in"));
    QCOMPARE(page.title, QStringLiteral("Library extends its opening hours"));
    QCOMPARE(page.source, QStringLiteral("The Valley Gazette"));
    QCOMPARE(page.published, QDate(2024, 6, 7));
    QCOMPARE(page.language, QStringLiteral("en"));
    QCOMPARE(page.headlines, (QStringList{"Town council approves new park", "River cleanup this weekend"}));
    QCOMPARE(page.blocks.size(), 3);
    QCOMPARE(page.blocks.at(1).kind, ParsedBlock::Kind::Heading);
    QVERIFY(!pageText(page).contains(QStringLiteral("Thanks for reporting")));
    QVERIFY(!pageText(page).contains(QStringLiteral("Read the original")));

    // With the built-in profiles only, the same file is plain text.
    const ParsedDocument plain = DumpParser().parse(decodedImportFixture(QStringLiteral("en_custom_profile.txt")));
    QCOMPARE(plain.pages.constFirst().profile, QStringLiteral("generic"));
}

void TestDumpParser::largeInput()
{
    // ~1 MB of pages: must parse in linear time (no timing assertion, it just has to finish).
    const QString page = decodedImportFixture(QStringLiteral("fr_ticker.txt")) + u'\n';
    QString text;
    text.reserve(1100 * 1024);
    int pages = 0;
    while (text.size() < 1024 * 1024 / 2) { // QString size is in UTF-16 units: ~1 MB of UTF-16
        text += page;
        ++pages;
    }
    QElapsedTimer timer;
    timer.start();
    const ParsedDocument document = DumpParser().parse(text);
    qInfo("parsed %d pages (%lld chars) in %lld ms", pages, qlonglong(text.size()), timer.elapsed());
    QVERIFY(document.ok());
    QCOMPARE(document.pages.size(), pages);

    // The same amount of plain text without any provenance is one long page.
    QString plain;
    plain.reserve(1100 * 1024);
    while (plain.size() < 1024 * 1024)
        plain += QStringLiteral("Une ligne de texte ordinaire qui se termine par un point.\n");
    timer.restart();
    const ParsedDocument plainDocument = DumpParser().parse(plain);
    qInfo("parsed %lld chars of plain text in %lld ms", qlonglong(plain.size()), timer.elapsed());
    QCOMPARE(plainDocument.pages.size(), 1);
}

void TestDumpParser::largeSingleLine()
{
    // One 1 MB line that almost looks like a provenance line: the regex must not backtrack
    // quadratically, and a no-break-space-heavy line must not blow up the ticker split.
    QString line = QStringLiteral("Publié dans ");
    while (line.size() < 1024 * 1024)
        line += QStringLiteral("Source le 12 - 02 ");
    ParsedDocument document = DumpParser().parse(QStringLiteral("Titre\n") + line);
    QVERIFY(document.ok());
    QCOMPARE(document.pages.constFirst().blocks.size(), 1);

    QString ticker;
    while (ticker.size() < 1024 * 1024)
        ticker += QStringLiteral("Titre\u00a0\u00a0\u00a0\u00a0");
    document = DumpParser().parse(ticker + QStringLiteral("\nTitre\nPublié dans X le 01 - 01 - 2025\nCorps."));
    QVERIFY(document.ok());
    QCOMPARE(document.pages.constFirst().headlines.size(), 1024 * 1024 / 9 + 1);
}

QTEST_GUILESS_MAIN(TestDumpParser)
#include "tst_dumpparser.moc"
