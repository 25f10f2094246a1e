#include "clicontext.h"
#include "commands.h"

#include "memory/appearancedecision.h"

namespace glossa::cli {

int runAcceptAppearance(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Accept appearances (see 'appearances'): each passage becomes an annotation, made as --analyst, carrying "
        "the claim it repeats (kind, verdict, claimant) with evidence naming the original (the fact-check's page, "
        "or the library's claim). Each is accepted on its own; one that cannot be (not there, accepted already, "
        "its passage gone from the article) is named and left as it was."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Appearance ids."), QStringLiteral("ID..."));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    QList<qint64> ids;
    if (!context.positiveIds(parser.positionalArguments(), QStringLiteral("appearance"), &ids))
        return UsageError;
    if (ids.isEmpty())
        return context.usageError(QStringLiteral("accept-appearance needs at least one ID"));
    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    AppearanceDecision decision(library.database());
    int refused = 0;
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<Annotation> annotation = decision.accept(id);
        if (!annotation) {
            context.err() << "glossa-cli: appearance " << id << " not accepted: " << decision.lastError() << Qt::endl;
            ++refused;
            continue;
        }
        context.err() << "accepted: " << id << " (annotation " << annotation->id << ", " << annotation->uuid << ", "
                      << annotation->claim->verdict << ")" << Qt::endl;
    }
    return refused > 0 ? InputRefused : Ok;
}

} // namespace glossa::cli
