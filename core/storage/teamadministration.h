#pragma once

#include "model/analyst.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace glossa {

// What a member of a team library may do, from least to most; each can do what the one before
// it can. The server enforces it: each is a PostgreSQL group role of the library (its name
// <prefix>_reader, …), with the grants and row-level security policies of the schema.
enum class TeamRole { Reader, Analyst, Editor, Admin };

struct TeamMember
{
    Analyst analyst;
    QString login;                // the PostgreSQL role the analyst connects as
    std::optional<TeamRole> role; // none when the login holds no team role (or no longer exists)
};

// The team of a library on a PostgreSQL server: creating the library with its roles, adding
// analysts (each a PostgreSQL login role, so that the connecting role is the analyst) and
// changing their roles. Works on an open QPSQL connection of someone allowed to create roles
// (the server's administrator, or a team admin for adding and changing analysts).
class TeamAdministration
{
public:
    explicit TeamAdministration(QSqlDatabase db);

    static QString roleName(TeamRole role);
    static std::optional<TeamRole> roleNamed(const QString &name);

    // Creates the team's group roles and the library's schema in the connection's database, and
    // lets only team members connect to it. An older library is brought forward; one at the
    // latest version is left as it is (*created false); a newer one or a database that already
    // has tables of its own is refused.
    bool initialize(bool *created = nullptr);
    // Adds an analyst who connects as \a login (made a login role when the server has none by
    // that name) with \a role; an analyst already added under that login is renamed and given
    // the role. \a login empty: derived from the name ("Amina El Idrissi" → amina_el_idrissi).
    std::optional<TeamMember> addAnalyst(const QString &name, TeamRole role, const QString &login = QString());
    // Gives the analyst known by \a who (a login or a name) the role \a role, and only it.
    std::optional<TeamMember> setRole(const QString &who, TeamRole role);
    // Every analyst with a login, by name.
    QList<TeamMember> members();

    // The library's group role for \a role (after initialize()).
    QString groupRole(TeamRole role);
    // A login role name derived from a person's name.
    static QString loginFor(const QString &name);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message);
    bool failWith(const class QSqlQuery &query);
    bool exec(const QString &statement);
    QString rolePrefix();
    bool grantOnly(const QString &login, TeamRole role);
    std::optional<TeamMember> memberByLogin(const QString &login);

    QSqlDatabase m_db;
    QString m_prefix;
    QString m_lastError;
};

} // namespace glossa
