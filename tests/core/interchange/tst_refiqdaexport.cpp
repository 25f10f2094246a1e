// REFI-QDA export: the project and codebook are valid against the standard's XSD, every
// selection's code-point range over its source file is exactly the annotation's quote, and
// what the format cannot carry is said. The round trip through import is in tst_refiqdaimport.
#include "refiqdatestsupport.h"
#include "schemavalidator.h"

#include "interchange/refiqda.h"
#include "interchange/refiqdaexporter.h"
#include "interchange/refiprojectwriter.h"

using namespace glossa;
using namespace glossa::testing;

namespace {

const QString kProjectXsd = QStringLiteral(GLOSSA_TEST_DATA "/refiqda/Project-mrt2019.xsd");
const QString kCodebookXsd = QStringLiteral(GLOSSA_TEST_DATA "/refiqda/Codebook-mrt2019.xsd");

// Code points [start, end) of text, counted here without Glossa's CodePoints.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> points = text.toUcs4();
    if (start < 0 || end > points.size() || end < start)
        return QStringLiteral("<out of range>");
    const QList<uint> slice = points.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size());
}

} // namespace

class RefiQdaExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(buildRefiFixture(m_fixture));
        QVERIFY(m_dir.isValid());
        QString error;
        m_outcome = exportProject(m_fixture.database(), ExportFormat::RefiQdaProject, m_dir.filePath("p.qdpx"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_back = readBack(m_dir.filePath("p.qdpx"));
        QVERIFY2(m_back.error.isEmpty(), qPrintable(m_back.error));
    }

    void projectValidatesAgainstTheStandardSchema()
    {
        SchemaValidator schema(kProjectXsd);
        const QStringList problems = schema.problems(m_back.projectXml);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void schemaCatchesAnInvalidProject()
    {
        // The validator itself can fail: a selection without its required end.
        QByteArray broken = m_back.projectXml;
        broken.replace("endPosition=", "endPositionX=");
        SchemaValidator schema(kProjectXsd);
        QVERIFY(!schema.problems(broken).isEmpty());
    }

    void codebookValidatesAgainstTheStandardSchema()
    {
        QString error;
        exportProject(m_fixture.database(), ExportFormat::RefiQdaCodebook, m_dir.filePath("c.qdc"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(m_dir.filePath("c.qdc"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray qdc = file.readAll();
        QVERIFY(qdc.contains("urn:QDA-XML:codebook:1.0"));
        SchemaValidator schema(kCodebookXsd);
        const QStringList problems = schema.problems(qdc);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void archiveHoldsTheProjectAndOneTextPerSource()
    {
        QCOMPARE(m_back.project.sources.size(), 4); // French, Arabic, undated, CRLF
        QCOMPARE(m_back.entries.size(), 1 + m_back.project.sources.size());
        for (const RefiSource &source : std::as_const(m_back.project.sources)) {
            QCOMPARE(source.plainTextPath, QStringLiteral("internal://%1.txt").arg(source.guid));
            const QByteArray bytes = m_back.entries.value(QStringLiteral("sources/%1.txt").arg(source.guid));
            QVERIFY(!bytes.isEmpty());
            QVERIFY2(!bytes.startsWith("\xEF\xBB\xBF"), "a source starts with a BOM");
            QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
        }
    }

    void selectionCoversTheQuote_data()
    {
        QTest::addColumn<QString>("sourceText");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("quote");
        ExportFixture fixture;
        QVERIFY(buildRefiFixture(fixture));
        QTemporaryDir dir;
        QString error;
        exportProject(fixture.database(), ExportFormat::RefiQdaProject, dir.filePath("p.qdpx"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ReadBack back = readBack(dir.filePath("p.qdpx"));
        QHash<QString, QString> quotes; // by annotation UUID
        for (const ExportedArticle &exported : fixture.load())
            for (const Annotation &annotation : exported.annotations)
                quotes.insert(annotation.uuid, annotation.anchor.exact);
        int rows = 0;
        for (const RefiSource &source : back.project.sources) {
            const QString text = QString::fromUtf8(back.entries.value(QStringLiteral("sources/%1.txt").arg(source.guid)));
            for (const RefiSelection &selection : source.selections) {
                QVERIFY2(quotes.contains(selection.guid), qPrintable(selection.guid));
                QTest::addRow("%s", qPrintable(quotes.value(selection.guid).left(30)))
                    << text << selection.start << selection.end << quotes.value(selection.guid);
                ++rows;
            }
        }
        // Every annotation but the orphaned one: 6 of the fixture, 2 on the CRLF dump.
        QCOMPARE(rows, 8);
    }

    void selectionCoversTheQuote()
    {
        QFETCH(QString, sourceText);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, quote);
        QCOMPARE(codePointSlice(sourceText, start, end), quote);
    }

    void codesNotesUsersAndSetsAreLinked()
    {
        const RefiProject &project = m_back.project;
        QSet<QString> codes;
        std::function<void(const QList<RefiCode> &)> collect = [&](const QList<RefiCode> &list) {
            for (const RefiCode &code : list) {
                codes.insert(code.guid);
                collect(code.children);
            }
        };
        collect(project.codes);
        QStringList roots;
        for (const RefiCode &root : project.codes)
            roots << root.name;
        QCOMPARE(roots, (QStringList{RefiQda::kClaimKindCode, RefiQda::kVerdictCode, RefiQda::kTagsCode}));
        QSet<QString> notes, users;
        for (const RefiNote &note : project.notes)
            notes.insert(note.guid);
        for (const RefiUser &user : project.users)
            users.insert(user.guid);
        QCOMPARE(users, (QSet<QString>{QStringLiteral("00000000-0000-4000-9000-000000000001"),
                                       QStringLiteral("00000000-0000-4000-9000-000000000002")}));
        int claimants = 0;
        for (const RefiSource &source : project.sources) {
            for (const RefiCoding &coding : source.codings)
                QVERIFY(codes.contains(coding.codeGuid));
            for (const RefiSelection &selection : source.selections) {
                QVERIFY(users.contains(selection.creatingUser));
                for (const RefiCoding &coding : selection.codings)
                    QVERIFY2(codes.contains(coding.codeGuid), qPrintable(coding.codeGuid));
                for (const QString &ref : selection.noteRefs) {
                    QVERIFY(notes.contains(ref));
                    const auto note = std::find_if(project.notes.cbegin(), project.notes.cend(),
                                                   [&](const RefiNote &n) { return n.guid == ref; });
                    claimants += note->name == RefiQda::kClaimantName;
                }
            }
        }
        QCOMPARE(claimants, 4); // the fixture's three claims with a claimant, and the CRLF one
        QCOMPARE(project.sets.size(), 1);
        QCOMPARE(project.sets.first().name, QStringLiteral("Dossier huile & ponts"));
        QCOMPARE(project.sets.first().memberSources.size(), 2);
    }

    void theSameLibraryGivesTheSameGuids()
    {
        QString error;
        exportProject(m_fixture.database(), ExportFormat::RefiQdaProject, m_dir.filePath("again.qdpx"), &error);
        const ReadBack again = readBack(m_dir.filePath("again.qdpx"));
        // Only the project's own creation time differs.
        const QRegularExpression created(QStringLiteral("(<Project [^>]*) creationDateTime=\"[^\"]*\""));
        QCOMPARE(QString::fromUtf8(again.projectXml).replace(created, QStringLiteral("\\1")),
                 QString::fromUtf8(m_back.projectXml).replace(created, QStringLiteral("\\1")));
        QVERIFY(!QString::fromUtf8(again.projectXml).replace(created, QStringLiteral("\\1")).contains(QStringLiteral("<Project name=\"Glossa\" origin=\"Glossa\" creationDateTime")));
    }

    void whatIsNotCarriedIsSaid()
    {
        const QString said = m_outcome.notCarried.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("un passage disparu depuis")), qPrintable(said)); // the orphan, by its quote
        QVERIFY(said.contains(QStringLiteral("highlight colours")));
        QVERIFY(said.contains(QStringLiteral("headings")));
        QCOMPARE(m_outcome.annotations, 8); // those written: the orphan is named instead
    }

    void textXmlCannotHoldStaysReadable()
    {
        // A control character and a lone surrogate in a note, a title and a tag: still XML.
        RefiProject project;
        project.name = QStringLiteral("Projet\x01");
        project.codes = {{RefiQda::derivedGuid("c"), QStringLiteral("tag\x0b"), QString(), true, QString(), {}}};
        RefiSource source;
        source.guid = RefiQda::derivedGuid("s");
        source.name = QStringLiteral("Titre ") + QChar(0xD800) + QStringLiteral(" fin");
        source.hasPlainTextContent = true;
        source.plainTextContent = QStringLiteral("texte 😀");
        project.sources = {source};
        project.notes = {{RefiQda::derivedGuid("n"), QStringLiteral("Note"), QString(), QDateTime(), QStringLiteral("a\x02" "b\r\nc")}};
        const QByteArray xml = RefiProjectWriter::project(project);
        SchemaValidator schema(kProjectXsd);
        const QStringList problems = schema.problems(xml);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        RefiProject back;
        QString error;
        QVERIFY2(RefiProjectReader::read(xml, &back, &error), qPrintable(error));
        QCOMPARE(back.notes.first().text, QStringLiteral("a\uFFFDb\r\nc"));
        QCOMPARE(back.sources.first().plainTextContent, QStringLiteral("texte 😀"));
        QCOMPARE(back.sources.first().name, QStringLiteral("Titre \uFFFD fin"));
    }

    void refusedOverTheLibrary()
    {
        QString error;
        const ExportOutcome outcome = exportProject(m_fixture.database(), ExportFormat::RefiQdaProject, m_fixture.path(), &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(m_fixture.path()).size() > 0);
        QVERIFY(rowCount(m_fixture.database(), QStringLiteral("articles")) == 4);
    }

private:
    ExportFixture m_fixture;
    QTemporaryDir m_dir;
    ExportOutcome m_outcome;
    ReadBack m_back;
};

QTEST_GUILESS_MAIN(RefiQdaExportTest)
#include "tst_refiqdaexport.moc"
