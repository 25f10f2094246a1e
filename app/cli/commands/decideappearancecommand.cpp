#include "clicontext.h"
#include "commands.h"

#include "memory/appearancedecision.h"

#include <functional>

namespace glossa::cli {

namespace {

// accept-appearance and dismiss-appearance: the same reading of ids and the same one-line
// report per id; only the decision differs. \a decide returns the line to report, or nothing
// when the appearance was refused (the decision's lastError() says why).
int decideAppearances(CliContext &context, const QStringList &args, const QString &command, const QString &verb,
                      const QString &description,
                      const std::function<std::optional<QString>(AppearanceDecision &, qint64)> &decide)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
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
        return context.usageError(QStringLiteral("%1 needs at least one ID").arg(command));
    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    AppearanceDecision decision(library.database());
    int refused = 0;
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<QString> done = decide(decision, id);
        if (!done) {
            context.err() << "glossa-cli: appearance " << id << " not " << verb << ": " << decision.lastError()
                          << Qt::endl;
            ++refused;
            continue;
        }
        context.err() << verb << ": " << id << *done << Qt::endl;
    }
    return refused > 0 ? InputRefused : Ok;
}

} // namespace

int runAcceptAppearance(CliContext &context, const QStringList &args)
{
    return decideAppearances(
        context, args, QStringLiteral("accept-appearance"), QStringLiteral("accepted"),
        QStringLiteral(
            "Accept appearances (see 'appearances'): each passage becomes an annotation, made as --analyst, carrying "
            "the claim it repeats (kind, verdict, claimant) with evidence naming the original (the fact-check's page, "
            "or the library's claim). Each is accepted on its own; one that cannot be (not there, accepted already, "
            "its passage gone from the article) is named and left as it was."),
        [](AppearanceDecision &decision, qint64 id) -> std::optional<QString> {
            const std::optional<Annotation> annotation = decision.accept(id);
            if (!annotation)
                return std::nullopt;
            return QStringLiteral(" (annotation %1, %2, %3)")
                .arg(QString::number(annotation->id), annotation->uuid, annotation->claim->verdict);
        });
}

int runDismissAppearance(CliContext &context, const QStringList &args)
{
    return decideAppearances(
        context, args, QStringLiteral("dismiss-appearance"), QStringLiteral("dismissed"),
        QStringLiteral(
            "Dismiss appearances (see 'appearances'): each is kept as dismissed, by --analyst, and its passage is never "
            "proposed again for that claim. An accepted appearance is not dismissed (its annotation would stay); one "
            "that cannot be is named and left as it was."),
        [](AppearanceDecision &decision, qint64 id) -> std::optional<QString> {
            if (!decision.dismiss(id))
                return std::nullopt;
            return QString();
        });
}

} // namespace glossa::cli
