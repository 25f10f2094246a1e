#include "knownnames.h"

#include "sqlbackend.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace glossa {

KnownNames::KnownNames(QSqlDatabase db) : m_db(db) {}

QStringList KnownNames::names(int limit) const
{
    m_lastError.clear();
    // Outlets by how many articles they gave, claimants by how many claims they made: when a
    // library knows more names than the limit, the ones the desk meets most are kept.
    const QString queries[] = {
        QStringLiteral("SELECT s.name FROM sources s JOIN articles a ON a.source_id = s.id"
                       " GROUP BY s.id, s.name ORDER BY count(*) DESC, s.name LIMIT ?"),
        QStringLiteral("SELECT claimant FROM claims WHERE claimant <> ''"
                       " GROUP BY claimant ORDER BY count(*) DESC, claimant LIMIT ?"),
    };
    QStringList out;
    QSet<QString> seen;
    for (const QString &text : queries) {
        QSqlQuery sql(m_db);
        sql.setForwardOnly(true);
        sql.prepare(text);
        sql.addBindValue(limit);
        if (!sql.exec()) {
            m_lastError = errorText(sql);
            return {};
        }
        while (sql.next()) {
            const QString name = sql.value(0).toString().simplified();
            if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
                seen.insert(name.toCaseFolded());
                out << name;
            }
        }
    }
    return out;
}

} // namespace glossa
