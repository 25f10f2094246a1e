#include "exportrunner.h"

#include "export/claimreviewexporter.h"
#include "search/appearancefinder.h"
#include "export/csvexporter.h"
#include "export/exportfile.h"
#include "export/htmlreportexporter.h"
#include "export/markdownexporter.h"
#include "export/w3cannotationexporter.h"
#include "pdfreportwriter.h"
#include "storage/exportsource.h"
#include "workspace.h"

#include <QFileInfo>

namespace glossa {

namespace {

QByteArray render(ExportFormat format, const QList<ExportedArticle> &articles)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownExporter().write(articles);
    case ExportFormat::Csv:
        return CsvExporter().write(articles);
    case ExportFormat::W3cJson:
        return W3cAnnotationExporter().write(articles);
    case ExportFormat::HtmlReport:
    case ExportFormat::PdfReport:
        return HtmlReportExporter().write(articles);
    case ExportFormat::ClaimReview:
        return ClaimReviewExporter().write(articles);
    }
    return QByteArray();
}

} // namespace

bool ExportRunner::resolveScope(const ExportRequest &request, QList<qint64> *articleIds, QString *error) const
{
    switch (request.scopeKind) {
    case ExportScopeKind::WholeLibrary:
        articleIds->clear(); // ExportSource's "every article in scope"
        return true;
    case ExportScopeKind::CurrentArticle:
    case ExportScopeKind::SelectedArticles:
        *articleIds = request.articleIds;
        break;
    case ExportScopeKind::Collection:
        *articleIds = m_workspace->collections().articleIds(request.collectionId);
        break;
    case ExportScopeKind::FilteredList: {
        const ArticleStore store = m_workspace->articles();
        *articleIds = store.ids(request.filter);
        if (articleIds->isEmpty() && !store.lastError().isEmpty()) {
            *error = tr("The filtered list could not be read: %1").arg(store.lastError());
            return false;
        }
        break;
    }
    }
    // An empty list would mean "the whole library" to ExportSource: never what was asked here.
    if (articleIds->isEmpty()) {
        *error = tr("There is no article to export in this scope.");
        return false;
    }
    return true;
}

bool ExportRunner::run(const ExportRequest &request, ExportOutcome *outcome, QString *error) const
{
    QString reason;
    if (!m_workspace->isOpen()) {
        *error = tr("No library is open.");
        return false;
    }
    ExportScope scope;
    scope.tag = request.tag;
    scope.verdict = request.verdict;
    if (!resolveScope(request, &scope.articleIds, error))
        return false;

    QList<ExportedArticle> articles;
    const ExportSource source(m_workspace->library().database());
    if (!source.load(scope, &articles)) {
        *error = tr("The library could not be read: %1").arg(source.lastError());
        return false;
    }
    // With a tag or verdict filter the analyst asked for matching annotations: an article
    // without any (listed because it was in the chosen scope) would only be noise.
    if (!request.tag.isEmpty() || !request.verdict.isEmpty()) {
        articles.removeIf([](const ExportedArticle &exported) { return exported.annotations.isEmpty(); });
    }
    if (articles.isEmpty()) {
        *error = tr("Nothing to export: no annotation in this scope matches the filters.");
        return false;
    }

    if (request.format == ExportFormat::ClaimReview)
        AppearanceFinder::fill(m_workspace->library().database(), &articles);
    const QByteArray bytes = render(request.format, articles);
    const bool saved = request.format == ExportFormat::PdfReport
                           ? PdfReportWriter::save(request.path, QString::fromUtf8(bytes), &reason)
                           : ExportFile::save(request.path, bytes, &reason);
    if (!saved) {
        *error = tr("“%1” could not be saved, and no file was left in its place.\n\n%2")
                     .arg(QFileInfo(request.path).fileName(), reason);
        return false;
    }
    outcome->path = request.path;
    outcome->articles = int(articles.size());
    outcome->annotations = 0;
    for (const ExportedArticle &exported : std::as_const(articles))
        outcome->annotations += int(exported.annotations.size());
    return true;
}

} // namespace glossa
