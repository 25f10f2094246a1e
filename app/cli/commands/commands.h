#pragma once

#include <QStringList>

namespace glossa::cli {

class CliContext;

// One function per command; args[0] is the command's name, the rest its arguments.
// Each returns an ExitCode.
int runImport(CliContext &context, const QStringList &args);
int runList(CliContext &context, const QStringList &args);
int runShow(CliContext &context, const QStringList &args);
int runSearch(CliContext &context, const QStringList &args);
int runAnnotate(CliContext &context, const QStringList &args);
int runStats(CliContext &context, const QStringList &args);
int runExport(CliContext &context, const QStringList &args);
int runImportAnnotations(CliContext &context, const QStringList &args);
int runImportProject(CliContext &context, const QStringList &args);
int runBackup(CliContext &context, const QStringList &args);
int runRestore(CliContext &context, const QStringList &args);
int runCompactIndex(CliContext &context, const QStringList &args);
int runClaims(CliContext &context, const QStringList &args);
int runWhereElse(CliContext &context, const QStringList &args);
int runTags(CliContext &context, const QStringList &args);
int runCollections(CliContext &context, const QStringList &args);
int runAgreement(CliContext &context, const QStringList &args);
int runAdjudicate(CliContext &context, const QStringList &args);
int runEditAnnotation(CliContext &context, const QStringList &args);
int runDeleteAnnotation(CliContext &context, const QStringList &args);
int runDeleteArticle(CliContext &context, const QStringList &args);
int runTeam(CliContext &context, const QStringList &args);
int runCopy(CliContext &context, const QStringList &args);
// The claim memory: fact-checks from outside, and where remembered claims reappear.
int runImportClaimReviews(CliContext &context, const QStringList &args);
int runAppearances(CliContext &context, const QStringList &args);
int runAcceptAppearance(CliContext &context, const QStringList &args);
int runDismissAppearance(CliContext &context, const QStringList &args);
int runMatchClaims(CliContext &context, const QStringList &args);
// `search QUERY --annotations`: quotes, notes and tags instead of articles.
int runAnnotationSearch(CliContext &context, const QString &query, int limit, bool json);

} // namespace glossa::cli
