// The PDF brief read back as another tool reads it: every string of the fixture (ligatures,
// accents, Arabic with lam-alef, mixed bidi, emoji sequences and flags) must come back from
// pdftotext in its logical order, after NFKC; a paragraph's context never runs across pages.
#include "export/briefbuilder.h"
#include "actualtextstamp.h"
#include "arabicforms.h"
#include "pdfreportwriter.h"
#include "textlayer.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace glossa;

namespace {

// The fixture's strings; those marked "!" (known not to come back yet) in *known.
QStringList fixtureStrings(QSet<QString> *known = nullptr)
{
    QFile file(QStringLiteral(GLOSSA_TEST_DATA "/brief/textlayer-strings.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList strings;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool isKnown = line.startsWith(QLatin1Char('!'));
        strings << (isKnown ? line.mid(1) : line);
        if (isKnown && known)
            known->insert(strings.last());
    }
    return strings;
}

// What a reader compares: compatibility forms folded (NFKC), the bidi marks pdftotext adds
// around right-to-left runs left out, runs of blanks as one space.
QString comparable(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("[\u200E\u200F\u202A-\u202E\u2066-\u2069]"));
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(marks);
    return folded.simplified();
}

QString pdftotext(const QString &pdf, int page = 0)
{
    QProcess process;
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    process.start(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(60000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// An article whose paragraphs are the given strings, each highlighted whole; every other one a
// claim with a note that repeats it, so marks, chips and fields all carry the fixture.
ExportedArticle articleOf(const QStringList &paragraphs, Qt::LayoutDirection direction, const QString &title)
{
    ExportedArticle exported;
    Article &article = exported.article;
    article.id = 1;
    article.title = title;
    article.source = QStringLiteral("Le Courrier de Tamazirt");
    article.published = QDate(2025, 3, 5);
    article.direction = direction;
    for (const QString &paragraph : paragraphs) {
        if (!article.text.isEmpty())
            article.text += QLatin1Char('\n');
        const int start = int(article.text.size());
        article.text += paragraph;
        article.blocks.append({Block::Kind::Paragraph, start, int(article.text.size())});
        Annotation annotation;
        annotation.id = article.blocks.size();
        annotation.anchor.start = start;
        annotation.anchor.end = int(article.text.size());
        annotation.anchor.exact = paragraph;
        if (article.blocks.size() % 2 == 0) {
            annotation.claim = Claim();
            annotation.claim->verdict = QStringLiteral("disputed");
            annotation.claim->confidence = 0.8;
            annotation.note = paragraph;
        }
        exported.annotations.append(annotation);
    }
    return exported;
}

} // namespace

class TestBriefPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textLayerIsFaithful_data();
    void textLayerIsFaithful();
    void rightToLeftPagesAreFaithful();
    void linesRunOnOnlyInsideWords();
    void pdfIsValid();
    void logicalText_data();
    void logicalText();
    void stampRefusesWhatDoesNotMatch();
    void contextNeverSplitAcrossPages();
    void failureLeavesNoFile();
    void markupInTextIsPrintedAsText();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_text;
};

void TestBriefPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: scripts/setup.sh installs it");
    const QStringList strings = fixtureStrings();
    QVERIFY(strings.size() >= 40);
    BriefHeader header;
    header.title = QStringLiteral("Text layer « ﬁxture »");
    header.made = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    header.madeBy = QStringLiteral("Nadia Benali");
    const Brief brief = BriefBuilder::build({articleOf(strings, Qt::LeftToRight, strings.join(QLatin1Char(' ')).left(60))},
                                            header);
    m_pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
    QString error;
    QVERIFY2(PdfReportWriter::save(m_pdf, brief, &error), qPrintable(error));
    // GLOSSA_KEEP_PDF=DIR keeps a copy to look at (pdftoppm -png).
    if (const QString keep = qEnvironmentVariable("GLOSSA_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/textlayer.pdf"));
        QFile::copy(m_pdf, keep + QStringLiteral("/textlayer.pdf"));
    }
    m_text = comparable(pdftotext(m_pdf));
    QVERIFY(!m_text.isEmpty());
}

void TestBriefPdf::textLayerIsFaithful_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("known");
    QSet<QString> known;
    for (const QString &string : fixtureStrings(&known))
        QTest::newRow(qPrintable(string)) << string << known.contains(string);
}

void TestBriefPdf::textLayerIsFaithful()
{
    QFETCH(QString, expected);
    QFETCH(bool, known);
    if (known)
        QEXPECT_FAIL("", "known: see tests/data/brief/textlayer-strings.txt", Continue);
    QVERIFY2(m_text.contains(comparable(expected)), qPrintable(QStringLiteral("not in the text layer: %1").arg(expected)));
}

void TestBriefPdf::rightToLeftPagesAreFaithful()
{
    // poppler reads a page whose letters are mostly Arabic from the right, and its lines in
    // another order: the same strings in an Arabic article whose notes are long Arabic sentences.
    const QStringList strings = fixtureStrings();
    ExportedArticle article = articleOf(strings, Qt::RightToLeft, QStringLiteral("نص الاختبار"));
    const QString filler = QStringLiteral("ملاحظة طويلة عن هذه الفقرة كتبها المحلل باللغة العربية للتأكد من اتجاه الصفحة");
    for (Annotation &annotation : article.annotations)
        annotation.note = filler;
    const QString pdf = m_dir.filePath(QStringLiteral("rtl.pdf"));
    QString error;
    QVERIFY2(PdfReportWriter::save(pdf, BriefBuilder::build({article}, BriefHeader()), &error), qPrintable(error));
    const QString raw = pdftotext(pdf);
    // pdftotext opens each line of a right-to-left page with RLE
    QVERIFY2(raw.count(QChar(0x202B)) > strings.size(), qPrintable(raw.left(400)));
    const QString text = comparable(raw);
    for (const QString &expected : strings)
        QVERIFY2(text.contains(comparable(expected)), qPrintable(QStringLiteral("not in the text layer: %1").arg(expected)));
}

void TestBriefPdf::linesRunOnOnlyInsideWords()
{
    // A line broken inside a word (the fixture's long hash and address) reads back as one word
    // (textLayerIsFaithful); one broken at a blank does not run on: each note, whose value may
    // start on the line after its label, still reads "Note" and a space before it.
    const QStringList strings = fixtureStrings();
    for (qsizetype i = 1; i < strings.size(); i += 2) {
        const QString field = comparable(QStringLiteral("Note ") + strings.at(i));
        QVERIFY2(m_text.contains(field), qPrintable(QStringLiteral("not in the text layer: %1").arg(field)));
    }
}

void TestBriefPdf::pdfIsValid()
{
    // The content streams qpdf rewrote (ActualText added, Cairo's inner spans taken out) parse,
    // and every BDC has its EMC.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
             "qpdf is needed: scripts/setup.sh installs it");
    QProcess process;
    process.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pdf});
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("No syntax or stream encoding errors")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("WARNING")), qPrintable(output));
}

void TestBriefPdf::logicalText_data()
{
    QTest::addColumn<QString>("layoutText");
    QTest::addColumn<QString>("logical");
    const auto drawn = [](const QString &text) { return ArabicForms::stripFill(ArabicForms::shape(text)); };
    QTest::newRow("latin") << QStringLiteral("office") << QStringLiteral("office");
    QTest::newRow("latin ligature kept") << QStringLiteral("\uFB01xture") << QStringLiteral("\uFB01xture");
    QTest::newRow("arabic letters back") << drawn(QStringLiteral("الإسلام")) << QStringLiteral("الإسلام");
    QTest::newRow("lam-alef") << drawn(QStringLiteral("لا يوجد")) << QStringLiteral("لا يوجد");
    QTest::newRow("lam-alef madda") << drawn(QStringLiteral("لآلئ")) << QStringLiteral("لآلئ");
    QTest::newRow("isolates dropped") << QStringLiteral("Note \u2068Nadia\u2069") << QStringLiteral("Note Nadia");
    QTest::newRow("embedding dropped") << QStringLiteral("\u202Bمثال\u202C") << QStringLiteral("مثال");
    QTest::newRow("blanks trimmed") << QStringLiteral("  mot ") << QStringLiteral("mot");
    QTest::newRow("emoji sequence kept") << QStringLiteral("👩🏾‍💻") << QStringLiteral("👩🏾‍💻");
    QTest::newRow("nothing to read") << QStringLiteral(" \u2068\u2069 ") << QString();
}

void TestBriefPdf::logicalText()
{
    QFETCH(QString, layoutText);
    QFETCH(QString, logical);
    QCOMPARE(TextLayer::logicalText(layoutText), logical);
}

void TestBriefPdf::stampRefusesWhatDoesNotMatch()
{
    QString error;
    QVERIFY(ActualTextStamp::apply(QByteArrayLiteral("not a PDF"), {QStringList()}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // The brief already stamped: its spans are no longer Cairo's, so a line given to page 1 finds
    // none, and a PDF whose text layer would be wrong is not written.
    QFile file(m_pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    error.clear();
    std::vector<QStringList> lines(size_t(pageCount(m_pdf)));
    lines.front() << QStringLiteral("x");
    QVERIFY(ActualTextStamp::apply(pdf, lines, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("page 1")), qPrintable(error));
    error.clear();
    QVERIFY(ActualTextStamp::apply(pdf, {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestBriefPdf::contextNeverSplitAcrossPages()
{
    // Forty paragraphs of four lines, each with its claim and a note: a page holds a few, and
    // each must start and end on the same page (its first word and its note's last one).
    QStringList paragraphs;
    for (int i = 0; i < 40; ++i) {
        QString paragraph = QStringLiteral("Start%1 ").arg(i);
        for (int w = 0; w < 60; ++w)
            paragraph += QStringLiteral("mot%1 ").arg(w);
        paragraphs << paragraph + QStringLiteral("End%1").arg(i);
    }
    const Brief brief = BriefBuilder::build({articleOf(paragraphs, Qt::LeftToRight, QStringLiteral("Pages"))}, BriefHeader());
    const QString pdf = m_dir.filePath(QStringLiteral("pages.pdf"));
    QString error;
    QVERIFY2(PdfReportWriter::save(pdf, brief, &error), qPrintable(error));
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    int seen = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdftotext(pdf, page);
        QVERIFY(text.contains(QStringLiteral("%1 / %2").arg(page).arg(pages)));
        for (int i = 0; i < paragraphs.size(); ++i) {
            const bool starts = text.contains(QRegularExpression(QStringLiteral("\\bStart%1\\b").arg(i)));
            const bool ends = text.contains(QRegularExpression(QStringLiteral("\\bEnd%1\\b").arg(i)));
            QVERIFY2(starts == ends, qPrintable(QStringLiteral("paragraph %1 split at page %2").arg(i).arg(page)));
            seen += starts ? 1 : 0;
        }
    }
    QCOMPARE(seen, int(paragraphs.size()));
}

void TestBriefPdf::failureLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/brief.pdf"));
    QString error;
    QVERIFY(!PdfReportWriter::save(path, Brief(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestBriefPdf::markupInTextIsPrintedAsText()
{
    // Pango reads markup: an analyst's "<b>" or "&amp;" is text, and a character its XML
    // parser refuses (a noncharacter, a control) costs the paragraph its styling, not its words.
    const QString hostile = QStringLiteral("Avant <b>gras</b> &amp; <span foreground='red'>x</span> fin");
    const QString refused = QStringLiteral("Début \uFFFF milieu \u0001 bout");
    ExportedArticle article = articleOf({hostile, refused}, Qt::LeftToRight, QStringLiteral("<i>titre</i>"));
    article.annotations.first().note = refused;
    const QString pdf = m_dir.filePath(QStringLiteral("markup.pdf"));
    QString error;
    QVERIFY2(PdfReportWriter::save(pdf, BriefBuilder::build({article}, BriefHeader()), &error), qPrintable(error));
    const QString text = comparable(pdftotext(pdf));
    QVERIFY2(text.contains(comparable(hostile)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("<i>titre</i>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Début")) && text.contains(QStringLiteral("bout")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestBriefPdf)
#include "tst_briefpdf.moc"
