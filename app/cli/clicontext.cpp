#include "clicontext.h"

#include "model/analystprofile.h"
#include "storage/analyststore.h"
#include "storage/library.h"
#include "storage/libraryaddress.h"
#include "storage/librarylocation.h"
#include "storage/schemamigrator.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace glossa::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Library file, or a team library's postgresql:// address (default: $GLOSSA_DB, else "
                                     "the desktop app's library)."),
                      QStringLiteral("path")});
    parser.addHelpOption();
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &args, bool *helpShown)
{
    *helpShown = false;
    if (!parser.parse(args)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        *helpShown = true;
        return true;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_databasePath = parser.value(QStringLiteral("db"));
    return true;
}

QString CliContext::databasePath() const
{
    return LibraryLocation::resolve(m_databasePath);
}

bool CliContext::openLibrary(Library &library)
{
    const QString path = databasePath();
    // Only the default library's folder is Glossa's to make (the desktop app's data folder);
    // a folder named by --db or $GLOSSA_DB must exist.
    if (path == LibraryLocation::defaultPath())
        QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    // Said before it starts: upgrading a large library takes minutes, during which nothing else prints.
    const int version = Library::fileSchemaVersion(path);
    if (version > 0 && version < SchemaMigrator::latestVersion())
        m_err << "glossa-cli: upgrading " << path << " from library format " << version << " to "
              << SchemaMigrator::latestVersion() << "…" << Qt::endl;
    if (!library.open(path, &error)) {
        m_err << "glossa-cli: " << error << Qt::endl;
        return false;
    }
    return true;
}

bool CliContext::libraryExists()
{
    const QString path = databasePath();
    if (LibraryAddress::looksLikeServer(path) || QFileInfo::exists(path))
        return true;
    m_err << "glossa-cli: no library at " << path << Qt::endl;
    return false;
}

Analyst CliContext::analyst() const
{
    const QString given = m_analystName.isEmpty() ? qEnvironmentVariable("GLOSSA_ANALYST") : m_analystName;
    const QSettings desktop(QString::fromLatin1(AnalystProfile::kOrganization),
                            QString::fromLatin1(AnalystProfile::kApplication));
    return AnalystProfile::resolve(given, AnalystProfile::load(desktop));
}

bool CliContext::actAsAnalyst(Library &library)
{
    AnalystStore analysts(library.database());
    if (analysts.actAs(analyst()))
        return true;
    m_err << "glossa-cli: cannot record the analyst: " << analysts.lastError() << Qt::endl;
    return false;
}

std::optional<Analyst> CliContext::analystNamed(Library &library, const QString &name)
{
    QList<Analyst> found;
    for (const Analyst &analyst : AnalystStore(library.database()).all()) {
        if (QString::compare(analyst.name.simplified(), name.simplified(), Qt::CaseInsensitive) == 0)
            found << analyst;
    }
    if (found.size() == 1)
        return found.first();
    m_err << "glossa-cli: " << (found.isEmpty() ? "no analyst named '" : "several analysts are named '") << name << "'"
          << Qt::endl;
    return std::nullopt;
}

qint64 CliContext::singleId(const QCommandLineParser &parser, const QString &command, const QString &what)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        usageError(QStringLiteral("%1 needs exactly one %2 ID").arg(command, what));
        return 0;
    }
    bool ok = false;
    const qint64 id = arguments.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        usageError(QStringLiteral("'%1' is not an %2 id").arg(arguments.first(), what));
        return 0;
    }
    return id;
}

void CliContext::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::usageError(const QString &message)
{
    m_err << "glossa-cli: " << message << Qt::endl
          << "Try 'glossa-cli --help' or 'glossa-cli COMMAND --help'." << Qt::endl;
    return UsageError;
}

} // namespace glossa::cli
