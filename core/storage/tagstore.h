#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace glossa {

struct TagUsage
{
    qint64 id = 0;
    QString name;
    QString color;
    int annotations = 0;
    int articles = 0;
};

// Tags are shared by annotations and articles; names are unique without regard to case.
class TagStore
{
public:
    explicit TagStore(QSqlDatabase db);

    // The id of the tag with this name, created when missing; 0 for a blank name or an error.
    qint64 ensureTag(const QString &name);
    QList<TagUsage> tags() const;
    QStringList names() const;

    QString lastError() const { return m_lastError; }

    static QString normalizedName(const QString &name) { return name.simplified(); }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
