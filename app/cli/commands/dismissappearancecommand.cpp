#include "clicontext.h"
#include "commands.h"

#include "memory/appearancedecision.h"

namespace glossa::cli {

int runDismissAppearance(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Dismiss appearances (see 'appearances'): each is kept as dismissed, by --analyst, and its passage is never "
        "proposed again for that claim. An accepted appearance is not dismissed (its annotation would stay); one "
        "that cannot be is named and left as it was."));
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
        return context.usageError(QStringLiteral("dismiss-appearance needs at least one ID"));
    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    AppearanceDecision decision(library.database());
    int refused = 0;
    for (const qint64 id : std::as_const(ids)) {
        if (!decision.dismiss(id)) {
            context.err() << "glossa-cli: appearance " << id << " not dismissed: " << decision.lastError() << Qt::endl;
            ++refused;
            continue;
        }
        context.err() << "dismissed: " << id << Qt::endl;
    }
    return refused > 0 ? InputRefused : Ok;
}

} // namespace glossa::cli
