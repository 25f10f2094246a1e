#pragma once

#include "model/analyst.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace glossa {

// The analysts a library has seen, by UUID, and the one a connection acts as: what is written
// through a connection is stamped with its acting analyst, as a server stamps its session's user.
class AnalystStore
{
public:
    explicit AnalystStore(QSqlDatabase db);

    // Records an analyst the library has not seen, or updates the name, initials and colour of
    // one it has (matched by UUID only). Returns the row id, 0 on failure (lastError).
    qint64 ensure(const Analyst &analyst);
    // From now on this connection writes as \a analyst (ensure()d first). The library's first
    // analyst takes the annotations and article notes that nobody had made yet (those written
    // before the library knew analysts). On a team library the connection always acts as the
    // analyst of its login: true when there is one, whoever \a analyst is.
    bool actAs(const Analyst &analyst);
    // The analyst this connection acts as; 0 / nullopt when none was set.
    qint64 actingId() const;
    std::optional<Analyst> acting() const;

    std::optional<Analyst> byUuid(const QString &uuid) const;
    // Every analyst, by name.
    QList<Analyst> all() const;

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
