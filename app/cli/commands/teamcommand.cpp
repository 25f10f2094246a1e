#include "clicontext.h"
#include "commands.h"

#include "storage/libraryaddress.h"
#include "storage/serverconnection.h"
#include "storage/teamadministration.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

namespace {

const char *const kTeamUsage = "team init | add-analyst NAME --role ROLE [--login LOGIN] | set-role WHO ROLE | list [--json]";

QJsonObject memberJson(const TeamMember &member)
{
    return QJsonObject{
        {QStringLiteral("uuid"), member.analyst.uuid},
        {QStringLiteral("name"), member.analyst.name},
        {QStringLiteral("initials"), member.analyst.displayInitials()},
        {QStringLiteral("color"), member.analyst.displayColor()},
        {QStringLiteral("login"), member.login},
        {QStringLiteral("role"), member.role ? QJsonValue(TeamAdministration::roleName(*member.role)) : QJsonValue()},
    };
}

void printMember(QTextStream &out, const TeamMember &member)
{
    out << member.analyst.name << '\t' << member.login << '\t'
        << (member.role ? TeamAdministration::roleName(*member.role) : QStringLiteral("(no role)")) << '\t'
        << member.analyst.uuid << '\n';
}

// The connection a team command works on, closed when the command ends.
class TeamConnection
{
public:
    ~TeamConnection() { ServerConnection::close(QStringLiteral("glossa-team")); }
    bool open(CliContext &context)
    {
        QString error;
        const std::optional<LibraryAddress> address = LibraryAddress::parse(context.databasePath(), &error);
        if (address && !address->isServer())
            error = QStringLiteral("%1 is a library file: a team library lives on a server, --db postgresql://…")
                        .arg(context.databasePath());
        if (!error.isEmpty() || !ServerConnection::open(*address, QStringLiteral("glossa-team"), QString(), &error)) {
            context.err() << "glossa-cli: " << error << Qt::endl;
            return false;
        }
        return true;
    }
    QSqlDatabase database() const { return QSqlDatabase::database(QStringLiteral("glossa-team"), false); }
};

} // namespace

int runTeam(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A team library on a PostgreSQL server (--db postgresql://…): 'team init' creates it with its roles, "
        "'team add-analyst NAME --role ROLE [--login LOGIN]' adds an analyst who connects as the PostgreSQL role "
        "LOGIN, 'team set-role WHO ROLE' changes one's role, 'team list' lists them. Roles: reader, analyst, "
        "editor, admin."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("role"), QStringLiteral("reader, analyst, editor or admin."), QStringLiteral("ROLE")},
        {QStringLiteral("login"), QStringLiteral("The PostgreSQL role the analyst logs in as (default: from the name)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init, add-analyst, set-role or list."));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    std::optional<TeamRole> role;
    if (parser.isSet(QStringLiteral("role"))) {
        role = TeamAdministration::roleNamed(parser.value(QStringLiteral("role")));
        if (!role)
            return context.usageError(QStringLiteral("'%1' is not a role: reader, analyst, editor or admin")
                                          .arg(parser.value(QStringLiteral("role"))));
    }
    const int expected = action == QLatin1String("add-analyst") ? 2 : action == QLatin1String("set-role") ? 3 : 1;
    if (action.isEmpty() || arguments.size() != expected
        || !QStringList{QStringLiteral("init"), QStringLiteral("add-analyst"), QStringLiteral("set-role"), QStringLiteral("list")}
                .contains(action))
        return context.usageError(QStringLiteral("usage: glossa-cli --db postgresql://… %1").arg(QLatin1String(kTeamUsage)));
    if (action == QLatin1String("add-analyst") && !role)
        return context.usageError(QStringLiteral("add-analyst needs --role reader|analyst|editor|admin"));
    if (action == QLatin1String("set-role")) {
        role = TeamAdministration::roleNamed(arguments.at(2));
        if (!role)
            return context.usageError(QStringLiteral("'%1' is not a role: reader, analyst, editor or admin").arg(arguments.at(2)));
    }

    TeamConnection connection;
    if (!connection.open(context))
        return InputRefused;
    TeamAdministration team(connection.database());
    auto refused = [&context, &team]() {
        context.err() << "glossa-cli: " << team.lastError() << Qt::endl;
        return InputRefused;
    };
    if (action == QLatin1String("init")) {
        bool created = false;
        if (!team.initialize(&created))
            return refused();
        context.err() << "glossa-cli: " << (created ? "created the team library; its roles are " : "already a team library; its roles are ")
                      << team.groupRole(TeamRole::Reader) << ", " << team.groupRole(TeamRole::Analyst) << ", "
                      << team.groupRole(TeamRole::Editor) << " and " << team.groupRole(TeamRole::Admin) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("list")) {
        const QList<TeamMember> members = team.members();
        if (!team.lastError().isEmpty())
            return refused();
        if (json) {
            QJsonArray array;
            for (const TeamMember &member : members)
                array.append(memberJson(member));
            context.printJson(QJsonDocument(array));
            return Ok;
        }
        for (const TeamMember &member : members)
            printMember(context.out(), member);
        context.out().flush();
        return Ok;
    }
    const std::optional<TeamMember> member = action == QLatin1String("add-analyst")
        ? team.addAnalyst(arguments.at(1), *role, parser.value(QStringLiteral("login")))
        : team.setRole(arguments.at(1), *role);
    if (!member)
        return refused();
    if (json) {
        context.printJson(QJsonDocument(memberJson(*member)));
    } else {
        printMember(context.out(), *member);
        context.out().flush();
    }
    return Ok;
}

} // namespace glossa::cli
