#include "clicontext.h"
#include "commands.h"

#include "search/ftsindexreader.h"
#include "search/searchindexcompactor.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace glossa::cli {

int runCompactIndex(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merge the full-text index into one segment, so that searches of phrases and common "
        "words check each article faster. Safe while Glossa is running: the work goes in short "
        "steps, between which imports and edits proceed. Worth running after large imports."));
    CliContext::addCommonOptions(parser);
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("compact-index takes no arguments"));
    if (!context.libraryExists())
        return InputRefused;
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const FtsIndexReader index(library.database());
    const std::optional<int> segments = index.segmentCount();
    if (!segments) { // a team library: the server keeps its own index
        context.err() << "the library's search index needs no compacting" << Qt::endl;
        return Ok;
    }
    const int before = *segments;
    QElapsedTimer timer;
    timer.start();
    SearchIndexCompactor compactor(library.database());
    if (!compactor.compact()) {
        context.err() << "glossa-cli: " << compactor.lastError() << Qt::endl;
        return InputRefused;
    }
    context.err() << "full-text index: " << before << " segments before, " << index.segmentCount().value_or(-1)
                  << " after (" << timer.elapsed() << " ms)" << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
