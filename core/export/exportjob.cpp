#include "exportjob.h"

#include "claimreviewexporter.h"
#include "csvexporter.h"
#include "exportfile.h"
#include "htmlreportexporter.h"
#include "markdownexporter.h"
#include "interchange/refiqdaexporter.h"
#include "interchange/w3cannotationexporter.h"
#include "search/appearancefinder.h"
#include "search/articlefinder.h"
#include "briefbuilder.h"
#include "storage/analyststore.h"
#include "storage/collectionstore.h"
#include "storage/exportsource.h"
#include "storage/outputguard.h"
#include "storage/tagstore.h"

#include <QFileInfo>

namespace glossa {

namespace {

QByteArray render(const ExportRequest &request, const QList<ExportedArticle> &articles, const Brief &brief,
                  const QStringList &outlets)
{
    switch (request.format) {
    case ExportFormat::Markdown:
        return MarkdownExporter().write(brief);
    case ExportFormat::Csv:
        return CsvExporter().write(articles);
    case ExportFormat::W3cJson:
        return W3cAnnotationExporter().write(articles);
    case ExportFormat::HtmlReport:
        return HtmlReportExporter().write(brief);
    case ExportFormat::PdfReport:
        break; // laid out by the PageWriter
    case ExportFormat::ClaimReview: {
        ClaimReviewExporter exporter;
        exporter.setPublisher(request.publisher);
        exporter.setOutlets(outlets);
        return exporter.write(articles);
    }
    case ExportFormat::RefiQdaProject:
    case ExportFormat::RefiQdaCodebook:
        break; // ExportJob::renderRefiQda: they need more of the library than the articles
    }
    return QByteArray();
}

} // namespace

ExportJob::ExportJob(QSqlDatabase db, PageWriter pageWriter) : m_db(std::move(db)), m_pageWriter(std::move(pageWriter)) {}

QList<ExportFormat> ExportJob::formats(bool withPageWriter)
{
    QList<ExportFormat> formats = ExportFormats::all();
    if (!withPageWriter)
        formats.removeIf([](ExportFormat format) { return ExportFormats::needsPageLayout(format); });
    return formats;
}

QByteArray ExportJob::renderRefiQda(ExportFormat format, const QList<ExportedArticle> &articles,
                                    ExportOutcome *outcome, QString *error) const
{
    RefiExportInput input;
    input.articles = articles;
    const CollectionStore collections(m_db);
    for (const Collection &collection : collections.collections())
        input.collections.append({collection.name, collections.articleIds(collection.id)});
    for (const TagUsage &tag : TagStore(m_db).tags())
        input.tagColors.insert(tag.name, tag.color);
    const RefiQdaExporter::Result result = format == ExportFormat::RefiQdaProject ? RefiQdaExporter::qdpx(input)
                                                                                  : RefiQdaExporter::codebook(input);
    if (result.bytes.isEmpty())
        *error = result.error;
    outcome->notCarried = result.notCarried;
    outcome->annotations = result.selections;
    return result.bytes;
}

bool ExportJob::resolveScope(const ExportRequest &request, QList<qint64> *articleIds, QString *error) const
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
        *articleIds = CollectionStore(m_db).articleIds(request.collectionId);
        break;
    case ExportScopeKind::FilteredList: {
        const ArticleFinder finder(m_db);
        *articleIds = finder.ids(request.filter);
        if (articleIds->isEmpty() && !finder.lastError().isEmpty()) {
            *error = tr("The filtered list could not be read: %1").arg(finder.lastError());
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

BriefHeader ExportJob::briefHeader(const ExportRequest &request) const
{
    BriefHeader header;
    header.made = QDateTime::currentDateTimeUtc();
    header.madeBy = request.madeBy;
    if (header.madeBy.isEmpty()) {
        if (const std::optional<Analyst> acting = AnalystStore(m_db).acting())
            header.madeBy = acting->name;
    }
    switch (request.scopeKind) {
    case ExportScopeKind::WholeLibrary:
        header.scope = QStringLiteral("Whole library");
        break;
    case ExportScopeKind::CurrentArticle:
        header.scope = QStringLiteral("One article");
        break;
    case ExportScopeKind::SelectedArticles:
        header.scope = QStringLiteral("%1 selected article(s)").arg(request.articleIds.size());
        break;
    case ExportScopeKind::Collection: {
        header.scope = QStringLiteral("Collection");
        for (const Collection &collection : CollectionStore(m_db).collections()) {
            if (collection.id == request.collectionId)
                header.scope = QStringLiteral("Collection “%1”").arg(collection.name);
        }
        break;
    }
    case ExportScopeKind::FilteredList: {
        const ArticleQuery &filter = request.filter;
        QStringList parts;
        if (!filter.search.trimmed().isEmpty())
            parts << QStringLiteral("search “%1”").arg(filter.search.simplified());
        if (!filter.source.isEmpty())
            parts << QStringLiteral("outlet %1").arg(filter.source);
        if (!filter.tag.isEmpty())
            parts << QStringLiteral("tag %1").arg(filter.tag);
        if (!filter.verdict.isEmpty())
            parts << QStringLiteral("verdict %1").arg(filter.verdict);
        if (filter.unreadOnly)
            parts << QStringLiteral("unread");
        if (filter.starredOnly)
            parts << QStringLiteral("starred");
        header.scope = parts.isEmpty() ? QStringLiteral("Filtered list")
                                       : QStringLiteral("Filtered list: ") + parts.join(QStringLiteral(", "));
        if (filter.from.isValid() || filter.to.isValid())
            header.dateRange = (filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QStringLiteral("…"))
                + QStringLiteral(" – ") + (filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("…"));
        break;
    }
    }
    QStringList filters;
    if (!request.tag.isEmpty())
        filters << QStringLiteral("tag %1").arg(request.tag);
    if (!request.verdict.isEmpty())
        filters << QStringLiteral("verdict %1").arg(request.verdict);
    if (request.layer == ExportScope::Layer::Final)
        filters << QStringLiteral("final decisions only");
    else if (request.layer == ExportScope::Layer::Analyst) {
        const std::optional<Analyst> analyst = AnalystStore(m_db).byUuid(request.analystUuid);
        filters << QStringLiteral("annotations by %1").arg(analyst ? analyst->name : request.analystUuid);
    }
    header.filters = filters.join(QStringLiteral(", "));
    return header;
}

bool ExportJob::run(const ExportRequest &request, ExportOutcome *outcome, QString *error) const
{
    if (ExportFormats::needsPageLayout(request.format) && (!m_pageWriter || request.path.isEmpty())) {
        *error = tr("A %1 is laid out on pages and needs a file to be written to.").arg(ExportFormats::label(request.format));
        return false;
    }
    // Refused before anything is read or rendered; the writer checks again as it writes.
    if (!request.path.isEmpty()) {
        if (const QString refusal = OutputGuard::refusalFor(request.path); !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
    }
    if (request.format == ExportFormat::ClaimReview) {
        if (const QString problem = request.publisher.problem(); !problem.isEmpty()) {
            *error = tr("The ClaimReview settings cannot be used: %1.").arg(problem);
            return false;
        }
    }
    ExportScope scope;
    scope.tag = request.tag;
    scope.verdict = request.verdict;
    scope.layer = request.layer;
    scope.analystUuid = request.analystUuid;
    if (!resolveScope(request, &scope.articleIds, error))
        return false;

    QList<ExportedArticle> articles;
    const ExportSource source(m_db);
    if (!source.load(scope, &articles)) {
        *error = tr("The library could not be read: %1").arg(source.lastError());
        return false;
    }
    if (!request.tag.isEmpty() || !request.verdict.isEmpty())
        articles.removeIf([](const ExportedArticle &exported) { return exported.annotations.isEmpty(); });
    if (articles.isEmpty() && !request.allowEmpty) {
        *error = tr("Nothing to export: no annotation in this scope matches the filters.");
        return false;
    }

    QStringList outlets;
    if (request.format == ExportFormat::ClaimReview) {
        AppearanceFinder::fill(m_db, &articles);
        outlets = source.outletNames();
    }
    ExportOutcome refi;
    const bool isRefi = request.format == ExportFormat::RefiQdaProject || request.format == ExportFormat::RefiQdaCodebook;
    QString reason;
    const bool isBrief = request.format == ExportFormat::Markdown || request.format == ExportFormat::HtmlReport
        || request.format == ExportFormat::PdfReport;
    const Brief brief = isBrief ? BriefBuilder::build(articles, briefHeader(request)) : Brief();
    const QByteArray bytes =
        isRefi ? renderRefiQda(request.format, articles, &refi, &reason) : render(request, articles, brief, outlets);
    if (isRefi && bytes.isEmpty()) {
        *error = tr("The REFI-QDA file could not be made: %1").arg(reason);
        return false;
    }
    bool saved = true;
    if (ExportFormats::needsPageLayout(request.format))
        saved = m_pageWriter(request.path, brief, &reason);
    else if (!request.path.isEmpty())
        saved = ExportFile::save(request.path, bytes, &reason);
    if (!saved) {
        *error = tr("“%1” could not be saved, and no file was left in its place.\n\n%2")
                     .arg(QFileInfo(request.path).fileName(), reason);
        return false;
    }
    *outcome = ExportOutcome();
    outcome->path = request.path;
    if (request.path.isEmpty())
        outcome->bytes = bytes;
    outcome->notCarried = refi.notCarried;
    if (request.format == ExportFormat::ClaimReview && request.publisher.reviewUrlTemplate.isEmpty())
        outcome->notCarried << tr("No review URL template is set: the reviews have no url, and fact-check search takes none without one.");
    outcome->articles = int(articles.size());
    for (const ExportedArticle &exported : std::as_const(articles))
        outcome->annotations += int(exported.annotations.size());
    // A project holds the annotations it could carry; the others are named in notCarried.
    if (request.format == ExportFormat::RefiQdaProject)
        outcome->annotations = refi.annotations;
    return true;
}

} // namespace glossa
