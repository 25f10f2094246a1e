#include "clicontext.h"
#include "commands.h"

#include "export/articlejson.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"

namespace glossa::cli {

namespace {

void printArticle(QTextStream &out, const Article &article, const QList<Annotation> &annotations)
{
    out << article.title << '\n';
    out << (article.source.isEmpty() ? QStringLiteral("(unknown outlet)") : article.source) << ", "
        << (article.published.isValid() ? article.published.toString(Qt::ISODate) : QStringLiteral("(undated)"))
        << '\n';
    out << "from " << article.provenance.fileName << " (" << article.provenance.encoding << "), imported "
        << article.provenance.importedAt.toString(Qt::ISODate) << "\n\n";
    for (const Block &block : article.blocks) {
        if (block.kind == Block::Kind::Heading)
            out << "## " << article.blockText(block) << "\n\n";
        else
            out << article.blockText(block) << "\n\n";
    }
    for (const Annotation &annotation : annotations) {
        out << "> " << annotation.anchor.exact << "\n  #" << annotation.id << " [" << annotation.anchor.start << '-'
            << annotation.anchor.end << "] " << annotation.color;
        if (annotation.orphaned)
            out << " ORPHANED";
        if (!annotation.tags.isEmpty())
            out << " tags: " << annotation.tags.join(QStringLiteral(", "));
        if (annotation.claim)
            out << " claim: " << annotation.claim->kind << '/' << annotation.claim->verdict
                << (annotation.claim->claimant.isEmpty() ? QString() : QStringLiteral(" by ") + annotation.claim->claimant);
        if (!annotation.note.isEmpty())
            out << "\n  note: " << annotation.note;
        out << '\n';
    }
    out.flush();
}

} // namespace

int runShow(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show one article with its annotations. With --json, \"text\" is the article's text, and every \"start\" "
        "and \"end\" counts its Unicode code points (Python's text[start:end] is the passage, emoji included)."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON object.")});
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The article's id (see list)."), QStringLiteral("ID"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const qint64 id = context.singleId(parser, QStringLiteral("show"), QStringLiteral("article"));
    if (id == 0)
        return UsageError;

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const std::optional<Article> article = ArticleStore(library.database()).article(id);
    if (!article) {
        context.err() << "glossa-cli: no article " << id << " in " << library.path() << Qt::endl;
        return InputRefused;
    }
    const QList<Annotation> annotations = AnnotationStore(library.database()).annotationsForArticle(id);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(ArticleJson::article(*article, annotations)));
    else
        printArticle(context.out(), *article, annotations);
    return Ok;
}

} // namespace glossa::cli
