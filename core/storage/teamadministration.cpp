#include "teamadministration.h"

#include "schemamigrator.h"
#include "serverconnection.h"
#include "timestamps.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

namespace {

constexpr TeamRole kRoles[] = {TeamRole::Reader, TeamRole::Analyst, TeamRole::Editor, TeamRole::Admin};
// PostgreSQL cuts names at 63 bytes; the longest suffix is "_analyst".
constexpr int kMaxPrefixBytes = 63 - 8;

// Only [a-z0-9_]: a name that needs no quoting in psql either.
QString plainName(const QString &text)
{
    QString name = text.normalized(QString::NormalizationForm_KD).toLower();
    static const QRegularExpression accents(QStringLiteral("\\p{Mn}+"));
    name.remove(accents);
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]+"));
    name.replace(other, QStringLiteral("_"));
    static const QRegularExpression edges(QStringLiteral("^_+|_+$"));
    name.remove(edges);
    return name;
}

} // namespace

TeamAdministration::TeamAdministration(QSqlDatabase db) : m_db(db) {}

QString TeamAdministration::roleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Reader:
        return QStringLiteral("reader");
    case TeamRole::Analyst:
        return QStringLiteral("analyst");
    case TeamRole::Editor:
        return QStringLiteral("editor");
    case TeamRole::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<TeamRole> TeamAdministration::roleNamed(const QString &name)
{
    for (const TeamRole role : kRoles) {
        if (name.trimmed().compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString TeamAdministration::loginFor(const QString &name)
{
    const QString login = plainName(name);
    // A role name starting with a digit would need quoting in every psql command.
    return login.isEmpty() || login.front().isDigit() ? QString() : login.left(63);
}

bool TeamAdministration::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool TeamAdministration::failWith(const QSqlQuery &query)
{
    return fail(ServerConnection::messageOf(query.lastError()));
}

bool TeamAdministration::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    return query.exec(statement) || failWith(query);
}

QString TeamAdministration::rolePrefix()
{
    if (!m_prefix.isEmpty())
        return m_prefix;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT role_prefix FROM team")) && query.next())
        m_prefix = query.value(0).toString();
    else if (SchemaMigrator::currentVersion(m_db) == 0)
        fail(QStringLiteral("the database holds no team library yet: create it with 'glossa-cli --db ADDRESS team init'"));
    else
        failWith(query);
    return m_prefix;
}

QString TeamAdministration::groupRole(TeamRole role)
{
    const QString prefix = rolePrefix();
    return prefix.isEmpty() ? QString() : prefix + QLatin1Char('_') + roleName(role);
}

bool TeamAdministration::initialize(bool *created)
{
    m_lastError.clear();
    if (created)
        *created = false;
    const int latest = SchemaMigrator::latestVersion(SqlBackend::PostgreSql);
    const int version = SchemaMigrator::currentVersion(m_db);
    if (version < 0)
        return fail(ServerConnection::messageOf(m_db.lastError()));
    if (version > latest)
        return fail(QStringLiteral("this database holds a team library of a newer Glossa (format %1; this version "
                                   "knows up to %2): update Glossa; nothing was changed")
                        .arg(version)
                        .arg(latest));
    if (version == latest)
        return true;

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT current_database(), (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')"))
        || !query.next())
        return failWith(query);
    const QString database = query.value(0).toString();
    if (version == 0 && query.value(1).toInt() > 0)
        return fail(QStringLiteral("the database %1 already has tables that are not a Glossa library: create an "
                                   "empty database for the team (createdb) and try again; nothing was changed")
                        .arg(database));
    if (version == 0) {
        // Roles are the server's, not the database's: the prefix names the library they serve.
        const QString prefix = QStringLiteral("glossa_") + plainName(database);
        m_prefix = prefix.toUtf8().size() > kMaxPrefixBytes ? prefix.left(kMaxPrefixBytes) : prefix;
    }
    const QString prefix = rolePrefix();
    if (prefix.isEmpty())
        return false;

    QSqlDriver *driver = m_db.driver();
    auto identifier = [driver](const QString &name) { return driver->escapeIdentifier(name, QSqlDriver::FieldName); };
    QString previous;
    for (const TeamRole role : kRoles) {
        const QString group = prefix + QLatin1Char('_') + roleName(role);
        query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        query.addBindValue(group);
        if (!query.exec())
            return failWith(query);
        if (!query.next() && !exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(group))))
            return fail(QStringLiteral("cannot create the team's roles (the connecting role needs CREATEROLE): %1")
                            .arg(m_lastError));
        if (!previous.isEmpty() && !exec(QStringLiteral("GRANT %1 TO %2").arg(identifier(previous), identifier(group))))
            return false;
        previous = group;
    }
    query.prepare(QStringLiteral("SELECT set_config('glossa.role_prefix', ?, false)"));
    query.addBindValue(prefix);
    if (!query.exec())
        return failWith(query);
    QString migrationError;
    if (!SchemaMigrator::migrate(m_db, latest, &migrationError))
        return fail(migrationError);
    // Only the team connects; its readers and up may make the temporary tables a session needs.
    const QString db = identifier(database);
    const QString readers = identifier(groupRole(TeamRole::Reader));
    if (!exec(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(db))
        || !exec(QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(db, readers)))
        return false;
    if (created)
        *created = true;
    return true;
}

bool TeamAdministration::grantOnly(const QString &login, TeamRole role)
{
    QSqlDriver *driver = m_db.driver();
    const QString member = driver->escapeIdentifier(login, QSqlDriver::FieldName);
    // The team roles the login holds directly: only those are revoked. The prepared statement is
    // freed before the changes below, which may fail and abort the transaction.
    QStringList held;
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                                     " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"));
        query.addBindValue(login);
        if (!query.exec())
            return failWith(query);
        while (query.next())
            held << query.value(0).toString();
    }
    const bool wasAdmin = held.contains(groupRole(TeamRole::Admin));
    for (const TeamRole each : kRoles) {
        const QString group = groupRole(each);
        const QString quoted = driver->escapeIdentifier(group, QSqlDriver::FieldName);
        if (each == role && !held.contains(group) && !exec(QStringLiteral("GRANT %1 TO %2").arg(quoted, member)))
            return false;
        if (each != role && held.contains(group) && !exec(QStringLiteral("REVOKE %1 FROM %2").arg(quoted, member)))
            return false;
    }
    // Adding analysts is making login roles: an admin may, and one who is no longer may not.
    if (role == TeamRole::Admin)
        return exec(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(member));
    if (wasAdmin)
        return exec(QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(member));
    return true;
}

std::optional<TeamMember> TeamAdministration::addAnalyst(const QString &name, TeamRole role, const QString &login)
{
    m_lastError.clear();
    const QString person = name.simplified();
    if (person.isEmpty()) {
        fail(QStringLiteral("an analyst needs a name"));
        return std::nullopt;
    }
    const QString account = login.isEmpty() ? loginFor(person) : login;
    if (account.isEmpty()) {
        fail(QStringLiteral("no login can be made from the name '%1': give one (--login)").arg(person));
        return std::nullopt;
    }
    if (rolePrefix().isEmpty())
        return std::nullopt;
    if (!m_db.transaction()) {
        fail(ServerConnection::messageOf(m_db.lastError()));
        return std::nullopt;
    }
    auto rollback = [this]() -> std::optional<TeamMember> {
        m_db.rollback();
        return std::nullopt;
    };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(account);
    if (!query.exec())
        return failWith(query), rollback();
    const bool exists = query.next();
    if (exists && !query.value(0).toBool()) {
        fail(QStringLiteral("%1 is a PostgreSQL role that cannot log in: choose another login").arg(account));
        return rollback();
    }
    if (!exists && !exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_db.driver()->escapeIdentifier(account, QSqlDriver::FieldName))))
        return rollback();
    if (!grantOnly(account, role))
        return rollback();

    // The analyst already added under this login, else the one analyst of that name known without
    // a login (from a library copied here, or a merged file), else a new one.
    query.prepare(QStringLiteral("SELECT id, login IS NOT NULL FROM analysts"
                                 " WHERE login = ? OR (login IS NULL AND lower(name) = lower(?))"));
    query.addBindValue(account);
    query.addBindValue(person);
    if (!query.exec())
        return failWith(query), rollback();
    qint64 byLogin = 0;
    QList<qint64> byName;
    while (query.next())
        (query.value(1).toBool() ? byLogin : byName.emplaceBack()) = query.value(0).toLongLong();
    // Two analysts of that name without a login: neither is surely this one.
    const qint64 existing = byLogin != 0 ? byLogin : byName.size() == 1 ? byName.first() : 0;
    if (existing != 0) {
        query.prepare(QStringLiteral("UPDATE analysts SET name = ?, login = ? WHERE id = ?"));
        query.addBindValue(person);
        query.addBindValue(account);
        query.addBindValue(existing);
    } else {
        QSqlQuery count(m_db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM analysts")) || !count.next())
            return failWith(count), rollback();
        query.prepare(QStringLiteral("INSERT INTO analysts (uuid, name, initials, color, first_seen, login)"
                                     " VALUES (gen_random_uuid()::text, ?, '', ?, ?, ?)"));
        query.addBindValue(person);
        query.addBindValue(Analyst::paletteColor(count.value(0).toInt()));
        query.addBindValue(timestamps::now());
        query.addBindValue(account);
    }
    if (!query.exec())
        return failWith(query), rollback();
    if (!m_db.commit()) {
        fail(ServerConnection::messageOf(m_db.lastError()));
        return rollback();
    }
    return memberByLogin(account);
}

std::optional<TeamMember> TeamAdministration::setRole(const QString &who, TeamRole role)
{
    m_lastError.clear();
    QString login;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT login FROM analysts WHERE login IS NOT NULL AND (login = ? OR lower(name) = lower(?))"));
    query.addBindValue(who.trimmed());
    query.addBindValue(who.simplified());
    if (!query.exec()) {
        failWith(query);
        return std::nullopt;
    }
    QStringList logins;
    while (query.next())
        logins << query.value(0).toString();
    if (logins.contains(who.trimmed()))
        login = who.trimmed();
    else if (logins.size() == 1)
        login = logins.first();
    if (login.isEmpty()) {
        fail(logins.isEmpty() ? QStringLiteral("no analyst of this library logs in as or is named '%1'").arg(who)
                              : QStringLiteral("several analysts are named '%1': give the login").arg(who));
        return std::nullopt;
    }
    if (!m_db.transaction()) {
        fail(ServerConnection::messageOf(m_db.lastError()));
        return std::nullopt;
    }
    if (!grantOnly(login, role) || !m_db.commit()) {
        if (m_lastError.isEmpty())
            fail(ServerConnection::messageOf(m_db.lastError()));
        m_db.rollback();
        return std::nullopt;
    }
    return memberByLogin(login);
}

QList<TeamMember> TeamAdministration::members()
{
    QList<TeamMember> found;
    if (rolePrefix().isEmpty())
        return found;
    QSqlQuery query(m_db);
    // A login's highest team role; none when it holds none or the role was dropped since.
    QString role = QStringLiteral("CASE WHEN r.oid IS NULL THEN NULL");
    for (auto it = std::rbegin(kRoles); it != std::rend(kRoles); ++it)
        role += QStringLiteral(" WHEN pg_has_role(r.oid, '%1', 'MEMBER') THEN '%2'").arg(groupRole(*it), roleName(*it));
    role += QStringLiteral(" END");
    if (!query.exec(QStringLiteral("SELECT a.uuid, a.name, a.initials, a.color, a.login, %1 FROM analysts a"
                                   " LEFT JOIN pg_roles r ON r.rolname = a.login WHERE a.login IS NOT NULL"
                                   " ORDER BY a.name COLLATE nocase, a.id")
                        .arg(role))) {
        failWith(query);
        return found;
    }
    while (query.next()) {
        TeamMember member;
        member.analyst = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString()};
        member.login = query.value(4).toString();
        if (!query.value(5).isNull())
            member.role = roleNamed(query.value(5).toString());
        found << member;
    }
    return found;
}

std::optional<TeamMember> TeamAdministration::memberByLogin(const QString &login)
{
    const QList<TeamMember> all = members();
    for (const TeamMember &member : all) {
        if (member.login == login)
            return member;
    }
    if (m_lastError.isEmpty())
        fail(QStringLiteral("no analyst logs in as %1").arg(login));
    return std::nullopt;
}

} // namespace glossa
