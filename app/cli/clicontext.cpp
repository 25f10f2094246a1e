#include "clicontext.h"

#include "model/analystprofile.h"
#include "storage/analyststore.h"
#include "storage/library.h"
#include "storage/libraryaddress.h"
#include "storage/librarylocation.h"
#include "storage/schemamigrator.h"
#include "model/taxonomy.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>

namespace glossa::cli {

namespace {

QString idList(const QList<Taxonomy::Entry> &entries)
{
    QStringList ids;
    for (const Taxonomy::Entry &entry : entries)
        ids << entry.id;
    return ids.join(QStringLiteral(", "));
}

} // namespace

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

QString CliContext::singlePath(const QCommandLineParser &parser, const QString &command, const QString &what)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1 || arguments.first().isEmpty()) {
        usageError(QStringLiteral("%1 needs exactly one %2").arg(command, what));
        return QString();
    }
    return arguments.first();
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

bool CliContext::verdictOption(const QCommandLineParser &parser, const QString &name, QString *id)
{
    if (!parser.isSet(name))
        return true;
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    const Taxonomy::Entry *verdict = taxonomy.verdict(parser.value(name));
    if (!verdict) {
        usageError(QStringLiteral("unknown verdict '%1' (one of: %2)").arg(parser.value(name), idList(taxonomy.verdicts())));
        return false;
    }
    *id = verdict->id;
    return true;
}

bool CliContext::kindOption(const QCommandLineParser &parser, const QString &name, QString *id)
{
    if (!parser.isSet(name))
        return true;
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    const Taxonomy::Entry *kind = taxonomy.kind(parser.value(name));
    if (!kind) {
        usageError(QStringLiteral("unknown claim kind '%1' (one of: %2)").arg(parser.value(name), idList(taxonomy.kinds())));
        return false;
    }
    *id = kind->id;
    return true;
}

bool CliContext::colorOption(const QCommandLineParser &parser, const QString &name, QString *color)
{
    if (!parser.isSet(name))
        return true;
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    const QString resolved = taxonomy.resolveColor(parser.value(name));
    if (resolved.isEmpty()) {
        usageError(QStringLiteral("unknown colour '%1' (a name: %2, or #rrggbb)")
                       .arg(parser.value(name), idList(taxonomy.colors())));
        return false;
    }
    *color = resolved;
    return true;
}

bool CliContext::dateOption(const QCommandLineParser &parser, const QString &name, QDate *date)
{
    if (!parser.isSet(name))
        return true;
    // QDate::fromString(Qt::ISODate) stops after the tenth character: "2025-01-01' OR '1'='1" would
    // be read as the first of January.
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = parser.value(name);
    const QDate parsed = pattern.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!parsed.isValid()) {
        usageError(QStringLiteral("'%1' is not a date (use YYYY-MM-DD)").arg(text));
        return false;
    }
    *date = parsed;
    return true;
}

bool CliContext::articleIds(const QStringList &values, QList<qint64> *ids)
{
    return positiveIds(values, QStringLiteral("article"), ids);
}

bool CliContext::positiveIds(const QStringList &values, const QString &what, QList<qint64> *ids)
{
    for (const QString &value : values) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            usageError(QStringLiteral("'%1' is not an %2 id").arg(value, what));
            return false;
        }
        if (!ids->contains(id))
            ids->append(id);
    }
    return true;
}

bool CliContext::numberOption(const QCommandLineParser &parser, const QString &name, int minimum, int *number)
{
    if (!parser.isSet(name))
        return true;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString text = parser.value(name);
    bool ok = digits.match(text).hasMatch();
    const int parsed = ok ? text.toInt(&ok) : 0;
    if (!ok || parsed < minimum) {
        usageError(QStringLiteral("--%1 needs a number from %2 ('%3' is not one)").arg(name).arg(minimum).arg(text));
        return false;
    }
    *number = parsed;
    return true;
}

} // namespace glossa::cli
