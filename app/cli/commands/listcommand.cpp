#include "clicontext.h"
#include "commands.h"

#include "export/articlejson.h"
#include "search/articlefinder.h"
#include "search/ftsquery.h"

#include <QJsonArray>

namespace glossa::cli {

namespace {

QString plainSnippet(QString snippet)
{
    snippet.replace(QChar(0x02), QLatin1Char('[')).replace(QChar(0x03), QLatin1Char(']'));
    return snippet;
}

void printSummaries(CliContext &context, const QList<ArticleSummary> &rows, bool json)
{
    if (json) {
        QJsonArray array;
        for (const ArticleSummary &row : rows)
            array.append(ArticleJson::summary(row));
        context.printJson(QJsonDocument(array));
        return;
    }
    for (const ArticleSummary &row : rows) {
        context.out() << row.id << '\t'
                      << (row.published.isValid() ? row.published.toString(Qt::ISODate) : QStringLiteral("----------"))
                      << '\t' << (row.source.isEmpty() ? QStringLiteral("?") : row.source) << '\t' << row.title;
        if (row.annotationCount > 0)
            context.out() << "  [" << row.annotationCount << "]";
        context.out() << '\n';
        if (!row.snippet.isEmpty())
            context.out() << (row.snippetOfNote ? "\tnote: … " : "\t… ") << plainSnippet(row.snippet) << '\n';
    }
    context.out().flush();
}

} // namespace

int runList(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the articles in the library, newest first."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print a JSON array.")},
        {QStringLiteral("query"), QStringLiteral("Full-text search."), QStringLiteral("Q")},
        {QStringLiteral("source"), QStringLiteral("Only this outlet."), QStringLiteral("S")},
        {QStringLiteral("tag"), QStringLiteral("Only articles with this tag (on the article or an annotation)."),
         QStringLiteral("T")},
        {QStringLiteral("verdict"), QStringLiteral("Only articles with a claim of this verdict."), QStringLiteral("V")},
        {QStringLiteral("from"), QStringLiteral("Published on or after."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QStringLiteral("Published on or before."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("unread"), QStringLiteral("Only unread articles.")},
        {QStringLiteral("starred"), QStringLiteral("Only starred articles.")},
        {QStringLiteral("limit"), QStringLiteral("At most N articles."), QStringLiteral("N")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("list takes no arguments, only options"));

    ArticleQuery query;
    query.search = parser.value(QStringLiteral("query"));
    query.source = parser.value(QStringLiteral("source"));
    query.tag = parser.value(QStringLiteral("tag"));
    query.unreadOnly = parser.isSet(QStringLiteral("unread"));
    query.starredOnly = parser.isSet(QStringLiteral("starred"));
    if (!context.verdictOption(parser, QStringLiteral("verdict"), &query.verdict)
        || !context.dateOption(parser, QStringLiteral("from"), &query.from)
        || !context.dateOption(parser, QStringLiteral("to"), &query.to)
        || !context.numberOption(parser, QStringLiteral("limit"), 0, &query.limit))
        return UsageError;
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    printSummaries(context, ArticleFinder(library.database()).summaries(query), parser.isSet(QStringLiteral("json")));
    return Ok;
}

int runSearch(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Full-text search over titles and bodies, best matches first. Words must all match; "
        "\"quoted phrases\", prefix*, -excluded and OR are understood; accents and case are ignored. "
        "With --annotations, searches the quotes, notes and tags of annotations instead."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    parser.addOption({QStringLiteral("annotations"), QStringLiteral("Search annotations (quote, note, tags), not articles.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results (default 50)."), QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("What to search for."), QStringLiteral("QUERY"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("search needs a QUERY"));
    ArticleQuery query;
    query.search = parser.positionalArguments().join(QLatin1Char(' '));
    query.sort = ArticleQuery::Sort::Relevance;
    query.withSnippets = true;
    query.limit = 50;
    if (!context.numberOption(parser, QStringLiteral("limit"), 0, &query.limit))
        return UsageError;
    if (parser.isSet(QStringLiteral("annotations")))
        return runAnnotationSearch(context, query.search, query.limit, parser.isSet(QStringLiteral("json")));
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    // A query with nothing searchable in it (only punctuation, only exclusions) finds nothing;
    // it must not fall back to listing the whole library.
    const QList<ArticleSummary> rows = FtsQuery::toMatchExpression(query.search).isEmpty()
        ? QList<ArticleSummary>()
        : ArticleFinder(library.database()).summaries(query);
    printSummaries(context, rows, parser.isSet(QStringLiteral("json")));
    return Ok;
}

} // namespace glossa::cli
