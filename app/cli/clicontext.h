#pragma once

#include "model/analyst.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>
#include <optional>

namespace glossa::cli {

// Exit codes of DESIGN.md's command-line contract.
enum ExitCode { Ok = 0, InputRefused = 1, UsageError = 2 };

// What every command shares: the two output streams, the library location and the parsing
// conventions (--db and --help everywhere, errors on stderr, data on stdout).
class CliContext
{
public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Adds --db and --help to a command's parser.
    static void addCommonOptions(QCommandLineParser &parser);
    // Parses a command's arguments (args[0] is the command name). Returns false on a usage
    // error, already reported; sets *helpShown when --help was asked for.
    bool parse(QCommandLineParser &parser, const QStringList &args, bool *helpShown);

    void setDatabasePath(const QString &path) { m_databasePath = path; }
    QString databasePath() const;
    // Opens the library, reporting a refusal on stderr.
    bool openLibrary(Library &library);
    // Whether the library exists (a server's is checked when opened), said on stderr when not:
    // for the commands that must not create an empty one (backup, compact-index).
    bool libraryExists();

    // --analyst NAME (a global option), else $GLOSSA_ANALYST; see AnalystProfile::resolve.
    void setAnalystName(const QString &name) { m_analystName = name; }
    Analyst analyst() const;
    // Makes the library's connection write as analyst(): for the commands that annotate. The
    // others only read, and leave the file as it is.
    bool actAsAnalyst(Library &library);
    // The one analyst of the library with this name (compared as a person types it); reports on
    // stderr and gives nullopt when there is none or several: analysts are known by UUID.
    std::optional<Analyst> analystNamed(Library &library, const QString &name);

    // The one positional argument of a command taking a single id ("article", "annotation").
    // Reports a usage error and returns 0 when there is not exactly one valid id.
    qint64 singleId(const QCommandLineParser &parser, const QString &command, const QString &what);
    // The one positional argument of a command taking a single file ("PATH", "FILE.json").
    // Reports a usage error and returns an empty path when there is not exactly one.
    QString singlePath(const QCommandLineParser &parser, const QString &command, const QString &what);

    // Every option's value is read through one of these, so that every command refuses a value
    // alike (a usage error, exit 2, one line naming the option's value and what was expected),
    // whatever the value holds. Each returns false when the value is refused (already reported)
    // and leaves *out as it was when the option is not given.
    bool verdictOption(const QCommandLineParser &parser, const QString &name, QString *id);
    bool kindOption(const QCommandLineParser &parser, const QString &name, QString *id);
    bool colorOption(const QCommandLineParser &parser, const QString &name, QString *color);
    // YYYY-MM-DD and nothing else: a calendar date, no time, no trailing text.
    bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date);
    // A whole number from minimum up, digits only.
    bool numberOption(const QCommandLineParser &parser, const QString &name, int minimum, int *number);
    // Article ids (an option's values or the positional arguments), in order, each once.
    bool articleIds(const QStringList &values, QList<qint64> *ids);
    // Ids of \a what ("appearance"), in order, each once; a usage error names a value that is not one.
    bool positiveIds(const QStringList &values, const QString &what, QList<qint64> *ids);

    void printJson(const QJsonDocument &document);
    int usageError(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_databasePath;
    QString m_analystName;
};

} // namespace glossa::cli
