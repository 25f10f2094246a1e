// glossa-cli: scripted import, listing, search and annotation over a Glossa library.
#include "clicontext.h"
#include "commands/commands.h"
#include "storage/sqlitepagememory.h"

#include <QCoreApplication>
#ifdef GLOSSA_WITH_PDF
#include <QGuiApplication>
#endif
#include <memory>
#include <functional>
#include <map>

using namespace glossa::cli;

namespace {

const char *const kUsage =
    "Usage: glossa-cli [--db PATH] [--analyst NAME] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  import [--recursive] [--json] PATH...   import dumps, JSON Lines, HTML pages or folders\n"
    "                                 (then match the new articles against the claim memory)\n"
    "  match-claims [--since DATE] [--json]   propose where remembered claims reappear\n"
    "  list [--json] [filters]        list articles, newest first\n"
    "  show ID [--json]               one article with its annotations\n"
    "  search QUERY [--annotations] [--json]   full-text search, best matches first\n"
    "  annotate ID --quote TEXT ...   highlight a passage, optionally as a claim\n"
    "  stats [--json]                 what the library holds\n"
    "  export --format F [--article ID]... [--collection NAME] [--tag T] [--verdict V] [--layer L] [-o FILE]\n"
    "                                 markdown, csv, json (W3C), html, claimreview, pdf,\n"
    "                                 qdpx (REFI-QDA project) or qdc (REFI-QDA codebook)\n"
    "  import-annotations FILE.json   merge a W3C annotation file into the library\n"
    "  import-project FILE.qdpx|FILE.qde   merge a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)\n"
    "  backup PATH                    copy the library to PATH (safe while it is in use)\n"
    "  restore BACKUP                 put a backup in the library's place (nothing may have it open)\n"
    "  compact-index                  merge the full-text index (faster searches after big imports)\n"
    "  claims [--verdict V] [--kind K] [--tag T] [--json]   every claim in the library\n"
    "  where-else ANNOTATION_ID [--json]   other articles carrying the same passage\n"
    "  tags [--json]                  tags with their usage counts\n"
    "  collections [--create|--add|--remove|--delete NAME] [ID...]   case files\n"
    "  agreement [--article ID]... [--collection NAME] [--analysts A,B] [--json]\n"
    "                                 how far analysts agree (kappa, alpha, unitizing alpha)\n"
    "  adjudicate ID [--auto | --accept UUID [--verdict V]] [--json]   settle claims into the final layer\n"
    "  edit-annotation UUID [--note T] [--verdict V] [--color C]   change one of your annotations\n"
    "  delete-annotation UUID         delete one of your annotations\n"
    "  delete-article ID...           delete articles with their annotations (all or none)\n"
    "  import-claimreviews FILE [--json]   add outside fact-checks (ClaimReview) to the claim memory\n"
    "  appearances [--verdict V] [--article ID] [--status S] [--json]   where remembered claims reappear\n"
    "  accept-appearance ID...        make appearances annotations carrying the claim they repeat\n"
    "  dismiss-appearance ID...       dismiss appearances (never proposed again)\n"
    "  copy --from SOURCE --to TARGET copy a whole library (file or postgresql://...) into another\n"
    "  team init | add-analyst NAME --role ROLE [--login LOGIN] | set-role WHO ROLE | list [--json]\n"
    "                                 a team library on a PostgreSQL server (--db postgresql://...)\n"
    "\n"
    "The library is --db PATH, else $GLOSSA_DB, else the desktop app's library.\n"
    "Annotations are made as --analyst NAME, else $GLOSSA_ANALYST, else the desktop app's\n"
    "analyst profile, else the account's user name.\n"
    "Exit codes: 0 ok, 1 some input refused (named on stderr), 2 usage error.\n"
    "'glossa-cli COMMAND --help' describes a command's options.\n";

// Only a PDF export lays out text, which needs a QGuiApplication (and a platform plugin);
// every other command runs on a plain QCoreApplication, with no display at all.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef GLOSSA_WITH_PDF
    bool exporting = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        exporting = exporting || arg == "export";
        pdf = pdf || arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf");
    }
    if (exporting && pdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before the first connection, as SQLite requires: an import grows its cache to 64 MB.
    glossa::SqlitePageMemory::install();
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("glossa-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSSA_VERSION));

    const std::map<QString, std::function<int(CliContext &, const QStringList &)>> commands = {
        {QStringLiteral("import"), runImport}, {QStringLiteral("list"), runList},
        {QStringLiteral("show"), runShow},     {QStringLiteral("search"), runSearch},
        {QStringLiteral("annotate"), runAnnotate}, {QStringLiteral("stats"), runStats},
        {QStringLiteral("export"), runExport}, {QStringLiteral("import-annotations"), runImportAnnotations},
        {QStringLiteral("import-project"), runImportProject},
        {QStringLiteral("backup"), runBackup}, {QStringLiteral("restore"), runRestore},
        {QStringLiteral("compact-index"), runCompactIndex},
        {QStringLiteral("claims"), runClaims}, {QStringLiteral("where-else"), runWhereElse},
        {QStringLiteral("tags"), runTags}, {QStringLiteral("collections"), runCollections},
        {QStringLiteral("agreement"), runAgreement}, {QStringLiteral("adjudicate"), runAdjudicate},
        {QStringLiteral("edit-annotation"), runEditAnnotation}, {QStringLiteral("delete-annotation"), runDeleteAnnotation},
        {QStringLiteral("delete-article"), runDeleteArticle},
        {QStringLiteral("team"), runTeam}, {QStringLiteral("copy"), runCopy},
        {QStringLiteral("import-claimreviews"), runImportClaimReviews}, {QStringLiteral("appearances"), runAppearances},
        {QStringLiteral("accept-appearance"), runAcceptAppearance},
        {QStringLiteral("dismiss-appearance"), runDismissAppearance},
        {QStringLiteral("match-claims"), runMatchClaims},
    };

    CliContext context;
    QStringList args = QCoreApplication::arguments().mid(1);
    // Global options come before the command: --db PATH, --analyst NAME, --help, --version.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            context.out() << kUsage;
            return Ok;
        }
        if (option == QLatin1String("--version")) {
            context.out() << "glossa-cli " << GLOSSA_VERSION << '\n';
            return Ok;
        }
        if (option == QLatin1String("--db")) {
            if (args.isEmpty())
                return context.usageError(QStringLiteral("--db needs a PATH"));
            context.setDatabasePath(args.takeFirst());
        } else if (option.startsWith(QLatin1String("--db="))) {
            context.setDatabasePath(option.mid(5));
        } else if (option == QLatin1String("--analyst")) {
            if (args.isEmpty() || args.first().trimmed().isEmpty())
                return context.usageError(QStringLiteral("--analyst needs a NAME"));
            context.setAnalystName(args.takeFirst());
        } else if (option.startsWith(QLatin1String("--analyst="))) {
            if (option.mid(10).trimmed().isEmpty())
                return context.usageError(QStringLiteral("--analyst needs a NAME"));
            context.setAnalystName(option.mid(10));
        } else {
            return context.usageError(QStringLiteral("unknown option '%1'").arg(option));
        }
    }
    if (args.isEmpty()) {
        context.err() << kUsage;
        return UsageError;
    }
    const auto command = commands.find(args.first());
    if (command == commands.end())
        return context.usageError(QStringLiteral("unknown command '%1'").arg(args.first()));
    return command->second(context, args);
}
