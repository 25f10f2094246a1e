// REFI-QDA import: the round trip through export, files in the styles of ATLAS.ti, MAXQDA,
// NVivo and QualCoder (written from the standard and these tools' documented habits), and
// hostile files refused with one line and nothing written.
#include "refiqdatestsupport.h"

#include "interchange/refiqda.h"
#include "interchange/refiqdaimporter.h"
#include "storage/analyststore.h"
#include "storage/collectionstore.h"
#include "storage/tagstore.h"
#include "model/articlecontext.h"

#include <QElapsedTimer>

using namespace glossa;
using namespace glossa::testing;

namespace {

const char kUserGuid[] = "5B0E3C84-7F9A-4D2E-9C61-0A1B2C3D4E5F";

QString guid(int n)
{
    return QStringLiteral("00000000-0000-4000-a000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// A project.qde around these sources, with a small codebook of another tool: "Thèmes ▸ Santé",
// and Glossa's own "Verdict ▸ False" and "Claim kind ▸ Statistic" by their labels.
QByteArray projectXml(const QString &origin, const QString &sources, const QString &extra = QString())
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
               "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Étude\" origin=\"%1\">\r\n"
               "<Users><User guid=\"{%2}\" name=\"Léa Martin\"/></Users>\r\n"
               "<CodeBook><Codes>\r\n"
               " <Code guid=\"%3\" name=\"Thèmes\" isCodable=\"false\"><Code guid=\"%4\" name=\"Santé\" isCodable=\"true\" color=\"#00ff00\"/></Code>\r\n"
               " <Code guid=\"%5\" name=\"Verdict\" isCodable=\"false\"><Code guid=\"%6\" name=\"False\" isCodable=\"true\"/></Code>\r\n"
               " <Code guid=\"%7\" name=\"claim kind\" isCodable=\"false\"><Code guid=\"%8\" name=\"Statistic\" isCodable=\"true\"/></Code>\r\n"
               "</Codes></CodeBook>\r\n"
               "<Sources>%9</Sources>%10</Project>\r\n")
        .arg(origin, QString::fromLatin1(kUserGuid), guid(1), guid(2), guid(3), guid(4), guid(5), guid(6), sources, extra)
        .toUtf8();
}

// A TextSource with one selection coded "Santé" and one a false statistic.
QString textSource(int n, const QString &name, const QString &path, qint64 s1, qint64 e1, qint64 s2, qint64 e2)
{
    return QStringLiteral("<TextSource guid=\"%1\" name=\"%2\" plainTextPath=\"%3\">"
                          "<PlainTextSelection guid=\"%4\" startPosition=\"%5\" endPosition=\"%6\" creatingUser=\"%7\">"
                          "<Coding guid=\"%8\"><CodeRef targetGUID=\"%9\"/></Coding></PlainTextSelection>"
                          "<PlainTextSelection guid=\"%10\" startPosition=\"%11\" endPosition=\"%12\">"
                          "<Coding guid=\"%13\"><CodeRef targetGUID=\"%14\"/></Coding>"
                          "<Coding guid=\"%15\"><CodeRef targetGUID=\"%16\"/></Coding></PlainTextSelection>"
                          "</TextSource>")
        .arg(guid(100 + n), name, path, guid(200 + n))
        .arg(s1)
        .arg(e1)
        .arg(QString::fromLatin1(kUserGuid).toLower(), guid(300 + n), guid(2), guid(400 + n))
        .arg(s2)
        .arg(e2)
        .arg(guid(500 + n), guid(4), guid(600 + n), guid(6));
}

struct ImportedLibrary
{
    QTemporaryDir dir;
    Library library;
    bool open() { return dir.isValid() && library.open(dir.filePath(QStringLiteral("target.glossa"))); }
    QSqlDatabase db() const { return library.database(); }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return file.fileName();
}

QString writeZip(const QTemporaryDir &dir, const QString &name, const QList<QdpxArchive::Entry> &entries)
{
    QString error;
    const QByteArray zip = QdpxArchive::write(entries, QDateTime::currentDateTimeUtc(), &error);
    return zip.isEmpty() ? QString() : writeFile(dir, name, zip);
}

// Sets a 32-bit field of every central-directory header of a ZIP (offset from the header).
QByteArray patchCentralDirectory(QByteArray zip, int offset, quint32 value)
{
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        for (int i = 0; i < 4; ++i)
            zip[at + offset + i] = char((value >> (8 * i)) & 0xff);
    }
    return zip;
}

QStringList quotesOf(const QSqlDatabase &db)
{
    QStringList quotes;
    QSqlQuery sql(db);
    sql.exec(QStringLiteral("SELECT exact FROM annotations ORDER BY exact"));
    while (sql.next())
        quotes << sql.value(0).toString();
    return quotes;
}

} // namespace

class RefiQdaImportTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIntoAnEmptyLibrary()
    {
        ExportFixture fixture;
        QVERIFY(buildRefiFixture(fixture));
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("p.qdpx"));
        exportProject(fixture.database(), ExportFormat::RefiQdaProject, path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        ImportedLibrary target;
        QVERIFY(target.open());
        const RefiImportReport report = RefiQdaImporter(target.db()).importFile(path);
        QVERIFY2(report.ok(), qPrintable(report.fileError));
        QCOMPARE(report.articlesAdded, 4);
        QCOMPARE(report.annotationsAdded, 8); // all but the orphan, which the export named

        QHash<QString, ExportedArticle> expected; // by content hash
        for (const ExportedArticle &exported : fixture.load())
            expected.insert(exported.article.contentHash, exported);
        QList<ExportedArticle> imported;
        QVERIFY(ExportSource(target.db()).load({}, &imported));
        QCOMPARE(imported.size(), expected.size());
        for (const ExportedArticle &got : std::as_const(imported)) {
            QVERIFY2(expected.contains(got.article.contentHash), qPrintable(got.article.title));
            const ExportedArticle want = expected.value(got.article.contentHash);
            QCOMPARE(got.article.title, want.article.title);
            QCOMPARE(got.article.source, want.article.source);
            QCOMPARE(got.article.published, want.article.published);
            QCOMPARE(got.article.text, want.article.text);
            QCOMPARE(got.article.language, want.article.language);
            QCOMPARE(got.article.direction, want.article.direction);
            QCOMPARE(got.article.note, want.article.note);
            QCOMPARE(QSet<QString>(got.article.tags.cbegin(), got.article.tags.cend()),
                     QSet<QString>(want.article.tags.cbegin(), want.article.tags.cend()));
            QHash<QString, Annotation> wanted;
            for (const Annotation &annotation : want.annotations) {
                if (!annotation.orphaned)
                    wanted.insert(annotation.uuid, annotation);
            }
            QCOMPARE(got.annotations.size(), wanted.size());
            for (const Annotation &annotation : got.annotations) {
                QVERIFY(wanted.contains(annotation.uuid));
                const Annotation &w = wanted[annotation.uuid];
                QCOMPARE(annotation.anchor.exact, w.anchor.exact);
                QCOMPARE(annotation.anchor.start, w.anchor.start);
                QCOMPARE(annotation.note, w.note);
                QCOMPARE(annotation.claim, w.claim);
                QStringList gotTags = annotation.tags, wantTags = w.tags;
                gotTags.sort();
                wantTags.sort();
                QCOMPARE(gotTags, wantTags);
                QCOMPARE(annotation.analyst.uuid, w.analyst.uuid);
                QCOMPARE(annotation.analyst.name, w.analyst.name);
            }
        }
        const CollectionStore collections(target.db());
        QCOMPARE(collections.articleIds(collections.idOf(QStringLiteral("Dossier huile & ponts"))).size(), 2);

        // The same project again adds nothing.
        const int articles = rowCount(target.db(), QStringLiteral("articles"));
        const int annotations = rowCount(target.db(), QStringLiteral("annotations"));
        const RefiImportReport again = RefiQdaImporter(target.db()).importFile(path);
        QVERIFY2(again.ok(), qPrintable(again.fileError));
        QCOMPARE(again.articlesAdded, 0);
        QCOMPARE(again.annotationsAdded, 0);
        QCOMPARE(again.annotationsKnown, 8);
        QCOMPARE(rowCount(target.db(), QStringLiteral("articles")), articles);
        QCOMPARE(rowCount(target.db(), QStringLiteral("annotations")), annotations);
        QList<ExportedArticle> twice;
        QVERIFY(ExportSource(target.db()).load({}, &twice));
        for (const ExportedArticle &article : std::as_const(twice))
            QCOMPARE(article.article.note, expected.value(article.article.contentHash).article.note);
    }

    void toolStyles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("entryNames"); // the first is the .qde; empty: a bare .qde file
        QTest::addColumn<QList<QByteArray>>("entries");
        QTest::addColumn<QStringList>("quotes");
        QTest::addColumn<QStringList>("notCarried"); // a piece of each expected line

        // A text with CRLF line ends, an accent and an emoji: "é" is one code point, "😀" one.
        const QByteArray crlf = QByteArrayLiteral("Ligne une : hausse des prix\r\nDeuxième ligne 😀 avec 40 % de plus\r\n");
        // ATLAS.ti counts "\r\n" as one character: "Deuxième" starts at 28, "40 %" at 50.
        // "Sources/" capitalised, a BOM before <?xml.
        QTest::newRow("ATLAS.ti")
            << "atlas.qdpx" << QStringList{"project.qde", "Sources/" + guid(101) + ".txt"}
            << QList<QByteArray>{"\xEF\xBB\xBF" + projectXml("ATLAS.ti 23.2.1", textSource(1, "Entretien A", "internal://" + guid(101) + ".txt", 28, 36, 50, 54)), crlf}
            << QStringList{"40 %", "Deuxième"} << QStringList{};
        // MAXQDA counts both characters of "\r\n", and names its .qde after the project.
        QTest::newRow("MAXQDA")
            << "maxqda.qdpx" << QStringList{"Mon projet.qde", "sources/" + guid(102) + ".txt"}
            << QList<QByteArray>{projectXml("MAXQDA 2022", textSource(2, "Entretien B", "internal://" + guid(102) + ".txt", 29, 37, 51, 55)), crlf}
            << QStringList{"40 %", "Deuxième"} << QStringList{};
        // NVivo: braced upper-case GUIDs, a PDF, and a source left where it was on disk.
        QTest::newRow("NVivo")
            << "nvivo.qdpx" << QStringList{"project.qde", "sources/" + guid(103) + ".txt"}
            << QList<QByteArray>{projectXml("NVivo 14", textSource(3, "Note de terrain", "internal://" + guid(103) + ".txt", 0, 5, 12, 18).replace(guid(203), "{" + guid(203).toUpper() + "}")
                                     + "<PDFSource guid=\"" + guid(900) + "\" name=\"Rapport.pdf\" path=\"internal://x.pdf\"/>"
                                     + textSource(4, "Ailleurs", "relative://terrain/notes.txt", 0, 3, 4, 6)),
                                 QByteArray("Ligne une : hausse des prix\n")}
            << QStringList{"Ligne", "hausse"} << QStringList{"Rapport.pdf", "relative://terrain/notes.txt"};
        // QualCoder: internal sources, a set of sources, a memo on a selection, cases.
        const QString memo = "<Notes><Note guid=\"" + guid(700) + "\" name=\"Memo\"><PlainTextContent>Un mémo 😀</PlainTextContent></Note></Notes>";
        QString withMemo = textSource(5, "Journal", "internal://" + guid(105) + ".txt", 0, 5, 12, 18);
        withMemo.replace("</Coding></PlainTextSelection><PlainTextSelection", "</Coding><NoteRef targetGUID=\"" + guid(700) + "\"/></PlainTextSelection><PlainTextSelection");
        QTest::newRow("QualCoder")
            << "qualcoder.qdpx" << QStringList{"project.qde", "sources/" + guid(105) + ".txt"}
            << QList<QByteArray>{projectXml("QualCoder 3.5", withMemo,
                                            memo + "<Sets><Set guid=\"" + guid(801) + "\" name=\"Lot 1\"><MemberSource targetGUID=\""
                                                + guid(105) + "\"/></Set></Sets><Cases><Case guid=\"" + guid(800) + "\" name=\"Cas\"/></Cases>"),
                                 QByteArray("Ligne une : hausse des prix\n")}
            << QStringList{"Ligne", "hausse"} << QStringList{"Case"};
        // A bare .qde: inline text, a source beside it, and two that would leave its folder.
        QTest::newRow("bare .qde")
            << "projet.qde" << QStringList{"projet.qde", "terrain/notes.txt", "../dehors.txt"}
            << QList<QByteArray>{projectXml("Glossa", textSource(6, "Beside", "relative://terrain/notes.txt", 0, 5, 12, 18)
                                                          + textSource(7, "Outside", "relative://../dehors.txt", 0, 3, 4, 6)
                                                          + textSource(8, "Absolute", "absolute:///etc/hostname", 0, 3, 4, 6)),
                                 QByteArray("Ligne une : hausse des prix\n"), QByteArray("Secret\n")}
            << QStringList{"Ligne", "hausse"} << QStringList{"relative://../dehors.txt", "absolute:///etc/hostname"};
    }

    void toolStyles()
    {
        QFETCH(QString, fileName);
        QFETCH(QStringList, entryNames);
        QFETCH(QList<QByteArray>, entries);
        QFETCH(QStringList, quotes);
        QFETCH(QStringList, notCarried);
        QTemporaryDir dir;
        QString path;
        if (fileName.endsWith(QLatin1String(".qdpx"))) {
            QList<QdpxArchive::Entry> zip;
            for (int i = 0; i < entryNames.size(); ++i)
                zip.append({entryNames.at(i), entries.at(i)});
            path = writeZip(dir, fileName, zip);
        } else {
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("project")));
            for (int i = 0; i < entryNames.size(); ++i)
                QVERIFY(!writeFile(dir, QStringLiteral("project/") + entryNames.at(i), entries.at(i)).isEmpty());
            path = dir.filePath(QStringLiteral("project/") + fileName);
        }
        QVERIFY(!path.isEmpty());
        ImportedLibrary target;
        QVERIFY(target.open());
        const RefiImportReport report = RefiQdaImporter(target.db()).importFile(path);
        QVERIFY2(report.ok(), qPrintable(report.fileError));
        QCOMPARE(report.articlesAdded, 1);
        QCOMPARE(quotesOf(target.db()), quotes);
        const QString said = report.notCarried.join(QLatin1Char('\n'));
        for (const QString &piece : notCarried)
            QVERIFY2(said.contains(piece), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(piece, said)));
        // Codes: "Thèmes ▸ Santé" a tag by its path, "Verdict ▸ False" and "Claim kind ▸ Statistic" the claim.
        QList<ExportedArticle> articles;
        QVERIFY(ExportSource(target.db()).load({}, &articles));
        QCOMPARE(articles.size(), 1);
        const QList<Annotation> annotations = ArticleContext::inTextOrder(articles.first().annotations);
        QCOMPARE(annotations.size(), 2);
        QCOMPARE(annotations.at(0).tags, QStringList{QStringLiteral("Thèmes/Santé")});
        QVERIFY(annotations.at(1).claim.has_value());
        QCOMPARE(annotations.at(1).claim->kind, QStringLiteral("statistic"));
        QCOMPARE(annotations.at(1).claim->verdict, QStringLiteral("false"));
        QCOMPARE(annotations.at(0).analyst.uuid, QString::fromLatin1(kUserGuid).toLower());
        QCOMPARE(annotations.at(0).analyst.name, QStringLiteral("Léa Martin"));
        QVERIFY2(annotations.at(0).uuid.startsWith(QStringLiteral("00000000-0000-4000-a000-0000000002")),
                 qPrintable(annotations.at(0).uuid)); // the selection's GUID, braces and case aside
        // The code's colour went to its new tag.
        const TagStore tags(target.db());
        QCOMPARE(tags.tag(tags.idOf(QStringLiteral("Thèmes/Santé")))->color, QStringLiteral("#00ff00"));
        if (QByteArray(QTest::currentDataTag()) == "QualCoder") {
            QCOMPARE(annotations.at(0).note, QStringLiteral("Un mémo 😀"));
            const CollectionStore collections(target.db());
            QCOMPARE(collections.articleIds(collections.idOf(QStringLiteral("Lot 1"))).size(), 1);
        }
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // a piece of the one-line refusal

        QTemporaryDir scratch;
        const QString source = textSource(1, "A", "internal://" + guid(101) + ".txt", 0, 5, 6, 10);
        const QByteArray good = projectXml("Glossa", source);
        const auto zipOf = [&](const QList<QdpxArchive::Entry> &entries) {
            QString error;
            return QdpxArchive::write(entries, QDateTime::currentDateTimeUtc(), &error);
        };
        const QByteArray text("Ligne une : hausse des prix\n");
        const QByteArray normal = zipOf({{"project.qde", good}, {"sources/" + guid(101) + ".txt", text}});
        // The central directory's uncompressed size is at offset 24 of each header.
        QTest::newRow("1 GB entry") << "bomb.qdpx" << patchCentralDirectory(normal, 24, 1024u * 1024 * 1024) << "MB";
        QTest::newRow("entry larger than it says") << "liar.qdpx" << patchCentralDirectory(normal, 24, 10) << "“project.qde”";
        QTest::newRow("../ entry") << "slip.qdpx" << zipOf({{"project.qde", good}, {"../../evil.txt", text}}) << "outside the archive";
        QTest::newRow("absolute entry") << "abs.qdpx" << zipOf({{"project.qde", good}, {"/etc/evil.txt", text}}) << "absolute path";
        const QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">"
                                  "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                                  "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&c;\"/>";
        QTest::newRow("entity expansion") << "laughs.qde" << laughs << "DTD";
        QTest::newRow("external entity")
            << "xxe.qdpx"
            << zipOf({{"project.qde", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                      "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>"}})
            << "DTD";
        QByteArray manyCodes = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>";
        for (int i = 0; i < 100000; ++i)
            manyCodes += "<Code guid=\"" + guid(i).toUtf8() + "\" name=\"c\" isCodable=\"true\"/>";
        manyCodes += "</Codes></CodeBook></Project>";
        QTest::newRow("100k codes") << "codes.qdpx" << zipOf({{"project.qde", manyCodes}}) << "codes";
        QByteArray deep = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>";
        for (int i = 0; i < 10000; ++i)
            deep += "<Code guid=\"" + guid(i).toUtf8() + "\" name=\"c\" isCodable=\"true\">";
        for (int i = 0; i < 10000; ++i)
            deep += "</Code>";
        deep += "</Codes></CodeBook>" + QByteArray(source.toUtf8()) + "</Project>";
        QTest::newRow("deep nesting") << "deep.qde" << deep << "nested";
        QTest::newRow("not a project") << "noise.qdpx" << QByteArray("PK\x03\x04 not really a zip at all") << "ZIP";
        QTest::newRow("no .qde") << "empty.qdpx" << zipOf({{"readme.txt", text}}) << ".qde";
        QTest::newRow("malformed XML") << "broken.qde" << QByteArray("<Project name=\"x\"><Sources>") << "malformed";
    }

    void hostileFilesAreRefused()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeFile(dir, fileName, bytes);
        QVERIFY(!path.isEmpty());
        ImportedLibrary target;
        QVERIFY(target.open());
        QElapsedTimer timer;
        timer.start();
        const RefiImportReport report = RefiQdaImporter(target.db()).importFile(path);
        QVERIFY2(!report.ok(), "the hostile file was accepted");
        QVERIFY2(report.fileError.contains(reason), qPrintable(report.fileError));
        QVERIFY2(!report.fileError.contains(QLatin1Char('\n')), qPrintable(report.fileError));
        QVERIFY(timer.elapsed() < 5000);
        for (const char *table : {"articles", "annotations", "dumps", "collections", "tags"})
            QCOMPARE(rowCount(target.db(), QString::fromLatin1(table)), 0);
    }
};

QTEST_GUILESS_MAIN(RefiQdaImportTest)
#include "tst_refiqdaimport.moc"
