#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

// The names the library already knows, for check-worthiness: the outlets its articles come from
// and the claimants of its claims (any analyst's, any verdict). Both backends.
class KnownNames
{
public:
    explicit KnownNames(QSqlDatabase db);

    // Distinct names, outlets first, each at most once (the same name as outlet and claimant
    // once); at most \a limit of each kind, the most used first. Empty on failure (lastError()).
    QStringList names(int limit = 2000) const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
