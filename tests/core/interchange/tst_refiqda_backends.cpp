// A REFI-QDA project imported into a library of either backend: the file library and a team
// library on the test server (as its editor, under the server's row-level security). The same
// articles and annotations arrive, and a second import adds nothing.
#include "refiqdatestsupport.h"

#include "backendtest.h"
#include "interchange/refiqdaimporter.h"
#include "storage/analyststore.h"

using namespace glossa;
using namespace glossa::testing;
using glossa::test::Backend;

class TestRefiQdaBackends : public QObject, public glossa::test::BackendTest
{
    Q_OBJECT

public:
    explicit TestRefiQdaBackends(Backend backend) : BackendTest(backend) {}

private slots:
    void importsTheSameOnEitherBackend()
    {
        ExportFixture fixture;
        QVERIFY(buildRefiFixture(fixture));
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("p.qdpx"));
        exportProject(fixture.database(), ExportFormat::RefiQdaProject, path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Library target;
        QString why;
        if (!open(target, &why))
            QSKIP(qPrintable(why));
        const RefiImportReport report = RefiQdaImporter(target.database()).importFile(path);
        QVERIFY2(report.ok(), qPrintable(report.fileError));
        QCOMPARE(report.articlesAdded, 4);
        QCOMPARE(report.annotationsAdded, 8);

        QList<ExportedArticle> imported;
        ExportScope all;
        all.layer = ExportScope::Layer::All;
        QVERIFY2(ExportSource(target.database()).load(all, &imported), qPrintable(ExportSource(target.database()).lastError()));
        // On a team library what its analyst imports is theirs: the file's authors are named as
        // not carried; on a file library they stay who they were.
        const bool team = backend() == Backend::Server;
        const QString me = AnalystStore(target.database()).acting().value_or(Analyst()).uuid;
        QVERIFY(!team || report.notCarried.join('\n').contains(QStringLiteral("the authors of 8 selection(s)")));
        QStringList quotes, expected;
        for (const ExportedArticle &article : std::as_const(imported))
            for (const Annotation &annotation : article.annotations)
                quotes << annotation.anchor.exact + QLatin1Char('|') + annotation.analyst.uuid;
        for (const ExportedArticle &article : fixture.load())
            for (const Annotation &annotation : article.annotations)
                if (!annotation.orphaned)
                    expected << annotation.anchor.exact + QLatin1Char('|') + (team ? me : annotation.analyst.uuid);
        quotes.sort();
        expected.sort();
        QCOMPARE(quotes, expected);

        const RefiImportReport again = RefiQdaImporter(target.database()).importFile(path);
        QVERIFY2(again.ok(), qPrintable(again.fileError));
        QCOMPARE(again.articlesAdded, 0);
        QCOMPARE(again.annotationsAdded, 0);
        QCOMPARE(again.annotationsKnown, 8);
    }
};

GLOSSA_TEST_MAIN_ON_BOTH_BACKENDS(TestRefiQdaBackends)
#include "tst_refiqda_backends.moc"
