#include "clicontext.h"
#include "commands.h"

#include "memory/appearancescan.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace glossa::cli {

int runMatchClaims(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Match the library's articles against the claim memory (every claim with a verdict and every "
        "imported fact-check) and propose where a claim reappears, word for word or reworded. "
        "Appearances already recorded, dismissed ones included, are left as they are."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("since"), QStringLiteral("Only articles published on or after DATE (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the counts as JSON.")});
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("match-claims takes no arguments"));
    AppearanceScan::Scope scope;
    if (!context.dateOption(parser, QStringLiteral("since"), &scope.since))
        return UsageError;
    if (!context.libraryExists())
        return InputRefused;
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;

    QElapsedTimer sinceReport;
    sinceReport.start();
    AppearanceScan scan(library.database());
    const AppearanceScan::Result result = scan.run(scope, [&](int done, int total) {
        // About once a second, and at the end, on stderr: stdout stays for --json.
        if (done == total || sinceReport.elapsed() >= 1000) {
            context.err() << "matching: " << done << " of " << total << " article(s)" << Qt::endl;
            sinceReport.restart();
        }
        return true;
    });
    if (!result.error.isEmpty()) {
        context.err() << "glossa-cli: match-claims: " << result.error << Qt::endl;
        return InputRefused;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("articles"), result.articles},
                                                    {QStringLiteral("claims"), result.claims},
                                                    {QStringLiteral("proposed"), result.proposed}}));
    }
    context.err() << result.articles << " article(s) matched against " << result.claims << " claim(s): "
                  << result.proposed << " new appearance(s) proposed" << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
