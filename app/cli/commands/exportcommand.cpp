#include "clicontext.h"
#include "commands.h"

#include "export/claimreviewexporter.h"
#include "export/csvexporter.h"
#include "export/exportfile.h"
#include "export/htmlreportexporter.h"
#include "export/markdownexporter.h"
#include "export/w3cannotationexporter.h"
#include "model/taxonomy.h"
#include "search/appearancefinder.h"
#include "storage/collectionstore.h"
#include "storage/exportsource.h"

#include <QFile>
#include <cstdio>

#ifdef GLOSSA_WITH_PDF
#include "pdfreportwriter.h"
#endif

namespace glossa::cli {

namespace {

const QStringList kFormats = {QStringLiteral("markdown"), QStringLiteral("csv"), QStringLiteral("json"),
                              QStringLiteral("html"), QStringLiteral("claimreview"),
#ifdef GLOSSA_WITH_PDF
                              QStringLiteral("pdf")
#endif
};

QByteArray render(const QString &format, const QList<ExportedArticle> &articles, const QString &reviewAuthor)
{
    if (format == QLatin1String("markdown"))
        return MarkdownExporter().write(articles);
    if (format == QLatin1String("csv"))
        return CsvExporter().write(articles);
    if (format == QLatin1String("json"))
        return W3cAnnotationExporter().write(articles);
    if (format == QLatin1String("html"))
        return HtmlReportExporter().write(articles);
    ClaimReviewExporter exporter;
    if (!reviewAuthor.isEmpty())
        exporter.setAuthorName(reviewAuthor);
    return exporter.write(articles);
}

} // namespace

int runExport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export annotations: a Markdown brief, CSV, W3C Web Annotation JSON-LD, an HTML report or "
        "schema.org ClaimReview. Without --article, every article with an annotation in scope."));
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
        {QStringLiteral("review-author"),
         QStringLiteral("ClaimReview: the organisation named as reviewer (default \"Glossa user\")."),
         QStringLiteral("NAME")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("export takes no arguments, only options"));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        return context.usageError(QStringLiteral("export needs --format (%1)").arg(kFormats.join(QStringLiteral(", "))));
    if (!kFormats.contains(format))
        return context.usageError(QStringLiteral("unknown format '%1' (one of: %2)")
                                      .arg(parser.value(QStringLiteral("format")), kFormats.join(QStringLiteral(", "))));
    ExportScope scope;
    for (const QString &value : parser.values(QStringLiteral("article"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usageError(QStringLiteral("'%1' is not an article id").arg(value));
        if (!scope.articleIds.contains(id))
            scope.articleIds << id;
    }
    const bool byCollection = parser.isSet(QStringLiteral("collection"));
    if (byCollection && !scope.articleIds.isEmpty())
        return context.usageError(QStringLiteral("--article and --collection cannot be combined"));
    scope.tag = parser.value(QStringLiteral("tag"));
    scope.verdict = parser.value(QStringLiteral("verdict"));
    if (!scope.verdict.isEmpty() && !Taxonomy::builtIn().verdict(scope.verdict))
        return context.usageError(QStringLiteral("unknown verdict '%1'").arg(scope.verdict));

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    if (byCollection) {
        const QString name = parser.value(QStringLiteral("collection"));
        const CollectionStore collections(library.database());
        const qint64 collectionId = collections.idOf(name);
        if (collectionId == 0) {
            context.err() << "glossa-cli: no collection named '" << name << "'" << Qt::endl;
            return InputRefused;
        }
        scope.articleIds = collections.articleIds(collectionId);
        // No ids would mean "every annotated article" to ExportSource: never what was asked.
        if (scope.articleIds.isEmpty()) {
            context.err() << "glossa-cli: the collection '" << name << "' has no articles" << Qt::endl;
            return InputRefused;
        }
    }
    QList<ExportedArticle> articles;
    ExportSource source(library.database());
    if (!source.load(scope, &articles)) {
        context.err() << "glossa-cli: " << source.lastError() << Qt::endl;
        return InputRefused;
    }
    int annotations = 0;
    for (const ExportedArticle &exported : articles)
        annotations += int(exported.annotations.size());

    const QString output = parser.value(QStringLiteral("output"));
#ifdef GLOSSA_WITH_PDF
    if (format == QLatin1String("pdf")) {
        // A PDF is the HTML report laid out on pages; it is never written to a terminal.
        if (output.isEmpty() || output == QLatin1String("-"))
            return context.usageError(QStringLiteral("--format pdf needs -o FILE"));
        QString error;
        if (!PdfReportWriter::save(output, QString::fromUtf8(HtmlReportExporter().write(articles)), &error)) {
            context.err() << "glossa-cli: " << error << Qt::endl;
            return InputRefused;
        }
        context.err() << annotations << " annotation(s) of " << articles.size() << " article(s) exported as pdf to "
                      << output << Qt::endl;
        return Ok;
    }
#endif
    if (format == QLatin1String("claimreview"))
        AppearanceFinder::fill(library.database(), &articles);
    const QByteArray bytes = render(format, articles, parser.value(QStringLiteral("review-author")));
    if (output.isEmpty() || output == QLatin1String("-")) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            context.err() << "glossa-cli: cannot write to stdout" << Qt::endl;
            return InputRefused;
        }
    } else {
        QString error;
        if (!ExportFile::save(output, bytes, &error)) {
            context.err() << "glossa-cli: " << error << Qt::endl;
            return InputRefused;
        }
    }
    context.err() << annotations << " annotation(s) of " << articles.size() << " article(s) exported as " << format
                  << (output.isEmpty() ? QString() : QStringLiteral(" to ") + output) << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
