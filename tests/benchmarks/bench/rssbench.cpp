// Memory: the real desktop app (the glossa executable, offscreen) opens the generated library,
// scrolls its headline list to the middle and to the end (hidden option --memory-probe), and
// prints its peak resident memory (VmHWM), which this part reads.
#include "benchcontext.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace glossa::bench {

void runRss(BenchContext &context)
{
    if (!ensureLibrary(context))
        return context.fail(QStringLiteral("rss"), QStringLiteral("no library"));
    // Settings and data of the child go to a folder of its own, not the user's.
    QTemporaryDir home(QDir(context.workDir).filePath(QStringLiteral("app-home-XXXXXX")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    app.start(QStringLiteral(GLOSSA_APP_EXECUTABLE), {QStringLiteral("--db"), context.libraryPath(), QStringLiteral("--memory-probe")});
    if (!app.waitForStarted() || !app.waitForFinished(30 * 60 * 1000) || app.exitCode() != 0)
        return context.fail(QStringLiteral("rss"),
                            QStringLiteral("glossa --memory-probe failed: %1").arg(QString::fromLocal8Bit(app.readAllStandardError().right(500))));
    QJsonObject probe;
    for (const QByteArray &line : app.readAllStandardOutput().split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject() && document.object().contains(QStringLiteral("vmhwm_kib")))
            probe = document.object();
    }
    if (probe.isEmpty())
        return context.fail(QStringLiteral("rss"), QStringLiteral("glossa --memory-probe printed no figures"));
    context.results.insert(QStringLiteral("app_rss_mb"), roundMs(probe.value(QStringLiteral("vmhwm_kib")).toDouble() / 1024));
    context.results.insert(QStringLiteral("app_rss_end_mb"), roundMs(probe.value(QStringLiteral("vmrss_kib")).toDouble() / 1024));
    context.results.insert(QStringLiteral("app_rss_file_mb"), roundMs(probe.value(QStringLiteral("rss_file_kib")).toDouble() / 1024));
    context.results.insert(QStringLiteral("app_rows_loaded"), probe.value(QStringLiteral("rows")));
}

} // namespace glossa::bench
