#pragma once

// Shared by the claims board and tag manager tests: the four articles of tests/data/cli/spread.jsonl
// imported into a workspace, with claims (and one plain highlight) on them.

#include "import/importer.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "workspace.h"

#include <QTest>

namespace glossa::testsupport {

struct ClaimsFixture
{
    QList<qint64> articleIds; // in file order: Courrier du Nord, Média Atlas, Gazette de l'Est, Barlamane
    QList<qint64> claimIds;   // one claim per article, same order
    qint64 plainHighlightId = 0;
};

inline qint64 annotate(Workspace &workspace, qint64 articleId, const QString &quote, const QStringList &tags,
                       const QString &kind = QString(), const QString &verdict = QString(),
                       const QString &claimant = QString())
{
    const QString text = workspace.articles().article(articleId)->text;
    const int start = int(text.indexOf(quote));
    if (start < 0)
        qFatal("quote not found: %s", qPrintable(quote));
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.anchor.start = start;
    annotation.anchor.end = start + int(quote.size());
    annotation.anchor.exact = quote;
    annotation.anchor.prefix = text.mid(qMax(0, start - 16), start - qMax(0, start - 16));
    annotation.anchor.suffix = text.mid(annotation.anchor.end, 16);
    annotation.tags = tags;
    if (!kind.isEmpty()) {
        Claim claim;
        claim.kind = kind;
        claim.verdict = verdict;
        claim.claimant = claimant;
        annotation.claim = claim;
    }
    AnnotationStore store = workspace.annotations();
    if (!store.create(annotation))
        qFatal("cannot annotate: %s", qPrintable(store.lastError()));
    return annotation.id;
}

inline ClaimsFixture makeClaimsFixture(Workspace &workspace, const QString &path)
{
    ClaimsFixture fixture;
    QString error;
    if (!workspace.openLibrary(path, &error))
        qFatal("cannot open the library: %s", qPrintable(error));
    Importer importer(workspace.library());
    const FileImportResult result = importer.importFile(QStringLiteral(GLOSSA_TEST_DATA "/cli/spread.jsonl"));
    if (result.articleIds.size() != 4)
        qFatal("spread.jsonl: expected 4 articles, got %d (%s)", int(result.articleIds.size()),
               qPrintable(result.reason));
    fixture.articleIds = result.articleIds;
    const QList<qint64> &a = fixture.articleIds;
    fixture.claimIds << annotate(workspace, a[0], QStringLiteral("près de cinq cents soldats étrangers"),
                                 {QStringLiteral("alep")}, QStringLiteral("statistic"), QStringLiteral("disputed"),
                                 QStringLiteral("notre rédaction"));
    fixture.claimIds << annotate(workspace, a[1], QStringLiteral("auraient été capturés"),
                                 {QStringLiteral("alep"), QStringLiteral("prisonniers")},
                                 QStringLiteral("allegation"), QStringLiteral("unverified"));
    fixture.claimIds << annotate(workspace, a[2], QStringLiteral("Selon des documents"), {},
                                 QStringLiteral("attribution"), QStringLiteral("disputed"));
    fixture.claimIds << annotate(workspace, a[3], QStringLiteral("Les combats ont repris"),
                                 {QStringLiteral("front")}, QStringLiteral("factual"), QStringLiteral("supported"),
                                 QStringLiteral("sources locales"));
    fixture.plainHighlightId =
        annotate(workspace, a[3], QStringLiteral("sans prisonniers signalés"), {QStringLiteral("prisonniers")});
    return fixture;
}

// The annotation as a fresh connection reads it from the file: what survives a restart.
inline std::optional<Annotation> annotationInFile(const QString &path, qint64 id)
{
    Library library;
    QString error;
    if (!library.open(path, &error))
        qFatal("cannot reopen the library: %s", qPrintable(error));
    return AnnotationStore(library.database()).annotation(id);
}

} // namespace glossa::testsupport
