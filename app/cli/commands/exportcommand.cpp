#include "clicontext.h"
#include "commands.h"

#include "export/exportjob.h"
#include "model/taxonomy.h"
#include "storage/collectionstore.h"
#include "storage/library.h"

#include <QFile>
#include <cstdio>

#ifdef GLOSSA_WITH_PDF
#include "pdfreportwriter.h"
#endif

namespace glossa::cli {

namespace {

// The formats this build writes, by their command-line names: the PDF only where app/print
// (Pango and Cairo) was built in.
ExportJob::PageWriter pageWriter()
{
#ifdef GLOSSA_WITH_PDF
    return &PdfReportWriter::save;
#else
    return {};
#endif
}

QStringList formatIds()
{
    QStringList ids;
    for (ExportFormat format : ExportJob::formats(bool(pageWriter())))
        ids << ExportFormats::id(format);
    return ids;
}

} // namespace

int runExport(CliContext &context, const QStringList &args)
{
    const QStringList kFormats = formatIds();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export annotations: a Markdown brief, CSV, W3C Web Annotation JSON-LD, an HTML report, "
        "schema.org ClaimReview, or a REFI-QDA project (.qdpx) or codebook (.qdc) for NVivo, ATLAS.ti, "
        "MAXQDA and QualCoder. Without --article, every article with an annotation in scope."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("One of: %1.").arg(kFormats.join(QStringLiteral(", "))),
         QStringLiteral("FORMAT")},
        {QStringLiteral("article"), QStringLiteral("Only this article; repeat for several."), QStringLiteral("ID")},
        {QStringLiteral("collection"), QStringLiteral("Exactly the articles of this collection (case file)."),
         QStringLiteral("NAME")},
        {QStringLiteral("tag"), QStringLiteral("Only annotations with this tag (or on an article with it)."),
         QStringLiteral("T")},
        {QStringLiteral("verdict"), QStringLiteral("Only claims with this verdict."), QStringLiteral("V")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE instead of stdout."),
         QStringLiteral("FILE")},
        {QStringLiteral("layer"),
         QStringLiteral("Whose annotations: final (the editor's decisions), all, or an analyst's name. Default: "
                        "each article's final layer where it has one, else every analyst's."),
         QStringLiteral("LAYER")},
        {{QStringLiteral("org-name"), QStringLiteral("review-author")},
         QStringLiteral("ClaimReview: the organisation that publishes the reviews (default \"Glossa user\")."),
         QStringLiteral("NAME")},
        {QStringLiteral("org-url"), QStringLiteral("ClaimReview: the organisation's site."), QStringLiteral("URL")},
        {QStringLiteral("org-logo"), QStringLiteral("ClaimReview: the URL of the organisation's logo."),
         QStringLiteral("URL")},
        {QStringLiteral("review-url-template"),
         QStringLiteral("ClaimReview: the page that publishes each review, {id} standing for its annotation's UUID "
                        "(e.g. https://desk.example/checks/{id}); fact-check search needs it."),
         QStringLiteral("TEMPLATE")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("export takes no arguments, only options"));
    const QString formatId = parser.value(QStringLiteral("format")).toLower();
    if (formatId.isEmpty())
        return context.usageError(QStringLiteral("export needs --format (%1)").arg(kFormats.join(QStringLiteral(", "))));
    if (!kFormats.contains(formatId))
        return context.usageError(QStringLiteral("unknown format '%1' (one of: %2)")
                                      .arg(parser.value(QStringLiteral("format")), kFormats.join(QStringLiteral(", "))));
    ExportRequest request;
    request.format = *ExportFormats::fromId(formatId);
    // Without --article or --collection: every article with an annotation (or a note) in scope.
    request.scopeKind = ExportScopeKind::WholeLibrary;
    if (!context.articleIds(parser.values(QStringLiteral("article")), &request.articleIds))
        return UsageError;
    if (!request.articleIds.isEmpty())
        request.scopeKind = ExportScopeKind::SelectedArticles;
    const bool byCollection = parser.isSet(QStringLiteral("collection"));
    if (byCollection && !request.articleIds.isEmpty())
        return context.usageError(QStringLiteral("--article and --collection cannot be combined"));
    request.tag = parser.value(QStringLiteral("tag"));
    if (!context.verdictOption(parser, QStringLiteral("verdict"), &request.verdict))
        return UsageError;
    request.madeBy = context.analyst().name; // a brief says who made it
    request.publisher.name = parser.value(QStringLiteral("org-name"));
    request.publisher.url = parser.value(QStringLiteral("org-url"));
    request.publisher.logo = parser.value(QStringLiteral("org-logo"));
    request.publisher.reviewUrlTemplate = parser.value(QStringLiteral("review-url-template"));
    if (const QString problem = request.publisher.problem(); !problem.isEmpty())
        return context.usageError(problem);
    // A script's daily export of, say, the false claims is not an error on a day without any.
    request.allowEmpty = true;
    const QString output = parser.value(QStringLiteral("output"));
    if (output != QLatin1String("-"))
        request.path = output;
    // A PDF is the brief laid out on pages; it is never written to a terminal.
    // So is a REFI-QDA project, a ZIP archive.
    if ((ExportFormats::needsPageLayout(request.format) || request.format == ExportFormat::RefiQdaProject)
        && request.path.isEmpty())
        return context.usageError(QStringLiteral("--format %1 needs -o FILE").arg(formatId));

    const QString layer = parser.value(QStringLiteral("layer"));
    if (layer.compare(QLatin1String("final"), Qt::CaseInsensitive) == 0)
        request.layer = ExportScope::Layer::Final;
    else if (layer.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        request.layer = ExportScope::Layer::All;
    else if (parser.isSet(QStringLiteral("layer")) && layer.trimmed().isEmpty())
        return context.usageError(QStringLiteral("--layer needs final, all or an analyst's name"));

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    if (!layer.isEmpty() && request.layer == ExportScope::Layer::FinalElseAll) {
        // An analyst's layer, by name.
        const std::optional<Analyst> named = context.analystNamed(library, layer);
        if (!named)
            return InputRefused;
        request.layer = ExportScope::Layer::Analyst;
        request.analystUuid = named->uuid;
    }
    if (byCollection) {
        const QString name = parser.value(QStringLiteral("collection"));
        const CollectionStore collections(library.database());
        request.collectionId = collections.idOf(name);
        request.scopeKind = ExportScopeKind::Collection;
        if (request.collectionId == 0) {
            context.err() << "glossa-cli: no collection named '" << name << "'" << Qt::endl;
            return InputRefused;
        }
        if (collections.articleIds(request.collectionId).isEmpty()) {
            context.err() << "glossa-cli: the collection '" << name << "' has no articles" << Qt::endl;
            return InputRefused;
        }
    }
    ExportOutcome outcome;
    QString error;
    if (!ExportJob(library.database(), pageWriter()).run(request, &outcome, &error)) {
        context.err() << "glossa-cli: " << error.simplified() << Qt::endl; // the window's message has paragraphs
        return InputRefused;
    }
    if (request.path.isEmpty()) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(outcome.bytes) != outcome.bytes.size() || !out.flush()) {
            context.err() << "glossa-cli: cannot write to stdout" << Qt::endl;
            return InputRefused;
        }
    }
    // The standard asks a writer to say what it could not carry: one line each.
    for (const QString &line : std::as_const(outcome.notCarried))
        context.err() << "glossa-cli: not carried: " << line << Qt::endl;
    context.err() << outcome.annotations << " annotation(s) of " << outcome.articles << " article(s) exported as "
                  << formatId << (request.path.isEmpty() ? QString() : QStringLiteral(" to ") + request.path)
                  << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
