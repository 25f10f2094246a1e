#pragma once

// What the REFI-QDA suites share: the fixture library with a CRLF-rich dump imported beside
// the French, Arabic and emoji-laden articles, and reading back an exported project.

#include "../export/exportfixture.h"

#include "export/exportjob.h"
#include "import/documentreader.h"
#include "interchange/qdpxarchive.h"
#include "interchange/refiprojectreader.h"
#include "storage/collectionstore.h"

#include <QSqlQuery>

namespace glossa::testing {

inline int rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery sql(db);
    sql.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return sql.next() ? sql.value(0).toInt() : -1;
}

// The export fixture plus fr_crlf.txt (a dump with CRLF line ends) and two annotations on it,
// one across two paragraphs; and a collection.
inline bool buildRefiFixture(ExportFixture &fixture)
{
    if (!fixture.build())
        return false;
    QFile dump(QStringLiteral(GLOSSA_TEST_DATA "/import/fr_crlf.txt"));
    if (!dump.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = dump.readAll();
    if (!bytes.contains("\r\n"))
        return false;
    const WriteResult written =
        ArticleWriter(fixture.database()).write(QStringLiteral("fr_crlf.txt"), bytes, DocumentReader::read(bytes, QStringLiteral("fr_crlf.txt")));
    if (!written.ok() || written.articleIds.size() != 1)
        return false;
    const qint64 id = written.articleIds.first();
    const QString text = ArticleStore(fixture.database()).article(id)->text;
    AnnotationStore store(fixture.database());
    const QStringList quotes{QStringLiteral("un record.\nLes producteurs"), QStringLiteral("9 € le litre")};
    for (int i = 0; i < quotes.size(); ++i) {
        const int start = int(text.indexOf(quotes.at(i)));
        if (start < 0)
            return false;
        Annotation annotation;
        annotation.articleId = id;
        annotation.anchor = TextAnchoring::makeAnchor(text, start, start + int(quotes.at(i).size()));
        annotation.tags = {QStringLiteral("prix")};
        annotation.note = i == 0 ? QStringLiteral("ligne 1\r\nligne 2") : QString();
        annotation.analyst = ExportFixture::fixtureAnalyst(QStringLiteral("Amina El Idrissi"), 1);
        if (i == 1)
            annotation.claim = makeClaim(QStringLiteral("statistic"), QStringLiteral("supported"), QStringLiteral("Coopérative"),
                                         QString(), 0.25);
        if (!store.create(annotation))
            return false;
    }
    CollectionStore collections(fixture.database());
    const qint64 collection = collections.create(QStringLiteral("Dossier huile & ponts"));
    return collection != 0 && collections.addArticles(collection, {id, fixture.articleIds().at(0)}) == 2;
}

// The REFI-QDA export of the whole library, by the one export path.
inline ExportOutcome exportProject(const QSqlDatabase &db, ExportFormat format, const QString &path, QString *error)
{
    ExportRequest request;
    request.format = format;
    request.scopeKind = ExportScopeKind::WholeLibrary;
    request.path = path;
    ExportOutcome outcome;
    if (!ExportJob(db).run(request, &outcome, error))
        return ExportOutcome();
    return outcome;
}

// An exported .qdpx read back: the project and each entry's bytes by name.
struct ReadBack
{
    RefiProject project;
    QByteArray projectXml;
    QHash<QString, QByteArray> entries;
    QString error;
};

inline ReadBack readBack(const QString &path)
{
    ReadBack back;
    QdpxArchive archive;
    if (!archive.open(path, &back.error))
        return back;
    for (const QString &name : archive.names()) {
        QByteArray data;
        if (!archive.read(name, &data, &back.error))
            return back;
        back.entries.insert(name, data);
    }
    back.projectXml = back.entries.value(QStringLiteral("project.qde"));
    RefiProjectReader::read(back.projectXml, &back.project, &back.error);
    return back;
}

} // namespace glossa::testing
