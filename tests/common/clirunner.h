#pragma once

// glossa-cli run as its own process, as a user or a script runs it, with its data and settings
// folders in \a home so that no test touches the developer's own library or profile.

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace glossa::test {

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish within a minute
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline CliRun runCli(const QString &program, const QString &home, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    process.start(program, args);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace glossa::test
