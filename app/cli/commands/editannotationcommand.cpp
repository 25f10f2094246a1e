#include "clicontext.h"
#include "commands.h"

#include "model/taxonomy.h"
#include "storage/annotationstore.h"

namespace glossa::cli {

namespace {

// An analyst's annotation is theirs to change (on a team library, an editor's too): the store
// says so, or why not.
std::optional<Annotation> ownAnnotation(CliContext &context, Library &library, const QString &uuid)
{
    AnnotationStore store(library.database());
    const std::optional<Annotation> annotation = store.annotationByUuid(uuid);
    if (!annotation) {
        context.err() << "glossa-cli: no annotation " << uuid << Qt::endl;
        return std::nullopt;
    }
    if (!store.mayChange(*annotation)) {
        context.err() << "glossa-cli: " << store.lastError() << Qt::endl;
        return std::nullopt;
    }
    return annotation;
}

QString singleUuid(CliContext &context, const QCommandLineParser &parser, const QString &command)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty()) {
        context.usageError(QStringLiteral("%1 needs exactly one annotation UUID").arg(command));
        return QString();
    }
    return arguments.first().trimmed();
}

} // namespace

int runEditAnnotation(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Change one of your annotations, found by its UUID (show --json lists them): its note, its "
        "claim's verdict, its colour. The claim's history keeps the change."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("note"), QStringLiteral("The new note (empty to clear it)."), QStringLiteral("TEXT")},
        {QStringLiteral("verdict"), QStringLiteral("The claim's new verdict."), QStringLiteral("V")},
        {QStringLiteral("color"), QStringLiteral("The new highlight colour: a name or #rrggbb."), QStringLiteral("C")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString uuid = singleUuid(context, parser, QStringLiteral("edit-annotation"));
    if (uuid.isEmpty())
        return UsageError;
    const bool note = parser.isSet(QStringLiteral("note"));
    if (!note && !parser.isSet(QStringLiteral("verdict")) && !parser.isSet(QStringLiteral("color")))
        return context.usageError(QStringLiteral("edit-annotation needs --note, --verdict or --color"));
    QString verdict;
    QString color;
    if (!context.verdictOption(parser, QStringLiteral("verdict"), &verdict)
        || !context.colorOption(parser, QStringLiteral("color"), &color))
        return UsageError;

    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    std::optional<Annotation> annotation = ownAnnotation(context, library, uuid);
    if (!annotation)
        return InputRefused;
    if (!verdict.isEmpty() && !annotation->claim) {
        context.err() << "glossa-cli: annotation " << uuid << " is not a claim: it has no verdict" << Qt::endl;
        return InputRefused;
    }
    if (note)
        annotation->note = parser.value(QStringLiteral("note"));
    if (!verdict.isEmpty())
        annotation->claim->verdict = verdict;
    if (!color.isEmpty())
        annotation->color = color;
    AnnotationStore store(library.database());
    if (!store.update(*annotation)) {
        context.err() << "glossa-cli: " << store.lastError() << Qt::endl;
        return InputRefused;
    }
    return Ok;
}

int runDeleteAnnotation(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delete one of your annotations, found by its UUID."));
    CliContext::addCommonOptions(parser);
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString uuid = singleUuid(context, parser, QStringLiteral("delete-annotation"));
    if (uuid.isEmpty())
        return UsageError;
    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    const std::optional<Annotation> annotation = ownAnnotation(context, library, uuid);
    if (!annotation)
        return InputRefused;
    AnnotationStore store(library.database());
    if (!store.remove(annotation->id)) {
        context.err() << "glossa-cli: " << store.lastError() << Qt::endl;
        return InputRefused;
    }
    return Ok;
}

} // namespace glossa::cli
