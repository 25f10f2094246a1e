#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QPair>
#include <QString>
#include <optional>

namespace glossa {

// Everything that refers to one tag, so that deleting or merging it can be undone exactly.
struct TagAssignments
{
    qint64 tagId = 0;
    QString name;
    QString color;
    QList<QPair<qint64, int>> annotations; // annotation id, position among its tags
    QList<qint64> articles;
};

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
    std::optional<TagUsage> tag(qint64 id) const;
    qint64 idOf(const QString &name) const; // 0 when there is no such tag

    // Editing, each in one transaction. Renaming onto another tag's name is refused (merge).
    bool rename(qint64 id, const QString &newName);
    bool recolor(qint64 id, const QString &color);
    // Moves every use of \a from onto \a into and deletes \a from.
    bool merge(qint64 from, qint64 into);
    bool remove(qint64 id);
    // For undo: what a tag is attached to, and putting a deleted tag back exactly.
    std::optional<TagAssignments> assignments(qint64 id) const;
    bool restore(const TagAssignments &assignments);
    // Undo of a merge: detach from \a into the uses that \a from had, then restore \a from.
    bool unmerge(const TagAssignments &from, const TagAssignments &intoBefore);

    QString lastError() const { return m_lastError; }

    static QString normalizedName(const QString &name) { return name.simplified(); }

private:
    bool insertAssignments(const TagAssignments &assignments); // the tag row and its uses
    bool insertUses(const TagAssignments &assignments);

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
