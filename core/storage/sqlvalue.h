#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace glossa {

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL take '' instead.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// Binds \a values to the placeholders of a prepared statement, in order; a statement executed
// once per row is bound again in place.
inline void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

// The id an INSERT … RETURNING id gave (on both backends: SQLite has RETURNING since 3.35, and
// QPSQL's lastInsertId() is a row's OID, not its id); 0 when it gave none.
// The statement is finished here: SQLite keeps it running after the row it returned, which holds
// back a commit.
inline qint64 insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

} // namespace glossa
